#!/usr/bin/env bash
# Fetch a current iasl (Debian unstable's acpica-tools) into .build/iasl-current without touching
# the host's apt configuration or installing anything: a private apt state and source list under
# .build, `apt-get download` of acpica-tools and libc6, `dpkg-deb -x` of both into one folder.
# The binary then runs through its own loader (the host's glibc may be older):
#   DIR/usr/lib64/ld-linux-x86-64.so.2 --library-path DIR/usr/lib/x86_64-linux-gnu DIR/usr/bin/iasl
# The .dsl recompilation tests (Tests/ACPITests/CurrentIasl*.swift) use it; they fail under CI
# (CI=true) when it is missing. Usage: scripts/fetch-current-iasl.sh [DIR]   (default .build/iasl-current)
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-.build/iasl-current}
# sid, not trixie: trixie's 20250404 miscompiles every IORT named component (its step count for
# the memory-access-properties subtable misses the 11th line; ACPICA 8949cfec8, fixed in 20260408).
suite=${IASL_SUITE:-sid}
mirror=${IASL_MIRROR:-http://deb.debian.org/debian}

if [ -x "$dest/usr/bin/iasl" ] && [ -e "$dest/usr/lib64/ld-linux-x86-64.so.2" ]; then
  exit 0
fi
arch=$(dpkg --print-architecture)
if [ "$arch" != amd64 ]; then
  echo "fetch-current-iasl: only amd64 is supported (this machine is $arch)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/topoc-iasl.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"  # apt fetches as the _apt user
mkdir -p "$work/etc/preferences.d" "$work/state/lists/partial" "$work/cache/archives/partial" "$work/debs"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -r "$keyring" ] || keyring=/usr/share/keyrings/debian-archive-$suite-stable.gpg
printf 'deb [signed-by=%s] %s %s main\n' "$keyring" "$mirror" "$suite" > "$work/etc/sources.list"
: > "$work/state/status"
apt_opts=(
  -o "Dir::Etc::sourcelist=$work/etc/sources.list"
  -o "Dir::Etc::sourceparts=-"
  -o "Dir::Etc::preferencesparts=$work/etc/preferences.d"
  -o "Dir::State=$work/state"
  -o "Dir::State::status=$work/state/status"
  -o "Dir::Cache=$work/cache"
  -o "APT::Architecture=$arch"
  -o "Debug::NoLocking=1"
)
echo "fetch-current-iasl: downloading $suite acpica-tools and libc6 into $dest"
apt-get "${apt_opts[@]}" update -qq
(cd "$work/debs" && apt-get "${apt_opts[@]}" download -qq acpica-tools libc6)
rm -rf "$dest.partial"
mkdir -p "$dest.partial"
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$dest.partial"; done
rm -rf "$dest"
mv "$dest.partial" "$dest"
"$dest/usr/lib64/ld-linux-x86-64.so.2" --library-path "$dest/usr/lib/x86_64-linux-gnu" "$dest/usr/bin/iasl" -v | grep -i version || true
