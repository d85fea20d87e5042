#!/usr/bin/env bash
# seolint fetch against a real WordPress (Debian's package, php -S, MariaDB on a socket) started here and
# stopped at the end: counts, ids, statuses and pagination against what the site holds, drafts needing the
# application password, a wrong password, and the same findings from the saved NDJSON.
set -uo pipefail
seolint=$1
here=$(cd "$(dirname "$0")" && pwd)
env_script=$here/../wordpress/wp-env.sh
state=$(mktemp -d)
rmdir "$state"
export WP_ENV_TTL=900 WP_ENV_OWNER_PID=$$
cleanup() { "$env_script" stop "$state" >/dev/null 2>&1; }
trap cleanup EXIT
if ! "$env_script" start "$state"; then
  echo "FAIL: the WordPress test site could not start (see the log above)"
  exit 1
fi
# shellcheck disable=SC1091
. "$state/env"
work=$(mktemp -d)
trap 'cleanup; rm -rf "$work"' EXIT
# shellcheck source=../check.sh
. "$(dirname "${BASH_SOURCE[0]}")/../check.sh"
# ids of the saved posts, sorted; and ids of the site's items with these statuses, from expected.json
saved_ids() { python3 -c 'import json,sys; print(sorted(json.loads(l)["id"] for l in open(sys.argv[1])))' "$1"; }
site_ids() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=sys.argv[2].split(",")
print(sorted(i["id"] for i in d["items"] if i["status"] in s and i["type"] in ("post","page")))' "$WP_EXPECTED" "$1"
}

start=$(date +%s.%N)
"$seolint" fetch --format json --fail-on never --progress always --save "$work/public.ndjson" "$WP_URL" \
  >"$work/public.json" 2>"$work/public.err"
status=$?
end=$(date +%s.%N)
check "published posts and pages: exit 0" [ "$status" -eq 0 ]
check "exactly the published posts and pages" [ "$(saved_ids "$work/public.ndjson")" = "$(site_ids publish)" ]
check "250 posts in three pages of 100 and 30 pages in one" grep -q "fetched 280 posts in 4 pages" "$work/public.err"
rate=$(python3 -c "print(round(280 / ($end - $start)))")
echo "fetch rate: $rate posts/s (280 posts with _embed, 4 parallel requests)"

"$seolint" --format json --fail-on never "$work/public.ndjson" >"$work/offline.json" 2>/dev/null
fp() { python3 -c 'import json,sys; print(sorted(f["fingerprint"] for f in json.load(open(sys.argv[1]))))' "$1"; }
check "the saved NDJSON gives the same findings" [ "$(fp "$work/public.json")" = "$(fp "$work/offline.json")" ]
check "findings: missing-image on the 277 without a featured image" \
  [ "$(python3 -c 'import json,sys; print(sum(f["rule"]=="missing-image" for f in json.load(open(sys.argv[1]))))' "$work/public.json")" -eq 277 ]

"$seolint" fetch --status draft "$WP_URL" >/dev/null 2>"$work/anon.err"
check "drafts without credentials: exit 2" [ $? -eq 2 ]
check "drafts without credentials: says how" grep -q "SEOLINT_WP_APP_PASSWORD" "$work/anon.err"

SEOLINT_WP_USER=$WP_USER SEOLINT_WP_APP_PASSWORD=wrongwrongwrongwrongwron \
  "$seolint" fetch --status publish,draft "$WP_URL" >/dev/null 2>"$work/wrong.err"
check "a wrong application password: exit 2" [ $? -eq 2 ]
check "a wrong application password: a clear error" grep -q "authentication failed (HTTP 401)" "$work/wrong.err"

SEOLINT_WP_USER=$WP_USER SEOLINT_WP_APP_PASSWORD=$WP_APP_PASSWORD "$seolint" fetch --fail-on never \
  --status publish,draft,pending,future,private --save "$work/all.ndjson" "$WP_URL" >/dev/null 2>"$work/all.err"
check "every status with the application password: exit 0" [ $? -eq 0 ]
check "exactly the posts and pages of every status" \
  [ "$(saved_ids "$work/all.ndjson")" = "$(site_ids publish,draft,pending,future,private)" ]
check "the password is in no output" bash -c "! grep -rqF -- '$WP_APP_PASSWORD' '$work'"

finish
