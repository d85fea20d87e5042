// .seolint.json: JSON with comments, validated with line:col errors; its effects on a run.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "run.hpp"
#include "seolint/config.hpp"
#include "seolint/input.hpp"

using namespace seolint;
namespace fs = std::filesystem;

namespace {
const std::string kSeed = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/example/hancock-health-fr-50288.json";

std::vector<InputError> errors_of(const std::string& text) {
  Config c;
  std::vector<InputError> errors;
  parse_config(".seolint.json", text, c, errors);
  return errors;
}

std::string first_error(const std::string& text) {
  auto e = errors_of(text);
  return e.empty() ? "" : e[0].str();
}

std::size_t findings(const Config& c, const std::string& rule) {
  std::size_t n = 0;
  for (const auto& f : test::lint_file(kSeed, c).findings) n += f.rule == rule;
  return n;
}
}  // namespace

TEST_CASE("config: comments and trailing commas are allowed", "[config]") {
  Config c;
  std::vector<InputError> errors;
  REQUIRE(parse_config(".seolint.json", R"({
    // the rules
    "rules": {
      "missing-image": "off", /* no images on this site */
      "untranslated-title": ["error", {"min-words": 6,}],
      "canonical-schema-mismatch/other-page": "off",
    },
    "locales": {"de_DE": {"rules": {"untranslated-title": {"min-chars": 30}}}},
    "site": {"language": "en", "hosts": ["Example.org", "staging.example.org"], "ignore": {"posts": [12, "https://x.org/old/*"]}},
  })",
                       c, errors));
  CHECK(errors.empty());
  CHECK(c.severity.at("missing-image") == Severity::Off);
  CHECK(c.severity.at("untranslated-title") == Severity::Error);
  CHECK(c.options.at("untranslated-title").at("min-words") == "6");
  CHECK(c.severity.at("canonical-schema-mismatch/other-page") == Severity::Off);
  CHECK(c.locale_options.at("de").at("untranslated-title").at("min-chars") == "30");
  CHECK(c.site.hosts == std::vector<std::string>{"example.org", "staging.example.org"});
  CHECK(c.ignore_posts == std::vector<std::string>{"12", "https://x.org/old/*"});
}

TEST_CASE("config: every mistake is an error at its line and column, with a did-you-mean", "[config]") {
  CHECK(first_error("{\n  \"rules\": {\"mixed-locales\": \"error\"}}") ==
        ".seolint.json:2:13: unknown rule \"mixed-locales\" (did you mean mixed-locale?)");
  CHECK(first_error("{\"rules\": {\"untranslated-title\": [\"warning\", {\"min-word\": 5}]}}") ==
        ".seolint.json:1:47: rule untranslated-title has no option \"min-word\" (did you mean min-words?)");
  CHECK(first_error("{\"rules\": {\"untranslated-title\": [\"warning\", {\"min-words\": 5.5}]}}") ==
        ".seolint.json:1:60: option untranslated-title min-words takes a whole number, e.g. 4");
  CHECK(first_error("{\"rules\": {\"missing-image\": \"warn\"}}") ==
        ".seolint.json:1:30: a severity is \"off\", \"note\", \"warning\" or \"error\", not \"warn\"");
  CHECK(first_error("{\"rule\": {}}") == ".seolint.json:1:2: unknown setting \"rule\" (did you mean rules?)");
  CHECK(first_error("{\"site\": {\"langauge\": \"en\"}}") ==
        ".seolint.json:1:11: unknown site setting \"langauge\" (did you mean language?)");
  CHECK(first_error("{\"rules\": {\"mixed-locale/writen\": \"off\"}}") ==
        ".seolint.json:1:12: rule mixed-locale has no message \"writen\" (did you mean written?)");
  CHECK(first_error("{\"locales\": {\"xx\": {\"rules\": {}}}}") == ".seolint.json:1:14: \"xx\" is no language code");
  CHECK(first_error("{\"rules\": {\"missing-image\": \"off\"") ==
        ".seolint.json:1:34: unexpected end of input, expected ',' or '}'");
  CHECK(errors_of("{\"rules\": {\"a\": 1, \"b\": 2}}").size() == 2);  // all of them, not just the first
}

TEST_CASE("config: severities, options and per-locale options change the findings", "[config]") {
  Config c;
  CHECK(findings(c, "untranslated-title") == 1);
  c.options["untranslated-title"]["min-words"] = "10";
  CHECK(findings(c, "untranslated-title") == 0);
  Config fr;
  fr.locale_options["fr"]["untranslated-title"]["min-words"] = "10";  // the seed is declared French
  CHECK(findings(fr, "untranslated-title") == 0);
  Config de;
  de.locale_options["de"]["untranslated-title"]["min-words"] = "10";
  CHECK(findings(de, "untranslated-title") == 1);
  Config off;
  off.severity["canonical-schema-mismatch/language-prefix"] = Severity::Off;
  CHECK(findings(off, "canonical-schema-mismatch") == 0);
}

TEST_CASE("config: the printed configuration reads back as the same configuration", "[config]") {
  Config c;
  c.severity["missing-image"] = Severity::Off;
  c.options["untranslated-title"]["min-words"] = "6";
  c.locale_options["de"]["untranslated-title"]["min-chars"] = "30";
  c.site.language = "en";
  std::string printed = print_config(c);
  Config back;
  std::vector<InputError> errors;
  REQUIRE(parse_config("printed", printed, back, errors));
  CHECK(print_config(back) == printed);
  // The defaults too: no site language is left out, not printed as "" (which would not read back).
  std::string defaults = print_config(Config{});
  Config again;
  REQUIRE(parse_config("defaults", defaults, again, errors));
  CHECK(print_config(again) == defaults);
}

TEST_CASE("config: globs for ignored paths and posts", "[config]") {
  CHECK(glob_match("drafts/**", "drafts/2024/a.json"));
  CHECK_FALSE(glob_match("drafts/*", "drafts/2024/a.json"));
  CHECK(glob_match("https://x.org/old/*", "https://x.org/old/page/", false));
  CHECK_FALSE(glob_match("https://x.org/old/*", "https://x.org/new/page/", false));
  CHECK(glob_match("*.json", "a.json"));
  CHECK_FALSE(glob_match("*.json", "dir/a.json"));
}

TEST_CASE("config: found by walking up from the current directory, or given", "[config]") {
  std::string root = test::temp_dir();
  fs::create_directories(root + "/a/b");
  std::ofstream(root + "/.seolint.json") << "{}";
  auto cwd = fs::current_path();
  fs::current_path(root + "/a/b");
  CHECK(find_config("") == root + "/.seolint.json");
  CHECK(find_config("other.json") == "other.json");
  fs::current_path(cwd);
}

TEST_CASE("config: the command line reads it, reports its errors, prints it and explains rules", "[config][cli]") {
  std::string dir = test::temp_dir();
  std::string good = dir + "/good.json", bad = dir + "/bad.json";
  std::ofstream(good) << R"({"rules": {"canonical-schema-mismatch": "off"}, "site": {"ignore": {"posts": ["99"]}}})";
  std::ofstream(bad) << "{\n  \"rules\": {\"missing-imag\": \"off\"}\n}";
  auto r = test::run_seolint({"--config", good, kSeed});
  CHECK(r.out.find("[canonical-schema-mismatch]") == std::string::npos);
  CHECK(r.out.find("[mixed-locale]") != std::string::npos);
  auto e = test::run_seolint({"--config", bad, kSeed});
  CHECK(e.status == 2);
  CHECK(e.err.find("bad.json:2:13: unknown rule \"missing-imag\" (did you mean missing-image?)") != std::string::npos);
  auto p = test::run_seolint({"--config", good, "--print-config"});
  CHECK(p.status == 0);
  CHECK(p.out.find("\"canonical-schema-mismatch\":\"off\"") != std::string::npos);
  CHECK(test::run_seolint({"--explain", "missing-image"}).out.rfind("# missing-image", 0) == 0);
  CHECK(test::run_seolint({"--explain", "missing-imag"}).err.find("did you mean missing-image?") != std::string::npos);
  std::ofstream(good) << R"({"site": {"ignore": {"posts": ["50288"]}}})";
  CHECK(test::run_seolint({"--config", good, kSeed}).status == 0);  // the seed's post is ignored
}

TEST_CASE("config: site language, language prefixes and one-site hosts", "[config]") {
  auto lint = [](const std::string& json, const Config& c) {
    auto src = std::make_shared<const Source>("t.json", "t.json", json);
    ReadOptions read;
    read.site = std::make_shared<const SiteSettings>(c.site);
    Engine engine(c);
    std::vector<std::string> rules;
    read_input(
        src, read, true,
        [&](Post&& p) {
          for (const auto& f : engine.lint(p, 0))
            if (test::is_mission_rule(f.rule)) rules.push_back(f.rule + "/" + f.message_id);
        },
        [](InputError&&) {});
    return rules;
  };
  // A Devanagari title on a post that declares nothing: the site's language decides.
  std::string hindi = R"({"id": 1, "featured_media": 5, "title": {"rendered": "बिहार सामान्य ज्ञान"}})";
  Config none;
  CHECK(lint(hindi, none).empty());
  Config en;
  en.site.language = "en";
  CHECK(lint(hindi, en) == std::vector<std::string>{"untranslated-title/other-language"});
  // /de/ is a language folder unless the site names its prefixes.
  std::string de = R"({"id": 2, "featured_media": 5, "link": "https://x.org/de/a/",
                       "yoast_head_json": {"og_locale": "fr_FR", "canonical": "https://x.org/de/a/", "og_image": [{"url": "https://x.org/i.jpg"}]}})";
  CHECK(lint(de, none) == std::vector<std::string>{"mixed-locale/declared"});
  Config fr_only;
  fr_only.site.language_prefixes = {"fr"};
  CHECK(lint(de, fr_only).empty());
  // Production and staging hosts are one site.
  std::string staging =
      R"({"id": 3, "featured_media": 5, "yoast_head_json": {"canonical": "https://example.org/a/", "og_image": [{"url": "i"}],
    "schema": {"@graph": [{"@type": "WebPage", "@id": "https://staging.example.org/a/"}]}}})";
  CHECK(lint(staging, none) == std::vector<std::string>{"canonical-schema-mismatch/host-only"});
  Config hosts;
  hosts.site.hosts = {"example.org", "staging.example.org"};
  CHECK(lint(staging, hosts).empty());
}
