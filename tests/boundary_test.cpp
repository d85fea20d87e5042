// The architecture's boundaries, checked on the source: rules read the Post model only (no raw JSON, no input
// kind, no JSON pointers of their own), include only public headers, and no C++ file under src/ grows past 500
// lines.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The code with comments blanked and string literals replaced by "" (their text goes to literals).
std::string code_only(const std::string& src, std::vector<std::string>& literals) {
  std::string out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src.compare(i, 2, "//") == 0) {
      while (i < src.size() && src[i] != '\n') ++i;
      out += '\n';
    } else if (src.compare(i, 2, "/*") == 0) {
      std::size_t end = src.find("*/", i + 2);
      i = end == std::string::npos ? src.size() : end + 1;
    } else if (src[i] == '"' || src[i] == '\'') {
      char q = src[i];
      std::string lit;
      for (++i; i < src.size() && src[i] != q; ++i) {
        if (src[i] == '\\') lit += src[i++];
        lit += src[i];
      }
      if (q == '"') literals.push_back(lit);
      out += "\"\"";
    } else {
      out += src[i];
    }
  }
  return out;
}

std::vector<fs::path> files(const fs::path& dir, const std::vector<std::string>& exts) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    for (const auto& x : exts)
      if (e.is_regular_file() && e.path().extension() == x) out.push_back(e.path());
  return out;
}

}  // namespace

TEST_CASE("boundary: rules read the model, never raw JSON, the input kind or JSON pointers", "[boundary]") {
  const fs::path rules = fs::path(SEOLINT_SOURCE_DIR) / "rules";
  // What the readers keep to themselves: a rule naming one of these is reading past the model.
  const std::regex forbidden(R"(\b(root|head_json|InputKind|PostBuilder|kind_|root_)\b)");
  // A JSON pointer written by hand: "/" followed by a name ("/yoast_head_json", "/@id").
  const std::regex pointer(R"(^/[A-Za-z@_])");
  const std::regex include(R"(#include\s*"([^"]+)\")");
  auto sources = files(rules, {".cpp"});
  REQUIRE(sources.size() >= 30);
  for (const auto& f : sources) {
    INFO(f.filename().string());
    std::string src = read(f);
    std::vector<std::string> literals;
    std::string code = code_only(src, literals);
    std::smatch m;
    CHECK_FALSE(std::regex_search(code, m, forbidden));
    if (std::regex_search(code, m, forbidden)) UNSCOPED_INFO("names " << m.str());
    for (const auto& lit : literals)
      if (lit.find("include") == std::string::npos) CHECK_FALSE(std::regex_search(lit, pointer));
    for (auto it = std::sregex_iterator(src.begin(), src.end(), include); it != std::sregex_iterator(); ++it)
      CHECK((*it)[1].str().starts_with("seolint/"));  // public headers only: src/ is the readers' and engine's
  }
}

TEST_CASE("boundary: the test above catches what it forbids", "[boundary]") {
  std::vector<std::string> literals;
  std::string code =
      code_only("// post.root\nauto v = post.root; f(\"/yoast_head_json/x\"); /* head_json */", literals);
  CHECK(std::regex_search(code, std::regex(R"(\broot\b)")));
  CHECK_FALSE(std::regex_search(code, std::regex(R"(\bhead_json\b)")));  // a comment is no use
  REQUIRE(literals.size() == 1);
  CHECK(std::regex_search(literals[0], std::regex(R"(^/[A-Za-z@_])")));
}

TEST_CASE("boundary: no C++ file under src/ is over 500 lines", "[boundary]") {
  for (const auto& f : files(fs::path(SEOLINT_SOURCE_DIR) / "src", {".cpp", ".hpp"})) {
    std::string text = read(f);
    auto lines = std::count(text.begin(), text.end(), '\n');
    INFO(f.string() << ": " << lines << " lines");
    CHECK(lines <= 500);
  }
}
