#pragma once
/// Reporters: a function each from (rules in use, sorted findings, input errors) to a stream.
#include <chrono>
#include <memory>
#include <ostream>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/rule.hpp"

namespace seolint {

struct RunSummary {
  std::vector<const Rule*> rules;   ///< the rules that ran, in id order
  std::vector<std::string> inputs;  ///< display paths of the inputs read
  std::size_t posts = 0;
  std::size_t files = 0;
  std::string working_directory;                    ///< absolute, for SARIF's %SRCROOT%
  std::chrono::system_clock::time_point started{};  ///< when the run began (editor reports)
  std::string configuration;                        ///< the configuration in force, in words (editor reports)
  std::vector<std::string> notes;                   ///< run-level notes (fixed baseline entries, unused suppressions)
  std::size_t suppressed = 0;  ///< findings a suppression or the baseline covers (not in findings counts)
  /// Posts read from each input, parallel to inputs; empty when the caller did not count them (junit then
  /// lists the posts without findings in one testsuite of their own).
  std::vector<std::size_t> input_posts{};
};

struct Report {
  const RunSummary& run;
  const std::vector<Finding>& findings;  ///< in output order
  const std::vector<InputError>& errors;
};

struct ReportOptions {
  bool color = false;                     ///< text: ANSI colours
  std::size_t markdown_limit = 65536;     ///< markdown: most bytes written (GitHub's comment limit)
  bool show_baselined = false;            ///< text: also show suppressed findings, marked
  std::string sarif_category;             ///< sarif: runAutomationDetails.id ("" for none)
  std::size_t sarif_max_results = 25000;  ///< sarif: most results written (GitHub's per-run limit); 0: no limit
};

/// A report written as the run goes: findings post by post, in output order, then the end.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  /// One post's findings (or a site-wide one's), in output order; never empty.
  virtual void add(std::span<const Finding> findings) = 0;
  /// After the last finding: the run's totals and the inputs that could not be read.
  virtual void finish(const RunSummary& run, const std::vector<InputError>& errors) = 0;
};

void report_text(const Report& r, std::ostream& out, const ReportOptions& options);
void report_sarif(const Report& r, std::ostream& out, const ReportOptions& options);
void report_json(const Report& r, std::ostream& out, const ReportOptions& options);
void report_html(const Report& r, std::ostream& out, const ReportOptions& options);
void report_markdown(const Report& r, std::ostream& out, const ReportOptions& options);
void report_junit(const Report& r, std::ostream& out, const ReportOptions& options);
void report_github(const Report& r, std::ostream& out, const ReportOptions& options);
void report_codequality(const Report& r, std::ostream& out, const ReportOptions& options);
void report_checkstyle(const Report& r, std::ostream& out, const ReportOptions& options);

using ReporterFn = void (*)(const Report&, std::ostream&, const ReportOptions&);
/// A streaming writer; run holds what is known when the run starts (rules, working directory, time).
using WriterFn = std::unique_ptr<ReportWriter> (*)(std::ostream&, const RunSummary& run, const ReportOptions&);
struct Reporter {
  std::string_view name;
  ReporterFn write;
  std::string_view summary;
  WriterFn stream = nullptr;  ///< null: the report needs every finding first (it is kept in memory)
};
std::unique_ptr<ReportWriter> stream_text(std::ostream& out, const RunSummary& run, const ReportOptions& options);
std::unique_ptr<ReportWriter> stream_sarif(std::ostream& out, const RunSummary& run, const ReportOptions& options);
std::unique_ptr<ReportWriter> stream_json(std::ostream& out, const RunSummary& run, const ReportOptions& options);
/// The writer for a format: its streaming writer, or one that keeps the findings and writes at the end.
std::unique_ptr<ReportWriter> make_writer(const Reporter& r, std::ostream& out, const RunSummary& run,
                                          const ReportOptions& options);
/// Writes a whole report through a streaming writer, post by post.
void write_through(ReportWriter& w, const Report& r);
/// Every output format, in --help order.
std::span<const Reporter> reporters();
const Reporter* find_reporter(std::string_view name);

}  // namespace seolint
