#!/usr/bin/env bash
# Proves validate.sh can say no: each of its three checks must reject known-bad.sarif,
# and known-good.sarif must pass (so a checker that rejects everything is caught too).
# Usage: selftest.sh DIR  (DIR as given to install-validators.sh)
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)

rc=0
out=$("$here/validate.sh" "$1" "$here/known-bad.sarif") || rc=$?
printf '%s\n' "$out"
# Exit 1 means "file rejected"; 0 is a validator that accepts anything, 2 is a setup error.
[ "$rc" -eq 1 ] || { echo "selftest: validate.sh exited $rc on known-bad.sarif, expected 1" >&2; exit 1; }
for check in multitool schema github; do
  printf '%s\n' "$out" | grep -Eq "^FAIL .*\(failed:.* $check( |\))" ||
    { echo "selftest: the $check check accepted known-bad.sarif" >&2; exit 1; }
done

"$here/validate.sh" "$1" "$here/known-good.sarif" ||
  { echo "selftest: validate.sh rejected known-good.sarif" >&2; exit 1; }
echo "selftest: ok"
