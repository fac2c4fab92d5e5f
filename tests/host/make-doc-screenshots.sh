#!/usr/bin/env bash
# Makes docs/screenshots/classroom-*.png: the projector window and the
# student's page on a phone-sized browser. Run from the source root:
#   tests/host/make-doc-screenshots.sh build
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A screen larger than the window: without a window manager SFML 2.5 may
# place a window partly off a screen of the same size.
xvfb-run -a -s "-screen 0 1920x1920x24" /usr/bin/python3 "$here/make_doc_screenshots.py" \
  "$build/game/app/esprit" "$root" "$work/projector" "$work/shots"
xvfb-run -a /usr/bin/python3 "$here/browser_test.py" "$build/game/app/esprit" "$root" \
  "$work/browser" /usr/bin/chromium /usr/bin/chromedriver "$work/shots"
for name in host-lobby host-question host-reveal host-end student-join student-question-sent student-reveal; do
  cp "$work/shots/$name.png" "$root/docs/screenshots/classroom-$name.png"
done
echo "docs/screenshots/classroom-*.png written"
