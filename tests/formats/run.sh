#!/usr/bin/env bash
# One CI format read back by check.py, as its consumers read it, against the json report of the same run.
#   run.sh FORMAT SEOLINT CRAFT SRC [SHARED] [corpus]
# Without "corpus": the crafted run (CRAFT writes it), the seed, the seed beside a broken and a missing input, every
# fixture at once, and an NDJSON file with posts without findings and a bad line. With "corpus": the team's corpus
# in ../shared (exit 77, skipped, when it is not there).
set -euo pipefail
format=$1 seolint=$2 craft=$3 src=$4 shared=${5:-} mode=${6:-}
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3  # Debian's python, so the apt-installed lxml and jsonschema are the ones imported
"$py" -c 'import lxml.etree, jsonschema' 2>/dev/null ||
  { echo "needs $py with python3-lxml and python3-jsonschema (Debian; scripts/setup test installs them)" >&2; exit 1; }
command -v xmllint >/dev/null || { echo "needs xmllint (Debian libxml2-utils)" >&2; exit 1; }
check() { "$py" "$here/check.py" "$format" "$@"; }

if [ "$mode" = corpus ]; then
  if [ -z "$shared" ] || [ ! -d "$shared/corpus" ]; then
    echo "skipped: no corpus at ${shared:-(SEOLINT_SHARED_DIR unset)}/corpus" >&2
    exit 77
  fi
  # Its REST, WXR and HTML folders in one run (site-wide findings across them), given relative to the shared
  # folder as a CI job in a repository would give them.
  check run "$seolint" "$shared" corpus
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$craft" "$work"
check files "$work/crafted.$format" "$work/crafted.oracle.json"
seed=fixtures/example/hancock-health-fr-50288.json
printf '{"id": 1, "title": ' >"$work/broken.json"
check run "$seolint" "$src" "$seed"
check run "$seolint" "$src" "$seed" "$work/broken.json" "$work/missing.json"
check run "$seolint" "$src" fixtures
# One input with a post with findings, two without, and a bad line between them.
printf '{"id": 2}\n{"id": 3, "featured_media": 5}\n{"id": 4,\n{"id": 5, "featured_media": 5}\n' >"$work/posts.ndjson"
check run "$seolint" "$work" posts.ndjson
