#pragma once
/// Reporters: a function each from (rules in use, sorted findings, input errors) to a stream.
#include <ostream>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/rule.hpp"

namespace seolint {

struct RunSummary {
  std::vector<const Rule*> rules;    ///< the rules that ran, in id order
  std::vector<std::string> inputs;   ///< display paths of the inputs read
  std::size_t posts = 0;
  std::size_t files = 0;
  std::string working_directory;     ///< absolute, for SARIF's %SRCROOT%
};

struct Report {
  const RunSummary& run;
  const std::vector<Finding>& findings;  ///< in output order
  const std::vector<InputError>& errors;
};

struct ReportOptions {
  bool color = false;  ///< text: ANSI colours
};

void report_text(const Report& r, std::ostream& out, const ReportOptions& options);
void report_sarif(const Report& r, std::ostream& out, const ReportOptions& options);
void report_json(const Report& r, std::ostream& out, const ReportOptions& options);

using ReporterFn = void (*)(const Report&, std::ostream&, const ReportOptions&);
struct Reporter {
  std::string_view name;
  ReporterFn write;
  std::string_view summary;
};
/// Every output format, in --help order.
std::span<const Reporter> reporters();
const Reporter* find_reporter(std::string_view name);

/// Replaces control characters and terminal escapes with visible escapes (\x1b).
std::string printable(std::string_view s);

}  // namespace seolint
