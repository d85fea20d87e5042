#pragma once
/// What the XML reports (junit, checkstyle) share.
#include <pugixml.hpp>

namespace seolint {

/// The document's XML declaration (version 1.0, UTF-8) and its root element.
pugi::xml_node xml_root(pugi::xml_document& doc, const char* name);

}  // namespace seolint
