#!/usr/bin/env bash
# The progress line (#9): on a terminal, a run over a second shows one line on standard error, rewritten in
# place and cleared at the end; nothing when standard error is not a terminal, or with --quiet.
set -euo pipefail
seolint=$1 seed=$2
command -v script >/dev/null || { echo "skipped: script(1) from util-linux is needed for a terminal"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
line=$(tr -d '\n' <"$seed")
for _ in $(seq 8000); do printf '%s\n' "$line"; done >"$work/posts.ndjson"  # about 3 s on one core

# On a terminal (script gives the command a pty; only standard error is kept).
# script(1) records what the command writes to its terminal (only standard error: the report goes to -o).
script -qec "'$seolint' -j1 --format json -o '$work/out.json' '$work/posts.ndjson'" "$work/tty.log" >/dev/null || true
grep -v '^Script \(started\|done\) on ' "$work/tty.log" | tr -d '\n' >"$work/tty.err"  # the log's own header and footer
grep -q 'posts/s' "$work/tty.err" || { echo "no progress line on a terminal"; cat -v "$work/tty.err"; exit 1; }
grep -q 'posts.*s left' "$work/tty.err" || { echo "no time left in the progress line"; cat -v "$work/tty.err"; exit 1; }
# It ends cleared (carriage return, erase line), and never adds a line of its own.
tail -c 4 "$work/tty.err" | od -An -c | tr -s ' ' | grep -q '\\r 033 \[ K' || { echo "the line is not cleared at the end"; cat -v "$work/tty.err"; exit 1; }
[ "$(grep -vc '^Script \(started\|done\) on ' "$work/tty.log")" -eq 1 ] || { echo "the progress line printed newlines"; cat -v "$work/tty.log"; exit 1; }

# Not a terminal: nothing.
"$seolint" -j1 --format json -o "$work/out.json" "$work/posts.ndjson" 2>"$work/pipe.err" || true
[ ! -s "$work/pipe.err" ] || { echo "progress written when standard error is not a terminal"; cat -v "$work/pipe.err"; exit 1; }

# --quiet on a terminal: nothing.
script -qec "'$seolint' -j1 --quiet --format json -o '$work/out.json' '$work/posts.ndjson'" "$work/quiet.err" >/dev/null || true
! grep -q 'posts/s' "$work/quiet.err" || { echo "progress written with --quiet"; cat -v "$work/quiet.err"; exit 1; }
echo "progress: shown and cleared on a terminal; silent in a pipe and with --quiet"
