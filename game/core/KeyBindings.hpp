// The keys a player can change: the nine answer numbers, check, next, back
// and read-aloud. Keys are stored by name ("R", "Enter", "F5"), so the core
// needs no window library; the UI turns names into its own key codes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit {

enum class KeyAction {
  answer_1,
  answer_2,
  answer_3,
  answer_4,
  answer_5,
  answer_6,
  answer_7,
  answer_8,
  answer_9,
  check,
  next,
  back,
  read_aloud,
};

inline constexpr std::size_t kKeyActionCount = 13;
inline constexpr std::size_t kAnswerKeyCount = 9;

// Every action, in the order the settings screen lists them.
const std::array<KeyAction, kKeyActionCount>& allKeyActions();
// "answer_1", "check", "read_aloud": the field names in settings.json.
std::string_view keyActionName(KeyAction action);
std::optional<KeyAction> keyActionFromName(std::string_view name);
// The answer action for option `number` (1 to 9).
KeyAction answerAction(int number);

struct KeyBindings {
  // Indexed by KeyAction; defaults: 1-9, Enter, Enter, Escape, R.
  std::array<std::string, kKeyActionCount> keys = defaultKeys();

  const std::string& key(KeyAction action) const { return keys[static_cast<std::size_t>(action)]; }
  void set(KeyAction action, std::string name) {
    keys[static_cast<std::size_t>(action)] = std::move(name);
  }
  static std::array<std::string, kKeyActionCount> defaultKeys();

  bool operator==(const KeyBindings&) const = default;
};

// The canonical spelling of a key name ("enter" → "Enter", "r" → "R",
// "pagedown" → "PageDown"), or nothing when Esprit knows no such key.
std::optional<std::string> canonicalKeyName(std::string_view name);

// Keys kept for moving the focus and for full screen (Tab, the arrows, F11):
// they cannot be given to an action.
bool reservedKey(std::string_view canonical_name);

// The action that already uses `key` and would clash with giving it to
// `action`. Check and next may share a key: they are never on screen together.
std::optional<KeyAction> clashingAction(const KeyBindings& bindings, KeyAction action,
                                        std::string_view key);

// Every pair of actions that share a key when they must not.
bool hasClashes(const KeyBindings& bindings);

}  // namespace esprit
