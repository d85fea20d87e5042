#!/usr/bin/env bash
# Validates SARIF files three ways: Microsoft's multitool, the SARIF 2.1.0 schema, GitHub's upload rules.
# Usage: validate.sh DIR FILE.sarif...  (DIR as given to install-validators.sh)
# Exit 0 if all pass, 1 if any file fails, 2 if the tools are not set up.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 DIR FILE.sarif..." >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
pkg="$1/node_modules/@microsoft/sarif-multitool-linux"
shift
bin="$pkg/Sarif.Multitool"
schema="$pkg/sarif-2.1.0.json"
# Debian's python, so the apt-installed jsonschema is the one imported.
py=/usr/bin/python3

[ -x "$bin" ] && [ -f "$schema" ] ||
  { echo "validate: $bin missing; run install-validators.sh first" >&2; exit 2; }
"$py" -c 'from jsonschema import Draft202012Validator' 2>/dev/null ||
  { echo "validate: $py lacks jsonschema >= 4 (Debian: apt-get install python3-jsonschema)" >&2; exit 2; }
# The .NET binary aborts without libicu; validation needs no culture data.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for f in "$@"; do
  failed=""
  # The multitool silently skips empty files ("no valid analysis targets").
  if [ ! -f "$f" ] || [ ! -s "$f" ]; then
    echo "FAIL $f (missing or empty)"; status=1; continue
  fi
  out="$work/out.sarif"
  rm -f "$out"
  # It skips files over 10 MB unless told otherwise; its exit code does not reflect findings.
  if ! "$bin" validate "$(realpath "$f")" -o "$out" --log ForceOverwrite \
         --max-file-size-in-kb 1048576 >"$work/log" 2>&1 || [ ! -s "$out" ]; then
    cat "$work/log"; failed="$failed multitool"
  elif ! "$py" "$here/multitool_check.py" "$f" "$out"; then
    failed="$failed multitool"
  fi
  "$py" "$here/schema_check.py" "$schema" "$f" || failed="$failed schema"
  "$py" "$here/github_check.py" "$f" || failed="$failed github"
  if [ -z "$failed" ]; then echo "ok $f"; else echo "FAIL $f (failed:$failed)"; status=1; fi
done
exit "$status"
