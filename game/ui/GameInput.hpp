// The game's own reading of input events: the player's key bindings for the
// answer numbers, check, next, back and read-aloud, the gamepad's A, B, Start
// and shoulder buttons, and the keys kept for the whole game (F11, Page Up
// and Down). Fills Context::input; ImGui gets every event too, separately.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/KeyBindings.hpp"

#include <SFML/Window/Event.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace esprit::ui {

struct Context;

// Gamepad buttons as SFML numbers them for the usual pads on Linux (Xbox
// names; a PlayStation pad's cross, circle, L1 and R1 are the same numbers).
namespace gamepad {
inline constexpr unsigned kA = 0;
inline constexpr unsigned kB = 1;
inline constexpr unsigned kX = 2;
inline constexpr unsigned kY = 3;
inline constexpr unsigned kLeftShoulder = 4;
inline constexpr unsigned kRightShoulder = 5;
inline constexpr unsigned kBack = 6;
inline constexpr unsigned kStart = 7;
}  // namespace gamepad

// Reads one event into context.input. `focus_visible` and `typing` are
// ImGui's state before the event (a focused widget takes Enter and Space;
// a text field takes every typed key).
void readGameInput(const sf::Event& event, Context& context, bool focus_visible, bool typing,
                   bool dialog_open);

// The SFML key for a canonical key name ("Enter", "F5", "R"), if there is one.
std::optional<sf::Keyboard::Key> sfmlKeyFor(std::string_view name);
// The canonical name of an SFML key, or "" for keys Esprit has no name for.
std::string keyNameFor(sf::Keyboard::Key key);
// Letters and digits are matched by the character they type, so a binding
// to "1" works on AZERTY keyboards too; other keys by their key code.
bool matchedByText(std::string_view name);

}  // namespace esprit::ui
