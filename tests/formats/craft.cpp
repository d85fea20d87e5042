// Writes the crafted run (crafted.hpp) in each CI format, and what check.py compares them with:
//   seolint_formats_craft DIR  ->  DIR/crafted.{junit,github,codequality,checkstyle} and DIR/crafted.oracle.json
// The oracle is the json report of the findings that count (suppressed ones left out), the input errors and the
// number of posts read.
#include <boost/json.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "formats/crafted.hpp"

using namespace seolint;

int main(int argc, char** argv) {
  if (argc != 2) return std::cerr << "usage: seolint_formats_craft DIR\n", 2;
  std::string dir = argv[1];
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream out(dir + "/" + name, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
  };
  test::Crafted c = test::crafted(true);
  for (std::string_view name : {"junit", "github", "codequality", "checkstyle"}) {
    std::ostringstream out;
    find_reporter(name)->write(c.report(), out, {});
    if (!write("crafted." + std::string(name), out.str())) return std::cerr << "cannot write " << dir << "\n", 1;
  }
  std::vector<Finding> counted;
  for (const auto& f : c.findings)
    if (!f.suppression) counted.push_back(f);
  std::ostringstream json;
  report_json(Report{c.run, counted, c.errors}, json, {});
  boost::json::array errors;
  for (const auto& e : c.errors)
    errors.push_back(
        {{"file", e.file}, {"line", e.position.line}, {"column", e.position.column}, {"message", e.message}});
  boost::json::object oracle{{"findings", boost::json::parse(json.str())},
                             {"errors", std::move(errors)},
                             {"posts", c.run.posts},
                             {"files", c.run.files}};
  return write("crafted.oracle.json", boost::json::serialize(oracle) + "\n") ? 0 : 1;
}
