// README.md's "## Rules" section against the registry: the count, and one table row per rule, in id order, with
// its default severity and its summary as the rule's metadata gives them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "run.hpp"
#include "seolint/registry.hpp"

using namespace seolint;

namespace {
struct Row {
  std::string id, link, severity, summary;
};

/// The text of README.md from "## Rules" up to the next "## " heading.
std::string rules_section() {
  std::string readme = test::read_file(std::string(SEOLINT_SOURCE_DIR) + "/README.md");
  std::size_t start = readme.find("\n## Rules\n");
  if (start == std::string::npos) return "";
  std::size_t end = readme.find("\n## ", start + 1);
  return readme.substr(start, end == std::string::npos ? std::string::npos : end - start);
}
}  // namespace

TEST_CASE("readme: the rules section lists every rule of the registry once, in id order, as its metadata says",
          "[registry]") {
  const std::string section = rules_section();
  REQUIRE(!section.empty());
  const auto rules = all_rules();

  std::smatch m;
  REQUIRE(std::regex_search(section, m, std::regex(R"(\n(\d+) rules\b)")));
  CHECK(std::stoul(m[1].str()) == rules.size());

  // | [id](docs/rules/id.md) | severity | summary |
  const std::regex row(R"(^\| \[([^\]]+)\]\(([^)]*)\) \| ([a-z]+) \| (.*) \|$)");
  std::vector<Row> rows;
  std::istringstream in(section);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("| [")) continue;
    INFO(line);
    REQUIRE(std::regex_match(line, m, row));
    std::string summary = m[4].str();
    std::erase(summary, '`');  // the table may quote names as code
    rows.push_back({m[1].str(), m[2].str(), m[3].str(), summary});
  }

  std::vector<std::string> listed, registered;
  for (const auto& r : rows) listed.push_back(r.id);
  for (const Rule* r : rules) registered.push_back(std::string(r->meta.id));
  CHECK(listed == registered);  // every rule once, in id order, and nothing else

  for (const Rule* r : rules) {
    const std::string id(r->meta.id);
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& x) { return x.id == id; });
    if (it == rows.end()) {
      FAIL_CHECK("README.md's rule table has no row for " << id);
      continue;
    }
    INFO(id);
    CHECK(it->link == "docs/rules/" + id + ".md");
    CHECK(it->severity == severity_name(r->meta.default_severity()));
    std::string summary(r->meta.summary);
    std::erase(summary, '`');
    CHECK(it->summary == summary);
  }
}
