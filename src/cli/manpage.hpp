#pragma once
/// seolint.1: a troff writer (man macros) for the page that src/cli/help.cpp words from the option table.
#include <ostream>
#include <string>
#include <vector>

namespace seolint::cli {

/// A tagged paragraph: an option ("-f, --format FORMAT") or a fixed item ("0", "NO_COLOR").
struct ManItem {
  std::vector<std::string> names;       ///< in bold, joined with ", "
  std::string arg;                      ///< in italics after the names; "" for none
  std::vector<std::string> paragraphs;  ///< plain text: the first beside the tag, the others indented below it
};

/// A section: an optional first paragraph, then its items.
struct ManSection {
  std::string title;  ///< "OPTIONS", "EXIT STATUS"
  std::string intro;  ///< "" for none
  std::vector<ManItem> items;
};

struct ManText {
  std::string version;                   ///< "0.1.0", shown in the page's footer
  std::string name;                      ///< the NAME line after "seolint - " (what whatis shows)
  std::vector<std::string> synopsis;     ///< one usage line each, e.g. "seolint [OPTIONS] PATH..."
  std::vector<std::string> description;  ///< paragraphs of plain text
  std::vector<ManSection> sections;      ///< after DESCRIPTION, in order
};

/// Writes the man page (troff, man macros): NAME, SYNOPSIS, DESCRIPTION, then the sections. Plain text is
/// escaped for troff; non-ASCII characters become \[uXXXX]; option names in the text are set in bold.
void write_manpage(std::ostream& out, const ManText& text);

/// Plain text as one troff text line: backslashes, hyphens and a leading dot or quote escaped; options
/// (--name, -x) in bold.
std::string troff_text(const std::string& text);

}  // namespace seolint::cli
