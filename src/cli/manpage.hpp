#pragma once
/// seolint.1: the man page, written from the same option tables as --help.
#include <boost/program_options/options_description.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace seolint::cli {

/// The man page's words that are not in the option tables.
struct ManText {
  std::string version;                   ///< "0.1.0", shown in the page's footer
  std::vector<std::string> synopsis;     ///< one usage line each, e.g. "seolint [OPTIONS] PATH..."
  std::vector<std::string> description;  ///< paragraphs of plain text
};

/// An option table and the section it becomes ("OPTIONS", "FETCH OPTIONS"), with an optional first paragraph.
struct ManTable {
  std::string section;
  std::string intro;
  const boost::program_options::options_description* table;
};

/// Writes the man page (troff, man macros): NAME, SYNOPSIS, DESCRIPTION, one section per table (each
/// option with its short and long name, its value name and its help text), then EXIT STATUS, FILES,
/// ENVIRONMENT and SEE ALSO. Plain text is escaped for troff; non-ASCII characters become \[uXXXX].
void write_manpage(std::ostream& out, const ManText& text, const std::vector<ManTable>& tables);

/// Plain text as one troff text line: backslashes, hyphens and a leading dot or quote escaped; options
/// (--name, -x) in bold.
std::string troff_text(const std::string& text);

}  // namespace seolint::cli
