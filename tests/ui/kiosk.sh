#!/usr/bin/env bash
# Library kiosk mode under Xvfb (issue 11): each case plays a script from
# tests/ui/scripts/ in kiosk mode, then checks what the process did and what
# the kiosk kept (only anonymous counts, through sqlite3).
# Usage: kiosk.sh CASE ESPRIT SQLITE3 SOURCE_ROOT WORK [SCREENSHOT_CHECKER]
#   CASE: visit, keep-playing, cannot-close, staff, corner-hold, short-taps,
#         broken-media
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
case_name=$1 esprit=$2 sqlite=$3 source_root=$4 work=$5 checker=${6:-}
scripts="$source_root/tests/ui/scripts"

fail() { echo "kiosk $case_name: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/root/questions" "$work/data" "$work/config" "$work/shots"
ln -s "$source_root/assets" "$work/root/assets"
cp -r "$source_root/tests/ui/fixtures/every-kind" "$work/root/questions/"
export ESPRIT_ROOT="$work/root" LANG=C.UTF-8
# The kiosk's usual folders: nothing may land in the config folder.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
usage_db="$work/kiosk-data/kiosk-usage.sqlite"

# The staff PIN is 2468; only its hash goes into kiosk.json.
pin_line=$(printf '2468\n' | "$esprit" kiosk-pin) || fail "esprit kiosk-pin failed"
cat > "$work/kiosk.json" <<JSON
{
  $pin_line,
  "languages": ["en", "fr"],
  "round_length": 5,
  "data_folder": "$work/kiosk-data"
}
JSON

# Runs the case's script; sets $status. The staff case expects the game to quit.
play() {
  local script=$1; shift
  set +e
  timeout 300 "$source_root/tests/with-xvfb" -s "-screen 0 1280x720x24" "$esprit" --kiosk \
    --kiosk-config "$work/kiosk.json" --script "$scripts/$script" --screenshot "$work/shots" \
    --seed 7 "$@" > "$work/stdout.log" 2> "$work/stderr.log"
  status=$?
  set -e
  cat "$work/stderr.log" >&2
}

figure() { "$sqlite" "$usage_db" "SELECT coalesce(sum($1), 0) FROM kiosk_days"; }

must_exist() { for shot in "$@"; do [ -s "$work/shots/$shot.png" ] || fail "no screenshot $shot"; done; }

check_nothing_personal() {
  [ -z "$(ls -A "$work/config")" ] || fail "the kiosk wrote into the config folder: $(ls -A "$work/config")"
  # kiosk.json names another data folder: the usual one stays untouched.
  [ -z "$(ls -A "$work/data")" ] || fail "the kiosk wrote outside its data folder: $(ls -A "$work/data")"
  [ ! -e "$work/data/esprit/results.sqlite" ] || fail "the kiosk opened a player results database"
  [ ! -e "$work/imgui.ini" ] || fail "imgui.ini was written"
  # Only counts per day, pack and technique: no column holds a time of day.
  local columns
  columns=$("$sqlite" "$usage_db" "SELECT group_concat(name) FROM pragma_table_info('kiosk_days')")
  [ "$columns" = "day,rounds_started,rounds_finished,questions_answered,answered_right" ] ||
    fail "unexpected columns in kiosk_days: $columns"
  if "$sqlite" "$usage_db" "SELECT day FROM kiosk_days UNION SELECT day FROM kiosk_pack_days" |
    grep -qv '^[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}$'; then
    fail "a day is kept finer than the date"
  fi
}

case "$case_name" in
  visit)
    play kiosk-visit.txt --kiosk-idle 3
    [ "$status" -eq 0 ] || fail "the game failed with $status"
    must_exist kiosk-attract kiosk-question kiosk-feedback kiosk-still-there \
      kiosk-still-there-later kiosk-back-to-attract kiosk-next-visitor
    grep -q "asking if anyone is there" "$work/stderr.log" || fail "the kiosk never asked"
    grep -q "back to the attract screen" "$work/stderr.log" || fail "the kiosk never went back"
    [ "$(figure rounds_started)" -eq 2 ] || fail "expected 2 rounds started, got $(figure rounds_started)"
    [ "$(figure questions_answered)" -eq 1 ] || fail "expected 1 answer, got $(figure questions_answered)"
    [ "$(figure rounds_finished)" -eq 0 ] || fail "a round left half-way was counted as finished"
    # The next visitor finds exactly what the first one found: the same
    # attract screen, then (same seed) the same first question, with no
    # score or answer left from before.
    same() { cmp -s "$work/shots/$1.png" "$work/shots/$2.png"; }
    same kiosk-attract kiosk-back-to-attract || fail "the attract screen came back different"
    same kiosk-question kiosk-next-visitor || fail "the next visitor's round is not a fresh one"
    # The other pictures all differ (the countdown moved on) and none is blank.
    if [ -n "$checker" ]; then
      "$checker" "$work"/shots/kiosk-{attract,question,feedback,still-there,still-there-later}.png ||
        fail "the screenshots are blank or repeated"
    fi
    check_nothing_personal
    ;;
  keep-playing)
    play kiosk-keep-playing.txt --kiosk-idle 3
    [ "$status" -eq 0 ] || fail "the game failed with $status"
    must_exist kiosk-asking kiosk-kept kiosk-answered-after-keeping
    ! grep -q "back to the attract screen" "$work/stderr.log" || fail "Keep playing did not keep the round"
    [ "$(figure questions_answered)" -eq 1 ] || fail "the kept round did not take its answer"
    ;;
  cannot-close)
    play kiosk-cannot-close.txt
    [ "$status" -eq 0 ] || fail "the game failed with $status"
    must_exist kiosk-still-running kiosk-answered-after-closing-keys
    [ "$(grep -c 'request to close the window was ignored' "$work/stderr.log")" -eq 2 ] ||
      fail "the close requests were not both seen and ignored"
    [ "$(figure rounds_started)" -eq 1 ] || fail "expected 1 round started"
    [ "$(figure questions_answered)" -eq 1 ] || fail "the round did not go on after the closing keys"
    check_nothing_personal
    ;;
  staff)
    play kiosk-staff.txt
    [ "$status" -eq 0 ] || fail "the staff quit should end the game with 0, got $status"
    must_exist kiosk-pin-pad kiosk-pin-wrong kiosk-after-cancel kiosk-staff-menu
    grep -q "a wrong staff PIN was typed" "$work/stderr.log" || fail "the wrong PIN was not refused"
    [ "$(grep -c 'staff menu opened' "$work/stderr.log")" -eq 1 ] || fail "the menu opened more than once"
    grep -q "staff quit" "$work/stderr.log" || fail "the staff menu's Quit did not quit"
    [ ! -e "$work/shots/kiosk-after-quit-must-not-exist.png" ] || fail "the game went on after Quit"
    ;;
  corner-hold)
    play kiosk-corner-hold.txt
    [ "$status" -eq 0 ] || fail "the game failed with $status"
    must_exist kiosk-corner-pad
    grep -q "staff PIN pad opened" "$work/stderr.log" || fail "the corner hold did not open the PIN pad"
    [ "$(figure rounds_started)" -eq 0 ] || fail "the staff's hold started a round"
    ;;
  short-taps)
    play kiosk-short-taps.txt
    [ "$status" -eq 0 ] || fail "the game failed with $status"
    must_exist kiosk-after-short-taps
    # Five taps on the attract screen, each must have started a round; the
    # Stop and confirm taps between them must all have landed for that.
    [ "$(figure rounds_started)" -eq 5 ] ||
      fail "expected 5 rounds started by short taps, got $(figure rounds_started): a tap was lost"
    ;;
  broken-media)
    # The pack's pictures are gone: a round still plays, and left alone it
    # still goes back to the attract screen.
    # Only the picture question, and its picture cut after the header: the
    # pack still validates, the picture cannot be decoded.
    pack="$work/root/questions/every-kind"
    python3 - "$pack/pack.json" <<'PY'
import json, sys
path = sys.argv[1]
pack = json.load(open(path, encoding="utf-8"))
pack["questions"] = [q for q in pack["questions"] if q["id"] == "q-hotspot-image"]
used = {q.get("scenario") for q in pack["questions"]}
pack["scenarios"] = [s for s in pack["scenarios"] if s["id"] in used]
json.dump(pack, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    for picture in "$pack"/media/*; do
      head -c 100 "$picture" > "$picture.cut" && mv "$picture.cut" "$picture"
    done
    "$esprit" validate "$pack" > /dev/null || fail "the cut pack should still validate"
    play kiosk-broken-media.txt --kiosk-idle 3
    [ "$status" -eq 0 ] || fail "the game failed with $status"
    must_exist kiosk-broken-media-question kiosk-broken-media-back
    grep -q "back to the attract screen" "$work/stderr.log" || fail "the kiosk never went back"
    [ "$(figure rounds_started)" -eq 1 ] || fail "expected 1 round started"
    ;;
  *)
    fail "unknown case (visit, keep-playing, cannot-close, staff, corner-hold, short-taps, broken-media)"
    ;;
esac
echo "kiosk $case_name: ok"
