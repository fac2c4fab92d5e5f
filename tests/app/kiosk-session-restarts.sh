#!/usr/bin/env bash
# packaging/kiosk/esprit-kiosk-session: restarts Esprit whenever it stops by
# itself (here a stand-in that crashes twice), passes its arguments on, and
# ends the session when the staff quit (exit status 0).
# Usage: kiosk-session-restarts.sh SOURCE_ROOT WORK
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source_root=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
cat > "$work/fake-esprit" <<'FAKE'
#!/bin/sh
echo "$*" >> "$(dirname "$0")/runs"
runs=$(wc -l < "$(dirname "$0")/runs")
[ "$runs" -ge 3 ] && exit 0   # the staff quit on the third run
kill -SEGV $$                 # a crash
FAKE
chmod +x "$work/fake-esprit"
ESPRIT="$work/fake-esprit" ESPRIT_KIOSK_RESTART_PAUSE=0 ESPRIT_KIOSK_CRASH_PAUSE=0 DISPLAY= \
  timeout 60 "$source_root/packaging/kiosk/esprit-kiosk-session" --kiosk-config /etc/x.json \
  2> "$work/log"
[ "$(wc -l < "$work/runs")" -eq 3 ] || { echo "expected 3 runs, got $(wc -l < "$work/runs")" >&2; exit 1; }
grep -qx -- "--kiosk --kiosk-config /etc/x.json" "$work/runs" || { echo "arguments were not passed on" >&2; exit 1; }
[ "$(grep -c 'starting it again' "$work/log")" -eq 2 ] || { echo "the restarts were not logged" >&2; exit 1; }
grep -q "the staff quit" "$work/log" || { echo "the end was not logged" >&2; exit 1; }
echo "kiosk session: restarts after crashes, ends on the staff's quit"
