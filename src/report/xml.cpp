// What the XML reports (junit, checkstyle) share: the declaration and the root element.
#include "report/xml.hpp"

namespace seolint {

pugi::xml_node xml_root(pugi::xml_document& doc, const char* name) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  return doc.append_child(name);
}

}  // namespace seolint
