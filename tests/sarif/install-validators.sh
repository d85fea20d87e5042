#!/usr/bin/env bash
# Installs the pinned SARIF multitool (which also ships the SARIF 2.1.0 schema) into DIR.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
ver=5.7.0
pkg="$dir/node_modules/@microsoft/sarif-multitool-linux"
bin="$pkg/Sarif.Multitool"

# Already there at the pinned version: stay silent so every test run can call this.
if [ -f "$bin" ] && [ -f "$pkg/sarif-2.1.0.json" ] &&
   grep -Eq "\"version\": *\"$ver\"" "$pkg/package.json" 2>/dev/null; then
  chmod u+x "$bin"
  exit 0
fi

command -v npm >/dev/null 2>&1 ||
  { echo "install-validators: npm not found (Debian: apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
# Name the linux package too: the wrapper only asks for ^5.7.0 of it, and we want 5.7.0 exactly.
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --save-exact \
  "@microsoft/sarif-multitool@$ver" "@microsoft/sarif-multitool-linux@$ver" >/dev/null
[ -f "$bin" ] && [ -f "$pkg/sarif-2.1.0.json" ] ||
  { echo "install-validators: npm ran but $bin or its schema is missing" >&2; exit 1; }
# npm 11 may skip the package's postinstall 'chmod u+x'.
chmod u+x "$bin"
# Prove it runs here (the binary is x86-64 only); no libicu needed in invariant mode.
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$bin" --version >/dev/null 2>&1 ||
  { echo "install-validators: $bin does not run on this machine ($(uname -m))" >&2; exit 1; }
