#!/usr/bin/env bash
# Installs the Debian packages KPM Desktop needs, only those that are missing.
# Qt (offscreen and xcb), a CJK font so Chinese never renders as boxes, Xvfb for
# screenshots, poppler-utils for looking at PDFs, zbar-tools for reading their QR codes and
# LibreOffice Calc (headless) for the rater packets' round trip through an office suite.
set -euo pipefail

packages=(
  libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1
  libxcb-util1 libxcb-shm0
  fonts-wqy-microhei xvfb xauth poppler-utils zbar-tools libreoffice-calc-nogui
  "$@"
)

command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian system: install Qt's runtime libraries and a CJK font yourself."; exit 0; }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Please install as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
