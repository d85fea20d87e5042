// Hostile inputs (issue: reliability): each ends with the expected error or finding, and the other inputs of
// the same run are still linted. How long they take is measured in bench/, not asserted here.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "run.hpp"

using namespace seolint;
using test::run_seolint;
namespace fs = std::filesystem;

namespace {
const std::string kSeed = std::string(SEOLINT_SOURCE_DIR) + "/fixtures/example/hancock-health-fr-50288.json";

std::string write(const std::string& dir, const std::string& name, const std::string& content) {
  std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
  return n;
}

/// Runs seolint on path and the seed; the seed's seven findings must still be there.
test::Run run_with_seed(const std::vector<std::string>& args) {
  std::vector<std::string> all = args;
  all.push_back(kSeed);
  auto r = run_seolint(all);
  CHECK(test::mission_lines(r.out, "hancock-health-fr-50288.json:1:").size() == 7);
  return r;
}
}  // namespace

TEST_CASE("hostile: JSON nested 100,000 deep", "[hostile]") {
  std::string dir = test::temp_dir();
  auto r = run_with_seed({write(dir, "deep.json", std::string(100000, '[') + std::string(100000, ']'))});
  CHECK(r.status == 2);
  CHECK(r.err.find("deep.json:1:1001: nesting deeper than 1000 levels (raise it with --max-depth)") !=
        std::string::npos);
}

TEST_CASE("hostile: a 200 MB single string", "[hostile][slow]") {
  std::string dir = test::temp_dir();
  auto r =
      run_with_seed({write(dir, "string.json", "{\"id\": 1, \"title\": \"" + std::string(200u << 20, 'x') + "\"}")});
  CHECK(r.status == 2);
  CHECK(r.err.find("string.json:1:1: post is 200 MiB, over the 64 MiB limit (raise it with --max-post-size)") !=
        std::string::npos);
}

TEST_CASE("hostile: a 300 MB one-line file of posts", "[hostile][slow]") {
  std::string dir = test::temp_dir();
  std::string post = R"({"id": 1, "featured_media": 0, "title": {"rendered": ")" + std::string(1000, 'a') + "\"}}";
  std::string line = "[";
  for (std::size_t i = 0; line.size() < (300u << 20); ++i) line += (i ? "," : "") + post;
  line += "]";
  // One rule keeps the run about the reading and the locating, not the rules' work on 290,000 posts.
  auto r = run_seolint({"--disable", "all", "--enable", "missing-image", write(dir, "huge.json", line), kSeed});
  CHECK(r.status == 0);                                                              // warnings only
  CHECK(test::mission_lines(r.out, "hancock-health-fr-50288.json:1:").size() == 1);  // the seed still linted
  auto found = test::mission_lines(r.out, "huge.json:1:");
  CHECK(found.size() > 290000);
  REQUIRE(!found.empty());
  std::string last = found.back();
  std::size_t at = last.find("huge.json:1:") + 12;
  std::size_t column = std::stoul(last.substr(at, last.find(':', at) - at));
  CHECK(column == line.rfind("\"featured_media\": 0") + 19);
}

TEST_CASE("hostile: NUL bytes, invalid UTF-8, a BOM and UTF-16", "[hostile]") {
  std::string dir = test::temp_dir();
  auto nul = run_with_seed({write(dir, "nul.json", std::string("{\"id\": 1, \"slug\": \"a\0b\"}", 25))});
  CHECK(nul.err.find("nul.json:1:") != std::string::npos);
  auto utf8 = run_with_seed({write(dir, "bad-utf8.json", "{\"id\": 1, \"slug\": \"\xC0\xAF\"}")});
  CHECK(utf8.err.find("bad-utf8.json:1:20: invalid UTF-8 in string") != std::string::npos);
  auto bom = run_with_seed({write(dir, "bom.json", "\xEF\xBB\xBF" + test::read_file(kSeed))});
  CHECK(test::mission_lines(bom.out, "bom.json:1:").size() == 7);
  auto utf16 = run_with_seed({write(dir, "utf16.json", std::string("\xFF\xFE{\0\"\0", 6))});
  CHECK(utf16.err.find("utf16.json:1:1: the file is UTF-16") != std::string::npos);
  auto lone = run_with_seed(
      {write(dir, "lone.json", R"({"id": 1, "featured_media": 5, "title": {"rendered": "cut \ud83d"}})")});
  CHECK(lone.err.find("lone.json") == std::string::npos);  // a lone surrogate is U+FFFD, as browsers decode it
}

TEST_CASE("hostile: pages whose bytes are not what they declare", "[hostile]") {
  std::string dir = test::temp_dir();
  // Invalid UTF-8 under a UTF-8 declaration is read as browsers read it (U+FFFD) and reported, not refused.
  std::string stray =
      "<html lang=en><head><meta charset=utf-8>\n<title>Caf\xE9 \xC0\xAF \xF4\x90</title></head></html>";
  auto r = run_with_seed({write(dir, "stray.html", stray)});
  CHECK(r.err.find("stray.html") == std::string::npos);
  CHECK(r.out.find("stray.html:2:11: warning: 5 invalid UTF-8 byte sequence(s)") != std::string::npos);
  // Every byte invalid, and a charset ICU does not know over bytes that are not UTF-8.
  auto noise = run_with_seed({write(dir, "noise.html", "<meta charset=utf-8>" + std::string(4096, '\xFF'))});
  CHECK(noise.err.find("noise.html") == std::string::npos);
  auto unknown = run_with_seed({write(dir, "unknown.html", "<meta charset=x-no-such-charset><title>\xE9</title>")});
  CHECK(unknown.err.find("unknown.html:1:1: unknown charset x-no-such-charset") != std::string::npos);
  // The refusals stay: UTF-16, and NUL bytes once decoded.
  auto utf16 = run_with_seed({write(dir, "utf16.html", std::string("\xFF\xFE<\0h\0", 6))});
  CHECK(utf16.err.find("utf16.html:1:1: the file is UTF-16") != std::string::npos);
  auto nul = run_with_seed({write(dir, "nul.html", "<meta charset=utf-8><title>\xE9</title>" + std::string(2, '\0'))});
  CHECK(nul.err.find("nul.html:1:1: binary file (NUL bytes), not HTML") != std::string::npos);
}

TEST_CASE("hostile: HTML with a million nested elements and unclosed tags", "[hostile][slow]") {
  std::string dir = test::temp_dir();
  std::string deep;
  for (int i = 0; i < 1000000; ++i) deep += "<div>";
  auto r = run_with_seed({write(dir, "deep.html", "<html><body>" + deep)});
  CHECK(r.status == 2);
  CHECK(r.err.find("deep.html:1:") != std::string::npos);
  CHECK(r.err.find("HTML nested deeper than 1000 elements (raise it with --max-depth)") != std::string::npos);
  std::string unclosed;
  for (int i = 0; i < 200000; ++i) unclosed += "<p>para<li>item<td>cell<br><img src=x.png>";
  auto ok =
      run_with_seed({write(dir, "unclosed.html", "<html lang=en><head><title>T</title></head><body>" + unclosed)});
  CHECK(ok.err.find("unclosed.html") == std::string::npos);  // self-closing by the parser: not deep
}

TEST_CASE("hostile: self-closing syntax on non-void elements nests all the same", "[hostile]") {
  std::string dir = test::temp_dir();
  std::string divs;
  for (int i = 0; i < 200000; ++i) divs += "<div/>";
  auto r = run_with_seed({write(dir, "slash.html", "<html><body>" + divs)});
  CHECK(r.status == 2);
  CHECK(r.err.find("slash.html:1:") != std::string::npos);
  std::string svg = "<html><body><svg>";
  for (int i = 0; i < 200000; ++i) svg += "<path d=\"M0 0\"/>";
  auto ok = run_with_seed({write(dir, "svg.html", svg + "</svg></body></html>")});
  CHECK(ok.err.find("svg.html") == std::string::npos);  // in SVG "/>" does close
}

TEST_CASE("hostile: a post body nested 200,000 deep is reported, the post still linted", "[hostile]") {
  std::string dir = test::temp_dir();
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  boost::json::object post{{"id", 1},
                           {"featured_media", 0},
                           {"content", {{"rendered", deep}}},
                           {"yoast_head_json", {{"og_locale", "en_US"}}}};
  auto r = run_with_seed({write(dir, "deep-body.json", boost::json::serialize(post))});
  CHECK(r.status == 2);
  CHECK(r.err.find("deep-body.json:1:") != std::string::npos);
  CHECK(r.err.find("post body nested deeper than 1000 elements") != std::string::npos);
}

TEST_CASE("hostile: a yoast_head nested a million deep is reported, the post still linted", "[hostile]") {
  std::string dir = test::temp_dir();
  std::string deep;
  for (int i = 0; i < 1000000; ++i) deep += "<span>";
  auto r = run_with_seed(
      {write(dir, "deep-head.json", "{\"id\": 1, \"featured_media\": 0, \"yoast_head\": \"" + deep + "\"}")});
  CHECK(r.status == 2);
  CHECK(r.err.find("yoast_head nested deeper than 1000 elements") != std::string::npos);
}

TEST_CASE("hostile: JSON-LD with cyclic @id references", "[hostile]") {
  std::string dir = test::temp_dir();
  std::string post = R"({"id": 1, "yoast_head_json": {"canonical": "https://x.org/a/", "schema": {"@graph": [
    {"@type": "WebPage", "@id": "https://x.org/a/", "isPartOf": {"@id": "https://x.org/b/"}},
    {"@type": "WebPage", "@id": "https://x.org/b/", "isPartOf": {"@id": "https://x.org/a/"}, "mainEntityOfPage": {"@id": "https://x.org/b/"}},
    {"@type": "Article", "mainEntityOfPage": {"@id": "https://x.org/b/"}, "isPartOf": {"@id": "https://x.org/a/"}}]}}})";
  auto r = run_with_seed({write(dir, "cycle.json", post)});
  CHECK(r.status == 1);
}

TEST_CASE("hostile: a post with 100,000 images", "[hostile][slow]") {
  std::string dir = test::temp_dir();
  std::string imgs;
  for (int i = 0; i < 100000; ++i) imgs += "<img src=\"/i" + std::to_string(i) + ".jpg\">";
  auto page =
      run_with_seed({write(dir, "images.html", "<html lang=en><head><title>Images</title></head><body>" + imgs)});
  CHECK(page.err.empty());
  boost::json::object post{{"id", 1}, {"featured_media", 5}, {"content", {{"rendered", imgs}}}};
  auto rest = run_with_seed({write(dir, "images.json", boost::json::serialize(post))});
  CHECK(rest.err.empty());
}

TEST_CASE("hostile: paths with spaces, Unicode and newlines", "[hostile]") {
  std::string dir = test::temp_dir() + "/a dir é\nnew";
  fs::create_directories(dir);
  std::string path = dir + "/post\t1.json";
  fs::copy_file(kSeed, path);
  auto text = run_seolint({path});
  CHECK(count(text.out, "\\x0a") >= 1);  // the newline is shown escaped, never raw
  CHECK(count(text.out, "\\x09") >= 1);
  auto sarif = run_seolint({"--format", "sarif", path});
  auto uri = boost::json::parse(sarif.out)
                 .at("runs")
                 .at(0)
                 .at("results")
                 .at(0)
                 .at("locations")
                 .at(0)
                 .at("physicalLocation")
                 .at("artifactLocation")
                 .at("uri")
                 .as_string();
  CHECK(std::string(uri).find("%0A") != std::string::npos);
  CHECK(std::string(uri).find("%C3%A9") != std::string::npos);
}

TEST_CASE("hostile: control characters and terminal escapes never reach any output raw", "[hostile]") {
  std::string dir = test::temp_dir();
  std::string evil = R"({"id": 1, "featured_media": 0, "link": "https://x.org/\u001b]8;;http://evil\u0007/",
    "title": {"rendered": "\u001b[2J\u001b]0;pwned\u0007 \u009b31m"}, "slug": "\r\nFAKE:1:1: error: injected"})";
  std::string path = write(dir, "evil.json", evil);
  auto text = run_seolint({path});
  CHECK(text.out.find('\x1b') == std::string::npos);
  CHECK(text.out.find('\x07') == std::string::npos);
  CHECK(text.out.find("\xC2\x9B") == std::string::npos);
  CHECK(text.out.find("\nFAKE:1:1") == std::string::npos);
  for (const char* format : {"sarif", "json"}) {
    auto r = run_seolint({"--format", format, path});
    INFO(format);
    CHECK_NOTHROW(boost::json::parse(r.out));
  }
}

TEST_CASE("hostile: output to a full disk leaves no truncated report and the device intact", "[hostile]") {
  auto r = run_seolint({"--format", "sarif", "--output", "/dev/full", kSeed});
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot write /dev/full") != std::string::npos);
  CHECK(fs::is_character_file("/dev/full"));
  // A regular file is written through a temporary: when that fails, the previous report stays whole.
  std::string base = test::temp_dir();
  chmod(base.c_str(), 0755);
  std::string dir = base + "/out";
  fs::create_directory(dir);
  chmod(dir.c_str(), 0555);  // nobody may create the temporary here
  std::string out = dir + "/report.sarif";
  std::ofstream(out) << "previous report";
  chmod(out.c_str(), 0666);
  std::vector<std::string> as_user;
  if (geteuid() == 0) as_user = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"};
  std::string bin = base + "/seolint", seed = base + "/seed.json";
  fs::copy_file(SEOLINT_BIN, bin);
  fs::copy_file(kSeed, seed);
  auto bad = run_seolint({"--format", "sarif", "--output", out, seed}, "", as_user, bin);
  CHECK(bad.status == 2);
  CHECK(bad.err.find("cannot write " + out) != std::string::npos);
  CHECK(test::read_file(out) == "previous report");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  chmod(dir.c_str(), 0755);
}
