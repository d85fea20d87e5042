#!/usr/bin/env bash
# seolint fetch against a stub REST API on loopback: pagination, retries, credentials, plain permalinks,
# Link headers, non-JSON answers, other-host redirects, size limits, and --save reproducing the scan.
set -uo pipefail
seolint=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port_file=$work/port
/usr/bin/python3 "$here/stub_server.py" >"$port_file" &
stub=$!
trap 'kill $stub 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
base=http://127.0.0.1:$(cat "$port_file")
# shellcheck source=../check.sh
. "$(dirname "${BASH_SOURCE[0]}")/../check.sh"
run() {  # run OUT ARGS...: seolint's exit status in $status, stdout in OUT, stderr in OUT.err
  local out=$1
  shift
  "$seolint" "$@" >"$out" 2>"$out.err"
  status=$?
}
# findings of missing-image (the stub's posts have no head, so it is the one rule with something to say)
count() { python3 -c 'import json,sys; print(sum(f["rule"] == "missing-image" for f in json.load(open(sys.argv[1]))))' "$1"; }

run "$work/ok.json" fetch --format json --save "$work/saved.ndjson" --fail-on never "$base/ok"
check "three pages of posts and a page of pages, page 2 retried after a 503" [ "$status" -eq 0 ]
check "saved every post fetched" [ "$(wc -l <"$work/saved.ndjson")" -eq 280 ]
check "the findings: one per post without a featured image" [ "$(count "$work/ok.json")" -eq 140 ]
run "$work/saved.json" --format json --fail-on never "$work/saved.ndjson"
fp() { python3 -c 'import json,sys; print(sorted(f["fingerprint"] for f in json.load(open(sys.argv[1]))))' "$1"; }
check "the saved NDJSON gives the same findings" [ "$(fp "$work/ok.json")" = "$(fp "$work/saved.json")" ]

run "$work/draft.json" fetch --status publish,draft --type post --format json "$base/ok"
check "drafts without credentials: exit 2" [ "$status" -eq 2 ]
check "drafts without credentials: says how to give them" grep -q "SEOLINT_WP_APP_PASSWORD" "$work/draft.json.err"
SEOLINT_WP_USER=seolint SEOLINT_WP_APP_PASSWORD=wrong-secret-pw run "$work/wrong.json" fetch --type post "$base/ok"
check "a wrong password: exit 2" [ "$status" -eq 2 ]
check "a wrong password: a clear authentication error" grep -q "authentication failed (HTTP 401)" "$work/wrong.json.err"
check "the password is never printed" bash -c "! grep -q wrong-secret-pw '$work/wrong.json' '$work/wrong.json.err'"
SEOLINT_WP_USER=seolint SEOLINT_WP_APP_PASSWORD='abcd efgh ijkl mnop qrst uvwx' \
  run "$work/drafts.json" fetch --status publish,draft --type post --format json --fail-on never "$base/ok"
check "drafts with the application password" [ "$status" -eq 0 ] && check "drafts fetched" grep -q '"post 2003 post-2003"' "$work/drafts.json"

run "$work/links.json" fetch --type post --format json --fail-on never "$base/links"
check "Link rel=next pagination" [ "$(count "$work/links.json")" -eq 125 ]
run "$work/plain.json" fetch --type post --format json --fail-on never "$base/plain"
check "plain permalinks: ?rest_route=" [ "$status" -eq 0 ] && check "plain permalinks: all posts" [ "$(count "$work/plain.json")" -eq 125 ]
run "$work/html.txt" fetch "$base/html"
check "an HTML answer: exit 2 and says it is not JSON" grep -q "not JSON" "$work/html.txt.err"
run "$work/away.txt" fetch "$base/away"
check "a redirect to another host is not followed" grep -q "outside the site" "$work/away.txt.err"
run "$work/big.txt" fetch --max-response-size 1 --type post "$base/big"
check "an answer over the size limit" grep -q "larger than the limit" "$work/big.txt.err"
run "$work/hop.txt" fetch --type post "$base/hop"
check "a next page on another host is not fetched" grep -q "next page is on another host" "$work/hop.txt.err"
run "$work/userinfo.txt" fetch "http://seolint:hunter2secret@127.0.0.1:1/"
check "credentials in the URL: a usage error" [ "$status" -eq 2 ]
check "credentials in the URL: never printed" bash -c "! grep -q hunter2secret '$work/userinfo.txt' '$work/userinfo.txt.err'"
run "$work/refused.txt" fetch http://127.0.0.1:1/
check "connection refused: exit 2 and a clear error" grep -q "connection refused" "$work/refused.txt.err"

finish
