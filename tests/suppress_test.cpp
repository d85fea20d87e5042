// Suppressions: seolint-disable comments in posts, the configuration's "suppressions", and unused ones.
#include <catch2/catch.hpp>

#include <fstream>

#include "run.hpp"
#include "seolint/config.hpp"
#include "seolint/input.hpp"
#include "seolint/registry.hpp"
#include "engine/suppress.hpp"

using namespace seolint;

namespace {
const std::string kSeed = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/example/hancock-health-fr-50288.json";

using test::write_temp;

/// The seed with a comment put at the start of its content.rendered.
std::string seed_with(const std::string& comment) {
  std::string seed = test::read_file(kSeed);
  std::string key = "\"content\":{\"rendered\":\"";
  std::size_t at = seed.find(key);
  REQUIRE(at != std::string::npos);
  return seed.insert(at + key.size(), comment);
}

/// Only these rules run.
Config only(std::initializer_list<std::string_view> ids) {
  Config c;
  for (const Rule* r : all_rules())
    if (std::find(ids.begin(), ids.end(), r->meta.id) == ids.end()) c.severity[std::string(r->meta.id)] = Severity::Off;
  return c;
}

std::vector<Post> posts_of(const std::string& name, const std::string& text) {
  std::vector<Post> out;
  auto src = std::make_shared<const Source>(name, name, text);
  read_input(
      src, {}, true, [&](Post&& p) { out.push_back(std::move(p)); }, [](InputError&&) {});
  return out;
}

std::vector<const Finding*> of_rule(const std::vector<Finding>& fs, const std::string& rule) {
  std::vector<const Finding*> out;
  for (const auto& f : fs)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

std::string at(const Finding& f) { return std::to_string(f.start.line) + ":" + std::to_string(f.start.column); }

const std::string kRestPost = R"({"id": 7, "title": {"rendered": "A"},
 "content": {"rendered": "<p>Caf\u00e9<\/p><!-- seolint-disable untranslated-title, mixed-locale/written -- brand names stay English -->"}})";
}  // namespace

TEST_CASE("directives: found in REST content, a WXR export and an HTML page, with rules, reason and place",
          "[suppress]") {
  auto rest = posts_of("post.json", kRestPost);
  REQUIRE(rest.size() == 1);
  REQUIRE(rest[0].directives.size() == 1);
  const Directive& d = rest[0].directives[0];
  REQUIRE(d.rules.size() == 2);
  CHECK(d.rules[0].value == "untranslated-title");
  CHECK(d.rules[1].value == "mixed-locale/written");
  CHECK(d.reason == "brand names stay English");
  // Located in the file, through the JSON escapes (\u00e9 and \/ are 6 and 2 bytes there).
  CHECK(rest[0].source->data().substr(d.rules[0].loc.begin, 18) == "untranslated-title");
  CHECK(d.loc.pointer == "/content/rendered");

  std::string wxr =
      test::read_file(std::string(SEOLINT_SOURCE_DIR) + "/fixtures/unused-suppression/bad/export-unknown-message.xml");
  auto items = posts_of("export.xml", wxr);
  REQUIRE(items.size() == 1);
  REQUIRE(items[0].directives.size() == 1);
  CHECK(wxr.substr(items[0].directives[0].rules[0].loc.begin, 20) == "title-length/too-lng");

  std::string page = "<html><head><!-- seolint-disable canonical-missing -- no canonical on the intranet --></head>"
                     "<body><!--seolint-disable image-alt-missing--></body></html>";
  auto pages = posts_of("page.html", page);
  REQUIRE(pages.size() == 1);
  REQUIRE(pages[0].directives.size() == 2);
  CHECK(pages[0].directives[0].rules[0].value == "canonical-missing");
  CHECK(pages[0].directives[1].rules[0].value == "image-alt-missing");
  CHECK(pages[0].directives[1].reason.empty());
}

TEST_CASE("directives: only an HTML comment that starts with the word counts", "[suppress]") {
  auto rules_of = [](std::string_view html) {
    std::vector<std::string> out;
    for (const auto& d : find_directives(html, json::OffsetMap::identity(0), ""))
      for (const auto& r : d.rules) out.push_back(r.value + "|" + d.reason);
    return out;
  };
  CHECK(rules_of("<p>write seolint-disable all</p>").empty());
  CHECK(rules_of("&lt;!-- seolint-disable all --&gt;").empty());
  CHECK(rules_of("<!-- seolint-disabled all -->").empty());
  CHECK(rules_of("<!-- seolint-disable all").empty());  // never closed
  CHECK(rules_of("<!-- seolint-disable -->") == std::vector<std::string>{"all|"});
  CHECK(rules_of("<!--\n seolint-disable a,b  c -- why -- not -->") ==
        std::vector<std::string>{"a|why -- not", "b|why -- not", "c|why -- not"});
  CHECK(rules_of("<!-- seolint-disable title-length--x -->") == std::vector<std::string>{"title-length--x|"});
}

TEST_CASE("directives: a comment ends at the first -->, so hostile content is read in linear time", "[suppress]") {
  std::string unclosed, nested;
  for (int i = 0; i < 200000; ++i) unclosed += "<!-- seolint-disable ";
  CHECK(find_directives(unclosed, json::OffsetMap::identity(0), "").empty());
  for (int i = 0; i < 20000; ++i) nested += "<!-- seolint-disable a ";
  auto one = find_directives(nested + "-->", json::OffsetMap::identity(0), "");
  REQUIRE(one.size() == 1);  // the comment that opened first; the rest is its text
  CHECK(one[0].rules.size() == 60000 - 2);
}

TEST_CASE("directives: the post's findings they name are suppressed in source, with the reason", "[suppress]") {
  auto l =
      test::lint_file(write_temp("seed.json", seed_with("<!-- seolint-disable untranslated-title -- brand name -->")));
  REQUIRE(l.errors.empty());
  auto untranslated = of_rule(l.findings, "untranslated-title");
  REQUIRE(untranslated.size() == 1);
  REQUIRE(untranslated[0]->suppression);
  CHECK(untranslated[0]->suppression->kind == "inSource");
  CHECK(untranslated[0]->suppression->justification == "brand name");
  CHECK_FALSE(untranslated[0]->suppression->baseline);
  for (const auto& f : l.findings)
    if (f.rule != "untranslated-title") CHECK_FALSE(f.suppression);
  CHECK(of_rule(l.findings, "unused-suppression").empty());
}

TEST_CASE("directives: unused and unknown names are reported at the name, and rules that did not run are not judged",
          "[suppress]") {
  std::string comment = "<!-- seolint-disable title-missing, untranslated-title, mixed-locales, "
                        "canonical-schema-mismatch/other-page -- x -->";
  auto path = write_temp("seed.json", seed_with(comment));
  auto l = test::lint_file(path);
  auto notes = of_rule(l.findings, "unused-suppression");
  REQUIRE(notes.size() == 3);
  CHECK(notes[0]->message_id == "unused");
  CHECK(notes[0]->message == "seolint-disable title-missing suppresses nothing on this post: remove it");
  CHECK(notes[0]->severity == Severity::Note);
  CHECK(notes[1]->message_id == "unknown-rule");
  CHECK(
      notes[1]->message ==
      "seolint-disable mixed-locales suppresses nothing: unknown rule \"mixed-locales\" (did you mean mixed-locale?)");
  CHECK(notes[1]->severity == Severity::Warning);
  CHECK(notes[2]->message_id == "unused");  // other-page is a message that says nothing on the seed
  CHECK(notes[2]->values == std::vector<std::string>{"canonical-schema-mismatch/other-page"});
  std::string data = test::read_file(path);
  CHECK(data.find("title-missing,") == notes[0]->loc.begin);
  CHECK_FALSE(notes[0]->fingerprint.empty());
  CHECK(notes[0]->post.id == "50288");
  // Notes take their place in output order.
  CHECK(std::is_sorted(l.findings.begin(), l.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.start.line, a.start.column) < std::tie(b.start.line, b.start.column);
  }));

  Config off;  // title-missing off: its name is neither used nor unused; the whole note rule off: nothing
  off.severity["title-missing"] = Severity::Off;
  off.severity["canonical-schema-mismatch/other-page"] = Severity::Off;
  CHECK(of_rule(test::lint_file(path, off).findings, "unused-suppression").size() == 1);
  off.severity["unused-suppression"] = Severity::Off;
  CHECK(of_rule(test::lint_file(path, off).findings, "unused-suppression").empty());
}

TEST_CASE("directives: a comment without a reason is honoured, and reported only when asked", "[suppress]") {
  auto path = write_temp("seed.json", seed_with("<!-- seolint-disable untranslated-title -->"));
  auto l = test::lint_file(path);
  auto untranslated = of_rule(l.findings, "untranslated-title");
  REQUIRE(untranslated.size() == 1);
  REQUIRE(untranslated[0]->suppression);
  CHECK(untranslated[0]->suppression->justification.empty());
  CHECK(of_rule(l.findings, "unused-suppression").empty());
  Config strict;
  strict.severity["unused-suppression/no-reason"] = Severity::Warning;
  auto strict_lint = test::lint_file(path, strict);
  auto notes = of_rule(strict_lint.findings, "unused-suppression");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]->message_id == "no-reason");
  CHECK(notes[0]->message == "seolint-disable untranslated-title gives no reason: add one after \" -- \"");
}

TEST_CASE("directives: site-wide findings are suppressed too, and judged after all posts", "[suppress]") {
  auto post = [](int id, const std::string& title, const std::string& content) {
    return "{\"id\": " + std::to_string(id) + ", \"link\": \"https://example.org/" + std::to_string(id) +
           "/\", \"title\": {\"rendered\": \"" + title + "\"}, \"content\": {\"rendered\": \"" + content + "\"}}";
  };
  std::string posts = "[" + post(1, "Leather care", "") + ",\n" +
                      post(2, "Leather care", "<!-- seolint-disable duplicate-title -- a series -->") + ",\n" +
                      post(3, "Suede", "<!-- seolint-disable duplicate-title -- was a copy -->") + ",\n" +
                      post(4, "Suede", "<!-- seolint-disable all -- kept for the archive -->") + "]";
  Config c = only({"duplicate-title", "unused-suppression"});
  auto l = test::lint_file(write_temp("posts.json", posts), c);
  auto dups = of_rule(l.findings, "duplicate-title");
  REQUIRE(dups.size() == 2);  // posts 2 and 4 repeat an earlier title
  for (const Finding* f : dups) {
    REQUIRE(f->suppression);
    CHECK(f->suppression->kind == "inSource");
  }
  CHECK(dups[0]->suppression->justification == "a series");
  CHECK(dups[1]->suppression->justification == "kept for the archive");
  auto notes = of_rule(l.findings, "unused-suppression");
  REQUIRE(notes.size() == 1);  // post 3's comment: its post is the first "Suede", nothing to suppress
  CHECK(notes[0]->post.id == "3");
  CHECK(at(*notes[0]) == "3:123");
  // Without the site-wide rule, its names are not judged.
  CHECK(of_rule(test::lint_file(write_temp("posts.json", posts), only({"unused-suppression"})).findings,
                "unused-suppression")
            .size() == 1);  // "all" on post 4, which nothing else reports on
}

namespace {
std::vector<InputError> config_errors(const std::string& text, Config& c) {
  std::vector<InputError> errors;
  parse_config(".seolint.json", text, c, errors);
  return errors;
}
}  // namespace

TEST_CASE("config suppressions: read, checked at their line and column, printed back", "[suppress][config]") {
  Config c;
  auto errors = config_errors(R"({
  "suppressions": [
    {"rules": ["untranslated-title", "canonical-schema-mismatch/other-page"], "posts": [123, "124"],
     "reason": "product names stay English"},
    {"rules": ["all"], "files": ["legacy/**"], "slugs": ["old-*"], "urls": ["https://x.org/fr/*"], "reason": "legacy",},
  ],
})",
                              c);
  CHECK(errors.empty());
  REQUIRE(c.suppressions.size() == 2);
  CHECK(c.suppressions[0].posts == std::vector<std::string>{"123", "124"});
  CHECK(c.suppressions[0].position.line == 3);
  CHECK(c.suppressions[0].position.column == 5);
  CHECK(c.suppressions[1].files == std::vector<std::string>{"legacy/**"});
  c.site.language = "en";  // printed "" does not read back (a language code is required there)
  std::string printed = print_config(c);
  Config back;
  REQUIRE(config_errors(printed, back).empty());
  CHECK(print_config(back) == printed);
  REQUIRE(back.suppressions.size() == 2);
  CHECK(back.suppressions[1].urls == c.suppressions[1].urls);

  auto first = [](const std::string& text) {
    Config c;
    auto e = config_errors(text, c);
    CHECK(c.suppressions.empty());
    return e.empty() ? "" : e[0].str();
  };
  CHECK(first("{\"suppressions\": [\n  {\"rules\": [\"all\"], \"posts\": [1]}]}") ==
        ".seolint.json:2:3: a suppression needs a \"reason\": why these findings are accepted");
  CHECK(first("{\"suppressions\": [{\"rules\": [\"untranslated-titel\"], \"posts\": [1], \"reason\": \"x\"}]}") ==
        ".seolint.json:1:31: unknown rule \"untranslated-titel\" (did you mean untranslated-title?)");
  CHECK(first("{\"suppressions\": [{\"rules\": [\"title-length/too-lng\"], \"posts\": [1], \"reason\": \"x\"}]}") ==
        ".seolint.json:1:31: rule title-length has no message \"too-lng\" (did you mean too-long?)");
  CHECK(first("{\"suppressions\": [{\"rules\": [\"all\"], \"post\": [1], \"reason\": \"x\"}]}") ==
        ".seolint.json:1:38: unknown suppression setting \"post\" (did you mean posts?)");
  CHECK(first("{\"suppressions\": [{\"rules\": [\"all\"], \"reason\": \"x\"}]}") ==
        ".seolint.json:1:19: a suppression needs \"posts\", \"slugs\", \"urls\" or \"files\" (\"files\": [\"**\"] for "
        "every post)");
  CHECK(first("{\"suppressions\": [{\"rules\": [\"all\"], \"posts\": [1], \"reason\": \" \"}]}") ==
        ".seolint.json:1:63: \"reason\" says why these findings are accepted, in words");
  CHECK(first("{\"suppressions\": {}}") ==
        ".seolint.json:1:18: \"suppressions\" is an array of {\"rules\", \"posts\"/\"urls\"/…, \"reason\"}");
  CHECK(first("{\"suppresions\": []}") ==
        ".seolint.json:1:2: unknown setting \"suppresions\" (did you mean suppressions?)");
}

TEST_CASE("config suppressions: selected by post id, slug, URL and file, unused ones noted at the entry",
          "[suppress][config]") {
  Config c;
  REQUIRE(config_errors(R"({"suppressions": [
    {"rules": ["untranslated-title"], "posts": ["50288"], "reason": "by id"},
    {"rules": ["mixed-locale/written"], "slugs": ["myofascial-*"], "reason": "by slug"},
    {"rules": ["missing-image"], "urls": ["https://www.hancockhealth.org/fr/*"], "files": ["**/hancock-*.json"], "reason": "by url and file"},
    {"rules": ["canonical-schema-mismatch"], "posts": ["99"], "reason": "another post"},
    {"rules": ["title-missing"], "files": ["**"], "reason": "a rule with nothing to say"},
    {"rules": ["duplicate-title"], "files": ["**"], "reason": "a site-wide rule"}
  ]})",
                        c)
              .empty());
  c.severity["title-missing"] = Severity::Off;  // not run: its entry is not judged
  Engine engine(c);
  Suppressions s(engine.policy());
  auto l = test::lint_file(kSeed, c);
  std::map<std::string, std::string> why;
  for (auto& f : l.findings)
    if (s.apply(f)) why[f.rule] = f.suppression->justification;
  CHECK(why == std::map<std::string, std::string>{
                   {"untranslated-title", "by id"}, {"mixed-locale", "by slug"}, {"missing-image", "by url and file"}});
  for (const auto& f : l.findings)
    if (f.suppression) CHECK(f.suppression->kind == "external");
  auto unused = s.unused();
  REQUIRE(unused.size() == 2);
  CHECK(unused[0].rule == "unused-suppression");
  CHECK(unused[0].message_id == "unused-config");
  CHECK(unused[0].message ==
        "the suppression of canonical-schema-mismatch (another post) matched no finding in this run");
  CHECK(unused[0].post.file == ".seolint.json");
  CHECK(at(unused[0]) == "5:5");
  CHECK(at(unused[1]) == "7:5");  // duplicate-title ran (site-wide) and reported nothing
  CHECK(unused[0].fingerprint != unused[1].fingerprint);
  Config all;  // an entry of all rules on every file covers every finding but these notes
  all.suppressions.push_back({{"all"}, {}, {}, {}, {"**"}, "everything", ".seolint.json", {1, 1}});
  Suppressions everything{Policy(all)};
  CHECK(everything.apply(l.findings[0]));
  CHECK_FALSE(everything.apply(unused[0]));
}
