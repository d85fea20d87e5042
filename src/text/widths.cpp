#include "seolint/text/widths.hpp"

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
}  // namespace

std::optional<double> text_width_px(std::string_view s, double px) {
  unsigned long units = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    unsigned a = advance_of(cp);
    bool zero_width = cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || (cp >= 0x300 && cp < 0x370);
    if (!a && !zero_width) return std::nullopt;
    units += a;
  }
  return static_cast<double>(units) * px / kLiberationUnitsPerEm;
}

}  // namespace seolint::text
