// The labelled corpus test (DESIGN): all rules over the seed and ../shared/corpus/rest, against hand-written
// expectations. Any finding not listed fails; any `expected` finding that disappears fails.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "run.hpp"

using namespace seolint;
namespace fs = std::filesystem;

namespace {
const fs::path kShared = SEOLINT_SHARED_DIR;

struct Label {
  std::string verdict, reason;
};
using Key = std::string;  // file \t post \t rule \t field

std::map<Key, Label> read_labels(const std::string& path) {
  std::map<Key, Label> out;
  std::istringstream in(test::read_file(path));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream s(line);
    for (std::string c; std::getline(s, c, '\t');) cols.push_back(c);
    if (cols.size() < 5) FAIL("malformed label line: " << line);
    out[cols[0] + "\t" + cols[1] + "\t" + cols[2] + "\t" + cols[3]] = {cols[4], cols.size() > 5 ? cols[5] : ""};
  }
  return out;
}

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kShared / dir)) out.push_back(dir + "/" + e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// A REST post by its id; a page has none ("-").
std::string post_id(const Finding& f) {
  if (f.loc.pointer.empty()) return "-";
  std::string id = f.post.identity;
  return id.substr(id.rfind('/') + 1);
}

/// The JSON pointer in a REST post; for a page, the element (without the pointer inside JSON-LD).
std::string field(const Finding& f) {
  return f.loc.pointer.empty() ? f.loc.element.substr(0, f.loc.element.find('#')) : f.loc.pointer;
}

void check_corpus(const std::vector<std::string>& files, const std::string& labels_file) {
  auto labels = read_labels(std::string(SEOLINT_SOURCE_DIR) + "/tests/corpus/" + labels_file);
  std::set<Key> seen;
  for (const auto& file : files) {
    auto l = test::lint_file((kShared / file).string());
    INFO(file);
    CHECK(l.errors.empty());  // every file is read without a tool error
    for (const auto& e : l.errors) UNSCOPED_INFO(e.str());
    for (const auto& f : l.findings) {
      Key key = file + "\t" + post_id(f) + "\t" + f.rule + "\t" + field(f);
      seen.insert(key);
      INFO("unlabelled finding: " << key << "\t" << f.message);
      CHECK(labels.count(key) == 1);
    }
  }
  for (const auto& [key, label] : labels) {
    if (label.verdict != "expected") continue;
    INFO("expected finding is gone: " << key << " (" << label.reason << ")");
    CHECK(seen.count(key) == 1);
  }
}
}  // namespace

TEST_CASE("corpus: findings on real REST data match the hand-written labels", "[corpus]") {
  auto files = files_in("corpus/rest");
  files.insert(files.begin(), "seed/hancock-health-fr-50288.json");
  check_corpus(files, "expected.tsv");
}

TEST_CASE("corpus: findings on 77 real pages match the hand-written labels", "[corpus]") {
  check_corpus(files_in("corpus/html"), "expected-html.tsv");
}

int main(int argc, char* argv[]) {
  if (!fs::is_directory(kShared / "corpus/rest") || !fs::exists(kShared / "seed")) {
    std::cout << "skipped: " << kShared.string() << " (the team's shared corpus) is not there\n";
    return 77;
  }
  return Catch::Session().run(argc, argv);
}
