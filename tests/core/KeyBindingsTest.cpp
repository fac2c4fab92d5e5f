// Key names, defaults and clashes of the keys a player can change.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/KeyBindings.hpp"

#include <doctest/doctest.h>

using namespace esprit;

TEST_CASE("the default keys are the digits, Enter, Escape and R") {
  const KeyBindings keys;
  CHECK(keys.key(KeyAction::answer_1) == "1");
  CHECK(keys.key(KeyAction::answer_9) == "9");
  CHECK(keys.key(KeyAction::check) == "Enter");
  CHECK(keys.key(KeyAction::next) == "Enter");
  CHECK(keys.key(KeyAction::back) == "Escape");
  CHECK(keys.key(KeyAction::read_aloud) == "R");
  CHECK_FALSE(hasClashes(keys));
}

TEST_CASE("key names are recognised in any case and given their usual spelling") {
  CHECK(canonicalKeyName("enter") == "Enter");
  CHECK(canonicalKeyName("RETURN") == "Enter");
  CHECK(canonicalKeyName("r") == "R");
  CHECK(canonicalKeyName("7") == "7");
  CHECK(canonicalKeyName("f12") == "F12");
  CHECK(canonicalKeyName("pagedown") == "PageDown");
  CHECK_FALSE(canonicalKeyName("F16"));
  CHECK_FALSE(canonicalKeyName("Hyperspace"));
  CHECK_FALSE(canonicalKeyName(""));
}

TEST_CASE("Tab, the arrows and F11 are kept for moving the focus and full screen") {
  CHECK(reservedKey("Tab"));
  CHECK(reservedKey("Left"));
  CHECK(reservedKey("F11"));
  CHECK_FALSE(reservedKey("Enter"));
}

TEST_CASE("check and next may share a key, but an answer and read-aloud may not") {
  KeyBindings keys;
  CHECK_FALSE(clashingAction(keys, KeyAction::next, "Enter"));
  CHECK(clashingAction(keys, KeyAction::answer_1, "R") == KeyAction::read_aloud);
  CHECK(clashingAction(keys, KeyAction::read_aloud, "2") == KeyAction::answer_2);
  // Giving an action the key it already has is no clash.
  CHECK_FALSE(clashingAction(keys, KeyAction::back, "Escape"));
  keys.set(KeyAction::answer_3, "Escape");
  CHECK(hasClashes(keys));
}

TEST_CASE("every action has a settings name that leads back to it") {
  for (const KeyAction action : allKeyActions()) {
    CHECK(keyActionFromName(keyActionName(action)) == action);
  }
  CHECK_FALSE(keyActionFromName("jump"));
  CHECK(answerAction(4) == KeyAction::answer_4);
}
