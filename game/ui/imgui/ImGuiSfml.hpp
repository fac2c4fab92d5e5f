// dear imgui: platform layer for SFML 2.5 windows, written for Esprit.
// Turns SFML events into ImGui input and applies ImGui's cursor and clipboard
// requests to the window. Drawing is left to imgui_impl_opengl3 (the renderer
// backend), called between RenderWindow::pushGLStates() and popGLStates().
//
// Implemented features:
//  [X] Keyboard: io.KeysDown[] indexed by sf::Keyboard::Key, io.KeyMap[] filled.
//  [X] Keyboard navigation: sets ImGuiConfigFlags_NavEnableKeyboard (arrows, tab, space, escape),
//      and Enter activates the focused widget like Space (1.86 alone maps Enter to text input
//      only).
//  [X] Tab / Shift+Tab move the focus to the next / previous widget like Down / Up (1.86's own Tab
//      reaches text fields only); inside a text field Tab is left to ImGui. The first Tab or arrow
//      while the focus is hidden only shows it, so nothing is skipped.
//  [X] Text input: from sf::Event::TextEntered (never from KeyPressed), any Unicode character.
//  [X] Mouse: position, five buttons, vertical and horizontal wheel.
//  [X] Touch: the first finger acts as the left mouse button, so a tap is a click; once the finger
//      lifts, nothing stays highlighted as if a mouse were still over it.
//  [X] Short taps and clicks: ImGui 1.86 reads the buttons once per frame and keeps no queue, so a
//      press and a release that reach the same frame (a quick tap while the game sleeps between
//      idle frames) would never be seen. A button change that comes after another change of the
//      same button in one frame is held back, in order, to the next frame: every tap counts,
//      however short (tests/ui/scripts/kiosk-short-taps.txt times them at 10, 30 and 60 ms).
//  [X] Focus: losing the window's focus releases every key and button.
//  [X] Mouse cursor shapes: the ones ImGui asks for, through sf::Cursor (hidden on request).
//  [X] Clipboard: through sf::Clipboard, in UTF-8.
//  [X] Gamepad: from SFML's joystick events (any of the 8 joysticks, merged). D-pad (PovX/PovY) and
//      left stick (X/Y) move the focus, A (button 0) activates, B (button 1) cancels. Sets
//      ImGuiConfigFlags_NavEnableGamepad, and ImGuiBackendFlags_HasGamepad while a pad is plugged
//      in; plugging in and out while running is followed through JoystickConnected/Disconnected.
//      Like the arrows, the first move while the focus is hidden only shows it, and A activates
//      only while the focus shows (the game takes A as "confirm" otherwise, like Enter). The
//      shoulder buttons and Start are left to the game. Axes read as SFML reports them on Linux:
//      stick Y positive downwards, PovY positive upwards.
//  [ ] Setting the mouse position (ImGuiConfigFlags_NavEnableSetMousePos): not supported.
//  [ ] Several viewports: ImGui 1.86 in Debian has no docking/viewports branch.
//
// Input is read only from the events given to ProcessEvent, never from the
// live keyboard, mouse or joysticks, so replayed (scripted) events behave
// exactly like real ones. SFML checks joysticks inside pollEvent, which the
// game calls anyway: the gamepad adds no polling of its own to the idle loop.
//
// Use: Init(window) after ImGui::CreateContext(); per frame ProcessEvent(event) for
// each event, NewFrame(window, seconds) before ImGui::NewFrame(); Shutdown() before
// ImGui::DestroyContext().
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

namespace esprit::ui::imgui_sfml {

// Sets up io (key map, backend flags, clipboard) for `window`, which must
// outlive the layer or be handed again to Init after it is recreated.
bool Init(sf::RenderWindow& window);
// Feeds one event to ImGui. Returns true when ImGui uses it (a widget has
// the mouse or the keyboard), so the game can leave it alone.
bool ProcessEvent(const sf::Event& event);
// Display size, time step, the held gamepad inputs and the cursor shape
// ImGui asked for last frame.
void NewFrame(sf::RenderWindow& window, float delta_seconds);
// True while a gamepad direction or button is held: ImGui repeats moves
// only on frames it is given, so the game keeps drawing until it is let go.
bool GamepadHeld();
void Shutdown();

// Frames ImGui needs after an input before hover, focus and layout have
// settled: the game draws them after every input, and scripts leave them
// between one input and the next.
inline constexpr int kFramesToSettle = 3;

}  // namespace esprit::ui::imgui_sfml
