#!/usr/bin/env bash
# SARIF from two real runs (the seed; the seed with a broken input beside it) must pass both validators.
set -euo pipefail
seolint=$1 validators=$2 src=$3 shared=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"  # artifact URIs are relative to the current directory
seed=fixtures/example/hancock-health-fr-50288.json
printf '{"id": 1, "title": ' >"$work/broken.json"

status=0
"$seolint" --format sarif --output "$work/seed.sarif" "$seed" || status=$?
[ "$status" -eq 1 ] || { echo "seed run exited $status, expected 1" >&2; exit 1; }
status=0
"$seolint" --format sarif --output "$work/broken.sarif" "$seed" "$work/broken.json" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "broken-input run exited $status, expected 2" >&2; exit 1; }
# The broken input must be reported as a tool execution notification.
grep -q '"toolExecutionNotifications"' "$work/broken.sarif" || { echo "no notification for the broken input" >&2; exit 1; }

# A gated run: a baseline's findings as suppressed results, a category, and a results limit that cuts.
"$seolint" --write-baseline "$work/baseline.json" "$seed" >/dev/null || true
status=0
"$seolint" --format sarif --baseline "$work/baseline.json" --sarif-category seolint/fr --sarif-max-results 3 \
  --output "$work/gated.sarif" "$seed" || status=$?
[ "$status" -eq 0 ] || { echo "baselined run exited $status, expected 0" >&2; exit 1; }
grep -q '"suppressions":\[{"kind":"external"' "$work/gated.sarif" || { echo "no suppressed result" >&2; exit 1; }
grep -q '"automationDetails":{"id":"seolint/fr/"}' "$work/gated.sarif" || { echo "no automationDetails" >&2; exit 1; }
grep -q '"results-cut"' "$work/gated.sarif" || { echo "no notification for the cut results" >&2; exit 1; }

files=("$work/seed.sarif" "$work/broken.sarif" "$work/gated.sarif")
# With the team's corpus beside the project: its 47 REST posts and 77 real pages too.
if [ -n "$shared" ] && [ -d "$shared/corpus/html" ]; then
  for corpus in rest html; do
    status=0
    (cd "$shared" && "$seolint" --format sarif --output "$work/$corpus.sarif" "corpus/$corpus") || status=$?
    [ "$status" -le 1 ] || { echo "corpus/$corpus run exited $status" >&2; exit 1; }
    files+=("$work/$corpus.sarif")
  done
fi
bash "$here/validate.sh" "$validators" "${files[@]}"
