#!/usr/bin/env bash
# Regenerates the class report pictures with item flags in docs/screenshots/
# (see docs/storage.md): classes made by esprit_class_results_maker on the
# every-kind fixture pack, then the report screen under Xvfb at 1280x720, in
# English and in French; and one player's progress with her discernment over
# five weeks (her first assessment forms moved back in time with sqlite3).
# Usage: tests/ui/make-report-screenshots.sh BUILD_DIR   (needs xvfb-run, sqlite3)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: make-report-screenshots.sh BUILD_DIR}" && pwd)
esprit=$build/game/app/esprit
maker=$build/tests/core/storage/esprit_class_results_maker
output="$source_root/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$output" "$work/root/questions" "$work/english/esprit" "$work/shots"
ln -s "$source_root/assets" "$work/root/assets"
cp -r "$source_root/tests/ui/fixtures/every-kind" "$work/root/questions/"
ESPRIT_ROOT="$work/root" "$maker" "$work/english/esprit" "$work/root/questions/every-kind"
# Tess played form A five weeks ago and form B four weeks ago.
for moved in "A -35" "B -28"; do
  set -- $moved
  sqlite3 "$work/english/esprit/results.sqlite" "
    UPDATE answers SET answered = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '$2 days')
     WHERE session_id IN (SELECT s.id FROM sessions s JOIN players p ON p.id = s.player_id
                           WHERE p.nickname = 'Tess' AND s.form = '$1');
    UPDATE sessions SET started = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '$2 days'),
                        finished = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '$2 days')
     WHERE id IN (SELECT s.id FROM sessions s JOIN players p ON p.id = s.player_id
                   WHERE p.nickname = 'Tess' AND s.form = '$1');"
done
cp -r "$work/english" "$work/french"
printf '{"language": "fr"}\n' > "$work/french/esprit/settings.json"

for language in english french; do
  (cd "$work" && ESPRIT_ROOT="$work/root" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$esprit" --script "$source_root/tests/ui/scripts/report-items.txt" \
    --screenshot "$work/shots/$language" --data-dir "$work/$language" --seed 7)
done
(cd "$work" && ESPRIT_ROOT="$work/root" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1920x1080x24" \
  "$esprit" --script "$source_root/tests/ui/scripts/history-discernment.txt" \
  --screenshot "$work/shots/english" --data-dir "$work/english" --seed 7)
cp "$work/shots/english/history-discernment.png" "$output/players-history-discernment.png"
cp "$work/shots/english/class-report-items.png" "$output/class-report-items.png"
cp "$work/shots/english/class-report-learning.png" "$output/class-report-learning.png"
cp "$work/shots/french/class-report-items.png" "$output/fr-class-report-items.png"
echo "class report screenshots written to $output"
