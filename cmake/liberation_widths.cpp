// Build-time generator: the advance widths of Liberation Sans Regular (metric-compatible with Arial), read with
// FreeType, written as a C++ table for title-length. Usage: liberation_widths FONT.ttf OUT.cpp
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 3) return std::fprintf(stderr, "usage: %s FONT.ttf OUT.cpp\n", argv[0]), 2;
  FT_Library lib;
  FT_Face face;
  if (FT_Init_FreeType(&lib) || FT_New_Face(lib, argv[1], 0, &face))
    return std::fprintf(stderr, "%s: cannot read the font\n", argv[1]), 1;
  std::FILE* out = std::fopen(argv[2], "w");
  if (!out) return std::fprintf(stderr, "%s: cannot write\n", argv[2]), 1;
  std::fprintf(out,
               "// Generated at build time from %s by "
               "cmake/liberation_widths.cpp: do not edit.\n",
               argv[1]);
  std::fprintf(out, "#include \"seolint/text/widths.hpp\"\n\nnamespace seolint::text {\n\n");
  std::fprintf(out, "const unsigned kLiberationUnitsPerEm = %u;\n\n", face->units_per_EM);
  std::fprintf(out, "/// Code point and advance width in font units, sorted by "
                    "code point.\n");
  std::fprintf(out, "const GlyphWidth kLiberationWidths[] = {\n");
  unsigned count = 0;
  FT_UInt glyph = 0;
  for (FT_ULong cp = FT_Get_First_Char(face, &glyph); glyph != 0; cp = FT_Get_Next_Char(face, cp, &glyph)) {
    if (FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING)) continue;
    std::fprintf(out, "    {0x%lX, %ld},\n", cp, static_cast<long>(face->glyph->metrics.horiAdvance));
    ++count;
  }
  std::fprintf(out,
               "};\nconst unsigned kLiberationWidthCount = %u;\n\n}  // "
               "namespace seolint::text\n",
               count);
  FT_Done_Face(face);
  FT_Done_FreeType(lib);
  return std::fclose(out) == 0 && count > 0 ? 0 : 1;
}
