#!/usr/bin/env bash
# .pre-commit-hooks.yaml with the real pre-commit (Debian's package): the manifest validates, and
# `pre-commit try-repo` runs the hook on a repository's content files with the built seolint on PATH: a post
# with findings fails it with seolint's report, a non-post JSON file (package.json) is left out.
#   pre-commit.sh SEOLINT_BIN SOURCE_DIR
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SEOLINT_BIN SOURCE_DIR" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
if ! command -v pre-commit >/dev/null || ! command -v git >/dev/null; then
  echo "SKIP: pre-commit or git is not installed (Debian: apt-get install pre-commit git)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=../check.sh
. "$(dirname "${BASH_SOURCE[0]}")/../check.sh"
export PRE_COMMIT_HOME=$work/cache GIT_CONFIG_GLOBAL=$work/gitconfig GIT_CONFIG_NOSYSTEM=1
git config --global user.name test && git config --global user.email test@example.invalid
git config --global init.defaultBranch main

check "pre-commit validate-manifest .pre-commit-hooks.yaml" pre-commit validate-manifest "$src/.pre-commit-hooks.yaml"

# The hook repository: the manifest as committed here, in a repository of its own.
mkdir "$work/hooks"
cp "$src/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" init -q && git -C "$work/hooks" add . && git -C "$work/hooks" commit -qm hooks

# A site's repository: a post with findings, and a package.json the hook must leave alone.
mkdir -p "$work/site/content" "$work/bin"
ln -s "$bin" "$work/bin/seolint"
cp "$src/fixtures/example/hancock-health-fr-50288.json" "$work/site/content/post.json"
echo '{"name": "site", "private": true}' >"$work/site/package.json"
git -C "$work/site" init -q && git -C "$work/site" add .
cd "$work/site" || exit 1

PATH=$work/bin:$PATH pre-commit try-repo "$work/hooks" seolint --all-files --verbose >"$work/out.txt" 2>&1
status=$?
cat "$work/out.txt"
check "the post with findings fails the hook" [ $status -eq 1 ]
check "the hook ran seolint on it" grep -q 'content/post.json:1:[0-9]*: error: .*\[canonical-schema-mismatch\]' "$work/out.txt"
check "seolint's exit status 1, not 2 (package.json was not passed)" grep -q 'exit code: 1' "$work/out.txt"

PATH=$work/bin:$PATH pre-commit try-repo "$work/hooks" seolint --files package.json >"$work/out2.txt" 2>&1
status=$?
check "package.json alone: the hook has no files, passes" [ $status -eq 0 ]
check "package.json alone: skipped" grep -q 'no files to check' "$work/out2.txt"

finish
