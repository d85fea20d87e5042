#!/usr/bin/env bash
# seolint.1 as the build made it: up to date with `seolint --help-man`, free of groff warnings (-ww), every
# section there, every option of --help and of fetch --help documented, and a NAME line whatis can index.
#   manpage.sh SEOLINT_BIN MANPAGE     (MANPAGE: build/seolint.1; its .gz beside it)
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SEOLINT_BIN MANPAGE" >&2; exit 2; }
bin=$1
page=$2
if ! command -v groff >/dev/null; then
  echo "SKIP: groff is not installed (Debian: apt-get install groff-base)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=../check.sh
. "$(dirname "${BASH_SOURCE[0]}")/../check.sh"

"$bin" --help-man >"$work/now.1"
check "--help-man exits 0" [ $? -eq 0 ]
check "the built page is what --help-man prints now" cmp -s "$page" "$work/now.1"
check "the .gz is the same page" bash -c "gzip -dc '$page.gz' | cmp -s - '$page'"
check "--help does not list --help-man" bash -c "! '$bin' --help | grep -q -- --help-man"

# -ww: every warning; -z: no output. Any warning fails, at the usual widths.
for width in 80n 65n 120n; do
  groff -man -Tutf8 -ww -z -rLL=$width "$page" 2>"$work/groff.err"
  status=$?
  check "groff -man -Tutf8 -ww at line length $width: exit 0, no warning" \
    [ $status -eq 0 ] && [ ! -s "$work/groff.err" ]
  [ -s "$work/groff.err" ] && cat "$work/groff.err"
done

groff -man -Tutf8 -rLL=200n -P-c "$page" 2>/dev/null | sed 's/.\x08//g' >"$work/page.txt"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$page" >"$work/man.txt" 2>"$work/man.err"
  check "man -l: exit 0, no warning" [ $? -eq 0 ] && [ ! -s "$work/man.err" ]
  [ -s "$work/man.err" ] && cat "$work/man.err"
  check "man -l reads the .gz" bash -c "MANWIDTH=80 man -l '$page.gz' 2>/dev/null | grep -q '^SYNOPSIS'"
fi
if command -v lexgrog >/dev/null; then
  check "whatis entry (lexgrog)" bash -c "lexgrog '$page' | grep -qF 'seolint - lint the SEO metadata'"
fi

for section in NAME SYNOPSIS DESCRIPTION OPTIONS "FETCH OPTIONS" "EXIT STATUS" FILES ENVIRONMENT "SEE ALSO"; do
  check "section $section" grep -qx "$section" "$work/page.txt"
done
for word in SEOLINT_WP_USER SEOLINT_WP_APP_PASSWORD NO_COLOR .seolint.json "seolint fetch [OPTIONS] SITE_URL"; do
  check "mentions $word" grep -qF -- "$word" "$work/page.txt"
done
check "exit statuses 0, 1 and 2" bash -c "grep -A 40 '^EXIT STATUS' '$work/page.txt' | grep -cE '^ +[012] ' | grep -qx 3"

# Every option of the tables, long and short, is on the page as an item of its section.
options() { "$bin" "$@" --help | grep -oE '^  (-[a-zA-Z] \[ )?--[a-z0-9-]+' | grep -oE -- '-(-[a-z0-9-]+|[a-zA-Z])'; }
for o in $(options) $(options fetch); do
  check "documents $o" grep -qE -- "^ +(-[a-zA-Z], )?$o( |$)|^ +$o, " "$work/page.txt"
done
check "a fetch option is under FETCH OPTIONS" bash -c "sed -n '/^FETCH OPTIONS/,/^EXIT STATUS/p' '$work/page.txt' | grep -q -- '--all-languages'"

finish
