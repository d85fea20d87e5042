#pragma once
/// Text width in the font of search-result snippets (Arial 20 px; Liberation Sans has the same metrics).
#include <cstddef>
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

/// True for a character East Asian typography sets full-width (Han, kana, Hangul, full-width forms: Unicode's
/// East_Asian_Width Wide or Fullwidth); such a glyph is one em wide, about twice a Latin letter.
bool is_full_width(char32_t cp);

/// The width of s in pixels at font size px, or nothing when the font lacks one of its characters. Full-width
/// characters, which Liberation Sans lacks, take one em each (as in the CJK fonts that search results fall back to).
std::optional<double> text_width_px(std::string_view s, double px);

/// The columns s takes: a full-width character counts two, a combining mark or a zero-width one none, any other one.
std::size_t display_columns(std::string_view s);

}  // namespace seolint::text
