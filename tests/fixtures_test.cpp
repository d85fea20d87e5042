// Every fixture: a bad case gives exactly its expected findings, a good case none (only its own rule runs).
// A case may carry a sidecar configuration, <case>.config (a .seolint.json read on top of "only this rule"), for
// messages that only a configuration turns on or produces (unused-suppression's no-reason and unused-config).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "engine/summary_store.hpp"
#include "run.hpp"
#include "seolint/config.hpp"
#include "seolint/input.hpp"
#include "seolint/registry.hpp"
#include "engine/suppress.hpp"

using namespace seolint;
namespace fs = std::filesystem;

namespace {
const fs::path kFixtures = fs::path(SEOLINT_SOURCE_DIR) / "fixtures";

std::vector<fs::path> cases(const fs::path& dir) {
  std::vector<fs::path> out;
  if (fs::is_directory(dir))
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() != ".expect" && e.path().extension() != ".config") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

Config only(std::string_view rule) {
  Config c;
  for (const Rule* r : all_rules())
    if (r->meta.id != rule) c.severity[std::string(r->meta.id)] = Severity::Off;
  return c;
}

std::vector<std::string> expected(const fs::path& file) {
  std::vector<std::string> out;
  std::istringstream in(test::read_file(file.string() + ".expect"));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

/// Lints a case as a run would with only rule on (and the case's sidecar configuration, if any): the engine, then
/// the configuration's suppressions and their unused-config notes.
test::Lint lint_case(const fs::path& file, std::string_view rule) {
  Config c = only(rule);
  const std::string side = file.string() + ".config";
  if (fs::exists(side)) {
    std::vector<InputError> errors;
    INFO(side);
    CHECK(parse_config(side, test::read_file(side), c, errors));
    CHECK(errors.empty());
  }
  auto l = test::lint_file(file.string(), c);
  if (!c.suppressions.empty()) {
    Engine engine(c);
    Suppressions suppressions(engine.policy());
    for (auto& f : l.findings) suppressions.apply(f);
    for (auto& f : suppressions.unused()) l.findings.push_back(std::move(f));
  }
  return l;
}

std::vector<std::string> actual(const test::Lint& l) {
  std::vector<std::string> out;
  for (const auto& f : l.findings)
    out.push_back(std::to_string(f.start.line) + ":" + std::to_string(f.start.column) + " " + f.message_id);
  return out;
}
}  // namespace

TEST_CASE("fixtures: every rule has a doc, good and bad cases, and every folder names a rule", "[fixtures]") {
  for (const Rule* r : all_rules()) {
    std::string id(r->meta.id);
    INFO(id);
    CHECK(fs::exists(fs::path(SEOLINT_SOURCE_DIR) / "docs/rules" / (id + ".md")));
    CHECK(!rule_doc(id).empty());
    CHECK(!cases(kFixtures / id / "bad").empty());
    CHECK(!cases(kFixtures / id / "good").empty());
  }
  for (const auto& e : fs::directory_iterator(kFixtures)) {
    std::string name = e.path().filename().string();
    INFO(name);
    CHECK((name == "example" || find_rule(name) != nullptr));
  }
}

TEST_CASE("fixtures: bad cases give exactly their expected findings", "[fixtures]") {
  for (const Rule* r : all_rules())
    for (const auto& file : cases(kFixtures / std::string(r->meta.id) / "bad")) {
      INFO(file.string());
      REQUIRE(fs::exists(file.string() + ".expect"));
      auto l = lint_case(file, r->meta.id);
      CHECK(l.errors.empty());
      CHECK(actual(l) == expected(file));
    }
}

TEST_CASE("fixtures: every message a rule declares is expected by one of its bad cases", "[fixtures]") {
  for (const Rule* r : all_rules()) {
    const std::string id(r->meta.id);
    std::set<std::string, std::less<>> named;  // the message ids of the .expect lines ("LINE:COL message-id")
    for (const auto& file : cases(kFixtures / id / "bad"))
      if (fs::exists(file.string() + ".expect"))
        for (const auto& line : expected(file)) named.insert(line.substr(line.find(' ') + 1));
    for (const auto& m : r->meta.messages)
      if (!named.contains(m.id))
        FAIL_CHECK("rule " << id << " declares message " << m.id << ", but no fixtures/" << id
                           << "/bad/*.expect line names it: add a bad case that gives it");
  }
}

TEST_CASE("fixtures: good cases give no finding", "[fixtures]") {
  for (const Rule* r : all_rules())
    for (const auto& file : cases(kFixtures / std::string(r->meta.id) / "good")) {
      INFO(file.string());
      auto l = lint_case(file, r->meta.id);
      CHECK(l.errors.empty());
      CHECK(actual(l).empty());
    }
}

TEST_CASE("rules: docs and metadata agree on every message and default severity", "[fixtures]") {
  for (const Rule* r : all_rules()) {
    std::string doc(rule_doc(r->meta.id));
    std::erase(doc, '`');  // tables may quote ids as code
    INFO(r->meta.id);
    CHECK(doc.substr(0, 2 + r->meta.id.size()) == "# " + std::string(r->meta.id));
    for (const char* section :
         {"## Why it matters", "## Incorrect", "## Correct", "## Messages", "## Options", "## When not to use it"})
      CHECK(doc.find(section) != std::string::npos);
    for (const auto& m : r->meta.messages) {
      std::string row = "| " + std::string(m.id) + " | " + severity_name(m.severity) + " |";
      INFO(row);
      CHECK(doc.find(row) != std::string::npos);
    }
    for (const auto& o : r->meta.options) {
      std::string row =
          "| " + std::string(o.name) + " | " + std::string(o.type) + " | " + std::string(o.default_value) + " |";
      INFO(row);
      CHECK(doc.find(row) != std::string::npos);
    }
  }
}

namespace {
/// The ```json / ```html blocks of a doc section ("## Incorrect" up to the next "## ").
std::vector<std::string> examples(const std::string& doc, const std::string& section) {
  std::vector<std::string> out;
  std::size_t start = doc.find("\n" + section + "\n");
  if (start == std::string::npos) return out;
  std::size_t end = doc.find("\n## ", start + section.size() + 2);
  std::string body = doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (std::size_t p = 0; (p = body.find("\n```", p)) != std::string::npos;) {
    std::size_t nl = body.find('\n', p + 4);
    std::string lang = body.substr(p + 4, nl - p - 4);
    std::size_t close = body.find("\n```", nl);
    if (close == std::string::npos) break;
    if (lang == "json" || lang == "html") out.push_back(body.substr(nl + 1, close - nl));
    p = close + 4;
  }
  return out;
}

std::size_t count_rule(const Rule& r, const std::string& text, std::vector<InputError>& errors) {
  auto src = std::make_shared<const Source>("example", "example", text);
  Engine engine(only(r.meta.id));
  std::size_t n = 0;
  SummaryStore summaries;
  read_input(
      src, {}, true,
      [&](Post&& p) {
        PostSummary s;
        n += engine.lint(p, 0, &s, &errors).size();
        if (engine.site_rules()) summaries.add(s);
      },
      [&](InputError&& e) { errors.push_back(std::move(e)); });
  n += engine.lint_site(summaries, &errors).size();
  if (!summaries.error().message.empty()) errors.push_back(summaries.error());
  return n;
}
}  // namespace

TEST_CASE("rules: each doc's incorrect examples fail and its correct examples pass", "[fixtures]") {
  for (const Rule* r : all_rules()) {
    std::string doc(rule_doc(r->meta.id));
    INFO(r->meta.id);
    auto bad = examples(doc, "## Incorrect"), good = examples(doc, "## Correct");
    CHECK(!bad.empty());
    CHECK(!good.empty());
    for (const auto& text : bad) {
      INFO(text);
      std::vector<InputError> errors;
      CHECK(count_rule(*r, text, errors) > 0);
      CHECK(errors.empty());
    }
    for (const auto& text : good) {
      INFO(text);
      std::vector<InputError> errors;
      CHECK(count_rule(*r, text, errors) == 0);
      CHECK(errors.empty());
    }
  }
}
