#pragma once
/// What seolint says about itself, written once: the option table (names, argument names, help text, group,
/// a longer man-page description, and where each value goes), the usage lines, the description, the exit
/// statuses, the files and the environment. The parser, --help and the man page (--help-man) all come from it.
#include <boost/program_options/options_description.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/manpage.hpp"

namespace seolint::cli {

/// The groups of options: one --help heading and one man page section each.
enum class Group { Main, Fetch };

/// One command-line option.
struct Option {
  Group group;
  const char* names;  ///< "format,f": the long name, then a one-letter short name after a comma
  const char* arg;    ///< the value's name, e.g. "FILE" or "auto|always|never"; nullptr for a switch
  /// Where the value goes: a program_options value bound to a field of the arguments.
  boost::program_options::value_semantic* (*bind)(CliArgs& args, const char* arg);
  std::string help;    ///< a sentence or two: --help and the man page
  std::string more{};  ///< more for the man page only, a paragraph below the help; "" for none
};

/// Every option, in the order --help and the man page list them.
const std::vector<Option>& options();

/// The options of a group, for parsing into args and for --help.
boost::program_options::options_description option_table(CliArgs& args, Group group);

/// `seolint --help`, or `seolint fetch --help` (which also lists the fetch options).
void print_help(std::ostream& out, bool fetch);

/// The man page's words, for write_manpage.
ManText manual();

/// "text, sarif or json", from the reporter table.
std::string format_names();

}  // namespace seolint::cli
