#!/usr/bin/env bash
# Fetches the Sigstore and Notary Project peers the bridge tests drive (issues
# 18 and 19): cosign 2.5 and skopeo 1.18 from Debian trixie, cosign 3.1 and
# notation 1.3 from Debian forky. Debian 12's own skopeo has sigstore compiled
# out, and neither cosign nor notation is in bookworm.
#
# The machine's apt configuration is left untouched: apt-get runs with a
# private sources list (the machine's own mirror, suites trixie and forky), a
# private lists dir, cache and an empty dpkg status, all in a scratch dir that
# is removed afterwards. The .debs are only unpacked (dpkg-deb -x), never
# installed. skopeo 1.18 needs trixie's glibc, so its wrapper runs it through
# trixie's loader with trixie's libraries.
#
# Result, in DCT_SIGN_PEERS_DIR (default ${XDG_CACHE_HOME:-$HOME/.cache}/dct-sign-peers):
#   trixie/, forky/         the unpacked packages
#   bin/cosign2 cosign3 skopeo notation   wrappers to run
#   versions                "package/suite version" of each unpacked package
# A second run with all of it present exits at once, without network.
#
# Usage: scripts/fetch-peers.sh [--force]
set -euo pipefail

# The versions the tests are written against: a suite that moves on to another
# minor version fails here, naming it, instead of changing what the tests test.
declare -A EXPECT=(
  [cosign/trixie]='2.5.'
  [cosign/forky]='3.1.'
  [skopeo/trixie]='1.18.'
  [notation/forky]='1.3.'
)
# Unpacked into <dir>/<suite>. skopeo's libraries: trixie's glibc and what
# skopeo links beyond it (libgpgme's own deps, libassuan and libgpg-error, too).
TRIXIE_PACKAGES=(cosign skopeo libc6 libgpgme11t64 libassuan9 libgpg-error0 libsqlite3-0)
FORKY_PACKAGES=(cosign notation)
# Bump when the layout changes; a changed package list or EXPECT also redoes old caches.
LAYOUT=1

dir=${DCT_SIGN_PEERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dct-sign-peers}
force=false
[[ ${1:-} == --force ]] && force=true

stamp_text() {
  printf 'layout=%s\ntrixie=%s\nforky=%s\n' "$LAYOUT" "${TRIXIE_PACKAGES[*]}" "${FORKY_PACKAGES[*]}"
  local k
  for k in "${!EXPECT[@]}"; do echo "expect $k=${EXPECT[$k]}"; done | LC_ALL=C sort
}

complete() {
  [[ -f $dir/.complete && "$(cat "$dir/.complete")" == "$(stamp_text)" ]] || return 1
  local w
  for w in cosign2 cosign3 skopeo notation; do [[ -x $dir/bin/$w ]] || return 1; done
  [[ -x $dir/trixie/usr/bin/cosign && -x $dir/trixie/usr/bin/skopeo && -x $dir/forky/usr/bin/cosign \
    && -x $dir/forky/usr/bin/notation && -x $dir/trixie/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 ]]
}

if ! $force && complete; then exit 0; fi

mkdir -p "$dir"
# One fetch at a time (several test processes may start at once); the loser
# of the race finds the work done.
exec 9>"$dir/.lock"
flock 9
if ! $force && complete; then exit 0; fi

started=$SECONDS
arch=$(dpkg --print-architecture)
if [[ $arch != amd64 ]]; then
  echo "fetch-peers: only amd64 is supported (this is $arch)" >&2
  exit 1
fi

# The machine's own Debian mirror: the URIs of the deb822 stanza (or the
# one-line entry) for its main suite. DCT_SIGN_PEERS_MIRROR overrides it.
machine_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    # First stanza whose Suites has a suite without "-security" and whose URIs end in /debian.
    awk 'BEGIN { RS = ""; FS = "\n" }
      {
        uris = ""; suites = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
        }
        if (suites !~ /-security/) { split(uris, u, /[ \t]+/); if (u[1] ~ /\/debian\/?$/) { print u[1]; exit } }
      }' "$f"
  done | head -n1
  if [[ -r /etc/apt/sources.list ]]; then
    awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { if ($i ~ /\/debian\/?$/ && $(i+1) !~ /-security/) print $i; break } }' \
      /etc/apt/sources.list | head -n1
  fi
}
mirror=${DCT_SIGN_PEERS_MIRROR:-$(machine_mirror | head -n1)}
mirror=${mirror%/}
if [[ -z $mirror ]]; then
  echo "fetch-peers: found no Debian mirror in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list; set DCT_SIGN_PEERS_MIRROR" >&2
  exit 1
fi

work=$(mktemp -d "$dir/.work-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/etc/sources.list.d" \
  "$work/etc/preferences.d" "$work/debs" "$work/new"
: >"$work/status"
APT_OPTS=(
  -o "Dir::State::Lists=$work/lists"
  -o "Dir::State::status=$work/status"
  -o "Dir::Cache=$work/cache"
  -o "Dir::Etc::sourcelist=$work/etc/sources.list"
  -o "Dir::Etc::sourceparts=$work/etc/sources.list.d"
  -o "Dir::Etc::preferences=$work/etc/preferences"
  -o "Dir::Etc::preferencesparts=$work/etc/preferences.d"
  -o "Debug::NoLocking=1"
  # The scratch dir is not readable by _apt; say so rather than warn on every file.
  -o "APT::Sandbox::User=$(id -un)"
  -o "Acquire::Languages=none"
  -o "Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled=false"
  -q
)
# The machine's archive keyring (debian-archive-keyring 2023.3+deb12u2 on
# Debian 12 holds the trixie keys, which sign trixie and forky today).
keyring=${DCT_SIGN_PEERS_KEYRING:-/usr/share/keyrings/debian-archive-keyring.gpg}

write_sources() { # suite...
  local s
  : >"$work/etc/sources.list"
  for s in "$@"; do
    echo "deb [signed-by=$keyring] $mirror $s main" >>"$work/etc/sources.list"
  done
}

echo "fetch-peers: fetching from $mirror (trixie, forky) into $dir"
write_sources trixie forky
if ! apt-get "${APT_OPTS[@]}" update >"$work/update.log" 2>&1; then
  # Forky signed only by a key newer than the machine's keyring: take trixie's
  # debian-archive-keyring, verified by the trixie key the machine has.
  echo "fetch-peers: apt-get update failed with $keyring; trying trixie's debian-archive-keyring" >&2
  cat "$work/update.log" >&2
  write_sources trixie
  apt-get "${APT_OPTS[@]}" update >&2
  (cd "$work/debs" && apt-get "${APT_OPTS[@]}" download debian-archive-keyring/trixie >&2)
  dpkg-deb -x "$work"/debs/debian-archive-keyring_*.deb "$work/keyring"
  keyring="$work/keyring/usr/share/keyrings/debian-archive-keyring.gpg"
  write_sources trixie forky
  apt-get "${APT_OPTS[@]}" update >&2
fi

wanted=()
for p in "${TRIXIE_PACKAGES[@]}"; do wanted+=("$p/trixie"); done
for p in "${FORKY_PACKAGES[@]}"; do wanted+=("$p/forky"); done
# One apt-cache and one apt-get call each: every call re-reads the 40 MB of
# package lists (about 2 s).
apt-cache "${APT_OPTS[@]}" show "${wanted[@]}" >"$work/show" 2>"$work/show.err" || {
  cat "$work/show.err" >&2
  echo "fetch-peers: some of ${wanted[*]} are not in $mirror" >&2
  exit 1
}
# "package version file", in the order asked.
awk '/^Package:/ { p = $2 } /^Version:/ { v = $2 } /^Filename:/ { n = split($2, f, "/"); print p, v, f[n] }' \
  "$work/show" >"$work/found"
if [[ $(wc -l <"$work/found") -ne ${#wanted[@]} ]]; then
  echo "fetch-peers: expected ${#wanted[@]} packages (${wanted[*]}), apt-cache show gave:" >&2
  cat "$work/found" >&2
  exit 1
fi
: >"$work/new/versions"
pkgs=()
i=0
while read -r p v file; do
  ps=${wanted[i]}
  i=$((i + 1))
  if [[ $p != "${ps%/*}" ]]; then
    echo "fetch-peers: asked apt-cache for $ps, got $p" >&2
    exit 1
  fi
  if [[ -n ${EXPECT[$ps]:-} && $v != "${EXPECT[$ps]}"* ]]; then
    echo "fetch-peers: $ps is $v now, the tests expect ${EXPECT[$ps]}x; update EXPECT in $0 and check the tests" >&2
    exit 1
  fi
  echo "$ps $v" >>"$work/new/versions"
  echo "${ps#*/} $file" >>"$work/files"
  pkgs+=("$p=$v")
done <"$work/found"

if ! (cd "$work/debs" && apt-get "${APT_OPTS[@]}" download "${pkgs[@]}") >"$work/download.log" 2>&1; then
  cat "$work/download.log" >&2
  echo "fetch-peers: apt-get download ${pkgs[*]} failed" >&2
  exit 1
fi
# cosign is in both suites: each .deb goes to the suite it was asked from.
# Unpacking the xz'd cosigns is the slow part, so in parallel.
pids=()
while read -r suite file; do
  dpkg-deb -x "$work/debs/$file" "$work/new/$suite" &
  pids+=($!)
done <"$work/files"
for pid in "${pids[@]}"; do wait "$pid"; done

lib=$dir/trixie/usr/lib/x86_64-linux-gnu
mkdir -p "$work/new/bin"
wrapper() { # name command...
  {
    echo '#!/bin/sh'
    echo "# Made by dct-sign's scripts/fetch-peers.sh."
    printf 'exec'
    printf ' %q' "${@:2}"
    printf ' "$@"\n'
  } >"$work/new/bin/$1"
  chmod 755 "$work/new/bin/$1"
}
wrapper cosign2 "$dir/trixie/usr/bin/cosign"
wrapper cosign3 "$dir/forky/usr/bin/cosign"
wrapper notation "$dir/forky/usr/bin/notation"
wrapper skopeo "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$dir/trixie/usr/bin/skopeo"

# Swap the new tree in; .complete is written last, so a killed run is redone.
rm -f "$dir/.complete"
rm -rf "$dir/trixie" "$dir/forky" "$dir/bin" "$dir/versions"
mv "$work/new/trixie" "$work/new/forky" "$work/new/bin" "$work/new/versions" "$dir/"
for w in cosign2 cosign3 skopeo notation; do
  "$dir/bin/$w" --help >/dev/null 2>&1 || { echo "fetch-peers: $dir/bin/$w does not run" >&2; exit 1; }
done
stamp_text >"$dir/.complete"
echo "fetch-peers: done in $((SECONDS - started)) s:"
sed 's/^/  /' "$dir/versions"
