#pragma once
/// The CI gate (issue #8): whether a run fails, from --fail-on SEVERITY and --max-warnings N.
#include <cstddef>
#include <string>

#include "seolint/finding.hpp"

namespace seolint {

/// Counts the findings of a run as they stream by; suppressed findings never count.
struct Gate {
  Severity fail_on = Severity::Error;  ///< fail on a finding at or above it; Off: never ("--fail-on never")
  long max_warnings = -1;              ///< fail on more unsuppressed warnings than this; -1: no limit
  std::size_t at_fail_on = 0;          ///< unsuppressed findings at or above fail_on
  std::size_t warnings = 0;            ///< unsuppressed warnings

  /// Counts one finding (call it after suppressions and the baseline were applied).
  void count(const Finding& f);
  /// True when the run fails (exit 1).
  bool failed() const;
  /// Why it fails, for the summary ("12 warnings, more than --max-warnings 10"), or "".
  std::string reason() const;
};

}  // namespace seolint
