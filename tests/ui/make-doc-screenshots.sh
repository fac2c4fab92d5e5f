#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from scripted runs under Xvfb: English on
# the fixture pack, French and 250 % text on shipped packs, and 3840x2160.
# Usage: tests/ui/make-doc-screenshots.sh BUILD_DIR   (needs xvfb-run)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$(cd "$(dirname "$0")/../.." && pwd)
esprit=$(cd "${1:?usage: make-doc-screenshots.sh BUILD_DIR}" && pwd)/game/app/esprit
output="$source_root/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$output"

# run NAME SCREEN ESPRIT_ROOT SETTINGS_JSON SCRIPT [esprit arguments...]
run() {
  local name=$1 screen=$2 root=$3 settings=$4 script=$5
  shift 5
  local folder="$work/$name"
  mkdir -p "$folder/data/esprit/packs" "$folder/shots"
  cp -r "$source_root/tests/ui/fixtures/broken-pack" "$folder/data/esprit/packs/"
  if [ -n "$settings" ]; then printf '%s\n' "$settings" > "$folder/data/esprit/settings.json"; fi
  (cd "$folder" && ESPRIT_ROOT="$root" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 ${screen}x24" \
    "$esprit" --script "$script" --screenshot "$folder/shots" --data-dir "$folder/data" --seed 7 "$@")
}

# English on the fixture pack, installed as the only shipped pack.
fixture_root="$work/fixture-root"
mkdir -p "$fixture_root/questions"
ln -s "$source_root/assets" "$fixture_root/assets"
cp -r "$source_root/tests/ui/fixtures/every-kind" "$fixture_root/questions/"
run english 1920x1080 "$fixture_root" "" "$source_root/tests/ui/scripts/docs-english.txt"
cp "$work/english/shots/"*.png "$output/"

# French interface on a French shipped pack.
run french 1920x1080 "$source_root" '{"language": "fr"}' "$source_root/tests/ui/scripts/docs-round.txt" \
  "$source_root/questions/spotting-manipulation-fr"
for shot in "$work/french/shots/"*.png; do cp "$shot" "$output/fr-$(basename "$shot")"; done

# 250 % text at 1280x720: everything reflows.
run large 1920x1080 "$source_root" '{"text_size_percent": 250}' "$source_root/tests/ui/scripts/docs-round.txt" \
  "$source_root/questions/thinking-like-a-scientist-en"
for shot in "$work/large/shots/"*.png; do cp "$shot" "$output/text-250-$(basename "$shot")"; done

# A 4K window: sizes follow the window.
run uhd 3840x2160 "$source_root" "" "$source_root/tests/ui/scripts/docs-round.txt" \
  "$source_root/questions/numbers-and-charts-en" --window 3840x2160
cp "$work/uhd/shots/question.png" "$output/uhd-3840x2160-question.png"

echo "screenshots written to $output"
