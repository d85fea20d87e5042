#pragma once
/// What the reports share: escaping, counting and wording helpers. Private to seolint (src/report, src/cli and
/// the tests); embedders use include/seolint/report.hpp.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "seolint/finding.hpp"

namespace seolint {

struct Config;

// ---- Words ----

/// Replaces control characters and terminal escapes with visible escapes (\x1b).
std::string printable(std::string_view s);
/// 12,345: thousands separated, for people.
std::string with_commas(std::size_t n);
/// "3 posts", "1 post" (with thousands separators).
std::string plural(std::size_t n, std::string_view word);
/// The configuration in force, in words: rules and their severities, rule options, --fail-on, --quiet.
std::string describe_configuration(const Config& config, std::string_view fail_on, bool quiet);

// ---- The editor reports (html, markdown) ----

/// Escapes & < > " ' for HTML text and attribute values; control characters become U+FFFD.
std::string html_escape(std::string_view s);
/// True for an absolute http: or https: URL: the only post URLs a report makes links of.
bool is_web_url(std::string_view url);
/// The part two values differ in: byte lengths of their common prefix and suffix (whole UTF-8 characters).
struct Difference {
  std::size_t prefix = 0, suffix = 0;
};
Difference differing_part(std::string_view a, std::string_view b);
/// A run's findings counted for summaries.
struct Tally {
  using Counts = std::array<std::size_t, 4>;  ///< by Severity
  struct Post {
    std::size_t first = 0, count = 0;  ///< its findings: findings[first, first + count)
    Counts severity{};
  };
  Counts severity{};
  std::vector<std::pair<std::string, Counts>> rules;    ///< in rule id order, rules with findings
  std::vector<std::pair<std::string, Counts>> locales;  ///< by declared language ("" unknown), most first
  std::vector<Post> posts;                              ///< posts with findings, in output order
  std::size_t total() const { return severity[1] + severity[2] + severity[3]; }
};
Tally tally(const std::vector<Finding>& findings);
/// "2 errors, 1 warning": the non-zero counts, most severe first.
std::string counts_text(const Tally::Counts& c);

// ---- The CI formats (junit, github, codequality, checkstyle) ----

/// Text XML 1.0 can carry: control characters other than tab, LF and CR, U+FFFE, U+FFFF and invalid UTF-8
/// become U+FFFD (pugixml escapes the markup characters itself).
std::string xml_chars(std::string_view s);
/// A GitHub workflow command's message: % CR LF percent-encoded (actions/toolkit escapeData).
std::string github_escape_data(std::string_view s);
/// A GitHub workflow command's property value: % CR LF : , percent-encoded (actions/toolkit escapeProperty).
std::string github_escape_property(std::string_view s);
/// "error", "warning", "notice": the workflow command for a severity.
const char* github_command(Severity s);
/// GitLab Code Quality severity: note info, warning minor, error major.
const char* codequality_severity(Severity s);
/// Checkstyle severity: error, warning, and info for a note.
const char* checkstyle_severity(Severity s);

}  // namespace seolint
