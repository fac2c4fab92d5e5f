#!/usr/bin/env bash
# Regenerates docs/screenshots/editor-*.png from scripted editor sessions under
# Xvfb at 1280x720: a pack made from nothing, the fixture pack opened from the
# teacher's packs folder, and a CSV import.
# Usage: tests/ui/editor/make-editor-screenshots.sh BUILD_DIR   (needs xvfb-run)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$(cd "$(dirname "$0")/../../.." && pwd)
esprit=$(cd "${1:?usage: make-editor-screenshots.sh BUILD_DIR}" && pwd)/game/app/esprit
scripts="$source_root/tests/ui/editor/scripts"
output="$source_root/docs/screenshots"
# A fixed folder, so the paths shown in the pictures stay the same from run to run.
work=/tmp/esprit-editor-screenshots
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$output"

# run NAME SCRIPT [SETTINGS_JSON]: nothing shipped, the fixture pack in the teacher's packs
# folder, and the files the scripts type beside the game.
run() {
  local folder="$work/$1"
  mkdir -p "$folder/root/questions" "$folder/data/esprit/packs" "$folder/shots"
  ln -s "$source_root/assets" "$folder/root/assets"
  cp -r "$source_root/tests/ui/fixtures/every-kind" "$folder/data/esprit/packs/"
  cp "$source_root/tests/core/interchange/fixtures/bad-rows.csv" "$folder/classroom-quiz.csv"
  cp "$source_root/tests/ui/fixtures/every-kind/media/flooded-street.png" "$folder/Flood photo.PNG"
  if [ -n "${3:-}" ]; then printf '%s\n' "$3" > "$folder/data/esprit/settings.json"; fi
  (cd "$folder" && ESPRIT_ROOT="$folder/root" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$esprit" --script "$2" --screenshot "$folder/shots" --data-dir "$folder/data")
  for shot in "$folder/shots/"*.png; do cp "$shot" "$output/editor-$(basename "$shot")"; done
}

run session "$scripts/editor-session.txt"
run fixture "$scripts/docs-editor.txt"
run import "$scripts/docs-editor-import.txt"
run french "$scripts/docs-editor-fr.txt" '{"language": "fr"}'
# The session's title screen is the game's own; docs/screens.md already shows it.
rm -f "$output/editor-title.png"
