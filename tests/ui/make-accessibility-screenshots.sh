#!/usr/bin/env bash
# Makes the pictures of docs/accessibility.md from scripted runs under Xvfb:
# the high-contrast theme, the two other fonts, simple words, read-aloud and
# the settings, in English, French, Dutch and German, plus colour-blindness
# simulations.
# Usage: tests/ui/make-accessibility-screenshots.sh BUILD_DIR   (needs xvfb-run)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: make-accessibility-screenshots.sh BUILD_DIR}" && pwd)
esprit="$build/game/app/esprit"
output="$source_root/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$output"

# run NAME ESPRIT_ROOT SETTINGS_JSON PACK [esprit arguments...]: the docs script, in its own folder.
run() {
  local name=$1 root=$2 settings=$3 pack=$4
  shift 4
  local folder="$work/$name"
  mkdir -p "$folder/data/esprit" "$folder/shots"
  printf '%s\n' "$settings" > "$folder/data/esprit/settings.json"
  (cd "$folder" && ESPRIT_ROOT="$root" LANG=C.UTF-8 ESPRIT_SPEECH_LOG="$folder/speech.txt" \
    GSETTINGS_BACKEND=memory xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$esprit" --script "$source_root/tests/ui/scripts/docs-accessibility.txt" \
    --screenshot "$folder/shots" --data-dir "$folder/data" --seed 7 "$pack" "$@")
}

keep() {  # keep NAME SHOT AS
  cp "$work/$1/shots/$2.png" "$output/$3.png"
}

en_pack="$source_root/questions/spotting-manipulation-en"
fr_pack="$source_root/questions/spotting-manipulation-fr"
nl_pack="$source_root/questions/spotting-manipulation-nl"
de_pack="$source_root/questions/spotting-manipulation-de"

run hc-en "$source_root" '{}' "$en_pack" --high-contrast
keep hc-en question access-high-contrast-question
keep hc-en feedback access-high-contrast-feedback
keep hc-en settings access-high-contrast-settings

run dyslexic-en "$source_root" '{"font": "opendyslexic"}' "$en_pack"
keep dyslexic-en question access-opendyslexic-question
run dyslexic-fr "$source_root" '{"language": "fr", "font": "opendyslexic"}' "$fr_pack"
keep dyslexic-fr question access-fr-opendyslexic-question
run legible-en "$source_root" '{"font": "legible"}' "$en_pack"
keep legible-en question access-andika-question

run simple-en "$source_root" '{"simple_words": true}' "$en_pack"
keep simple-en results access-simple-words-results
keep simple-en question-reading access-read-aloud
keep simple-en settings access-settings
keep simple-en settings-reading access-settings-reading
keep simple-en settings-keys access-settings-keys

run simple-fr "$source_root" '{"language": "fr", "simple_words": true}' "$fr_pack"
keep simple-fr results access-fr-simple-words-results
keep simple-fr settings access-fr-settings
keep simple-fr settings-reading access-fr-settings-reading
keep simple-fr settings-keys access-fr-settings-keys
run hc-fr "$source_root" '{"language": "fr"}' "$fr_pack" --high-contrast
keep hc-fr question access-fr-high-contrast-question

run simple-nl "$source_root" '{"language": "nl", "simple_words": true}' "$nl_pack"
keep simple-nl settings access-nl-settings
keep simple-nl results access-nl-simple-words-results
run dyslexic-nl "$source_root" '{"language": "nl", "font": "opendyslexic"}' "$nl_pack"
keep dyslexic-nl question access-nl-opendyslexic-question
run simple-de "$source_root" '{"language": "de", "simple_words": true}' "$de_pack"
keep simple-de settings-reading access-de-settings-reading
run hc-de "$source_root" '{"language": "de"}' "$de_pack" --high-contrast
keep hc-de question access-de-high-contrast-question
keep hc-de feedback access-de-high-contrast-feedback

# What a colour-blind player sees of the three verdicts (from ui_colour_blind's run).
simulated="$build/tests/ui/ui_colour_blind/simulated"
if [ -d "$simulated" ]; then
  for verdict in right partly wrong; do
    cp "$simulated/verdict-$verdict-deuteranopia.png" "$output/access-deuteranopia-$verdict.png"
  done
else
  echo "run 'ctest -R ui_colour_blind' first for the colour-blindness pictures" >&2
fi
echo "screenshots written to $output"
