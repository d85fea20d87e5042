// Baselines: fingerprints counted as a multiset, sorted stable files, located errors, fixed findings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "run.hpp"
#include "engine/baseline.hpp"
#include "seolint/input.hpp"

using namespace seolint;

namespace {
const std::string kSeed = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/example/hancock-health-fr-50288.json";

using test::write_temp;

std::vector<Finding> seed_findings() {
  auto l = test::lint_file(kSeed);
  REQUIRE(l.errors.empty());
  REQUIRE(l.findings.size() >= 7);
  return l.findings;
}

std::string written(const std::vector<Finding>& findings) {
  BaselineWriter w;
  for (const auto& f : findings) w.add(f);
  return w.json();
}

Baseline parsed(const std::string& text) {
  std::vector<InputError> errors;
  auto b = Baseline::parse("baseline.json", text, errors);
  INFO((errors.empty() ? "" : errors[0].str()));
  REQUIRE(b);
  return *b;
}

std::string first_error(const std::string& text) {
  std::vector<InputError> errors;
  auto b = Baseline::parse("baseline.json", text, errors);
  CHECK_FALSE(b);
  return errors.empty() ? "" : errors[0].str();
}

std::size_t absorbed(Baseline& b, std::vector<Finding>& findings) {
  std::size_t n = 0;
  for (auto& f : findings) n += b.absorb(f);
  return n;
}
}  // namespace

TEST_CASE("baseline: a run's findings written and read back suppress that run, and nothing is fixed", "[baseline]") {
  auto findings = seed_findings();
  Baseline b = parsed(written(findings));
  CHECK(absorbed(b, findings) == findings.size());
  for (const auto& f : findings) {
    REQUIRE(f.suppression);
    CHECK(f.suppression->kind == "external");
    CHECK(f.suppression->justification == "in baseline baseline.json");
    CHECK(f.suppression->baseline);
  }
  CHECK(b.unmatched().empty());
  CHECK(b.fixed_hint().empty());
  CHECK(b.pruned_json() == written(seed_findings()));
}

TEST_CASE("baseline: the file is readable, sorted and the same whatever the order of the findings", "[baseline]") {
  auto findings = seed_findings();
  std::string once = written(findings);
  CHECK(written(findings) == once);
  std::reverse(findings.begin(), findings.end());
  CHECK(written(findings) == once);
  std::rotate(findings.begin(), findings.begin() + 3, findings.end());
  CHECK(written(findings) == once);
  CHECK(once.rfind(
            "{\n  \"version\": 1,\n  \"findings\": [\n    {\"post\": \"www.hancockhealth.org/mayo/50288\", \"rule\": ",
            0) == 0);
  CHECK(once.find("\"field\": \"/yoast_head_json/schema/@graph/@id\"") != std::string::npos);
  CHECK(once.find("\"line\"") == std::string::npos);
  // One entry per line, in rule order within the post.
  std::vector<std::string> rules;
  for (std::size_t p = 0; (p = once.find("\"rule\": \"", p)) != std::string::npos; p += 9)
    rules.push_back(once.substr(p + 9, once.find('"', p + 9) - p - 9));
  CHECK(std::is_sorted(rules.begin(), rules.end()));
  CHECK(static_cast<std::size_t>(std::count(once.begin(), once.end(), '\n')) == rules.size() + 5);
  CHECK(written({}) == "{\n  \"version\": 1,\n  \"findings\": []\n}\n");
}

TEST_CASE("baseline: occurrences are counted, extra ones are new, missing ones fixed", "[baseline]") {
  auto findings = seed_findings();
  Finding f = findings[0];
  std::vector<Finding> two = {f, f}, three = {f, f, f}, one = {f};
  std::string baseline = written(two);
  CHECK(baseline.find("\"count\": 2") != std::string::npos);

  Baseline b = parsed(baseline);
  CHECK(absorbed(b, three) == 2);
  CHECK_FALSE(three[2].suppression);  // the third occurrence is new
  CHECK(b.unmatched().empty());

  Baseline c = parsed(written(three));
  CHECK(absorbed(c, one) == 1);
  auto fixed = c.unmatched();
  REQUIRE(fixed.size() == 1);
  CHECK(fixed[0].count == 2);
  CHECK(fixed[0].rule == f.rule);
  CHECK(fixed[0].post == f.post.identity);
  CHECK(c.fixed_hint() == "2 baselined findings are fixed; run with --prune-baseline to drop them from baseline.json");
  CHECK(c.pruned_json() == written({f}));  // pruning keeps what was matched, adds nothing

  Baseline d = parsed(written(findings));
  std::vector<Finding> rest(findings.begin() + 1, findings.end());
  absorbed(d, rest);
  CHECK(d.fixed_hint() == "1 baselined finding is fixed; run with --prune-baseline to drop them from baseline.json");
  CHECK(d.pruned_json() == written(rest));
}

TEST_CASE("baseline: fingerprints do not depend on lines or whitespace before the findings", "[baseline]") {
  auto findings = seed_findings();
  std::string seed = test::read_file(kSeed);
  std::string moved = "\n\n\n" + seed;
  moved.insert(moved.find("\"title\":"), "\n      ");
  auto l = test::lint_file(write_temp("moved.json", moved));
  REQUIRE(l.findings.size() == findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    INFO(findings[i].rule);
    CHECK(l.findings[i].fingerprint == findings[i].fingerprint);
    CHECK(l.findings[i].start.line != findings[i].start.line);
  }
  Baseline b = parsed(written(findings));
  CHECK(absorbed(b, l.findings) == findings.size());
}

TEST_CASE("baseline: findings suppressed otherwise are neither written nor absorbed", "[baseline]") {
  auto findings = seed_findings();
  Baseline b = parsed(written(findings));
  findings[0].suppression = Suppression{"inSource", "brand name", false};
  CHECK_FALSE(b.absorb(findings[0]));
  std::string without_first = written(findings);
  CHECK(without_first.find(findings[0].fingerprint) == std::string::npos);
  findings[1].suppression = Suppression{"external", "in baseline old.json", true};  // a rewrite keeps these
  CHECK(written(findings).find(findings[1].fingerprint) != std::string::npos);
}

TEST_CASE("baseline: a malformed or alien file is an error at its line and column", "[baseline]") {
  std::string fp = "\"0123456789abcdef0123456789abcdef\"";
  CHECK(first_error("{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": " + fp + ",}\n  ]\n}") ==
        "baseline.json:4:56: expected a string key, found '}'");
  CHECK(first_error("{\"src/a.js\": {\"no-console\": {\"count\": 1}}}") ==
        "baseline.json:1:1: not a seolint baseline: expected {\"version\": 1, \"findings\": [...]}");
  CHECK(first_error("[]") ==
        "baseline.json:1:1: not a seolint baseline: expected {\"version\": 1, \"findings\": [...]}");
  CHECK(first_error("{\"version\": 2, \"findings\": []}") ==
        "baseline.json:1:13: baseline version 2: this seolint reads version 1");
  CHECK(first_error("{\"version\": 1, \"finding\": []}") ==
        "baseline.json:1:16: unknown baseline key \"finding\" (did you mean findings?)");
  CHECK(first_error("{\"version\": 1, \"findings\": [\n  {\"fingerprint\": \"abc\"}]}") ==
        "baseline.json:2:20: a fingerprint is 32 lowercase hexadecimal digits");
  CHECK(first_error("{\"version\": 1, \"findings\": [\n  {\"rule\": \"x\"}]}") ==
        "baseline.json:2:3: a baseline entry needs a \"fingerprint\"");
  CHECK(first_error("{\"version\": 1, \"findings\": [{\"fingerprint\": " + fp + ", \"count\": 0}]}") ==
        "baseline.json:1:90: \"count\" is a whole number from 1");
  CHECK(first_error("{\"version\": 1, \"findings\": [{\"fingerprint\": " + fp + ", \"values\": [1]}]}") ==
        "baseline.json:1:92: a string is expected here");
  std::vector<InputError> errors;
  CHECK_FALSE(Baseline::load("/nonexistent/baseline.json", errors));
  CHECK(errors.size() == 1);
}

TEST_CASE("baseline: a baseline met while walking a folder is no input", "[baseline]") {
  auto src = std::make_shared<const Source>("b.json", "b.json", written(seed_findings()));
  std::size_t posts = 0, errors = 0;
  read_input(
      src, {}, false, [&](Post&&) { ++posts; }, [&](InputError&&) { ++errors; });
  CHECK(posts == 0);
  CHECK(errors == 0);
}
