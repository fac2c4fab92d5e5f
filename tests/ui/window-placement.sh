#!/usr/bin/env bash
# With no window manager (Xvfb, a kiosk on bare X) the game's window must
# open wholly on the screen. Reads the real window's place with xwininfo,
# then stops the game. Run it under xvfb-run with a 1920x1080 screen.
# Usage: window-placement.sh ESPRIT WORK_FOLDER
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
esprit=$1
work=$2
rm -rf "$work"
mkdir -p "$work"

run() {
  "$esprit" --data-dir "$work/data" --window 1280x720 &
  game=$!
  trap 'kill "$game" 2>/dev/null || true' EXIT
  local geometry=""
  for _ in $(seq 1 60); do  # at most 30 s
    geometry=$(xwininfo -name Esprit 2>/dev/null || true)
    if [ -n "$geometry" ]; then break; fi
    sleep 0.5
  done
  kill "$game" 2>/dev/null || true
  wait "$game" 2>/dev/null || true
  if [ -z "$geometry" ]; then
    echo "window-placement: no window named Esprit appeared" >&2
    exit 1
  fi
  local x y width height screen_width screen_height
  x=$(sed -n 's/.*Absolute upper-left X: *\(-\?[0-9]*\).*/\1/p' <<<"$geometry")
  y=$(sed -n 's/.*Absolute upper-left Y: *\(-\?[0-9]*\).*/\1/p' <<<"$geometry")
  width=$(sed -n 's/.*Width: *\([0-9]*\).*/\1/p' <<<"$geometry")
  height=$(sed -n 's/.*Height: *\([0-9]*\).*/\1/p' <<<"$geometry")
  read -r screen_width screen_height < <(xwininfo -root | sed -n 's/.*-geometry \([0-9]*\)x\([0-9]*\).*/\1 \2/p')
  echo "window at ${x},${y}, ${width}x${height}, on a ${screen_width}x${screen_height} screen"
  if [ "$x" -lt 0 ] || [ "$y" -lt 0 ] || [ $((x + width)) -gt "$screen_width" ] ||
    [ $((y + height)) -gt "$screen_height" ]; then
    echo "window-placement: the window is not wholly on the screen" >&2
    exit 1
  fi
}
run
