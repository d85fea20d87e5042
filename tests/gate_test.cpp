// The CI gate: --fail-on and --max-warnings over the unsuppressed findings.
#include <catch2/catch.hpp>

#include "engine/gate.hpp"

using namespace seolint;

TEST_CASE("gate: --fail-on and --max-warnings count unsuppressed findings only", "[gate]") {
  auto finding = [](Severity s, bool suppressed) {
    Finding f;
    f.severity = s;
    if (suppressed) f.suppression = Suppression{"external", "in baseline b.json", true};
    return f;
  };
  Gate g;  // the default: fail on an error
  g.count(finding(Severity::Warning, false));
  g.count(finding(Severity::Error, true));
  CHECK_FALSE(g.failed());
  g.count(finding(Severity::Error, false));
  CHECK(g.failed());
  CHECK(g.reason() == "1 finding at or above --fail-on error");

  Gate w{Severity::Off, 2};  // --fail-on never --max-warnings 2
  for (int i = 0; i < 2; ++i) w.count(finding(Severity::Warning, false));
  w.count(finding(Severity::Warning, true));
  w.count(finding(Severity::Error, false));  // errors are not warnings
  w.count(finding(Severity::Note, false));
  CHECK_FALSE(w.failed());
  CHECK(w.reason().empty());
  w.count(finding(Severity::Warning, false));
  CHECK(w.failed());
  CHECK(w.reason() == "3 warnings, more than --max-warnings 2");

  Gate zero{Severity::Error, 0};
  zero.count(finding(Severity::Warning, false));
  CHECK(zero.failed());
  Gate notes{Severity::Note, -1};
  notes.count(finding(Severity::Note, false));
  CHECK(notes.failed());
}
