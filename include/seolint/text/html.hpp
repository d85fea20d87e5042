#pragma once
/// HTML text helpers built on gumbo.
#include <string>
#include <string_view>
#include <vector>

namespace seolint::text {

/// Decodes HTML character references (all of HTML5's named ones and numeric ones).
std::string decode_entities(std::string_view s);
/// The visible text of an HTML fragment: text nodes outside script/style, white space collapsed.
std::string html_text(std::string_view html);
/// The title without a trailing site name (" - Hancock Health", " | SMAVA"), one of sites, compared without case.
std::string strip_site_name(std::string title, const std::vector<std::string>& sites);
/// Collapses runs of white space (including U+00A0) to one space and trims.
std::string collapse_space(std::string_view s);

}  // namespace seolint::text
