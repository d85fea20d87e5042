// codequality: GitLab Code Quality, a JSON array of issues (documented in docs/formats.md).
#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <map>

#include "report/common.hpp"
#include "seolint/report.hpp"

namespace seolint {

namespace {
namespace bj = boost::json;

std::uint64_t fnv1a(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

/// 32 hex digits (the size of the MD5 GitLab's docs suggest) from the finding's fingerprint and its occurrence.
std::string unique_fingerprint(const std::string& fingerprint, std::size_t occurrence) {
  std::string key = fingerprint + "\n" + std::to_string(occurrence);
  char out[33];
  std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(fnv1a(key, 0xcbf29ce484222325ull)),
                static_cast<unsigned long long>(fnv1a(key, 0x84222325cbf29ce4ull)));
  return out;
}
}  // namespace

void report_codequality(const Report& r, std::ostream& out, const ReportOptions&) {
  bj::array issues;
  // GitLab shows findings with the same fingerprint once: the same finding twice (the same post given twice)
  // is told apart by its occurrence, which keeps the first one's fingerprint stable across runs.
  std::map<std::string, std::size_t> seen;
  for (const auto& f : r.findings) {
    if (f.suppression) continue;  // suppressed: not a finding for the merge request
    // GitLab needs a line: a finding without a position is put on the first.
    std::uint32_t begin = std::max<std::uint32_t>(f.start.line, 1);
    bj::object lines{{"begin", begin}};
    if (f.end.line >= begin) lines["end"] = f.end.line;
    issues.push_back({{"description", f.message},
                      {"check_name", f.rule},
                      {"fingerprint", unique_fingerprint(f.fingerprint, ++seen[f.fingerprint])},
                      {"severity", codequality_severity(f.severity)},
                      {"location", {{"path", f.post.file}, {"lines", std::move(lines)}}}});
  }
  out << bj::serialize(issues) << "\n";
}

}  // namespace seolint
