// Key names, the default keys, and which keys may not share an action.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyBindings.hpp"

#include <algorithm>
#include <cctype>

namespace esprit {
namespace {

constexpr std::array<std::string_view, kKeyActionCount> kActionNames = {
    "answer_1", "answer_2", "answer_3", "answer_4", "answer_5", "answer_6",   "answer_7",
    "answer_8", "answer_9", "check",    "next",     "back",     "read_aloud",
};

// Named keys besides letters, digits and F1-F15, in their canonical spelling.
constexpr std::string_view kNamedKeys[] = {
    "Enter",    "Escape",   "Space",   "Backspace", "Delete",  "Insert",  "Home",    "End",
    "PageUp",   "PageDown", "Tab",     "Up",        "Down",    "Left",    "Right",   "Add",
    "Subtract", "Multiply", "Divide",  "Numpad0",   "Numpad1", "Numpad2", "Numpad3", "Numpad4",
    "Numpad5",  "Numpad6",  "Numpad7", "Numpad8",   "Numpad9", "Comma",   "Period",  "Semicolon",
    "Slash",    "Equal",    "Hyphen",  "Pause",
};

std::string lowercase(std::string_view text) {
  std::string result(text);
  for (auto& each : result)
    each = static_cast<char>(std::tolower(static_cast<unsigned char>(each)));
  return result;
}

bool mayShare(KeyAction first, KeyAction second) {
  auto isCheckOrNext = [](KeyAction action) {
    return action == KeyAction::check || action == KeyAction::next;
  };
  return isCheckOrNext(first) && isCheckOrNext(second);
}

}  // namespace

const std::array<KeyAction, kKeyActionCount>& allKeyActions() {
  static const std::array<KeyAction, kKeyActionCount> actions = [] {
    std::array<KeyAction, kKeyActionCount> all{};
    for (std::size_t index = 0; index < kKeyActionCount; ++index)
      all[index] = static_cast<KeyAction>(index);
    return all;
  }();
  return actions;
}

std::string_view keyActionName(KeyAction action) {
  return kActionNames[static_cast<std::size_t>(action)];
}

std::optional<KeyAction> keyActionFromName(std::string_view name) {
  for (std::size_t index = 0; index < kKeyActionCount; ++index) {
    if (kActionNames[index] == name) return static_cast<KeyAction>(index);
  }
  return std::nullopt;
}

KeyAction answerAction(int number) {
  return static_cast<KeyAction>(std::clamp(number, 1, static_cast<int>(kAnswerKeyCount)) - 1);
}

std::array<std::string, kKeyActionCount> KeyBindings::defaultKeys() {
  return {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Enter", "Enter", "Escape", "R"};
}

std::optional<std::string> canonicalKeyName(std::string_view name) {
  const std::string lower = lowercase(name);
  if (lower.size() == 1 && std::isalpha(static_cast<unsigned char>(lower[0])))
    return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(lower[0]))));
  if (lower.size() == 1 && std::isdigit(static_cast<unsigned char>(lower[0]))) return lower;
  if (lower.size() >= 2 && lower.size() <= 3 && lower[0] == 'f' &&
      std::all_of(lower.begin() + 1, lower.end(),
                  [](unsigned char each) { return std::isdigit(each); })) {
    const int number = std::stoi(lower.substr(1));
    if (number >= 1 && number <= 15) return "F" + std::to_string(number);
    return std::nullopt;
  }
  for (const auto named : kNamedKeys) {
    if (lowercase(named) == lower) return std::string(named);
  }
  if (lower == "return") return std::string("Enter");
  if (lower == "esc") return std::string("Escape");
  return std::nullopt;
}

bool reservedKey(std::string_view canonical_name) {
  return canonical_name == "Tab" || canonical_name == "Up" || canonical_name == "Down" ||
         canonical_name == "Left" || canonical_name == "Right" || canonical_name == "F11";
}

std::optional<KeyAction> clashingAction(const KeyBindings& bindings, KeyAction action,
                                        std::string_view key) {
  for (const KeyAction other : allKeyActions()) {
    if (other == action || mayShare(action, other)) continue;
    if (bindings.key(other) == key) return other;
  }
  return std::nullopt;
}

bool hasClashes(const KeyBindings& bindings) {
  for (const KeyAction action : allKeyActions()) {
    if (clashingAction(bindings, action, bindings.key(action))) return true;
  }
  return false;
}

}  // namespace esprit
