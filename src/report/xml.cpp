// The characters an XML 1.0 document may carry, for the XML reports (junit, checkstyle).
#include "report/xml.hpp"

#include "seolint/report.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

std::string xml_chars(std::string_view s) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = text::utf8_sequence_length(s.substr(i));
    if (n == 0) {  // a byte that is not UTF-8: one replacement each
      out += kReplacement, ++i;
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {  // not Char in XML 1.0, even as &#1;
      out += kReplacement, ++i;
    } else if (n == 3 && c == 0xEF && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      out += kReplacement, i += 3;  // U+FFFE, U+FFFF
    } else {
      out.append(s.substr(i, n)), i += n;
    }
  }
  return out;
}

pugi::xml_node xml_root(pugi::xml_document& doc, const char* name) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  return doc.append_child(name);
}

}  // namespace seolint
