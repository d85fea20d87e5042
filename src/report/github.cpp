// github: GitHub Actions workflow commands, one annotation per finding and per input error, then a summary
// line (documented in docs/formats.md).
#include <array>

#include "report/common.hpp"
#include "seolint/report.hpp"

namespace seolint {

namespace {
/// "::error file=F,line=L,col=C,endLine=L,endColumn=E,title=T::MESSAGE"
std::string command(const char* name, const std::string& file, Position start, Position end, std::string_view title,
                    std::string_view message) {
  std::string out = std::string("::") + name + " file=" + github_escape_property(file);
  if (start.line) {
    out += ",line=" + std::to_string(start.line);
    if (start.column) out += ",col=" + std::to_string(start.column);
    // The runner drops both columns when endLine differs from line: a value spanning lines keeps its start only.
    if (start.column && end.line == start.line && end.column > start.column)
      out += ",endLine=" + std::to_string(end.line) + ",endColumn=" + std::to_string(end.column);
  }
  out += ",title=" + github_escape_property(title);
  return out + "::" + github_escape_data(message) + "\n";
}
}  // namespace

void report_github(const Report& r, std::ostream& out, const ReportOptions&) {
  std::array<std::size_t, 4> counts{};
  std::size_t suppressed = 0;
  for (const auto& f : r.findings) {
    if (f.suppression) {
      ++suppressed;
      continue;
    }
    ++counts[static_cast<int>(f.severity)];
    out << command(github_command(f.severity), f.post.file, f.start, f.end, f.rule, f.message);
  }
  for (const auto& e : r.errors) out << command("error", e.file, e.position, {}, "seolint input error", e.message);

  // One plain line (never a command): GitHub shows only 10 annotations of each type per step.
  std::size_t total = counts[1] + counts[2] + counts[3];
  std::string summary = "seolint: " + (total ? plural(total, "problem") : std::string("no problems")) + " (" +
                        plural(counts[3], "error") + ", " + plural(counts[2], "warning") + ", " +
                        plural(counts[1], "note") + "); read " + plural(r.run.posts, "post") + " in " +
                        plural(r.run.files, "file");
  if (!r.errors.empty()) summary += "; " + plural(r.errors.size(), "input error");
  if (suppressed) summary += "; " + with_commas(suppressed) + " suppressed, not annotated";
  if (counts[3] + r.errors.size() > 10 || counts[2] > 10 || counts[1] > 10)
    summary += "; GitHub shows at most 10 annotations of each type per step (--format text lists all)";
  out << summary << "\n";
}

}  // namespace seolint
