#pragma once
/// Text width in the font of search-result snippets (Arial 20 px; Liberation Sans has the same metrics).
#include <optional>
#include <string_view>

namespace seolint::text {

struct GlyphWidth {
  char32_t code_point;
  unsigned advance;  ///< in font units
};

/// Generated at build time from LiberationSans-Regular.ttf (cmake/liberation_widths.cpp).
extern const unsigned kLiberationUnitsPerEm;
extern const GlyphWidth kLiberationWidths[];
extern const unsigned kLiberationWidthCount;

/// The width of s in pixels at font size px, or nothing when the font lacks one of its characters.
std::optional<double> text_width_px(std::string_view s, double px);

}  // namespace seolint::text
