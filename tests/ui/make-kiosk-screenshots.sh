#!/usr/bin/env bash
# Regenerates the library kiosk's pictures in docs/screenshots/ (see
# docs/kiosk.md): a scripted kiosk visit under Xvfb at 1280x720 on the shipped
# "Spotting manipulation" pack, with the staff PIN 2468.
# Usage: tests/ui/make-kiosk-screenshots.sh BUILD_DIR   (needs xvfb-run)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$(cd "$(dirname "$0")/../.." && pwd)
esprit=$(cd "${1:?usage: make-kiosk-screenshots.sh BUILD_DIR}" && pwd)/game/app/esprit
output="$source_root/docs/screenshots"
# A fixed folder, so the staff menu shows short, stable paths.
work=/tmp/esprit-kiosk
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$output" "$work/shots" "$work/config" "$work/data"

pin_line=$(printf '2468\n' | "$esprit" kiosk-pin)
cat > "$work/kiosk.json" <<JSON
{
  "packs": ["esprit.spotting-manipulation"],
  "languages": ["en", "fr", "nl", "de"],
  $pin_line,
  "data_folder": "$work/data"
}
JSON
(cd "$work" && XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1280x720x24" "$esprit" --kiosk --kiosk-config "$work/kiosk.json" \
  --kiosk-idle 3 --script "$source_root/tests/ui/scripts/kiosk-docs.txt" \
  --screenshot "$work/shots" --seed 11)
for name in attract question results still-there pin-pad staff-menu; do
  cp "$work/shots/kiosk-$name.png" "$output/kiosk-$name.png"
done
echo "kiosk pictures written to $output"
