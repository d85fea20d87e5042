// checkstyle: Checkstyle 4.3 XML for Jenkins warnings-ng, reviewdog and other checkstyle readers
// (documented in docs/formats.md).
#include <map>
#include <pugixml.hpp>

#include "report/common.hpp"
#include "report/xml.hpp"
#include "seolint/report.hpp"

namespace seolint {

namespace {
void error(pugi::xml_node file, Position at, const char* severity, const std::string& message,
           const std::string& source) {
  pugi::xml_node e = file.append_child("error");
  if (at.line) {  // the schema's line and column are positive: left out when unknown
    e.append_attribute("line") = at.line;
    if (at.column) e.append_attribute("column") = at.column;
  }
  e.append_attribute("severity") = severity;
  e.append_attribute("message") = xml_chars(message).c_str();
  e.append_attribute("source") = xml_chars(source).c_str();
}
}  // namespace

void report_checkstyle(const Report& r, std::ostream& out, const ReportOptions&) {
  pugi::xml_document doc;
  pugi::xml_node root = xml_root(doc, "checkstyle");
  root.append_attribute("version") = "4.3";
  std::map<std::string, pugi::xml_node> files;
  auto file = [&](const std::string& name) {
    auto [it, fresh] = files.try_emplace(name);
    if (fresh) {
      it->second = root.append_child("file");
      it->second.append_attribute("name") = xml_chars(name).c_str();
    }
    return it->second;
  };
  for (const auto& in : r.run.inputs) file(in);  // every input, as Checkstyle lists every file it audited
  for (const auto& f : r.findings)
    if (!f.suppression)
      error(file(f.post.file), f.start, checkstyle_severity(f.severity), f.message, "seolint." + f.rule);
  for (const auto& e : r.errors) error(file(e.file), e.position, "error", e.message, "seolint.input");
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace seolint
