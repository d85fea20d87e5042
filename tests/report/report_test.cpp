// The editor reports (html, markdown): escaping, the differing part, counts, truncation, the command.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <sstream>

#include "report/common.hpp"
#include "run.hpp"
#include "seolint/engine.hpp"
#include "seolint/registry.hpp"
#include "seolint/report.hpp"

using namespace seolint;

namespace {
const std::string kSeed = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/example/hancock-health-fr-50288.json";
const std::string kHostile = std::string(SEOLINT_SOURCE_DIR) + "/tests/report/hostile.json";

/// A run over the given files, reported in-process.
struct Run {
  RunSummary summary;
  std::vector<Finding> findings;
  std::vector<InputError> errors;
  explicit Run(const std::vector<std::string>& files) {
    // The mission rules only: the counts below are theirs, whatever other rules add.
    Config mission;
    for (const Rule* r : all_rules())
      if (std::find(test::kMissionRules.begin(), test::kMissionRules.end(), r->meta.id) == test::kMissionRules.end())
        mission.severity[std::string(r->meta.id)] = Severity::Off;
      else summary.rules.push_back(r);
    summary.configuration = describe_configuration(mission, "error", false);
    for (const auto& file : files) {
      auto lint = test::lint_file(file, mission);
      for (auto& f : lint.findings) f.post.index += summary.posts, findings.push_back(std::move(f));
      ++summary.files, ++summary.posts;
      summary.inputs.push_back(file);
    }
  }
  std::string write(ReporterFn fn, ReportOptions options = {}) const {
    std::ostringstream out;
    fn(Report{summary, findings, errors}, out, options);
    return out.str();
  }
};

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("html_escape escapes markup and quotes and hides control characters", "[report]") {
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("\"><img src=x onerror='a'>&") == "&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;");
  CHECK(html_escape("a\x1b[31mb\tc\n") == "a\xEF\xBF\xBD[31mb\tc\n");
  CHECK(html_escape("café") == "café");
}

TEST_CASE("only http and https URLs become links", "[report]") {
  CHECK(is_web_url("https://example.org/fr/"));
  CHECK(is_web_url("HTTP://example.org"));
  CHECK_FALSE(is_web_url("javascript:alert(1)"));
  CHECK_FALSE(is_web_url("JavaScript:alert(1)//https://"));
  CHECK_FALSE(is_web_url(" https://example.org"));
  CHECK_FALSE(is_web_url("https://"));
  CHECK_FALSE(is_web_url("https://example.org/a b"));
  CHECK_FALSE(is_web_url("data:text/html,<script>alert(1)</script>"));
  CHECK_FALSE(is_web_url("//example.org/"));
}

TEST_CASE("differing_part finds the part two values differ in, on whole characters", "[report]") {
  std::string canonical = "https://www.hancockhealth.org/fr/mayo-health-library/a/";
  std::string schema = "https://www.hancockhealth.org/mayo-health-library/a/";
  Difference d = differing_part(canonical, schema);
  CHECK(canonical.substr(0, d.prefix) == "https://www.hancockhealth.org/");
  CHECK(canonical.substr(d.prefix, canonical.size() - d.prefix - d.suffix) == "fr/");
  CHECK(schema.substr(d.prefix, schema.size() - d.prefix - d.suffix).empty());
  // é and è share their first byte: the difference starts at the character, not inside it.
  d = differing_part("café noir", "cafè noir");
  CHECK(d.prefix == 3);
  CHECK(d.suffix == 5);
  d = differing_part("https://a.org/x", "https://a.org/x/");
  CHECK(d.prefix == 15);
  CHECK(d.suffix == 0);
  d = differing_part("same", "same");
  CHECK(d.prefix + d.suffix == 4);
  d = differing_part("aa", "aaa");  // prefix and suffix never overlap
  CHECK(d.prefix + d.suffix <= 2);
  d = differing_part("", "x");
  CHECK((d.prefix == 0 && d.suffix == 0));
}

TEST_CASE("tally counts by severity, rule, declared language and post", "[report]") {
  Run run({kSeed, kHostile});
  Tally t = tally(run.findings);
  CHECK(t.severity[static_cast<int>(Severity::Error)] == 8);
  CHECK(t.severity[static_cast<int>(Severity::Warning)] == 4);  // the mission rules only (Run)
  CHECK(t.total() == 12);
  REQUIRE(t.rules.size() == 4);
  CHECK(t.rules[0].first == "canonical-schema-mismatch");
  CHECK(t.rules[0].second[3] == 6);
  REQUIRE(t.locales.size() == 1);
  CHECK(t.locales[0].first == "fr");
  REQUIRE(t.posts.size() == 2);
  CHECK((t.posts[0].first == 0 && t.posts[0].count == 7));
  CHECK((t.posts[1].first == 7 && t.posts[1].count == 5));
}

TEST_CASE("the configuration in force, in words", "[report]") {
  std::string plain = describe_configuration(Config{}, "error", false);
  std::string names;
  for (const Rule* r : all_rules()) names += (names.empty() ? "" : ", ") + std::string(r->meta.id);
  CHECK(plain.find("Rules: " + names) == 0);
  CHECK(plain.find("Fails on: error and above") != std::string::npos);
  Config config;
  config.severity["missing-image"] = Severity::Off;
  config.severity["canonical-schema-mismatch/other-page"] = Severity::Warning;
  config.options["mixed-locale"]["min-text-chars"] = "300";
  std::string custom = describe_configuration(config, "never", true);
  CHECK(custom.find("Turned off: missing-image") != std::string::npos);
  CHECK(custom.find("canonical-schema-mismatch/other-page warning") != std::string::npos);
  CHECK(custom.find("mixed-locale min-text-chars=300") != std::string::npos);
  CHECK(custom.find("Fails on: never") != std::string::npos);
  CHECK(custom.find("--quiet") != std::string::npos);
}

TEST_CASE("the HTML report is self-contained and never turns post data into markup", "[report]") {
  Run run({kSeed, kHostile});
  std::string html = run.write(report_html);
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  // Only the report's own two script elements (the data and the code), and nothing loaded from anywhere.
  CHECK(count(html, "<script") == 2);
  CHECK(html.find("<script type=\"application/json\" id=\"report-data\">") != std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find(" src=\"") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  // Post data: in the summary as escaped text, in the data as JSON with < escaped.
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e") != std::string::npos);
  CHECK(html.find("javascript:alert(1)") != std::string::npos);  // as data, never an href
  std::regex href("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    std::string target = (*it)[1];
    CAPTURE(target);
    CHECK((target.rfind("#", 0) == 0 || target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0));
  }
  // The summary counts and the rule appendix with its anchors for each finding's help.
  CHECK(html.find("data-summary-severity=\"error\" data-count=\"8\"") != std::string::npos);
  CHECK(html.find("data-summary-rule=\"canonical-schema-mismatch\" data-count=\"6\"") != std::string::npos);
  CHECK(html.find("id=\"rule-mixed-locale\"") != std::string::npos);
  CHECK(html.find("<p id=\"why-mixed-locale\">") != std::string::npos);
  CHECK(html.find("<tr id=\"fix-canonical-schema-mismatch--language-prefix\">") != std::string::npos);
  // The differing part of the canonical and the schema URL is computed for the highlight.
  CHECK(html.find("[\"Canonical URL\",\"https://www.hancockhealth.org/\",\"fr/\",\"mayo-health-library/") !=
        std::string::npos);
}

TEST_CASE("an HTML report without findings says so", "[report]") {
  Run run({});
  run.summary.posts = 3;
  std::string html = run.write(report_html);
  CHECK(html.find("No problems found in 3 posts.") != std::string::npos);
  CHECK(html.find("<h3>When</h3><p>not recorded</p>") != std::string::npos);  // no start time given
}

TEST_CASE("the Markdown summary counts and lists each post's findings", "[report]") {
  Run run({kSeed});
  std::string md = run.write(report_markdown);
  CHECK(md.rfind("## seolint: 7 problems in 1 post\n", 0) == 0);
  CHECK(md.find("**5 errors** · **2 warnings** · 0 notes") != std::string::npos);
  CHECK(md.find("| `canonical-schema-mismatch` | 4 | 0 | 0 |") != std::string::npos);
  CHECK(md.find("[live page](https://www.hancockhealth.org/fr/mayo-health-library/") != std::string::npos);
  CHECK(count(md, "\n- **") == 7);
  CHECK(md.find("not shown") == std::string::npos);
}

TEST_CASE("the Markdown summary escapes post data", "[report]") {
  Run run({kHostile});
  std::string md = run.write(report_markdown);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("**&lt;script&gt;alert(1)&lt;/script&gt;**") != std::string::npos);
  CHECK(md.find("](javascript") == std::string::npos);
  CHECK(md.find("live page") == std::string::npos);
  CHECK(md.find("@&#8203;id") != std::string::npos);  // "@id" would notify a GitHub user named id
}

TEST_CASE("a long Markdown summary is cut to the limit with a note of what is left out", "[report]") {
  Run run({kSeed});
  std::vector<Finding> one = run.findings;
  for (std::size_t post = 1; post < 2000; ++post)
    for (Finding f : one) {
      f.post.pointer = "/" + std::to_string(post);
      run.findings.push_back(std::move(f));
    }
  run.summary.posts = 2000;
  for (std::size_t limit : {std::size_t(65536), std::size_t(20000)}) {
    CAPTURE(limit);
    ReportOptions options;
    options.markdown_limit = limit;
    std::string md = run.write(report_markdown, options);
    CHECK(md.size() <= limit);
    std::size_t shown = count(md, "\n- **");
    std::smatch m;
    REQUIRE(std::regex_search(md, m, std::regex("\\*\\*([0-9,]+) more findings in ([0-9,]+) posts not shown\\*\\*")));
    auto number = [](std::string s) { return std::stoul(std::regex_replace(s, std::regex(","), "")); };
    CHECK(shown + number(m[1]) == run.findings.size());
    CHECK(number(m[2]) == 2000 - shown / 7);
    CHECK(md.size() > limit - 2000);  // the budget is used, not left empty
  }
}

TEST_CASE("seolint --format html and --format markdown", "[report]") {
  auto html = test::run_seolint({"--format", "html", kSeed});
  CHECK(html.status == 1);
  CHECK(html.out.rfind("<!doctype html>", 0) == 0);
  CHECK(html.out.find("version ") != std::string::npos);
  CHECK(html.out.find("<time datetime=\"20") != std::string::npos);  // when the run started
  CHECK(html.out.find("Rules: " + std::string(all_rules().front()->meta.id)) != std::string::npos);
  std::vector<std::string> args{"--format", "markdown", "--disable", "all"};  // the mission rules but missing-image
  for (const auto& id : test::kMissionRules)
    if (id != "missing-image") args.insert(args.end(), {"--enable", id});
  args.push_back(kSeed);
  auto md = test::run_seolint(args);
  CHECK(md.status == 1);
  std::smatch m;  // the mission rules' six, and whatever other rules find on the seed
  REQUIRE(std::regex_search(md.out, m, std::regex("^## seolint: ([0-9]+) problems in 1 post")));
  CHECK(std::stoul(m[1]) >= 6);
  CHECK(test::mission_lines(test::run_seolint({"--disable", "missing-image", kSeed}).out,
                            "hancock-health-fr-50288.json:1:")
            .size() == 6);
  // Every format of the table in --help, whatever the line wrapping.
  std::string help = std::regex_replace(test::run_seolint({"--help"}).out, std::regex("\\s+"), " ");
  std::string names;
  for (std::size_t i = 0; i < reporters().size(); ++i)
    names += (i == 0 ? "" : i + 1 == reporters().size() ? " or " : ", ") + std::string(reporters()[i].name);
  CHECK(help.find("Output format: " + names + " (default text).") != std::string::npos);
}
