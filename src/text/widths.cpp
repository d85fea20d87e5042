#include "seolint/text/widths.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "seolint/text/utf8.hpp"

namespace seolint::text {

namespace {
unsigned advance_of(char32_t cp) {
  const GlyphWidth* end = kLiberationWidths + kLiberationWidthCount;
  const GlyphWidth* g =
      std::lower_bound(kLiberationWidths, end, cp, [](const GlyphWidth& w, char32_t c) { return w.code_point < c; });
  return g != end && g->code_point == cp ? g->advance : 0;
}

bool zero_width(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || (cp >= 0x300 && cp < 0x370);
}
}  // namespace

bool is_full_width(char32_t cp) {
  auto w = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

std::optional<double> text_width_px(std::string_view s, double px) {
  unsigned long units = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    unsigned a = advance_of(cp);
    if (!a && is_full_width(cp)) a = kLiberationUnitsPerEm;
    if (!a && !zero_width(cp)) return std::nullopt;
    units += a;
  }
  return static_cast<double>(units) * px / kLiberationUnitsPerEm;
}

std::size_t display_columns(std::string_view s) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    auto category = u_charType(static_cast<UChar32>(cp));  // a combining mark or a format character takes no column
    bool none =
        zero_width(cp) || category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR;
    columns += none ? 0 : is_full_width(cp) ? 2 : 1;
  }
  return columns;
}

}  // namespace seolint::text
