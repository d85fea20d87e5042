#!/usr/bin/env bash
# style.clang-format: every C++ file of the tree is formatted as .clang-format says (scripts/format fixes them).
#   tests/style/format.sh SOURCE_DIR
# Files: git ls-files in a git checkout, else the *.cpp/*.hpp/*.h under the source folders.
# Exit 0 when all are formatted, 1 naming each file that is not, 77 (skipped) without clang-format.
# The style was written for the clang-format major version on .clang-format's "Written for clang-format N" line;
# another major formats a few constructs differently, so there the check still runs but its differences are
# reported as a skip (77), not a failure. clang-format-N, or $CLANG_FORMAT, is used first when installed.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 SOURCE_DIR" >&2; exit 2; }
cd "$1" || exit 1
[ -f .clang-format ] || { echo "style: no .clang-format in $1" >&2; exit 1; }
written_for=$(sed -n 's/^# Written for clang-format \([0-9][0-9]*\).*/\1/p' .clang-format | head -n 1)
[ -n "$written_for" ] || { echo "style: .clang-format has no '# Written for clang-format N' line" >&2; exit 1; }

cf=${CLANG_FORMAT:-}
if [ -z "$cf" ]; then
  for c in "clang-format-$written_for" clang-format; do
    if command -v "$c" >/dev/null; then cf=$c; break; fi
  done
fi
if [ -z "$cf" ] || ! command -v "$cf" >/dev/null; then
  echo "skipped: clang-format is not installed (Debian: apt-get install clang-format)"
  exit 77
fi
major=$("$cf" --version | sed -n 's/.*clang-format version \([0-9][0-9]*\).*/\1/p' | head -n 1)

files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  while IFS= read -r -d '' f; do [ -f "$f" ] && files+=("$f"); done < <(git ls-files -z '*.cpp' '*.hpp' '*.h')
else
  while IFS= read -r -d '' f; do files+=("$f"); done < <(
    find src include rules tests fuzz bench cmake \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) -type f \
      -print0 2>/dev/null | sort -z)
fi
[ ${#files[@]} -gt 0 ] || { echo "style: no C++ file found in $1" >&2; exit 1; }

# One run over all the files; it names each file that is not formatted (its first difference only).
out=$("$cf" --style=file --dry-run -Werror --ferror-limit=1 "${files[@]}" 2>&1)
status=$?
mapfile -t bad < <(printf '%s\n' "$out" | sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | uniq)
if [ $status -ne 0 ] && [ ${#bad[@]} -eq 0 ]; then
  printf '%s\n' "$out" | head -n 20
  echo "FAIL: $cf exited $status" >&2
  exit 1
fi
if [ ${#bad[@]} -eq 0 ]; then
  echo "ok: ${#files[@]} C++ files formatted as .clang-format says ($cf, version $major)"
  exit 0
fi
printf 'not formatted: %s\n' "${bad[@]}"
if [ "$major" != "$written_for" ]; then
  echo "skipped: ${#bad[@]} of ${#files[@]} files differ, but this is clang-format $major and the style was" \
    "written for $written_for, which formats some constructs differently; install clang-format-$written_for" \
    "or set CLANG_FORMAT for a real check"
  exit 77
fi
echo "FAIL: ${#bad[@]} of ${#files[@]} C++ files are not formatted; fix them with scripts/format" \
  "(see one: $cf --dry-run ${bad[0]})"
exit 1
