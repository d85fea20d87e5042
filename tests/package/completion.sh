#!/usr/bin/env bash
# The bash completion (completion/seolint.bash) sourced in a plain bash, without the bash-completion package:
# options from --help (fetch's only after fetch), --format values, rule ids from --list-rules, files, and the
# subcommands. Each check sets COMP_WORDS and COMP_CWORD as bash would, then calls _seolint.
#   completion.sh SEOLINT_BIN SOURCE_DIR
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SEOLINT_BIN SOURCE_DIR" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
# The completion asks the seolint it completes: put the built one first on PATH, named seolint.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/files"
ln -s "$bin" "$work/bin/seolint"
PATH=$work/bin:$PATH
# shellcheck source=../../completion/seolint.bash
. "$src/completion/seolint.bash"
failures=0

# complete WORD... : the words of the command line, the last one being completed; prints COMPREPLY sorted.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _seolint
  printf '%s\n' "${COMPREPLY[@]}" | sort
}
# expect NAME WANTED... -- WORDS...: every WANTED is among the completions
expect() {
  local name=$1 got want missing=
  shift
  local -a wanted=()
  while [ "$1" != -- ]; do wanted+=("$1"); shift; done
  shift
  got=$(complete_words "$@")
  for want in "${wanted[@]}"; do grep -qxF -- "$want" <<<"$got" || missing+=" $want"; done
  if [ -z "$missing" ]; then echo "ok $name"; else
    echo "FAIL $name: missing$missing in: $(tr '\n' ' ' <<<"$got")"
    failures=$((failures + 1))
  fi
}
# expect_not NAME UNWANTED -- WORDS...: UNWANTED is not among the completions
expect_not() {
  local name=$1 unwanted=$2
  shift 3
  if complete_words "$@" | grep -qxF -- "$unwanted"; then
    echo "FAIL $name: $unwanted offered"
    failures=$((failures + 1))
  else echo "ok $name"; fi
}
# expect_exactly NAME "WANTED LINES" -- WORDS...
expect_exactly() {
  local name=$1 wanted=$2 got
  shift 3
  got=$(complete_words "$@")
  if [ "$got" = "$wanted" ]; then echo "ok $name"; else
    echo "FAIL $name: got '$(tr '\n' ' ' <<<"$got")', wanted '$(tr '\n' ' ' <<<"$wanted")'"
    failures=$((failures + 1))
  fi
}

complete -p seolint | grep -q -- '-F _seolint' && echo "ok registered for seolint" ||
  { echo "FAIL complete -p seolint"; failures=$((failures + 1)); }

expect "long options" --format --fail-on --enable --disable --explain --list-rules --help -- seolint --
expect_exactly "an option's prefix" $'--fail-on' -- seolint --fai
expect "short options" -f -o -q -c -h -- seolint -
expect_not "--help-man is hidden" --help-man -- seolint --help
expect_not "fetch options only after fetch" --status -- seolint --st
expect "fetch options after fetch" --status --type --all-languages --format -- seolint fetch --
expect "--format values" text sarif json html markdown junit github codequality checkstyle -- seolint --format ''
expect_exactly "--format value prefix" $'codequality' -- seolint -f co
expect_exactly "--format=VALUE" $'sarif' -- seolint --format = sa
expect_exactly "--fail-on values" $'never\nnote' -- seolint --fail-on n
rules=$("$bin" --list-rules | awk '{ print $1 }')
[ "$(wc -l <<<"$rules")" -ge 10 ] || { echo "FAIL --list-rules lists no rules"; failures=$((failures + 1)); }
# shellcheck disable=SC2086
expect "--enable: every rule id from --list-rules, and all" $rules all -- seolint --enable ''
expect_exactly "--disable prefix" "$(grep '^canonical-' <<<"$rules" | sort)" -- seolint --disable canonical-
expect_exactly "--explain prefix" $'mixed-locale' -- seolint --explain mixed
expect_not "--explain takes no 'all'" all -- seolint --explain ''
expect "subcommands" fetch -- seolint fe
expect "merge subcommand" merge -- seolint m
expect_not "no subcommand as a later word" fetch -- seolint a.json fe
touch "$work/files/post-1.json" "$work/files/post-2.json" "$work/files/page.html"
expect "paths" "$work/files/post-1.json" "$work/files/post-2.json" -- seolint "$work/files/post"
expect "paths after options" "$work/files/page.html" -- seolint --format sarif "$work/files/pa"
expect "-o FILE" "$work/files/page.html" -- seolint -o "$work/files/pa"
expect "--config FILE" "$work/files/post-1.json" -- seolint --config "$work/files/post-1"
expect_exactly "nothing for a value without choices (--max-depth N)" "" -- seolint --max-depth ''
expect_exactly "nothing for fetch's site URL" "" -- seolint fetch ''
expect "merge: summary files" "$work/files/post-1.json" -- seolint merge "$work/files/post-1"
# A command named by its path completes from that binary too.
expect "a path to the binary" --format -- "$bin" --form

echo "$failures failed"
[ "$failures" -eq 0 ]
