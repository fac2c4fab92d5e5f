#!/usr/bin/env bash
# Booster reviews in the game: a player's techniques come due a day after
# they met them, the title offers "Review: N techniques due", and the round
# it starts is recorded as a review. The answers are moved two days back in
# the database instead of waiting.
# Usage: review-offer.sh ESPRIT SQLITE3 SOURCE_ROOT WORK
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
esprit=$1 sqlite=$2 source_root=$3 work=$4
test_name="review test"
source "$source_root/tests/ui/fixture-game.sh"

play players-first-run.txt
[ "$("$sqlite" "$database" "SELECT count(*) FROM sessions WHERE mode = 'review'")" = 0 ] ||
  fail "a review was recorded before any was due"
"$sqlite" "$database" "UPDATE answers SET answered = strftime('%Y-%m-%dT%H:%M:%fZ', answered, '-2 days');
  UPDATE sessions SET started = strftime('%Y-%m-%dT%H:%M:%fZ', started, '-2 days');"
play review-offer.txt
for shot in 06-title-review-due 07-review-question 08-review-feedback; do
  [ -s "$work/shots/$shot.png" ] || fail "no $shot screenshot: the game stopped"
done
reviews=$("$sqlite" "$database" "SELECT count(*) FROM answers JOIN sessions ON sessions.id = answers.session_id WHERE sessions.mode = 'review'")
[ "$reviews" = 1 ] || fail "expected one answer recorded in a review round, found $reviews"
echo "review test: two days later the title offered a review, and its answer was recorded as a review"
