#!/usr/bin/env bash
# Regenerates the class report pictures with item flags in docs/screenshots/
# (see docs/players-and-history.md): a class of twelve made by
# esprit_class_results_maker on the every-kind fixture pack, then the report
# screen under Xvfb at 1280x720, in English and in French.
# Usage: tests/ui/make-report-screenshots.sh BUILD_DIR   (needs xvfb-run)
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
cp -r "$work/english" "$work/french"
printf '{"language": "fr"}\n' > "$work/french/esprit/settings.json"

for language in english french; do
  (cd "$work" && ESPRIT_ROOT="$work/root" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$esprit" --script "$source_root/tests/ui/scripts/report-items.txt" \
    --screenshot "$work/shots/$language" --data-dir "$work/$language" --seed 7)
done
cp "$work/shots/english/class-report-items.png" "$output/class-report-items.png"
cp "$work/shots/english/class-report-learning.png" "$output/class-report-learning.png"
cp "$work/shots/french/class-report-items.png" "$output/fr-class-report-items.png"
echo "class report screenshots written to $output"
