// The table of output formats: drives --format, its help and its validation.
#include "seolint/report.hpp"

namespace seolint {

namespace {
constexpr Reporter kReporters[] = {
    {"text", report_text, "for people: path:line:col: severity: message [rule], grouped per post", stream_text},
    {"sarif", report_sarif, "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers", stream_sarif},
    {"json", report_json, "a plain array of findings for scripts (docs/formats.md)", stream_json},
    {"html", report_html, "one self-contained HTML page for editors: summary, charts, filters (docs/report.md)"},
    {"markdown", report_markdown, "a compact summary for pull-request comments and CI job summaries"},
    {"junit", report_junit,
     "JUnit XML for CI test views: a testsuite per input, a testcase per post, a failure per finding"},
    {"github", report_github, "GitHub Actions workflow commands: an annotation per finding, then a summary line"},
    {"codequality", report_codequality, "GitLab Code Quality JSON for merge request widgets"},
    {"checkstyle", report_checkstyle, "Checkstyle XML for Jenkins warnings-ng, reviewdog and other checkstyle readers"},
};
}  // namespace

namespace {
/// For reports that need every finding before they write (html, markdown): keeps them until the end.
class Buffered : public ReportWriter {
 public:
  Buffered(const Reporter& r, std::ostream& out, const ReportOptions& options) : r_(r), out_(out), options_(options) {}
  void add(std::span<const Finding> findings) override {
    findings_.insert(findings_.end(), findings.begin(), findings.end());
  }
  void finish(const RunSummary& run, const std::vector<InputError>& errors) override {
    r_.write({run, findings_, errors}, out_, options_);
  }

 private:
  const Reporter& r_;
  std::ostream& out_;
  ReportOptions options_;
  std::vector<Finding> findings_;
};
}  // namespace

std::unique_ptr<ReportWriter> make_writer(const Reporter& r, std::ostream& out, const RunSummary& run,
                                          const ReportOptions& options) {
  if (r.stream) return r.stream(out, run, options);
  return std::make_unique<Buffered>(r, out, options);
}

void write_through(ReportWriter& w, const Report& r) {
  std::size_t first = 0;
  for (std::size_t i = 1; i <= r.findings.size(); ++i)
    if (i == r.findings.size() || r.findings[i].post.file != r.findings[first].post.file ||
        r.findings[i].post.pointer != r.findings[first].post.pointer)
      w.add(std::span(r.findings).subspan(first, i - first)), first = i;
  w.finish(r.run, r.errors);
}

std::span<const Reporter> reporters() { return kReporters; }

const Reporter* find_reporter(std::string_view name) {
  for (const auto& r : kReporters)
    if (r.name == name) return &r;
  return nullptr;
}

}  // namespace seolint
