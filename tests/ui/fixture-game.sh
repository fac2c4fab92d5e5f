# Sourced by the scripted-game tests that then look into results.sqlite:
# a fresh work folder, the every-kind fixture pack as the only shipped pack,
# and play SCRIPT, which runs one script under Xvfb on that data folder.
# Needs: esprit, source_root, work, and test_name (for fail's messages).
# SPDX-License-Identifier: GPL-3.0-or-later
rm -rf "$work"
mkdir -p "$work/root/questions" "$work/data" "$work/shots"
ln -s "$source_root/assets" "$work/root/assets"
cp -r "$source_root/tests/ui/fixtures/every-kind" "$work/root/questions/"
export ESPRIT_ROOT="$work/root" LANG=C.UTF-8
database="$work/data/esprit/results.sqlite"
fail() { echo "$test_name: $*" >&2; exit 1; }
play() {
  "$source_root/tests/with-xvfb" -s "-screen 0 1920x1080x24" "$esprit" --script "$source_root/tests/ui/scripts/$1" \
    --screenshot "$work/shots" --data-dir "$work/data" --seed 7 || fail "the game failed in $1"
}
