#!/usr/bin/env bash
# Regenerates the player, resume, history and class report pictures in
# docs/screenshots/ (see docs/players-and-history.md) from scripted runs under
# Xvfb at 1280x720 on the fixture pack: English, then French from the same data.
# Usage: tests/ui/make-player-screenshots.sh BUILD_DIR   (needs xvfb-run)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$(cd "$(dirname "$0")/../.." && pwd)
esprit=$(cd "${1:?usage: make-player-screenshots.sh BUILD_DIR}" && pwd)/game/app/esprit
scripts="$source_root/tests/ui/scripts"
output="$source_root/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$output" "$work/root/questions"
ln -s "$source_root/assets" "$work/root/assets"
cp -r "$source_root/tests/ui/fixtures/every-kind" "$work/root/questions/"

# run DATA_FOLDER SCRIPT SHOTS_FOLDER
run() {
  mkdir -p "$1" "$3"
  (cd "$work" && ESPRIT_ROOT="$work/root" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$esprit" --script "$2" --screenshot "$3" --data-dir "$1" --seed 7)
}

run "$work/english" "$scripts/players-docs.txt" "$work/shots"
for name in players-first-time players-list players-delete-question history practice-question \
            class-report-written; do
  cp "$work/shots/$name.png" "$output/players-${name#players-}.png"
done
cp "$work/shots/title-with-player.png" "$output/players-title.png"

run "$work/resume" "$scripts/players-first-run.txt" "$work/resume-shots"
run "$work/resume" "$scripts/players-resume.txt" "$work/resume-shots"
cp "$work/resume-shots/06-resume-offer.png" "$output/players-resume-offer.png"

# French, on the English run's players and rounds.
cp -r "$work/english" "$work/french"
printf '{"language": "fr"}\n' > "$work/french/esprit/settings.json"
run "$work/french" "$scripts/players-docs-fr.txt" "$work/french-shots"
for name in title history; do cp "$work/french-shots/$name.png" "$output/fr-players-$name.png"; done

echo "player screenshots written to $output"
