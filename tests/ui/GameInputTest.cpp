// The game's own input: key bindings (default, remapped, matched as typed),
// Enter left to a focused widget, gamepad buttons, dialogs, and choosing a
// new key in the settings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GameInput.hpp"

#include "ui/Context.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::ui;

namespace {

sf::Event keyPressed(sf::Keyboard::Key key) {
  sf::Event event{};
  event.type = sf::Event::KeyPressed;
  event.key.code = key;
  return event;
}

sf::Event typed(char32_t character) {
  sf::Event event{};
  event.type = sf::Event::TextEntered;
  event.text.unicode = static_cast<sf::Uint32>(character);
  return event;
}

sf::Event padButton(unsigned button) {
  sf::Event event{};
  event.type = sf::Event::JoystickButtonPressed;
  event.joystickButton = {0, button};
  return event;
}

// Reads events with no widget focused, no text field and no dialog.
void read(Context& context, std::initializer_list<sf::Event> events, bool focus_visible = false,
          bool typing = false, bool dialog = false) {
  for (const auto& event : events) readGameInput(event, context, focus_visible, typing, dialog);
}

}  // namespace

TEST_CASE("with the default keys, typed digits pick answers and Enter checks and goes on") {
  Context context;
  read(context, {keyPressed(sf::Keyboard::Num2), typed(U'2'), keyPressed(sf::Keyboard::Enter)});
  CHECK(context.input.digits == std::vector<int>{2});
  CHECK(context.input.confirm);
  CHECK(context.input.check);
  CHECK(context.input.next);
  CHECK_FALSE(context.input.back);
}

TEST_CASE("Enter belongs to the focused widget while the focus shows") {
  Context context;
  read(context, {keyPressed(sf::Keyboard::Enter)}, true);
  CHECK_FALSE(context.input.confirm);
  CHECK_FALSE(context.input.check);
}

TEST_CASE("remapped keys replace the defaults, letters matched by what they type") {
  Context context;
  context.settings.keys.set(KeyAction::answer_1, "A");
  context.settings.keys.set(KeyAction::check, "C");
  context.settings.keys.set(KeyAction::back, "F4");
  context.settings.keys.set(KeyAction::read_aloud, "Space");
  read(context, {typed(U'1'), typed(U'a'), keyPressed(sf::Keyboard::Enter)});
  CHECK(context.input.digits == std::vector<int>{1});
  CHECK(context.input.confirm);  // Enter still presses Play and other main buttons
  CHECK_FALSE(context.input.check);
  read(context, {typed(U'C'), keyPressed(sf::Keyboard::F4), keyPressed(sf::Keyboard::Escape)});
  CHECK(context.input.check);
  CHECK(context.input.back);
  context.input = {};
  read(context, {keyPressed(sf::Keyboard::Escape), keyPressed(sf::Keyboard::Space)});
  CHECK_FALSE(context.input.back);
  CHECK(context.input.read_aloud);
}

TEST_CASE("R reads aloud by default, and nothing acts while a text field has the keyboard") {
  Context context;
  read(context, {typed(U'r')});
  CHECK(context.input.read_aloud);
  context.input = {};
  read(context, {typed(U'r'), typed(U'3'), keyPressed(sf::Keyboard::Enter)}, false, true);
  CHECK_FALSE(context.input.read_aloud);
  CHECK(context.input.digits.empty());
  CHECK_FALSE(context.input.confirm);
}

TEST_CASE("the gamepad's A confirms, B goes back and the shoulders step the confidence") {
  Context context;
  read(context, {padButton(gamepad::kA), padButton(gamepad::kB), padButton(gamepad::kRightShoulder),
                 padButton(gamepad::kRightShoulder), padButton(gamepad::kLeftShoulder)});
  CHECK(context.input.confirm);
  CHECK(context.input.check);
  CHECK(context.input.next);
  CHECK(context.input.back);
  CHECK(context.input.confidence_steps == 1);
}

TEST_CASE("A presses the focused widget instead of confirming while the focus shows") {
  Context context;
  read(context, {padButton(gamepad::kA)}, true);
  CHECK_FALSE(context.input.confirm);
  read(context, {padButton(gamepad::kStart)}, true);
  CHECK(context.input.confirm);
}

TEST_CASE("in a dialog, keys and buttons answer the dialog only") {
  Context context;
  read(context, {keyPressed(sf::Keyboard::Enter), padButton(gamepad::kB), typed(U'1')}, false,
       false, true);
  CHECK(context.input.dialog_confirm);
  CHECK(context.input.dialog_back);
  CHECK_FALSE(context.input.confirm);
  CHECK_FALSE(context.input.back);
  CHECK(context.input.digits.empty());
}

TEST_CASE("while a new key is chosen, the key pressed is named and does nothing else") {
  Context context;
  context.capturing_key = true;
  read(context, {keyPressed(sf::Keyboard::F5)});
  CHECK(context.input.captured_key == "F5");
  context.input = {};
  // A digit is named by what it types, which arrives just after the key.
  read(context, {keyPressed(sf::Keyboard::Num7), typed(U'7'), keyPressed(sf::Keyboard::Enter)});
  CHECK(context.input.captured_key == "Enter");
  CHECK(context.input.digits.empty());
  CHECK_FALSE(context.input.confirm);
  context.input = {};
  read(context, {keyPressed(sf::Keyboard::Q), typed(U'q')});
  CHECK(context.input.captured_key == "Q");
}

TEST_CASE("every key name Esprit knows has an SFML key that leads back to the same name") {
  for (const char* name : {"Enter", "Escape", "Space", "PageDown", "F5", "F12", "R", "7", "Numpad3",
                           "Add", "Comma", "Home"}) {
    INFO(name);
    const auto key = sfmlKeyFor(name);
    REQUIRE(key.has_value());
    CHECK(keyNameFor(*key) == name);
    CHECK(canonicalKeyName(name) == std::string(name));
  }
  CHECK_FALSE(sfmlKeyFor("Hyperspace"));
}
