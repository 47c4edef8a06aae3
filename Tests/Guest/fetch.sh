#!/usr/bin/env bash
# Fetch what the guest test boots, into the cache folder $1 (git-ignored, under .build/):
# Debian's 6.12 kernels (bookworm-backports) and busybox-static for arm64 and amd64. Nothing
# is installed on the host but the QEMU/UEFI packages; the guest packages are only unpacked.
set -euo pipefail
cache=$1
mkdir -p "$cache/debs"
SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
export DEBIAN_FRONTEND=noninteractive

need_update=0
for p in qemu-system-arm qemu-system-x86 qemu-efi-aarch64 busybox-static cpio; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="${missing:-} $p"
done
# The kernels come from bookworm-backports; add the suite where it is missing.
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "adding bookworm-backports to the apt sources"
  printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
  need_update=1
fi
# busybox-static for the arm64 guest is downloaded, never installed.
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $SUDO dpkg --add-architecture arm64
  need_update=1
fi
if [ -n "${missing:-}" ] || [ $need_update = 1 ] || [ ! -f "$cache/debs/.done" ]; then
  # An apt-get update only when something is new or the cache is empty.
  if [ -n "${missing:-}" ] || [ $need_update = 1 ] || ! apt-cache policy linux-image-arm64:arm64 2>/dev/null | grep -q bpo; then
    $SUDO apt-get update -qq
  fi
fi
if [ -n "${missing:-}" ]; then
  echo "installing:$missing"
  $SUDO apt-get install -y -qq $missing
fi
[ -f "$cache/debs/.done" ] && exit 0

# The metapackages point at the versioned image package; take the 6.12 one from backports.
image_for() { # arch -> versioned package name
  apt-cache depends -t bookworm-backports "linux-image-$1:$1" 2>/dev/null \
    | awk '/Depends: linux-image-6\.12/ {sub(":.*","",$2); print $2; exit}'
}
cd "$cache/debs"
for arch in arm64 amd64; do
  img=$(image_for $arch)
  [ -n "$img" ] || { echo "no linux-image-$arch 6.12 in bookworm-backports" >&2; exit 2; }
  echo "downloading $img:$arch and busybox-static:$arch"
  apt-get download -q -o APT::Sandbox::User=root -t bookworm-backports "$img:$arch" "busybox-static:$arch"
done
for arch in arm64 amd64; do
  rm -rf "../$arch"; mkdir -p "../$arch"
  for d in linux-image-*_"$arch".deb busybox-static_*_"$arch".deb; do dpkg-deb -x "$d" "../$arch"; done
done
touch .done
