# Sourced by the shell tests: one way to check and to count.
#   check NAME COMMAND...   runs COMMAND; prints "ok NAME" or "FAIL NAME" and counts the failures
#   finish                  prints how many failed; its status is the test's (0 when none did)
failures=0
check() {
  local name=$1
  shift
  if "$@"; then echo "ok $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
finish() {
  echo "$failures failed"
  [ "$failures" -eq 0 ]
}
