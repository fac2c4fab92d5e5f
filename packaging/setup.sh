#!/usr/bin/env bash
# Installs every Debian 12 package Esprit needs to build, run and test.
# Idempotent: it asks apt only for what is missing, so a second run is instant.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git ccache
  # libraries
  libsfml-dev libimgui-dev libstb-dev libfreetype-dev libfontconfig-dev
  libgl-dev nlohmann-json3-dev libsqlite3-dev sqlite3
  libpq-dev
  # the live classroom: HTTP and Server-Sent Events, the lobby's QR code
  libcpp-httplib-dev libqrencode-dev
  # tests: doctest, the clang fuzzer and sanitizer runtimes, a screen without a screen
  doctest-dev clang libclang-rt-14-dev xvfb xauth libgl1-mesa-dri x11-utils
  postgresql-15
  # the classroom's browser test: a real Chromium driven by Selenium
  chromium chromium-driver python3-selenium
  # the projector window's test grabs the screen with PIL
  python3-pil
  # the library kiosk: its session under cage (tested headless), libcrypt for the staff PIN
  cage xwayland libcrypt-dev
  # fonts the UI is drawn with (Latin, symbols for icons), and the two a player may choose
  fontconfig fonts-noto-core fonts-dejavu-core fonts-sil-andika fonts-opendyslexic
  # read-aloud: speech-dispatcher (loaded at run time) with espeak-ng's voices
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  # benchmarks
  python3 python3-jsonschema time
  # the Debian package and its checks (packaging/build-deb, tests/packaging)
  dpkg-dev file lintian appstream desktop-file-utils librsvg2-bin man-db
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: every package Esprit needs is already installed."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup: these packages are missing and sudo is not available: ${missing[*]}" >&2
    echo "setup: ask an administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
