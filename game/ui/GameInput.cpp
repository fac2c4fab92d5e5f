// Key bindings and gamepad buttons turned into the game's frame input.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GameInput.hpp"

#include "ui/Context.hpp"

#include <cctype>
#include <utility>

namespace esprit::ui {
namespace {

// Named keys and their SFML codes (letters, digits and F-keys are computed).
const std::pair<std::string_view, sf::Keyboard::Key> kNamedKeys[] = {
    {"Enter", sf::Keyboard::Enter},       {"Escape", sf::Keyboard::Escape},
    {"Space", sf::Keyboard::Space},       {"Backspace", sf::Keyboard::Backspace},
    {"Delete", sf::Keyboard::Delete},     {"Insert", sf::Keyboard::Insert},
    {"Home", sf::Keyboard::Home},         {"End", sf::Keyboard::End},
    {"PageUp", sf::Keyboard::PageUp},     {"PageDown", sf::Keyboard::PageDown},
    {"Tab", sf::Keyboard::Tab},           {"Up", sf::Keyboard::Up},
    {"Down", sf::Keyboard::Down},         {"Left", sf::Keyboard::Left},
    {"Right", sf::Keyboard::Right},       {"Add", sf::Keyboard::Add},
    {"Subtract", sf::Keyboard::Subtract}, {"Multiply", sf::Keyboard::Multiply},
    {"Divide", sf::Keyboard::Divide},     {"Comma", sf::Keyboard::Comma},
    {"Period", sf::Keyboard::Period},     {"Semicolon", sf::Keyboard::Semicolon},
    {"Slash", sf::Keyboard::Slash},       {"Equal", sf::Keyboard::Equal},
    {"Hyphen", sf::Keyboard::Hyphen},     {"Pause", sf::Keyboard::Pause},
};

// Enter and Space press the focused widget when the focus shows; then they
// are the widget's, not the game's.
bool belongsToFocusedWidget(std::string_view name) { return name == "Enter" || name == "Space"; }

void act(KeyAction action, FrameInput& input) {
  switch (action) {
    case KeyAction::check:
      input.check = true;
      break;
    case KeyAction::next:
      input.next = true;
      break;
    case KeyAction::back:
      input.back = true;
      break;
    case KeyAction::read_aloud:
      input.read_aloud = true;
      break;
    default:
      input.digits.push_back(static_cast<int>(action) - static_cast<int>(KeyAction::answer_1) + 1);
      break;
  }
}

}  // namespace

std::optional<sf::Keyboard::Key> sfmlKeyFor(std::string_view name) {
  if (name.size() == 1 && name[0] >= 'A' && name[0] <= 'Z')
    return static_cast<sf::Keyboard::Key>(sf::Keyboard::A + (name[0] - 'A'));
  if (name.size() == 1 && name[0] >= '0' && name[0] <= '9')
    return static_cast<sf::Keyboard::Key>(sf::Keyboard::Num0 + (name[0] - '0'));
  if (name.size() >= 2 && name[0] == 'F' && std::isdigit(static_cast<unsigned char>(name[1]))) {
    const int number = std::stoi(std::string(name.substr(1)));
    if (number >= 1 && number <= 15)
      return static_cast<sf::Keyboard::Key>(sf::Keyboard::F1 + (number - 1));
  }
  if (name.starts_with("Numpad") && name.size() == 7)
    return static_cast<sf::Keyboard::Key>(sf::Keyboard::Numpad0 + (name[6] - '0'));
  for (const auto& [named, key] : kNamedKeys)
    if (named == name) return key;
  return std::nullopt;
}

std::string keyNameFor(sf::Keyboard::Key key) {
  if (key >= sf::Keyboard::A && key <= sf::Keyboard::Z)
    return std::string(1, static_cast<char>('A' + (key - sf::Keyboard::A)));
  if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9)
    return std::string(1, static_cast<char>('0' + (key - sf::Keyboard::Num0)));
  if (key >= sf::Keyboard::F1 && key <= sf::Keyboard::F15)
    return "F" + std::to_string(key - sf::Keyboard::F1 + 1);
  if (key >= sf::Keyboard::Numpad0 && key <= sf::Keyboard::Numpad9)
    return "Numpad" + std::to_string(key - sf::Keyboard::Numpad0);
  for (const auto& [named, code] : kNamedKeys)
    if (code == key) return std::string(named);
  return {};
}

bool matchedByText(std::string_view name) {
  return name.size() == 1 && std::isalnum(static_cast<unsigned char>(name[0]));
}

void readGameInput(const sf::Event& event, Context& context, bool focus_visible, bool typing,
                   bool dialog_open) {
  FrameInput& input = context.input;
  const KeyBindings& keys = context.settings.keys;
  switch (event.type) {
    case sf::Event::KeyPressed: {
      const auto code = event.key.code;
      if (context.capturing_key) {
        // A letter or digit is named by the text it types, which may come
        // next in the same frame and then takes its place.
        const std::string name = keyNameFor(code);
        if (!name.empty()) input.captured_key = name;
        return;
      }
      // While a dialog is open its own buttons answer Enter and Escape, so
      // the keys do not also act on the screen behind it.
      if (dialog_open) {
        input.dialog_confirm |= code == sf::Keyboard::Enter && !focus_visible;
        input.dialog_back |=
            code == sf::Keyboard::Escape || sfmlKeyFor(keys.key(KeyAction::back)) == code;
        return;
      }
      if (code == sf::Keyboard::F11) {
        context.settings.fullscreen = !context.settings.fullscreen;
        context.saveSettings();
        return;
      }
      if (code == sf::Keyboard::PageDown || code == sf::Keyboard::PageUp) {
        input.pages += code == sf::Keyboard::PageDown ? 1 : -1;
        return;
      }
      if (typing) return;
      if (code == sf::Keyboard::Enter && !focus_visible) input.confirm = true;
      for (const KeyAction action : allKeyActions()) {
        const std::string& name = keys.key(action);
        if (matchedByText(name) || sfmlKeyFor(name) != code) continue;
        if (belongsToFocusedWidget(name) && focus_visible) continue;
        act(action, input);
      }
      return;
    }
    case sf::Event::TextEntered: {
      const auto character = event.text.unicode;
      if (character >= 128 || !std::isalnum(static_cast<int>(character))) return;
      const std::string name(1, static_cast<char>(std::toupper(static_cast<int>(character))));
      if (context.capturing_key) {
        input.captured_key = name;
        return;
      }
      if (typing || dialog_open) return;
      for (const KeyAction action : allKeyActions()) {
        if (keys.key(action) == name) act(action, input);
      }
      return;
    }
    case sf::Event::JoystickButtonPressed: {
      const unsigned button = event.joystickButton.button;
      if (dialog_open) {
        input.dialog_confirm |=
            (button == gamepad::kA && !focus_visible) || button == gamepad::kStart;
        input.dialog_back |= button == gamepad::kB;
        return;
      }
      // A confirms like Enter while no widget shows focus (then A presses
      // that widget, through ImGui); Start always confirms.
      if ((button == gamepad::kA && !focus_visible) || button == gamepad::kStart) {
        input.confirm = input.check = input.next = true;
      } else if (button == gamepad::kB) {
        input.back = true;
      } else if (button == gamepad::kLeftShoulder) {
        --input.confidence_steps;
      } else if (button == gamepad::kRightShoulder) {
        ++input.confidence_steps;
      } else if (button == gamepad::kY) {
        input.read_aloud = true;
      }
      return;
    }
    default:
      return;
  }
}

}  // namespace esprit::ui
