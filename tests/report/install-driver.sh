#!/usr/bin/env bash
# Installs the pinned browser driver (playwright-core, no browser download) into DIR; the tests drive
# Debian's own chromium (/usr/bin/chromium) with it.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
# 1.61.1 is the newest playwright-core whose engines field still accepts Debian 12's Node.js 18 (1.62 needs 20).
ver=1.61.1
pkg="$dir/node_modules/playwright-core"

# Already there at the pinned version: stay silent so every test run can call this.
if grep -Eq "\"version\": *\"$ver\"" "$pkg/package.json" 2>/dev/null; then exit 0; fi

command -v npm >/dev/null 2>&1 ||
  { echo "install-driver: npm not found (Debian: apt-get install nodejs npm)" >&2; exit 1; }
mkdir -p "$dir"
# playwright-core downloads no browser on install; tell it anyway, in case a later version would.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --save-exact \
  "playwright-core@$ver" >/dev/null
grep -Eq "\"version\": *\"$ver\"" "$pkg/package.json" ||
  { echo "install-driver: npm ran but $pkg is not version $ver" >&2; exit 1; }
node -e "require('$pkg')" ||
  { echo "install-driver: node $(node --version) cannot load playwright-core $ver" >&2; exit 1; }
