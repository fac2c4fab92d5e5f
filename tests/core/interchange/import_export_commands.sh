#!/bin/sh
# `esprit import` and `esprit export` as a teacher runs them: the exit codes
# (0 clean, 1 something not converted, 2 usage error) and the files written.
# Usage: import_export_commands.sh ESPRIT_BINARY SOURCE_ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
esprit="$1"
root="$2"
fixtures="$root/tests/core/interchange/fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ESPRIT_ROOT="$root"
failures=0

# expect CODE DESCRIPTION COMMAND...: runs the command, quietly, and checks its exit code.
expect() {
  wanted="$1"; description="$2"; shift 2
  "$@" > "$work/output.txt" 2>&1
  got=$?
  if [ "$got" -ne "$wanted" ]; then
    echo "FAIL: $description: exit $got, expected $wanted"
    cat "$work/output.txt"
    failures=$((failures + 1))
  fi
}

expect 0 "a clean CSV imports" "$esprit" import "$fixtures/classroom-quiz.csv" -o "$work/quiz"
grep -q "Still to add before playing it in class: sources" "$work/output.txt" ||
  { echo "FAIL: the import report does not say sources are missing"; failures=$((failures + 1)); }
expect 0 "the imported pack validates" "$esprit" validate "$work/quiz"
expect 2 "an existing pack is not overwritten" "$esprit" import "$fixtures/classroom-quiz.csv" -o "$work/quiz"
expect 0 "--force replaces it" "$esprit" import "$fixtures/classroom-quiz.csv" -o "$work/quiz" --force
expect 1 "unsupported GIFT questions make exit 1" "$esprit" import "$fixtures/unsupported.gift" -o "$work/gift"
grep -q "unsupported.gift:13:1: error" "$work/output.txt" ||
  { echo "FAIL: the numerical question is not reported on line 13"; failures=$((failures + 1)); }
[ -f "$work/gift/pack.json" ] ||
  { echo "FAIL: what could be converted was not written"; failures=$((failures + 1)); }
expect 0 "Open Trivia DB base64 imports" "$esprit" import "$fixtures/opentdb-base64.json" -o "$work/otdb" --language en
expect 2 "no -o is a usage error" "$esprit" import "$fixtures/classroom-quiz.csv"
expect 2 "a bad language tag is a usage error" "$esprit" import "$fixtures/classroom-quiz.csv" -o "$work/x" --language "english please"
expect 2 "an unknown format is a usage error" "$esprit" import "$fixtures/classroom-quiz.csv" -o "$work/x" --format xls
printf 'just some words\n' > "$work/notes.dat"
expect 2 "an unguessable format is a usage error" "$esprit" import "$work/notes.dat" -o "$work/x"
expect 1 "a missing file is reported" "$esprit" import "$work/nothing.csv" -o "$work/x"

expect 0 "a pack exports to CSV" "$esprit" export "$work/quiz" --format csv -o "$work/quiz.csv"
expect 0 "the exported CSV imports again" "$esprit" import "$work/quiz.csv" -o "$work/again"
expect 0 "a pack exports to GIFT by extension" "$esprit" export "$work/quiz" -o "$work/quiz.gift"
expect 0 "the exported GIFT imports again" "$esprit" import "$work/quiz.gift" -o "$work/again-gift"
expect 1 "scenarios and hotspots make exit 1" "$esprit" export "$root/questions/spotting-manipulation-en" -o "$work/sm.csv"
[ -s "$work/sm.csv" ] || { echo "FAIL: what could be exported was not written"; failures=$((failures + 1)); }
expect 2 "an unknown export format is a usage error" "$esprit" export "$work/quiz" --format xls -o "$work/q.xls"
expect 1 "an invalid pack is not exported" "$esprit" export "$work/nothing" --format csv -o "$work/n.csv"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "import/export commands: all checks passed"
