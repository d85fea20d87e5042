// The CI formats (junit, github, codequality, checkstyle): escaping, severity mapping, what each leaves out.
// check.py reads the same crafted run back as the formats' consumers do.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "formats/crafted.hpp"
#include "report/common.hpp"
#include "seolint/report.hpp"

using namespace seolint;

namespace {
std::string write(ReporterFn fn, const Report& r) {
  std::ostringstream out;
  fn(r, out, {});
  return out.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

/// The GitHub runner's decoding (actions/runner ActionCommand.UnescapeProperty): replacements in this order.
std::string runner_unescape_property(std::string s) {
  for (auto [from, to] : {std::pair{"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}}) {
    std::string out;
    std::string_view rest = s, f = from;
    for (std::size_t at; (at = rest.find(f)) != std::string_view::npos; rest.remove_prefix(at + f.size()))
      out.append(rest.substr(0, at)), out += to;
    s = out.append(rest);
  }
  return s;
}
}  // namespace

TEST_CASE("GitHub workflow commands escape what the runner decodes", "[formats]") {
  CHECK(github_escape_data("100% sure: a, b\r\nc") == "100%25 sure: a, b%0D%0Ac");
  CHECK(github_escape_property("100% sure: a, b\r\nc") == "100%25 sure%3A a%2C b%0D%0Ac");
  CHECK(github_escape_data("%0A is literal") == "%250A is literal");
  CHECK(github_escape_property("a=b::c") == "a=b%3A%3Ac");
  CHECK(github_escape_data("café ✓") == "café ✓");
  // Every byte pair, and the escape sequences written literally, come back unchanged.
  std::string all;
  for (int a = 0; a < 256; ++a) all += static_cast<char>(a), all += "%0D%0A%3A%2C%25%";
  CHECK(runner_unescape_property(github_escape_property(all)) == all);
  for (char c : github_escape_property(all)) CHECK((c != ':' && c != ',' && c != '\r' && c != '\n'));
}

TEST_CASE("severities map onto each format's scale", "[formats]") {
  CHECK(std::string(github_command(Severity::Error)) == "error");
  CHECK(std::string(github_command(Severity::Warning)) == "warning");
  CHECK(std::string(github_command(Severity::Note)) == "notice");
  CHECK(std::string(codequality_severity(Severity::Error)) == "major");
  CHECK(std::string(codequality_severity(Severity::Warning)) == "minor");
  CHECK(std::string(codequality_severity(Severity::Note)) == "info");
  CHECK(std::string(checkstyle_severity(Severity::Error)) == "error");
  CHECK(std::string(checkstyle_severity(Severity::Warning)) == "warning");
  CHECK(std::string(checkstyle_severity(Severity::Note)) == "info");
}

TEST_CASE("XML text keeps what XML 1.0 can carry and replaces the rest", "[formats]") {
  CHECK(xml_chars("tab\tLF\nCR\r<&>\"'") == "tab\tLF\nCR\r<&>\"'");
  CHECK(xml_chars("a\x01"
                  "b\x1b[31m") == "a\xEF\xBF\xBD"
                                  "b\xEF\xBF\xBD[31m");
  CHECK(xml_chars("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(xml_chars("bad \xC3 \xFF end") == "bad \xEF\xBF\xBD \xEF\xBF\xBD end");
  CHECK(xml_chars("café ✓ 🙂 \x7F") == "café ✓ 🙂 \x7F");
}

TEST_CASE("github: an annotation per finding and input error, then one summary line", "[formats]") {
  test::Crafted c = test::crafted(true);
  auto out = lines(write(report_github, c.report()));
  REQUIRE(out.size() == 6 + 2 + 1);  // 7 findings, one suppressed; 2 errors; the summary
  CHECK(out[0] ==
        "::warning file=we%25ird%3A%3A na%2Cme%0Ax.json,line=1,col=5,endLine=1,endColumn=30,title=title-length::"
        "100%25 sure: a, b%0Aline two%0D%0Athree %250A %253A %2525 literal ::x");
  CHECK(out[1].rfind("::error file=we%25ird%3A%3A na%2Cme%0Ax.json,line=2,col=3,title=canonical-invalid::", 0) == 0);
  CHECK(out[2].rfind("::notice file=we%25ird%3A%3A na%2Cme%0Ax.json,line=5,col=7,title=mixed-locale::", 0) == 0);
  CHECK(out[4].rfind("::error file=plain.json,line=3,col=2,endLine=3,endColumn=9,title=og-incomplete::", 0) == 0);
  CHECK(out[6] ==
        "::error file=broken%3A a%2Cb%25.json,line=3,col=7,title=seolint input error::unexpected ',' or %25: here");
  CHECK(out[7] == "::error file=missing%0Afile.json,title=seolint input error::no such file or directory");
  CHECK(out[8] == "seolint: 6 problems (2 errors, 2 warnings, 2 notes); read 5 posts in 3 files; 2 input errors; "
                  "1 suppressed, not annotated");
  for (const auto& l : out) CHECK(l.find("in the baseline") == std::string::npos);
}

TEST_CASE("github: more than 10 annotations of a type are pointed out in the summary", "[formats]") {
  test::Crafted c = test::crafted(true);
  c.errors.clear();
  for (int i = 0; i < 11; ++i) c.findings.push_back(c.findings[0]);
  auto out = lines(write(report_github, c.report()));
  CHECK(out.back().find("GitHub shows at most 10 annotations of each type per step") != std::string::npos);
}

TEST_CASE("codequality: GitLab's fields, unique fingerprints, suppressed findings left out", "[formats]") {
  test::Crafted c = test::crafted(true);
  boost::json::array issues = boost::json::parse(write(report_codequality, c.report())).as_array();
  REQUIRE(issues.size() == 6);
  std::set<std::string> fingerprints;
  for (const auto& v : issues) {
    const auto& issue = v.as_object();
    std::string fp(issue.at("fingerprint").as_string());
    CHECK(fp.size() == 32);
    CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
    fingerprints.insert(fp);
    CHECK(issue.at("description").as_string() != "in the baseline");
  }
  CHECK(fingerprints.size() == issues.size());  // "cccc" twice, told apart by its occurrence
  const auto& first = issues[0].as_object();
  CHECK(first.at("description").as_string() == test::kOddMessage);
  CHECK(first.at("check_name").as_string() == "title-length");
  CHECK(first.at("severity").as_string() == "minor");
  CHECK(first.at("location").at("path").as_string() == test::kOddFile);
  CHECK(first.at("location").at("lines").at("begin").as_int64() == 1);
  CHECK(issues[1].at("location").at("lines").at("end").as_int64() == 4);
  // The same run twice: the same fingerprints (GitLab compares them between branches).
  CHECK(write(report_codequality, c.report()) == write(report_codequality, c.report()));
  // GitLab needs a line: a finding without a position is put on the first.
  test::Crafted nowhere;
  nowhere.findings.push_back(c.findings[0]);
  nowhere.findings.back().start = nowhere.findings.back().end = {};
  auto placed = boost::json::parse(write(report_codequality, nowhere.report())).at(0).at("location").at("lines");
  CHECK(placed.at("begin").as_int64() == 1);
  CHECK_FALSE(placed.as_object().contains("end"));
  // An empty run is an empty array.
  test::Crafted none;
  CHECK(write(report_codequality, none.report()) == "[]\n");
}

TEST_CASE("checkstyle: a file per input, an error per finding and input error", "[formats]") {
  test::Crafted c = test::crafted(true);
  std::string xml = write(report_checkstyle, c.report());
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node root = doc.child("checkstyle");
  CHECK(std::string(root.attribute("version").value()) == "4.3");
  std::vector<std::string> files;
  for (pugi::xml_node f : root.children("file")) files.push_back(f.attribute("name").value());
  CHECK(files == std::vector<std::string>{test::kOddFile, "plain.json", "broken: a,b%.json", "missing\nfile.json"});
  pugi::xml_node odd = root.child("file");
  pugi::xml_node e = odd.child("error");
  CHECK(e.attribute("line").as_int() == 1);
  CHECK(e.attribute("column").as_int() == 5);
  CHECK(std::string(e.attribute("severity").value()) == "warning");
  CHECK(std::string(e.attribute("message").value()) == test::kOddMessage);  // CR and LF kept as &#13; &#10;
  CHECK(std::string(e.attribute("source").value()) == "seolint.title-length");
  CHECK(std::string(e.next_sibling().attribute("message").value()) ==
        "canonical <a href=\"x\"> & 'y'\xEF\xBF\xBD spans lines");
  CHECK(std::distance(odd.children("error").begin(), odd.children("error").end()) == 5);
  pugi::xml_node plain = odd.next_sibling("file");
  CHECK(std::distance(plain.children("error").begin(), plain.children("error").end()) == 1);  // one suppressed
  pugi::xml_node missing = root.last_child().child("error");
  CHECK(missing.attribute("line").empty());  // no position: no line (the schema's line is positive)
  CHECK(std::string(missing.attribute("source").value()) == "seolint.input");
  CHECK(std::string(missing.attribute("severity").value()) == "error");
}

TEST_CASE("junit: a testsuite per input, a testcase per post, a failure per finding", "[formats]") {
  test::Crafted c = test::crafted(true);
  std::string xml = write(report_junit, c.report());
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node root = doc.child("testsuites");
  CHECK(root.attribute("tests").as_int() == 7);  // 5 posts, 2 input errors
  CHECK(root.attribute("failures").as_int() == 3);
  CHECK(root.attribute("errors").as_int() == 2);
  pugi::xml_node odd = root.child("testsuite");
  CHECK(std::string(odd.attribute("name").value()) == test::kOddFile);
  CHECK(odd.attribute("tests").as_int() == 2);
  pugi::xml_node first = odd.child("testcase");
  CHECK(std::string(first.attribute("name").value()) == "post 1 odd: a, b%");
  CHECK(std::string(first.attribute("classname").value()) == test::kOddFile);
  // Its two findings and the site-wide one that came last.
  CHECK(std::distance(first.children("failure").begin(), first.children("failure").end()) == 3);
  pugi::xml_node failure = first.child("failure");
  CHECK(std::string(failure.attribute("message").value()) == test::kOddMessage);
  CHECK(std::string(failure.attribute("type").value()) == "title-length");
  // The message on a second line, as XML reads it (a CR becomes LF in element text).
  CHECK(std::string(failure.text().get()) ==
        test::kOddFile + ":1:5 title-length/crafted warning\n100% sure: a, b\nline two\nthree %0A %3A %25 literal ::x");
  CHECK(std::string(first.last_child().attribute("type").value()) == "duplicate-title");
  pugi::xml_node plain = odd.next_sibling("testsuite");
  CHECK(plain.attribute("tests").as_int() == 3);
  CHECK(plain.attribute("failures").as_int() == 1);  // the post with only a suppressed finding passes
  std::vector<std::string> names;
  for (pugi::xml_node tc : plain.children("testcase")) names.push_back(tc.attribute("name").value());
  CHECK(names == std::vector<std::string>{"post 5 odd: a, b%", "post without findings (1 of 2)",
                                          "post without findings (2 of 2)"});
  pugi::xml_node broken = plain.next_sibling("testsuite");
  CHECK(broken.attribute("errors").as_int() == 1);
  pugi::xml_node error = broken.child("testcase").child("error");
  CHECK(std::string(error.attribute("type").value()) == "input-error");
  CHECK(std::string(error.text().get()) == "broken: a,b%.json:3:7: unexpected ',' or %: here");
  CHECK(std::string(root.last_child().attribute("name").value()) == "missing\nfile.json");
}

TEST_CASE("junit: without counts per input, posts without findings have a testsuite of their own", "[formats]") {
  test::Crafted c = test::crafted(false);
  std::string xml = write(report_junit, c.report());
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node root = doc.child("testsuites");
  CHECK(root.attribute("tests").as_int() == 7);
  pugi::xml_node pool = root.last_child();
  CHECK(std::string(pool.attribute("name").value()) == "seolint: posts without findings");
  CHECK(pool.attribute("tests").as_int() == 2);
  CHECK(std::string(pool.child("testcase").attribute("classname").value()) == "seolint");
  // One input: its posts are the run's.
  test::Crafted one;
  one.run.inputs = {"a.json"};
  one.run.posts = 4;
  one.findings.push_back(c.findings[0]);
  one.findings.back().post.file = "a.json";
  doc.load_string(write(report_junit, one.report()).c_str());
  CHECK(doc.child("testsuites").child("testsuite").attribute("tests").as_int() == 4);
  CHECK(doc.child("testsuites").child("testsuite").next_sibling().empty());
}
