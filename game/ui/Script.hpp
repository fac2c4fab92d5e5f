// Scripted play for tests and screenshots: a plain-text list of inputs (keys,
// typed text, clicks and taps at fractions of the window, gamepad buttons and
// directions, waits, screenshots, a window-manager close request) parsed here
// and replayed as ordinary SFML events: frame by frame on a fixed clock
// (repeatable), or, after `clock real`, at real times into the game's
// ordinary idle loop, the way the system delivers a person's input.
// docs/scripting.md is the author's guide to the syntax.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Window/Event.hpp>
#include <SFML/Window/Joystick.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::ui {

enum class ScriptAction {
  key,
  type,
  click,
  tap,
  move,
  scroll,
  pad,
  wait,
  screenshot,
  resize,
  close,
  quit
};

// What a `pad` line does with the gamepad (joystick 0).
enum class PadInput { connect, disconnect, button, direction };

struct ScriptStep {
  ScriptAction action = ScriptAction::wait;
  int line = 0;
  sf::Keyboard::Key key = sf::Keyboard::Unknown;
  bool control = false, shift = false, alt = false;
  std::string text;                // typed text, or the screenshot's name
  float x = 0, y = 0;              // fractions of the window, 0 to 1
  float amount = 0;                // wheel steps for scroll (negative scrolls down)
  int milliseconds = 0;  // wait; for click and tap, how long the button is held (0: one frame)
  unsigned width = 0, height = 0;  // resize
  PadInput pad = PadInput::button;
  unsigned button = 0;                           // pad button: SFML's number (A is 0)
  sf::Joystick::Axis axis = sf::Joystick::PovX;  // pad direction: the axis pushed
  float position = 0;                            // and how far, -100 to 100
};

struct ScriptParseResult {
  std::vector<ScriptStep> steps;
  bool real_clock = false;          // `clock real` on the first line
  std::vector<std::string> errors;  // "file:line: what is wrong"
};

ScriptParseResult parseScript(std::string_view text, const std::string& file_name);

// The game's key names (keyNameFor in ui/GameInput: "Enter", "A", "7", "F11",
// "PageDown") in any case, and "return", "esc", "plus" and "minus".
std::optional<sf::Keyboard::Key> keyFromName(std::string_view name);

// What the game does on one frame of a script.
struct ScriptFrame {
  std::vector<sf::Event> events;
  std::optional<std::string> screenshot;  // save the frame under this name once drawn
  std::optional<sf::Vector2u> resize;     // resize the window before handling events
  bool finished = false;                  // the script has run out: quit
};

// Turns steps into frames. Every input gets frames of its own (press, then
// release) and a few settling frames after it, because ImGui 1.86 reads
// input state once per frame.
class ScriptPlayer {
 public:
  explicit ScriptPlayer(std::vector<ScriptStep> steps, bool real_clock = false);

  // ---- Fixed clock (the default) ----
  // `animating` holds a screenshot back until the screen has settled.
  ScriptFrame nextFrame(sf::Vector2u window_size, bool animating);
  // Frames of fixed length, so that scripted runs are repeatable.
  static constexpr double kFrameSeconds = 1.0 / 60.0;

  // ---- Real clock (`clock real`) ----
  bool realClock() const { return real_clock_; }
  // Everything due by `now` (seconds on the game's clock; the first call
  // starts the script): events that fell due together come together, as a
  // busy or sleeping game would find them in its event queue.
  ScriptFrame dueFrame(double now, sf::Vector2u window_size);

 private:
  // An input placed on the real-clock timeline; positions stay fractions
  // until delivered, so they follow the window's size at that moment.
  struct TimedInput {
    double at = 0;
    sf::Event event{};
    bool positioned = false;
    float x = 0, y = 0;
    std::optional<std::string> screenshot;
    std::optional<sf::Vector2u> resize;
    bool finish = false;
  };

  void expand(const ScriptStep& step, sf::Vector2u window_size);
  void schedule(const ScriptStep& step);

  std::vector<ScriptStep> steps_;
  std::size_t next_step_ = 0;
  std::deque<ScriptFrame> queued_;
  int frames_waiting_for_stillness_ = 0;
  bool real_clock_ = false;
  std::optional<double> started_at_;
  double timeline_end_ = 0;  // seconds after the start when the next input goes
  std::deque<TimedInput> timeline_;
};

}  // namespace esprit::ui
