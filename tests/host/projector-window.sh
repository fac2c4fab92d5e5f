#!/usr/bin/env bash
# The projector window of a class game: a real `esprit host` with its window
# on 127.0.0.1, fourteen simulated students joining and answering
# (make_doc_screenshots.py), and the lobby, a question, its reveal and the
# end each drawn, none blank and none the same as another.
# Usage (under tests/with-xvfb): projector-window.sh ESPRIT SOURCE_ROOT WORK CHECKER
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
esprit=$1 source_root=$2 work=$3 checker=$4
rm -rf "$work"
mkdir -p "$work"
/usr/bin/python3 "$source_root/tests/host/make_doc_screenshots.py" "$esprit" "$source_root" \
  "$work/projector" "$work/shots"
"$checker" "$work/shots"/host-{lobby,question,reveal,end}.png
echo "projector window: lobby, question, reveal and end drawn"
