#!/usr/bin/env bash
# packaging/kiosk under cage, the Wayland kiosk compositor the systemd unit
# uses: cage's headless back end and XWayland run the kiosk's own session
# loop, which must bring Esprit's kiosk up (it opens its usage figures) and
# keep it running. Needs cage and xwayland; cage refuses to run as root, so
# root runs it as nobody.
# Usage: kiosk-under-cage.sh ESPRIT SOURCE_ROOT WORK
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
esprit=$1 source_root=$2 work=$3
rm -rf "$work" && mkdir -p "$work/run" "$work/config" "$work/data"
chmod 700 "$work/run"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody:nogroup "$work"
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
# Its own process group, so that cage, the loop and Esprit all stop at the end.
setsid "${run_as[@]}" env -i PATH=/usr/bin:/bin HOME="$work" XDG_RUNTIME_DIR="$work/run" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
  XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8 ESPRIT="$esprit" \
  cage -d -- "$source_root/packaging/kiosk/esprit-kiosk-session" > "$work/cage.log" 2>&1 &
cage_pid=$!
trap 'kill -KILL -- "-$cage_pid" 2>/dev/null || true; wait "$cage_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "esprit kiosk: started" "$work/cage.log" && break
  sleep 0.2
done
sleep 3  # still running a moment later, not restarted
cat "$work/cage.log" >&2
grep -q "esprit kiosk: started" "$work/cage.log" || { echo "the kiosk did not start under cage" >&2; exit 1; }
[ -f "$work/data/esprit/kiosk-usage.sqlite" ] || { echo "the kiosk did not open its usage figures" >&2; exit 1; }
! grep -q "starting it again" "$work/cage.log" || { echo "Esprit stopped under cage and was restarted" >&2; exit 1; }
echo "kiosk under cage: ok"
