// The table of output formats: drives --format, its help and its validation.
#include "seolint/report.hpp"

namespace seolint {

namespace {
constexpr Reporter kReporters[] = {
    {"text", report_text, "for people: path:line:col: severity: message [rule], grouped per post"},
    {"sarif", report_sarif, "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"},
    {"json", report_json, "a plain array of findings for scripts (docs/formats.md)"},
    {"html", report_html, "one self-contained HTML page for editors: summary, charts, filters (docs/report.md)"},
    {"markdown", report_markdown, "a compact summary for pull-request comments and CI job summaries"},
    {"junit", report_junit, "JUnit XML for CI test views: a testsuite per input, a testcase per post, a failure per finding"},
    {"github", report_github, "GitHub Actions workflow commands: an annotation per finding, then a summary line"},
    {"codequality", report_codequality, "GitLab Code Quality JSON for merge request widgets"},
    {"checkstyle", report_checkstyle, "Checkstyle XML for Jenkins warnings-ng, reviewdog and other checkstyle readers"},
};
}  // namespace

std::span<const Reporter> reporters() { return kReporters; }

const Reporter* find_reporter(std::string_view name) {
  for (const auto& r : kReporters)
    if (r.name == name) return &r;
  return nullptr;
}

}  // namespace seolint
