#!/usr/bin/env bash
# Issue 5's kill test: scripted play, killed with SIGKILL at random
# moments, again and again on the same data folder. After every kill the
# results file must open, pass PRAGMA integrity_check, and hold every answer
# the game had reported as committed ($ESPRIT_ANSWER_LOG, written by the game
# right after each commit and before it goes on).
# Run it under one X server for every run (tests/with-xvfb), so that $! below
# is the game itself.
# Usage: kill-during-play.sh ESPRIT SQLITE3 SOURCE_ROOT WORK [SECONDS]
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
esprit=$1 sqlite=$2 source_root=$3 work=$4 budget=${5:-50}
[ -n "${DISPLAY:-}" ] || { echo "kill test: no X server; run it under tests/with-xvfb" >&2; exit 2; }
# Each run lasts long enough to start and answer some questions, and is cut
# at a random moment after that; a few short runs also cut start-up itself.
shortest_run_ms=700 longest_run_ms=5000 most_runs=10

rm -rf "$work"
mkdir -p "$work/root/questions" "$work/data" "$work/scripts"
ln -s "$source_root/assets" "$work/root/assets"
cp -r "$source_root/tests/ui/fixtures/every-kind" "$work/root/questions/"
export ESPRIT_ROOT="$work/root" LANG=C.UTF-8 ESPRIT_ANSWER_LOG="$work/committed-answers.txt"
database="$work/data/esprit/results.sqlite"
: > "$ESPRIT_ANSWER_LOG"

fail() { echo "kill test: $*" >&2; exit 1; }

check_database() {
  local run=$1
  [ -f "$database" ] || return 0  # killed before the file was made
  local verdict
  verdict=$("$sqlite" "$database" 'PRAGMA integrity_check') || fail "run $run: sqlite3 cannot open the file"
  [ "$verdict" = ok ] || fail "run $run: integrity_check says: $verdict"
  local stored missing
  stored=$("$sqlite" "$database" 'SELECT id FROM answers ORDER BY id')
  missing=$(comm -23 <(sort -u "$ESPRIT_ANSWER_LOG") <(printf '%s\n' "$stored" | sort -u))
  [ -z "$missing" ] || fail "run $run: committed answers missing from the file: $missing"
  ls "$work/data/esprit/" | grep -q damaged && fail "run $run: the file was moved aside as damaged"
  return 0
}

start=$SECONDS runs=0
while [ $((SECONDS - start)) -lt "$budget" ] && [ "$runs" -lt "$most_runs" ]; do
  runs=$((runs + 1))
  # A new player each run keeps the path through the screens the same:
  # title, player, chooser, then answers until the kill.
  rm -f "$work/data/esprit/last-player.json"
  script="$work/scripts/run-$runs.txt"
  {
    echo "wait 200ms"; echo "key Enter"; echo "wait 200ms"
    echo "type Kid$runs"; echo "key Enter"; echo "wait 200ms"; echo "tap 0.5 0.33"; echo "wait 200ms"
    for _ in $(seq 60); do echo "key 1"; echo "key Enter"; echo "key Enter"; echo "wait 50ms"; done
  } > "$script"
  "$esprit" --script "$script" --data-dir "$work/data" > "$work/run-$runs.log" 2>&1 &
  game=$!
  sleep_ms=$((shortest_run_ms + RANDOM % (longest_run_ms - shortest_run_ms)))
  sleep "$(printf '%d.%03d' $((sleep_ms / 1000)) $((sleep_ms % 1000)))"
  kill -KILL "$game" 2>/dev/null || true
  wait "$game" 2>/dev/null || true
  check_database "$runs"
  echo "run $runs: killed after ${sleep_ms} ms; $(wc -l < "$ESPRIT_ANSWER_LOG") answers committed so far, all in the file"
done

committed=$(wc -l < "$ESPRIT_ANSWER_LOG")
[ "$committed" -gt 0 ] || fail "no answer was committed in $runs runs: the game never reached a question"
echo "kill test: $runs kills, $committed committed answers, none lost, file intact"
