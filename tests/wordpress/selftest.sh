#!/usr/bin/env bash
# shellcheck disable=SC2016 # PHP code in single quotes
# Checks the WordPress test environment itself: start, what `seolint fetch` relies on (with curl), stop,
# nothing left behind. Prints "N passed, N failed"; exits non-zero on any failure. Needs root (see wp-env.sh).
#   tests/wordpress/selftest.sh [STATE_DIR]     (default: a new folder under /tmp)
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${1:-$(mktemp -u /tmp/seolint-wp-selftest.XXXXXX)}
PASSED=0 FAILED=0
ok() { PASSED=$((PASSED + 1)); echo "ok: $*"; }
not_ok() { FAILED=$((FAILED + 1)); echo "FAILED: $*"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
# json FILE PHP_EXPR: evaluates PHP_EXPR with $d the decoded JSON of FILE, prints the result
json() { php -r '$d = json_decode(file_get_contents($argv[1]), true); echo eval("return " . $argv[2] . ";"), "\n";' "$1" "$2"; }
header() { tr -d '\r' <"$1" | awk -v h="$(echo "$2" | tr "[:upper:]" "[:lower:]")" 'BEGIN { FS = ": " } tolower($1) == h { print $2 }'; }

T=$(mktemp -d /tmp/seolint-wp-selftest-out.XXXXXX)
cleanup() { "$HERE/wp-env.sh" stop "$STATE" >/dev/null 2>&1; rm -rf "$T"; }
trap cleanup EXIT

start_s=$SECONDS
if ! WP_ENV_OWNER_PID=$$ timeout 900 "$HERE/wp-env.sh" start "$STATE" </dev/null; then
    not_ok "wp-env.sh start"
    echo "$PASSED passed, $FAILED failed"
    exit 1
fi
ok "wp-env.sh start ($((SECONDS - start_s)) s)"
# shellcheck disable=SC1091
. "$STATE/env"
E=$WP_EXPECTED
C=(curl -s --max-time 30)

# Pagination: 250 published posts in 3 pages of 100, the last one with 50 and a Link to the previous page.
code=$("${C[@]}" -o "$T/p3.json" -D "$T/p3.h" -w '%{http_code}' "$WP_URL/wp-json/wp/v2/posts?per_page=100&page=3")
check "page 3 answers 200" test "$code" = 200
check "X-WP-Total is 250" test "$(header "$T/p3.h" X-WP-Total)" = 250
check "X-WP-TotalPages is 3" test "$(header "$T/p3.h" X-WP-TotalPages)" = 3
check "page 3 holds ids 50..1" test "$(json "$T/p3.json" 'implode(",", array_column($d, "id"))')" = "$(seq -s, 50 -1 1)"
check "page 3 has a Link rel=prev" grep -q 'rel="prev"' <(header "$T/p3.h" Link)
code=$("${C[@]}" -o /dev/null -w '%{http_code}' "$WP_URL/wp-json/wp/v2/posts?per_page=100&page=4")
check "page 4 (past the end) answers 400" test "$code" = 400

# The ids the API lists match expected.json.
for type in posts pages; do
    ids=''
    for page in 1 2 3; do
        "${C[@]}" -o "$T/l.json" "$WP_URL/wp-json/wp/v2/$type?per_page=100&page=$page&_fields=id" || break
        [[ $(json "$T/l.json" 'isset($d["code"]) ? "end" : "ok"') == ok ]] || break
        ids+="$(json "$T/l.json" 'implode(",", array_column($d, "id"))'),"
    done
    want=$(json "$E" "implode(\",\", array_merge(...\$d['anonymous']['$type']['ids_by_page'])) . ','")
    check "the $type the API lists are expected.json's" test "$ids" = "$want"
done

# Drafts need the application password.
code=$("${C[@]}" -o "$T/d.json" -w '%{http_code}' -u "$WP_USER:$WP_APP_PASSWORD" "$WP_URL/wp-json/wp/v2/posts?status=draft&per_page=100")
check "status=draft with the application password answers 200" test "$code" = 200
check "the drafts are 287..281" test "$(json "$T/d.json" 'implode(",", array_column($d, "id"))')" = "$(seq -s, 287 -1 281)"
check "expected.json counts 7 drafts" test "$(json "$E" '$d["counts"]["post"]["draft"]')" = 7
code=$("${C[@]}" -o /dev/null -w '%{http_code}' -u "$WP_USER:wrong" "$WP_URL/wp-json/wp/v2/posts?status=draft")
check "status=draft with a wrong password answers 400" test "$code" = 400
code=$("${C[@]}" -o /dev/null -w '%{http_code}' -u "$WP_USER:wrong" "$WP_URL/wp-json/wp/v2/posts?per_page=1")
check "published posts with a wrong password answer 200 (served as anonymous)" test "$code" = 200
code=$("${C[@]}" -o "$T/me.json" -w '%{http_code}' -u "$WP_USER:$WP_APP_PASSWORD" "$WP_URL/wp-json/wp/v2/users/me")
check "users/me with the application password answers 200" test "$code" = 200
check "users/me is seolint" test "$(json "$T/me.json" '$d["slug"]')" = seolint
for url in "$WP_URL/wp-json/wp/v2/users/me" "$WP_URL/?rest_route=/wp/v2/users/me"; do
    code=$("${C[@]}" -o /dev/null -w '%{http_code}' -u "$WP_USER:wrong" "$url")
    check "${url#"$WP_URL"} with a wrong password answers 401" test "$code" = 401
done

# _embed: the featured image of post 250 with its URL and alt text.
"${C[@]}" -o "$T/e.json" "$WP_URL/wp-json/wp/v2/posts?include=250&_embed"
check "post 250 has featured_media 293" test "$(json "$T/e.json" '$d[0]["featured_media"]')" = 293
check "_embed gives wp:featuredmedia source_url" test "$(json "$T/e.json" '$d[0]["_embedded"]["wp:featuredmedia"][0]["source_url"]')" = \
    "$WP_URL/wp-content/uploads/2023/09/seolint-featured-red.png"
check "_embed gives wp:featuredmedia alt_text" test "$(json "$T/e.json" '$d[0]["_embedded"]["wp:featuredmedia"][0]["alt_text"]')" = \
    "A red square on a white frame"
code=$("${C[@]}" -o /dev/null -w '%{http_code}' "$WP_URL/wp-content/uploads/2023/09/seolint-featured-red.png")
check "the image file is served" test "$code" = 200

# Both URL forms of the API, and the rest of the routing.
code=$("${C[@]}" -o /dev/null -D "$T/r.h" -w '%{http_code}' "$WP_URL/?rest_route=/wp/v2/posts&per_page=100")
check "/?rest_route=/wp/v2/posts answers 200" test "$code" = 200
check "/?rest_route= gives X-WP-Total 250" test "$(header "$T/r.h" X-WP-Total)" = 250
code=$("${C[@]}" -o /dev/null -w '%{http_code}' "$WP_URL/wp-json/oembed/1.0/embed?url=$WP_URL/post-001/")
check "a path with a dot (/wp-json/oembed/1.0/embed) answers 200" test "$code" = 200
code=$("${C[@]}" -o "$T/page.html" -w '%{http_code}' "$WP_URL/fr/mal-de-dos/")
check "a pretty permalink (/fr/mal-de-dos/) answers 200" test "$code" = 200
check "the page's HTML has its title" grep -q 'How to relieve back pain without medication' "$T/page.html"

# Stop: nothing left.
pids=$WP_PIDS db_dir=$WP_DB_DIR port=${WP_URL##*:}
stop_s=$SECONDS
if "$HERE/wp-env.sh" stop "$STATE"; then ok "wp-env.sh stop ($((SECONDS - stop_s)) s)"; else not_ok "wp-env.sh stop"; fi
left=''
for pgid in $pids; do left+=$(pgrep -g "$pgid" | tr '\n' ' '); done
check "no process of the environment is left" test -z "$left"
curl -s -o /dev/null --max-time 5 "$WP_URL/"; rc=$?
check "nothing listens on port $port (curl: connection refused)" test "$rc" = 7
check "the state and the database are removed" test ! -e "$STATE" -a ! -e "$db_dir"

echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
