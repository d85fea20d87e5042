// The CI gate: --fail-on and --max-warnings over the unsuppressed findings.
#include "engine/gate.hpp"

namespace seolint {

void Gate::count(const Finding& f) {
  if (f.suppression) return;
  if (fail_on != Severity::Off && f.severity >= fail_on) ++at_fail_on;
  if (f.severity == Severity::Warning) ++warnings;
}

bool Gate::failed() const {
  return at_fail_on > 0 || (max_warnings >= 0 && warnings > static_cast<std::size_t>(max_warnings));
}

std::string Gate::reason() const {
  auto plural = [](std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); };
  std::string out;
  if (at_fail_on > 0) out = plural(at_fail_on, "finding") + " at or above --fail-on " + severity_name(fail_on);
  if (max_warnings >= 0 && warnings > static_cast<std::size_t>(max_warnings))
    out += (out.empty() ? "" : "; ") + plural(warnings, "warning") + ", more than --max-warnings " +
           std::to_string(max_warnings);
  return out;
}

}  // namespace seolint
