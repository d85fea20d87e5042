// The seolint command as users run it: the seed's findings, formats, exit codes and bad input.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>

#include "run.hpp"

using namespace seolint;
using test::run_seolint;
namespace fs = std::filesystem;

namespace {
const std::string kSeed = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/example/hancock-health-fr-50288.json";
const std::string kSeedNoJson =
    std::string(SEOLINT_SOURCE_DIR) + "/fixtures/canonical-schema-mismatch/bad/seed-without-head-json.json";

using test::write_temp;

std::vector<std::string> lines_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (line.find(needle) != std::string::npos) out.push_back(line);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return out;
}
}  // namespace

TEST_CASE("cli: the seed gives exactly the seven findings of the issue", "[cli]") {
  auto r = run_seolint({kSeed});
  CHECK(r.status == 1);
  auto found = test::mission_lines(r.out, "hancock-health-fr-50288.json:1:");
  std::vector<std::string> want = {"1:511: warning:", "1:6517: error:", "1:6943: warning:", "1:7109: error:",
                                   "1:7225: error:",  "1:7779: error:", "1:7925: error:"};
  std::vector<std::string> rules = {"[untranslated-title]",
                                    "[mixed-locale]",
                                    "[missing-image]",
                                    "[canonical-schema-mismatch]",
                                    "[canonical-schema-mismatch]",
                                    "[canonical-schema-mismatch]",
                                    "[canonical-schema-mismatch]"};
  REQUIRE(found.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO(found[i]);
    CHECK(found[i].find("json:" + want[i]) != std::string::npos);
    CHECK(found[i].find(rules[i]) != std::string::npos);
  }
  for (std::size_t i = 3; i < 7; ++i) CHECK(found[i].find("language prefix /fr/") != std::string::npos);
  CHECK(found[1].find("fr_FR") != std::string::npos);
  CHECK(found[1].find("fr-FR") != std::string::npos);
  CHECK(found[1].find("/fr/") != std::string::npos);
  CHECK(found[1].find("English") != std::string::npos);
  CHECK(found[2].find("summary_large_image") != std::string::npos);
  auto only = run_seolint({"--disable", "all", "--enable", "canonical-schema-mismatch", "--enable", "mixed-locale",
                           "--enable", "untranslated-title", "--enable", "missing-image", kSeed});
  CHECK(only.out.find("7 problems (5 errors, 2 warnings, 0 notes)") != std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("cli: an unused configuration entry is a note in text, not a post", "[cli]") {
  std::string dir = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/unused-suppression/bad/";
  auto r = test::run_seolint({"--config", dir + "unused-config.json.config", "--disable", "all", "--enable",
                              "unused-suppression", dir + "unused-config.json"});
  CHECK(r.status == 0);  // a note does not fail the run; it crashed here (post index of no post)
  CHECK(r.out.find("[unused-suppression]") != std::string::npos);
  CHECK(r.out.find("in 0 posts; read 1 post") != std::string::npos);
}

TEST_CASE("cli: the catalogue on the seed: drift of the site name, no description, a long title", "[cli]") {
  auto r = run_seolint({kSeed});
  auto drift = lines_with(r.out, "[head-json-drift]");
  REQUIRE(drift.size() == 1);
  CHECK(drift[0].find("Hancock Health") != std::string::npos);
  CHECK(drift[0].find("Santé Hancock") != std::string::npos);
  CHECK(lines_with(r.out, "[meta-description-missing]").size() == 1);
  auto length = lines_with(r.out, "[title-length]");
  REQUIRE(length.size() == 1);
  CHECK(length[0].find("(70 characters)") != std::string::npos);
  CHECK(length[0].find("site-name suffix") != std::string::npos);  // only " - Hancock Health" is cut: a note
  CHECK(length[0].find("about 627 px") != std::string::npos);
  CHECK(lines_with(r.out, "[locale-label-mismatch]").empty());  // a French label on a post declared French
}

TEST_CASE("cli: the seed in SARIF has the same seven results at the same places", "[cli][sarif]") {
  auto r = run_seolint({"--format", "sarif", kSeed});
  CHECK(r.status == 1);
  auto log = boost::json::parse(r.out);
  auto& run = log.at("runs").at(0);
  boost::json::array results;
  for (const auto& res : run.at("results").as_array())
    for (const auto& rule : test::kMissionRules)
      if (res.at("ruleId") == rule.c_str()) results.push_back(res);
  REQUIRE(results.size() == 7);
  std::vector<std::int64_t> cols = {511, 6517, 6943, 7109, 7225, 7779, 7925};
  for (std::size_t i = 0; i < 7; ++i) {
    auto& region = results[i].at("locations").at(0).at("physicalLocation").at("region");
    CHECK(region.at("startLine").as_int64() == 1);
    CHECK(region.at("startColumn").as_int64() == cols[i]);
    CHECK(results[i].at("partialFingerprints").as_object().size() == 1);
  }
  CHECK(run.at("tool").at("driver").at("rules").as_array().size() >= 4);
  CHECK(run.at("invocations").at(0).at("executionSuccessful").as_bool());
}

TEST_CASE("cli: without yoast_head_json the findings point inside yoast_head", "[cli]") {
  auto r = run_seolint({"--disable", "all", "--enable", "canonical-schema-mismatch", kSeedNoJson});
  CHECK(r.status == 1);
  CHECK(r.out.find("seed-without-head-json.json:1:4099: error: canonical") != std::string::npos);
}

TEST_CASE("cli: fingerprints ignore line moves", "[cli]") {
  std::string seed = test::read_file(kSeed);
  auto a = run_seolint({"--format", "json", "-"}, seed);
  auto b = run_seolint({"--format", "json", "-"}, "\n\n\n" + seed);
  auto ja = boost::json::parse(a.out).as_array(), jb = boost::json::parse(b.out).as_array();
  REQUIRE(ja.size() == jb.size());
  for (std::size_t i = 0; i < ja.size(); ++i) {
    CHECK(ja[i].at("fingerprint") == jb[i].at("fingerprint"));
    CHECK(jb[i].at("region").at("line").as_int64() == 4);
  }
}

TEST_CASE("cli: exit codes follow --fail-on", "[cli]") {
  CHECK(run_seolint({"--fail-on", "never", kSeed}).status == 0);
  // Only the seed's warnings: untranslated-title and missing-image.
  std::vector<std::string> warnings_only = {"--disable",          "all",      "--enable",
                                            "untranslated-title", "--enable", "missing-image"};
  auto args = warnings_only;
  args.push_back(kSeed);
  CHECK(run_seolint(args).status == 0);
  args.insert(args.begin(), {"--fail-on", "warning"});
  CHECK(run_seolint(args).status == 1);
  auto quiet = run_seolint({"--quiet", kSeed});
  CHECK(quiet.status == 1);
  CHECK(quiet.out.find("warning:") == std::string::npos);
}

TEST_CASE("cli: usage errors exit 2 with a did-you-mean", "[cli]") {
  auto r = run_seolint({"--frmat", "sarif", kSeed});
  CHECK(r.status == 2);
  CHECK(r.err.find("did you mean --format?") != std::string::npos);
  r = run_seolint({"--disable", "mixed-locales", kSeed});
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown rule 'mixed-locales' (did you mean mixed-locale?)") != std::string::npos);
  CHECK(run_seolint({"--format", "xml", kSeed}).status == 2);
  CHECK(run_seolint({}).status == 2);
}

TEST_CASE("cli: one message can be turned off, options set, switches apply in order", "[cli]") {
  auto r = run_seolint({"--disable", "canonical-schema-mismatch/language-prefix", kSeed});
  CHECK(lines_with(r.out, "[canonical-schema-mismatch]").empty());
  CHECK(test::mission_lines(r.out, "hancock-health-fr-50288.json:1:").size() == 3);
  auto order = run_seolint({"--enable", "all", "--disable", "mixed-locale", kSeed});
  CHECK(lines_with(order.out, "[mixed-locale]").empty());
  auto back = run_seolint({"--disable", "all", "--enable", "mixed-locale", kSeed});
  CHECK(test::mission_lines(back.out, "hancock-health-fr-50288.json:1:").size() == 1);
  // Eight words: with min-words 10 CLD2 is not asked, so the title is no finding.
  auto opt = run_seolint({"--rule-option", "untranslated-title:min-words=10", kSeed});
  CHECK(lines_with(opt.out, "[untranslated-title]").empty());
  auto bad = run_seolint({"--rule-option", "untranslated-title:min-word=5", kSeed});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("did you mean min-words?") != std::string::npos);
  CHECK(run_seolint({"--rule-option", "untranslated-title:min-words=five", kSeed}).status == 2);
  CHECK(run_seolint({"--disable", "mixed-locale/wrtten", kSeed}).err.find("it has declared, written") !=
        std::string::npos);
  CHECK(run_seolint({"--max-depth", "1000000", kSeed}).status == 2);
}

TEST_CASE("cli: --list-rules, --version and --help", "[cli]") {
  auto r = run_seolint({"--list-rules"});
  CHECK(r.status == 0);
  CHECK(r.out.find("canonical-schema-mismatch   error") != std::string::npos);
  CHECK(r.out.find("untranslated-title          warning") != std::string::npos);
  CHECK(run_seolint({"--version"}).out.rfind("seolint ", 0) == 0);
  CHECK(run_seolint({"--help"}).out.find("--fail-on") != std::string::npos);
}

TEST_CASE("cli: colour only on a terminal or when asked", "[cli]") {
  CHECK(run_seolint({kSeed}).out.find('\x1b') == std::string::npos);
  CHECK(run_seolint({"--color", "always", kSeed}).out.find("\x1b[31m") != std::string::npos);
}

TEST_CASE("cli: --output writes the report to a file, atomically", "[cli]") {
  std::string dir = test::temp_dir();
  auto r = run_seolint({"--format", "sarif", "--output", dir + "/out.sarif", kSeed});
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(boost::json::parse(test::read_file(dir + "/out.sarif")).at("version") == "2.1.0");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temporary left
}

TEST_CASE("cli: writing to a full device fails with exit 2 and leaves the device alone", "[cli]") {
  auto r = run_seolint({"--output", "/dev/full", kSeed});
  CHECK(r.status == 2);
  CHECK(r.err.find("/dev/full") != std::string::npos);
  struct stat st {};
  REQUIRE(stat("/dev/full", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

namespace {
struct BadInput {
  const char* name;
  std::string content;
  const char* position;  // "line:col" in the error, or "" for whole-file errors
  const char* message;
};

std::vector<BadInput> bad_inputs() {
  std::string nested(1200, '[');
  return {
      {"truncated.json", "{\"id\": 1, \"title\": {\"rendered\": \"x\"", ":1:36:", "unexpected end of input"},
      {"invalid.json", "{\"id\": 1,\n  \"title\": tru}", ":2:12:", "expected a value"},
      {"utf8.json", "{\"id\": 1, \"slug\": \"a\xFF\"}", ":1:21:", "invalid UTF-8"},
      {"not-a-post.json", "{\"name_of_thing\": 1}", ":1:1:", "not a post"},
      {"number.json", "42", ":1:1:", "not a post"},
      {"deep.json", nested, ":1:1001:", "nesting deeper than 1000 levels (raise it with --max-depth)"},
      {"empty.json", "", ":1:1:", "empty file"},
      {"blank.json", "  \n\n", ":1:1:", "empty file"},
      {"binary.json", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), ":3:1:", "binary file"},
      {"utf16.json", std::string("\xFF\xFE{\0}\0", 6), ":1:1:", "UTF-16"},
  };
}
}  // namespace

TEST_CASE("cli: bad input gets one clear located error, and the other inputs are still linted", "[cli]") {
  for (const auto& bad : bad_inputs()) {
    INFO(bad.name);
    std::string path = write_temp(bad.name, bad.content);
    auto r = run_seolint({"--format", "text", path, kSeed});
    CHECK(r.status == 2);
    auto errors = lines_with(r.err, "seolint: error:");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find(std::string(bad.name) + bad.position) != std::string::npos);
    CHECK(errors[0].find(bad.message) != std::string::npos);
    CHECK(test::mission_lines(r.out, "hancock-health-fr-50288.json:1:").size() == 7);  // the seed is still reported
  }
}

TEST_CASE("cli: wrongly typed and null fields never crash", "[cli]") {
  std::string post = R"({"id": null, "title": 5, "content": [], "featured_media": null, "yoast_head": null,
    "yoast_head_json": {"canonical": 3, "og_locale": null, "schema": {"@graph": [null, 1, {"@type": 7}]}},
    "link": false, "slug": {}, "lang": [], "wpml_current_locale": 1})";
  auto r = run_seolint({write_temp("typed.json", post)});
  CHECK((r.status == 0 || r.status == 1));  // findings (title-missing is an error) but no tool error
  CHECK(r.err.empty());
}

TEST_CASE("cli: a missing path is an error and the rest still runs", "[cli]") {
  auto r = run_seolint({"/nonexistent/posts.json", kSeed});
  CHECK(r.status == 2);
  CHECK(r.err.find("/nonexistent/posts.json: no such file or directory") != std::string::npos);
  CHECK(test::mission_lines(r.out, "hancock-health-fr-50288.json:1:").size() == 7);
}

TEST_CASE("cli: a file the user may not read is an error (run as an unprivileged user)", "[cli]") {
  // Everything the unprivileged user needs lives in a world-readable folder: the clone may not be.
  std::string dir = test::temp_dir();
  chmod(dir.c_str(), 0755);
  fs::copy_file(SEOLINT_BIN, dir + "/seolint");
  fs::copy_file(kSeed, dir + "/seed.json");
  std::string secret = dir + "/secret.json";
  fs::copy_file(kSeed, secret);
  chmod(secret.c_str(), 0000);
  std::vector<std::string> prefix;
  if (geteuid() == 0) prefix = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"};
  auto r = run_seolint({secret, dir + "/seed.json"}, "", prefix, dir + "/seolint");
  CHECK(r.status == 2);
  CHECK(r.err.find("secret.json: cannot open: Permission denied") != std::string::npos);
  CHECK(test::mission_lines(r.out, "seed.json:1:").size() == 7);
}

TEST_CASE("cli: a post over the size limit is rejected with the option to raise it", "[cli]") {
  std::string big =
      "[{\"id\": 1, \"content\": {\"rendered\": \"" + std::string((65u << 20), 'a') + "\"}}, {\"id\": 2}]";
  std::string path = write_temp("big.json", big);
  auto r = run_seolint({"--disable", "all", path});
  CHECK(r.status == 2);
  CHECK(r.err.find("big.json:1:2: post is 65 MiB, over the 64 MiB limit (raise it with --max-post-size)") !=
        std::string::npos);
  CHECK(run_seolint({"--disable", "all", "--max-post-size", "100", path}).status == 0);
}

TEST_CASE("cli: NDJSON loses only a bad line, an array keeps the posts before a syntax error", "[cli]") {
  std::string seed = test::read_file(kSeed);
  while (!seed.empty() && (seed.back() == '\n' || seed.back() == '\r')) seed.pop_back();
  auto nd = run_seolint({write_temp("posts.ndjson", seed + "\n{\"id\": 2, oops}\n" + seed + "\n")});
  CHECK(nd.status == 2);
  CHECK(nd.err.find("posts.ndjson:2:") != std::string::npos);
  CHECK(test::mission_lines(nd.out, "posts.ndjson:1:").size() == 7);
  CHECK(test::mission_lines(nd.out, "posts.ndjson:3:").size() == 7);
  auto arr = run_seolint({write_temp("posts.json", "[" + seed + ",\n" + seed + ",\n{\"id\": 3,]\n," + seed + "]")});
  CHECK(arr.status == 2);
  CHECK(arr.err.find("posts.json:3:10:") != std::string::npos);
  CHECK(test::mission_lines(arr.out, "posts.json:1:").size() == 7);
  CHECK(test::mission_lines(arr.out, "posts.json:2:").size() == 7);
  CHECK(lines_with(arr.out, "posts.json:4:").empty());
}

TEST_CASE("cli: in an array, a post with bad JSON inside loses only itself", "[cli]") {
  std::string seed = test::read_file(kSeed);
  while (!seed.empty() && (seed.back() == '\n' || seed.back() == '\r')) seed.pop_back();
  // Brackets balanced, a colon missing: the next post is still found and linted.
  auto r = run_seolint({write_temp("posts.json", "[" + seed + ",\n{\"id\" 2},\n" + seed + "]")});
  CHECK(r.status == 2);
  CHECK(r.err.find("posts.json:2:7: expected ':' after key") != std::string::npos);
  CHECK(test::mission_lines(r.out, "posts.json:1:").size() == 7);
  CHECK(test::mission_lines(r.out, "posts.json:3:").size() == 7);
}

TEST_CASE("cli: --max-warnings fails a run with more warnings than allowed", "[cli]") {
  // The seed has 2 warnings of the mission rules and no error once errors are off.
  std::vector<std::string> args = {"--disable", "all", "--enable", "untranslated-title", "--enable", "missing-image"};
  auto with = [&](std::vector<std::string> more) {
    auto all = args;
    all.insert(all.end(), more.begin(), more.end());
    all.push_back(kSeed);
    return run_seolint(all);
  };
  CHECK(with({}).status == 0);                       // warnings do not fail by default
  CHECK(with({"--max-warnings", "2"}).status == 0);  // two are allowed
  auto over = with({"--max-warnings", "1"});
  CHECK(over.status == 1);  // one is not
  CHECK(over.out.find("more than --max-warnings 1") != std::string::npos);
  CHECK(run_seolint({"--max-warnings", "-3", kSeed}).status == 2);
}

TEST_CASE("cli: --write-baseline records the findings and passes, and --baseline then fails only on new ones",
          "[cli]") {
  std::string dir = test::temp_dir(), base = dir + "/base.json", again = dir + "/again.json";
  auto wrote = run_seolint({"--write-baseline", base, kSeed});
  CHECK(wrote.status == 0);  // what the baseline records no longer fails, in this run either
  std::string n = std::to_string(boost::json::parse(test::read_file(base)).at("findings").as_array().size());
  CHECK(n != "0");
  CHECK(wrote.out.find(n + " findings recorded in baseline") != std::string::npos);
  CHECK(wrote.out.find(n + " suppressed") != std::string::npos);
  CHECK(run_seolint({"--baseline", base, kSeed}).status == 0);
  // A baseline written over an old one keeps what the old one covered.
  CHECK(run_seolint({"--baseline", base, "--write-baseline", again, kSeed}).status == 0);
  CHECK(test::read_file(again) == test::read_file(base));
  // The seed twice: the second copy's findings are new occurrences of the same fingerprints.
  std::string seed = test::read_file(kSeed);
  while (!seed.empty() && seed.back() == '\n') seed.pop_back();
  std::string two = write_temp("two.ndjson", seed + "\n" + seed + "\n");
  auto more = run_seolint({"--baseline", base, two});
  CHECK(more.status == 1);
  CHECK(more.out.find("in 1 post; read 2 posts") != std::string::npos);
  // Nothing left: the baselined findings are fixed, and --prune-baseline empties the file.
  auto clean = run_seolint({"--baseline", base, "--prune-baseline", "--disable", "all", kSeed});
  CHECK(clean.status == 0);
  CHECK(clean.out.find(n + " baselined findings are fixed") != std::string::npos);
  CHECK(test::read_file(base).find("\"findings\": []") != std::string::npos);
}

TEST_CASE("cli: seolint merge needs summaries files, and says what is wrong with one", "[cli]") {
  CHECK(run_seolint({"merge"}).status == 2);
  CHECK(run_seolint({"merge", "--shard", "1/2", kSeed}).status == 2);
  auto r = run_seolint({"merge", kSeed});  // a post, not a summaries file
  CHECK(r.status == 2);
  CHECK(r.err.find("not a seolint summaries file") != std::string::npos);
  std::string dir = test::temp_dir();
  CHECK(run_seolint({"--summaries", dir + "/s.ndjson", kSeed}).status == 1);
  auto merged = run_seolint({"merge", dir + "/s.ndjson"});
  CHECK(merged.status == 0);
  CHECK(merged.out.find("read 1 post in 1 file") != std::string::npos);
}

TEST_CASE("cli: directories are walked in sorted order and non-post JSON is skipped", "[cli]") {
  std::string dir = test::temp_dir();
  fs::create_directories(dir + "/b");
  fs::copy_file(kSeed, dir + "/b/post.json");
  fs::copy_file(kSeed, dir + "/a.json");
  std::ofstream(dir + "/package.json") << R"({"name_x": "site", "version": "1.0.0"})";
  std::ofstream(dir + "/notes.txt") << "not json";
  fs::create_directory_symlink(dir, dir + "/b/loop");
  auto r = run_seolint({dir});
  CHECK(r.status == 1);
  CHECK(r.err.empty());
  auto a = r.out.find("a.json:1:"), b = r.out.find("b/post.json:1:");
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(a < b);
}

TEST_CASE("cli: standard input is read with -", "[cli]") {
  auto r = run_seolint({"-"}, test::read_file(kSeed));
  CHECK(r.status == 1);
  CHECK(test::mission_lines(r.out, "stdin:1:").size() == 7);
}

TEST_CASE("cli: control characters from posts never reach the terminal raw", "[cli]") {
  std::string post =
      R"({"id": 1, "title": {"rendered": "Evil \u001b]8;;http://x\u0007 \u001b[2J title in English for sure"},
    "yoast_head_json": {"og_locale": "de_DE", "twitter_card": "summary_large_image"}})";
  auto r = run_seolint({write_temp("evil.json", post)});
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find('\x07') == std::string::npos);
  CHECK(r.out.find("\\x1b") != std::string::npos);
}
