#!/usr/bin/env bash
# The .deb that `cpack -G DEB` makes, installed with apt on a clean Debian 12 (a fresh debootstrap
# --variant=minbase bookworm root, entered with chroot), where it must run: --version, --help, the man page and
# the bash completion in place, the bundled example linted, no library missing, and a clean purge; then the
# GitHub Action's install step (action.yml, input deb) installs it again.
#   deb.sh BUILD_DIR SOURCE_DIR CPACK
# The minbase root is made once (about a minute) and cached as a tarball in BUILD_DIR/package-test; each run
# unpacks a fresh copy. The packages apt downloads are kept there too, so a rerun downloads little.
# Skipped (exit 77) when a prerequisite is missing: root, chroot and mount, debootstrap, dpkg-shlibdeps,
# or a reachable Debian mirror (the one this machine's apt uses; SEOLINT_DEBIAN_MIRROR overrides it).
set -uo pipefail
[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR SOURCE_DIR CPACK" >&2; exit 2; }
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
cpack=$3
cache=$build/package-test
suite=bookworm
start=$(date +%s)
elapsed() { echo "$(($(date +%s) - start)) s"; }
skip() { echo "SKIP: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot and mount); CI runs as root"
for tool in debootstrap chroot mount umount tar dpkg-deb dpkg-shlibdeps file curl; do
  command -v "$tool" >/dev/null ||
    skip "$tool not found (Debian: apt-get install debootstrap dpkg-dev curl; scripts/setup test installs them)"
done
command -v "$cpack" >/dev/null || [ -x "$cpack" ] || skip "cpack not found ($cpack)"

# The mirror this machine's apt uses for the release (deb822 .sources or one-line sources.list); plain http
# first: it needs no certificate inside the new root and passes this workplace's TLS-intercepting proxy.
mirrors() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v suite="$suite" '
      function flush() { if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ")) print uris; types = suites = uris = "" }
      /^[ \t]*$/ { flush(); next }
      /^Types:/ { sub(/^Types:[ \t]*/, ""); types = $0 }
      /^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
      /^URIs:/ { sub(/^URIs:[ \t]*/, ""); uris = $0 }
      END { flush() }' "$f" | tr ' ' '\n'
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -nE "s/^deb[ \t]+(\[[^]]*\][ \t]+)?([^ \t]+)[ \t]+$suite[ \t].*/\2/p" "$f"
  done
}
mirror=${SEOLINT_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(mirrors | grep -m1 '^http://') || mirror=$(mirrors | grep -m1 .) ||
    skip "no Debian $suite mirror in /etc/apt/sources.list*; set SEOLINT_DEBIAN_MIRROR"
fi
mirror=${mirror%/}
curl -fsS --max-time 30 -o /dev/null "$mirror/dists/$suite/InRelease" ||
  skip "the Debian mirror $mirror does not answer (no network?)"
echo "mirror: $mirror"

# Unmount what is mounted in a run folder before removing it; never remove one with a mount left.
remove_run() {  # remove_run DIR
  local dir=$1
  mountpoint -q "$dir/root/proc" 2>/dev/null && { umount "$dir/root/proc" 2>/dev/null || umount -l "$dir/root/proc"; }
  if grep -qF " $dir/" /proc/mounts; then
    echo "deb.sh: something is still mounted under $dir: left in place" >&2
  else
    rm -rf "$dir"
  fi
}
mkdir -p "$cache/apt-archives"
for old in "$cache"/run.*; do [ -d "$old" ] && remove_run "$old"; done  # a run killed by a timeout
work=$(mktemp -d "$cache/run.XXXXXX")
root=$work/root
trap 'remove_run "$work"' EXIT
trap 'exit 130' INT TERM

# shellcheck source=../check.sh
. "$(dirname "${BASH_SOURCE[0]}")/../check.sh"

# 1. The package.
version=$("$build/seolint" --version) || { echo "FAIL $build/seolint --version"; exit 1; }
rm -f "$cache"/seolint_*.deb
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$cache" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; echo "FAIL cpack -G DEB"; exit 1; }
deb=$(ls "$cache"/seolint_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL cpack made no seolint_*.deb"; exit 1; }
rm -rf "$cache/_CPack_Packages"
echo "package: $(basename "$deb"), $(($(stat -c %s "$deb") / 1024)) KiB ($(elapsed))"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package: seolint" [ "$(field Package)" = seolint ]
check "Version: the project's ($version)" [ "seolint $(field Version)" = "$version" ]
check "Section: utils" [ "$(field Section)" = utils ]
check "a Maintainer" grep -q '<.*@.*>' <<<"$(field Maintainer)"
check "a Description" [ -n "$(field Description)" ]
depends=$(field Depends)
echo "Depends: $depends"
for lib in libc6 libstdc++6 libicu72 libboost-json1.81.0 libcurl4 libgumbo1 libpugixml1v5 libcld2-0; do
  check "Depends on $lib (dpkg-shlibdeps)" grep -qE "(^|, )${lib//+/\\+}( |,|$)" <<<"$depends"
done
for f in ./usr/bin/seolint ./usr/share/man/man1/seolint.1.gz ./usr/share/bash-completion/completions/seolint \
  ./usr/share/doc/seolint/README.md; do
  check "the package holds $f" grep -qE " $f\$" <<<"$(dpkg-deb -c "$deb")"
done

# 2. A clean Debian 12: debootstrap once, then a fresh copy of it for every run.
tarball=$cache/$suite-minbase.tar
if [ ! -f "$tarball" ]; then
  echo "debootstrap --variant=minbase $suite (once; cached in $tarball)"
  debootstrap --variant=minbase "$suite" "$work/new-root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log"; echo "FAIL debootstrap"; exit 1; }
  rm -f "$work/new-root"/var/cache/apt/archives/*.deb
  tar -C "$work/new-root" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  rm -rf "$work/new-root"
  echo "debootstrap done ($(elapsed))"
fi
mkdir "$root"
tar -C "$root" -xf "$tarball" || { echo "FAIL unpacking $tarball"; exit 1; }
check "a Debian 12 root" grep -q '^12\.' "$root/etc/debian_version"
check "seolint is not there before" [ ! -e "$root/usr/bin/seolint" ]
mount -t proc proc "$root/proc" || skip "cannot mount /proc in the chroot (a container without the right?)"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/"
cp "$src/fixtures/example/hancock-health-fr-50288.json" "$root/tmp/post.json"
cp "$cache/apt-archives/"*.deb "$root/var/cache/apt/archives/" 2>/dev/null
# A clean environment inside: nothing of this machine's but a proxy, if it has one.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
    DEBIAN_FRONTEND=noninteractive ${http_proxy:+http_proxy=$http_proxy} ${no_proxy:+no_proxy=$no_proxy} "$@"
}

# 3. apt installs the .deb with the dependencies dpkg-shlibdeps named, from the mirror.
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; echo "FAIL apt-get update in the root"; exit 1; }
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1
status=$?
check "apt-get install ./$(basename "$deb") on a clean Debian 12" [ $status -eq 0 ]
[ $status -eq 0 ] || tail -30 "$work/apt.log"
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/apt-archives/" 2>/dev/null
echo "installed ($(elapsed)): $(grep -c '^Setting up' "$work/apt.log") packages set up"

# 4. It runs there.
installed() { [ "$(in_root dpkg-query -W -f='${Status}' seolint)" = "install ok installed" ]; }
check "dpkg: installed" installed
libraries() { local l; l=$(in_root ldd /usr/bin/seolint) && ! grep -q 'not found' <<<"$l"; }
check "no library missing (ldd)" libraries
out=$(in_root seolint --version)
check "seolint --version: $out" [ "$out" = "$version" ]
in_root seolint --help >"$work/help.txt"
check "seolint --help: exit 0" [ $? -eq 0 ]
check "seolint --help: the usage" grep -q '^Usage: seolint' "$work/help.txt"
check "the man page: /usr/share/man/man1/seolint.1.gz" gzip -t "$root/usr/share/man/man1/seolint.1.gz"
check "the man page is the build's" bash -c "gzip -dc '$root/usr/share/man/man1/seolint.1.gz' | cmp -s - '$build/seolint.1'"
check "the bash completion: /usr/share/bash-completion/completions/seolint" \
  [ -f "$root/usr/share/bash-completion/completions/seolint" ]
completes() {  # completes SETUP: after SETUP, seolint --form<TAB> gives --format
  in_root bash -c "$1"'; COMP_WORDS=(seolint --form); COMP_CWORD=1; _seolint; echo "${COMPREPLY[*]}"' | grep -qx -- --format
}
check "the completion completes there" completes ". /usr/share/bash-completion/completions/seolint"
if [ -f "$root/usr/share/bash-completion/bash_completion" ]; then  # installed as a Recommends
  check "bash-completion loads it on demand" completes ". /usr/share/bash-completion/bash_completion; _completion_loader seolint"
fi
in_root seolint /tmp/post.json >"$work/lint.txt" 2>"$work/lint.err"
status=$?
check "lints the example: exit 1 (findings)" [ $status -eq 1 ]
check "lints the example: the canonical mismatch" grep -q '\[canonical-schema-mismatch\]' "$work/lint.txt"
check "lints the example: the summary line" grep -qE '^[0-9]+ problems \(' "$work/lint.txt"
in_root seolint --format sarif -o /tmp/post.sarif /tmp/post.json
check "SARIF written there" python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["version"] == "2.1.0"' \
  "$root/tmp/post.sarif"
in_root seolint /tmp/no-such-file.json >/dev/null 2>&1
check "an unreadable input: exit 2" [ $? -eq 2 ]

# 5. And leaves cleanly.
in_root apt-get purge -y -q seolint >>"$work/apt.log" 2>&1
check "apt-get purge seolint" [ $? -eq 0 ]
check "nothing left in /usr/bin" [ ! -e "$root/usr/bin/seolint" ]

# 6. The GitHub Action's install step (action.yml, input deb) installs the same package there.
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$src/action.yml" >"$root/tmp/action-install.sh" <<'PY'
import sys, yaml
print(next(s for s in yaml.safe_load(open(sys.argv[1]))["runs"]["steps"] if s.get("id") == "install")["run"])
PY
  in_root env DEB="/tmp/$(basename "$deb")" GITHUB_OUTPUT=/tmp/action-output RUNNER_TEMP=/tmp \
    bash /tmp/action-install.sh >>"$work/apt.log" 2>&1
  check "the action's install step with input deb: exit 0" [ $? -eq 0 ]
  check "the action's install step: output seolint=/usr/bin/seolint" grep -qx 'seolint=/usr/bin/seolint' "$root/tmp/action-output"
  check "seolint --version after the action's install" [ "$(in_root seolint --version)" = "$version" ]
else
  echo "not run: the action's install step (python3-yaml is not installed)"
fi

echo "took $(elapsed)"
finish
