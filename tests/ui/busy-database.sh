#!/usr/bin/env bash
# A results file held by another program: the answer cannot be saved, the
# game says so in words and goes on, nothing crashes, and the file stays sound.
# Usage: busy-database.sh ESPRIT SQLITE3 SOURCE_ROOT WORK
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
esprit=$1 sqlite=$2 source_root=$3 work=$4
test_name="busy test"
source "$source_root/tests/ui/fixture-game.sh"

play players-busy-first.txt
[ "$("$sqlite" "$database" 'SELECT count(*) FROM answers')" = 1 ] || fail "the first answer is not stored"

# Another program takes the write lock and keeps it well past the 5 s the game waits.
(echo 'BEGIN IMMEDIATE;'; sleep 20; echo 'COMMIT;') | "$sqlite" "$database" &
holder=$!
trap 'kill "$holder" 2>/dev/null || true' EXIT
sleep 1
play players-busy-second.txt
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true

for shot in busy-banner next-question-after-busy; do
  [ -s "$work/shots/$shot.png" ] || fail "no $shot screenshot: the game stopped"
done
[ "$("$sqlite" "$database" 'PRAGMA integrity_check')" = ok ] || fail "the file is damaged"
[ "$("$sqlite" "$database" 'SELECT count(*) FROM answers')" = 1 ] || fail "unexpected answers"
echo "busy test: the answer given while the file was held was refused with a message; the game went on"
