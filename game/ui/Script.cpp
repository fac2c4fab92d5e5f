// Parsing input scripts and replaying them as SFML events.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Script.hpp"

#include "ui/GameInput.hpp"
#include "ui/imgui/ImGuiSfml.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

namespace esprit::ui {
namespace {

// A screenshot never waits longer than this for animations to stop.
constexpr int kMaximumStillnessWait = 600;
// On the real clock, a script keeps a person's pace: how long they hold a
// key and a button, type a character, and wait after each input.
struct Pace {
  double key_seconds = 0.08;
  double click_seconds = 0.08;
  double typing_seconds = 0.05;
  double settle_seconds = 0.15;
};
constexpr Pace kRealPace;

std::string lowercase(std::string_view text) {
  std::string result(text);
  for (auto& each : result)
    each = static_cast<char>(std::tolower(static_cast<unsigned char>(each)));
  return result;
}

std::vector<std::string> splitWords(std::string_view line) {
  std::vector<std::string> words;
  std::istringstream stream{std::string(line)};
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

bool readNumber(const std::string& word, float& value) {
  const char* end = word.data() + word.size();
  auto [stop, error] = std::from_chars(word.data(), end, value);
  return error == std::errc() && stop == end && std::isfinite(value);
}

// "500ms", "2s", "1.5s" as whole milliseconds; nullopt when unreadable.
std::optional<int> readDuration(const std::string& word) {
  std::string amount = lowercase(word);
  float unit = 1;
  if (amount.size() > 2 && amount.ends_with("ms")) {
    amount.resize(amount.size() - 2);
  } else if (amount.size() > 1 && amount.ends_with("s")) {
    amount.resize(amount.size() - 1);
    unit = 1000;
  }
  float value = 0;
  if (!readNumber(amount, value) || value < 0 || value * unit > 3'600'000) return std::nullopt;
  return static_cast<int>(std::lround(value * unit));
}

bool validScreenshotName(const std::string& name) {
  return !name.empty() && name.size() <= 100 &&
         std::all_of(name.begin(), name.end(), [](unsigned char each) {
           return std::isalnum(each) || each == '-' || each == '_';
         });
}

// The character a key types, for keys that type one (so "key 1" also
// produces the text event a real keyboard would).
std::optional<char32_t> typedCharacter(sf::Keyboard::Key key, bool shift) {
  if (key >= sf::Keyboard::A && key <= sf::Keyboard::Z) {
    return static_cast<char32_t>((shift ? 'A' : 'a') + (key - sf::Keyboard::A));
  }
  if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9)
    return U'0' + (key - sf::Keyboard::Num0);
  if (key >= sf::Keyboard::Numpad0 && key <= sf::Keyboard::Numpad9) {
    return U'0' + (key - sf::Keyboard::Numpad0);
  }
  if (key == sf::Keyboard::Space) return U' ';
  return std::nullopt;
}

sf::Event keyEvent(sf::Event::EventType type, const ScriptStep& step) {
  sf::Event event{};
  event.type = type;
  event.key.code = step.key;
  event.key.control = step.control;
  event.key.shift = step.shift;
  event.key.alt = step.alt;
  event.key.system = false;
  return event;
}

sf::Event textEvent(char32_t character) {
  sf::Event event{};
  event.type = sf::Event::TextEntered;
  event.text.unicode = static_cast<sf::Uint32>(character);
  return event;
}

// Gamepad buttons by their Xbox names, as SFML numbers them on Linux.
std::optional<unsigned> padButtonFromName(std::string_view name) {
  static const std::map<std::string, unsigned, std::less<>> kButtons = {
      {"a", 0}, {"b", 1}, {"x", 2}, {"y", 3}, {"lb", 4}, {"rb", 5}, {"back", 6}, {"start", 7},
  };
  if (auto found = kButtons.find(lowercase(name)); found != kButtons.end()) return found->second;
  return std::nullopt;
}

// A direction on the D-pad (PovX, PovY) or on the left stick (X, Y), pushed
// all the way; as SFML reports them on Linux, down and right are positive.
bool padDirection(std::string_view name, bool stick, ScriptStep& step) {
  const std::string direction = lowercase(name);
  const bool horizontal = direction == "left" || direction == "right";
  if (!horizontal && direction != "up" && direction != "down") return false;
  if (stick)
    step.axis = horizontal ? sf::Joystick::X : sf::Joystick::Y;
  else
    step.axis = horizontal ? sf::Joystick::PovX : sf::Joystick::PovY;
  step.position = direction == "left" || direction == "up" ? -100.f : 100.f;
  return true;
}

sf::Event joystickButtonEvent(sf::Event::EventType type, unsigned button) {
  sf::Event event{};
  event.type = type;
  event.joystickButton = {0, button};
  return event;
}

sf::Event joystickMoveEvent(sf::Joystick::Axis axis, float position) {
  sf::Event event{};
  event.type = sf::Event::JoystickMoved;
  event.joystickMove = {0, axis, position};
  return event;
}

}  // namespace

std::optional<sf::Keyboard::Key> keyFromName(std::string_view name) {
  // Besides the game's own key names in any case, a script may use the
  // words people say for a few keys.
  static const std::map<std::string, sf::Keyboard::Key, std::less<>> kSpokenNames = {
      {"return", sf::Keyboard::Enter},
      {"esc", sf::Keyboard::Escape},
      {"plus", sf::Keyboard::Add},
      {"minus", sf::Keyboard::Subtract},
  };
  const std::string wanted = lowercase(name);
  if (auto found = kSpokenNames.find(wanted); found != kSpokenNames.end()) return found->second;
  for (int code = 0; code < sf::Keyboard::KeyCount && !wanted.empty(); ++code) {
    const auto key = static_cast<sf::Keyboard::Key>(code);
    if (lowercase(keyNameFor(key)) == wanted) return key;
  }
  return std::nullopt;
}

ScriptParseResult parseScript(std::string_view text, const std::string& file_name) {
  ScriptParseResult result;
  int line_number = 0;
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    auto words = splitWords(line);
    const std::string command = lowercase(words[0]);
    auto fail = [&](const std::string& message) {
      result.errors.push_back(file_name + ":" + std::to_string(line_number) + ": " + message);
    };
    ScriptStep step;
    step.line = line_number;

    if (command == "key" || command == "press") {
      if (words.size() != 2) {
        fail("write one key, such as: key Enter  or  key Shift+Tab");
        continue;
      }
      step.action = ScriptAction::key;
      std::string rest = words[1];
      // Modifiers come first, joined by '+': Ctrl+Shift+Tab.
      for (auto plus = rest.find('+'); plus != std::string::npos && plus + 1 < rest.size();
           plus = rest.find('+')) {
        const std::string modifier = lowercase(rest.substr(0, plus));
        if (modifier == "ctrl" || modifier == "control")
          step.control = true;
        else if (modifier == "shift")
          step.shift = true;
        else if (modifier == "alt")
          step.alt = true;
        else
          break;
        rest = rest.substr(plus + 1);
      }
      auto key = keyFromName(rest);
      if (!key) {
        fail("unknown key '" + rest + "' (see docs/scripting.md for the key names)");
        continue;
      }
      step.key = *key;
    } else if (command == "type") {
      step.action = ScriptAction::type;
      const auto start = line.find_first_not_of(" \t", first + words[0].size());
      step.text = start == std::string::npos ? "" : line.substr(start);
      if (step.text.empty()) {
        fail("write the text to type after 'type'");
        continue;
      }
    } else if (command == "click" || command == "tap" || command == "move") {
      step.action = command == "click" ? ScriptAction::click
                    : command == "tap" ? ScriptAction::tap
                                       : ScriptAction::move;
      const bool may_hold = command != "move";
      if ((words.size() != 3 && !(may_hold && words.size() == 4)) ||
          !readNumber(words[1], step.x) || !readNumber(words[2], step.y) || step.x < 0 ||
          step.x > 1 || step.y < 0 || step.y > 1) {
        fail("write two fractions of the window from 0 to 1, such as: " + command + " 0.5 0.8" +
             (may_hold ? "  (a hold time may follow: " + command + " 0.5 0.8 60ms)" : ""));
        continue;
      }
      if (words.size() == 4) {
        const auto held = readDuration(words[3]);
        if (!held || *held > 60'000) {
          fail("write how long to hold, such as: " + command + " 0.5 0.8 60ms  (at most 60s)");
          continue;
        }
        step.milliseconds = *held;
      }
    } else if (command == "scroll") {
      step.action = ScriptAction::scroll;
      if (words.size() != 4 || !readNumber(words[1], step.x) || !readNumber(words[2], step.y) ||
          !readNumber(words[3], step.amount) || step.x < 0 || step.x > 1 || step.y < 0 ||
          step.y > 1) {
        fail("write where and how far, such as: scroll 0.5 0.5 -3  (negative scrolls down)");
        continue;
      }
    } else if (command == "pad") {
      step.action = ScriptAction::pad;
      const std::string what = words.size() >= 2 ? lowercase(words[1]) : "";
      bool understood = false;
      if (words.size() == 2 && (what == "connect" || what == "disconnect")) {
        step.pad = what == "connect" ? PadInput::connect : PadInput::disconnect;
        understood = true;
      } else if (words.size() == 2 && padButtonFromName(what)) {
        step.pad = PadInput::button;
        step.button = *padButtonFromName(what);
        understood = true;
      } else if (words.size() == 2 && padDirection(what, false, step)) {
        step.pad = PadInput::direction;
        understood = true;
      } else if (words.size() == 3 && what == "stick" && padDirection(words[2], true, step)) {
        step.pad = PadInput::direction;
        understood = true;
      }
      if (!understood) {
        fail(
            "write a gamepad input, such as: pad A  or  pad down  or  pad stick left  or  pad "
            "connect (buttons A, B, X, Y, LB, RB, Back, Start)");
        continue;
      }
    } else if (command == "wait") {
      step.action = ScriptAction::wait;
      const auto duration = words.size() == 2 ? readDuration(words[1]) : std::nullopt;
      if (!duration || *duration > 600'000) {
        fail("write how long, such as: wait 500ms  or  wait 2s  (at most 10 minutes)");
        continue;
      }
      step.milliseconds = *duration;
    } else if (command == "screenshot") {
      step.action = ScriptAction::screenshot;
      if (words.size() != 2 || !validScreenshotName(words[1])) {
        fail("write a name of letters, digits, '-' and '_', such as: screenshot title");
        continue;
      }
      step.text = words[1];
    } else if (command == "resize") {
      step.action = ScriptAction::resize;
      float width = 0, height = 0;
      if (words.size() != 3 || !readNumber(words[1], width) || !readNumber(words[2], height) ||
          width < 320 || height < 240 || width > 7680 || height > 4320) {
        fail("write a window size in pixels, such as: resize 1920 1080");
        continue;
      }
      step.width = static_cast<unsigned>(width);
      step.height = static_cast<unsigned>(height);
    } else if (command == "close") {
      step.action = ScriptAction::close;
    } else if (command == "quit") {
      step.action = ScriptAction::quit;
    } else if (command == "clock") {
      if (words.size() != 2 || (lowercase(words[1]) != "real" && lowercase(words[1]) != "fixed")) {
        fail("write: clock real  (or clock fixed, the default)");
      } else if (!result.steps.empty()) {
        fail("'clock' must come before every other command");
      } else {
        result.real_clock = lowercase(words[1]) == "real";
      }
      continue;
    } else {
      fail("unknown command '" + words[0] +
           "' (key, type, click, tap, move, scroll, pad, wait, screenshot, resize, close, quit, "
           "clock)");
      continue;
    }
    result.steps.push_back(std::move(step));
  }
  return result;
}

ScriptPlayer::ScriptPlayer(std::vector<ScriptStep> steps, bool real_clock)
    : steps_(std::move(steps)), real_clock_(real_clock) {}

void ScriptPlayer::expand(const ScriptStep& step, sf::Vector2u window_size) {
  auto settle = [this] {
    for (int frame = 0; frame < imgui_sfml::kFramesToSettle; ++frame) queued_.emplace_back();
  };
  // Frames with the button still down, for a hold longer than one frame.
  auto holdFrames = [this](const ScriptStep& held) {
    const int frames = static_cast<int>(std::ceil(held.milliseconds / 1000.0 / kFrameSeconds)) - 1;
    for (int frame = 0; frame < frames; ++frame) queued_.emplace_back();
  };
  auto queueEvent = [this](const sf::Event& event) {
    ScriptFrame frame;
    frame.events.push_back(event);
    queued_.push_back(std::move(frame));
  };
  const int x = static_cast<int>(std::lround(step.x * static_cast<float>(window_size.x)));
  const int y = static_cast<int>(std::lround(step.y * static_cast<float>(window_size.y)));
  switch (step.action) {
    case ScriptAction::key: {
      ScriptFrame press;
      press.events.push_back(keyEvent(sf::Event::KeyPressed, step));
      if (!step.control && !step.alt) {
        if (auto character = typedCharacter(step.key, step.shift))
          press.events.push_back(textEvent(*character));
      }
      queued_.push_back(std::move(press));
      queueEvent(keyEvent(sf::Event::KeyReleased, step));
      settle();
      break;
    }
    case ScriptAction::type: {
      const sf::String text = sf::String::fromUtf8(step.text.begin(), step.text.end());
      for (const auto character : text) queueEvent(textEvent(character));
      settle();
      break;
    }
    case ScriptAction::move:
    case ScriptAction::click:
    case ScriptAction::scroll: {
      sf::Event move{};
      move.type = sf::Event::MouseMoved;
      move.mouseMove = {x, y};
      queueEvent(move);
      if (step.action == ScriptAction::click) {
        for (auto type : {sf::Event::MouseButtonPressed, sf::Event::MouseButtonReleased}) {
          if (type == sf::Event::MouseButtonReleased) holdFrames(step);
          sf::Event button{};
          button.type = type;
          button.mouseButton = {sf::Mouse::Left, x, y};
          queueEvent(button);
        }
      } else if (step.action == ScriptAction::scroll) {
        sf::Event wheel{};
        wheel.type = sf::Event::MouseWheelScrolled;
        wheel.mouseWheelScroll = {sf::Mouse::VerticalWheel, step.amount, x, y};
        queueEvent(wheel);
      }
      settle();
      break;
    }
    case ScriptAction::tap: {
      for (auto type : {sf::Event::TouchBegan, sf::Event::TouchEnded}) {
        if (type == sf::Event::TouchEnded) holdFrames(step);
        sf::Event touch{};
        touch.type = type;
        touch.touch = {0, x, y};
        queueEvent(touch);
      }
      settle();
      break;
    }
    case ScriptAction::pad: {
      // Like a key: pushed on one frame, let go on the next, then settling frames.
      ScriptFrame press, release;
      switch (step.pad) {
        case PadInput::connect:
        case PadInput::disconnect: {
          sf::Event event{};
          event.type = step.pad == PadInput::connect ? sf::Event::JoystickConnected
                                                     : sf::Event::JoystickDisconnected;
          event.joystickConnect = {0};
          press.events.push_back(event);
          break;
        }
        case PadInput::button:
          press.events.push_back(
              joystickButtonEvent(sf::Event::JoystickButtonPressed, step.button));
          release.events.push_back(
              joystickButtonEvent(sf::Event::JoystickButtonReleased, step.button));
          break;
        case PadInput::direction:
          press.events.push_back(joystickMoveEvent(step.axis, step.position));
          release.events.push_back(joystickMoveEvent(step.axis, 0.f));
          break;
      }
      queued_.push_back(std::move(press));
      queued_.push_back(std::move(release));
      settle();
      break;
    }
    case ScriptAction::wait: {
      const int frames = static_cast<int>(std::ceil(step.milliseconds / 1000.0 / kFrameSeconds));
      for (int frame = 0; frame < frames; ++frame) queued_.emplace_back();
      break;
    }
    case ScriptAction::screenshot: {
      ScriptFrame frame;
      frame.screenshot = step.text;
      queued_.push_back(std::move(frame));
      break;
    }
    case ScriptAction::resize: {
      ScriptFrame frame;
      frame.resize = sf::Vector2u(step.width, step.height);
      queued_.push_back(std::move(frame));
      settle();
      break;
    }
    case ScriptAction::close: {
      sf::Event closed{};
      closed.type = sf::Event::Closed;
      queueEvent(closed);
      settle();
      break;
    }
    case ScriptAction::quit: {
      ScriptFrame frame;
      frame.finished = true;
      queued_.push_back(std::move(frame));
      break;
    }
  }
}

void ScriptPlayer::schedule(const ScriptStep& step) {
  auto at = [this](double delay) { return timeline_end_ + delay; };
  auto input = [&](double delay, sf::Event::EventType type, bool positioned) {
    TimedInput timed;
    timed.at = at(delay);
    timed.event.type = type;
    timed.positioned = positioned;
    timed.x = step.x;
    timed.y = step.y;
    return timed;
  };
  switch (step.action) {
    case ScriptAction::key: {
      auto press = input(0, sf::Event::KeyPressed, false);
      press.event = keyEvent(sf::Event::KeyPressed, step);
      timeline_.push_back(press);
      if (!step.control && !step.alt) {
        if (auto character = typedCharacter(step.key, step.shift)) {
          auto typed = input(0, sf::Event::TextEntered, false);
          typed.event = textEvent(*character);
          timeline_.push_back(typed);
        }
      }
      auto release = input(kRealPace.key_seconds, sf::Event::KeyReleased, false);
      release.event = keyEvent(sf::Event::KeyReleased, step);
      timeline_.push_back(release);
      timeline_end_ = at(kRealPace.key_seconds + kRealPace.settle_seconds);
      break;
    }
    case ScriptAction::type: {
      const sf::String text = sf::String::fromUtf8(step.text.begin(), step.text.end());
      for (const auto character : text) {
        auto typed = input(0, sf::Event::TextEntered, false);
        typed.event = textEvent(character);
        timeline_.push_back(typed);
        timeline_end_ = at(kRealPace.typing_seconds);
      }
      timeline_end_ = at(kRealPace.settle_seconds);
      break;
    }
    case ScriptAction::move:
    case ScriptAction::click:
    case ScriptAction::scroll: {
      timeline_.push_back(input(0, sf::Event::MouseMoved, true));
      const double held =
          step.milliseconds > 0 ? step.milliseconds / 1000.0 : kRealPace.click_seconds;
      if (step.action == ScriptAction::click) {
        timeline_.push_back(input(0, sf::Event::MouseButtonPressed, true));
        timeline_.push_back(input(held, sf::Event::MouseButtonReleased, true));
        timeline_end_ = at(held);
      } else if (step.action == ScriptAction::scroll) {
        auto wheel = input(0, sf::Event::MouseWheelScrolled, true);
        wheel.event.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
        wheel.event.mouseWheelScroll.delta = step.amount;
        timeline_.push_back(wheel);
      }
      timeline_end_ = at(kRealPace.settle_seconds);
      break;
    }
    case ScriptAction::tap: {
      const double held =
          step.milliseconds > 0 ? step.milliseconds / 1000.0 : kRealPace.click_seconds;
      timeline_.push_back(input(0, sf::Event::TouchBegan, true));
      timeline_.push_back(input(held, sf::Event::TouchEnded, true));
      timeline_end_ = at(held + kRealPace.settle_seconds);
      break;
    }
    case ScriptAction::pad: {
      // As a key on the real clock: pushed, let go a moment later.
      TimedInput press = input(0, sf::Event::JoystickConnected, false);
      TimedInput release = input(kRealPace.key_seconds, sf::Event::JoystickConnected, false);
      bool has_release = true;
      switch (step.pad) {
        case PadInput::connect:
        case PadInput::disconnect:
          press.event.type = step.pad == PadInput::connect ? sf::Event::JoystickConnected
                                                           : sf::Event::JoystickDisconnected;
          press.event.joystickConnect = {0};
          has_release = false;
          break;
        case PadInput::button:
          press.event = joystickButtonEvent(sf::Event::JoystickButtonPressed, step.button);
          release.event = joystickButtonEvent(sf::Event::JoystickButtonReleased, step.button);
          break;
        case PadInput::direction:
          press.event = joystickMoveEvent(step.axis, step.position);
          release.event = joystickMoveEvent(step.axis, 0.f);
          break;
      }
      timeline_.push_back(press);
      if (has_release) timeline_.push_back(release);
      timeline_end_ = at(kRealPace.key_seconds + kRealPace.settle_seconds);
      break;
    }
    case ScriptAction::wait:
      timeline_end_ = at(step.milliseconds / 1000.0);
      break;
    case ScriptAction::screenshot: {
      TimedInput shot;
      shot.at = timeline_end_;
      shot.screenshot = step.text;
      timeline_.push_back(shot);
      break;
    }
    case ScriptAction::resize: {
      TimedInput resize;
      resize.at = timeline_end_;
      resize.resize = sf::Vector2u(step.width, step.height);
      timeline_.push_back(resize);
      timeline_end_ = at(kRealPace.settle_seconds);
      break;
    }
    case ScriptAction::close:
      timeline_.push_back(input(0, sf::Event::Closed, false));
      timeline_end_ = at(kRealPace.settle_seconds);
      break;
    case ScriptAction::quit: {
      TimedInput end;
      end.at = timeline_end_;
      end.finish = true;
      timeline_.push_back(end);
      break;
    }
  }
}

ScriptFrame ScriptPlayer::dueFrame(double now, sf::Vector2u window_size) {
  if (!started_at_) started_at_ = now;
  const double elapsed = now - *started_at_;
  // Steps are placed on the timeline as it reaches them, so a long script
  // costs nothing up front.
  while (next_step_ < steps_.size() && timeline_.empty()) schedule(steps_[next_step_++]);
  ScriptFrame frame;
  while (true) {
    while (next_step_ < steps_.size() && timeline_.size() < 2) schedule(steps_[next_step_++]);
    if (timeline_.empty()) {
      // Every input was delivered: the script ends where its timeline does.
      frame.finished = elapsed >= timeline_end_;
      return frame;
    }
    TimedInput& next = timeline_.front();
    if (next.at > elapsed) return frame;
    if (next.finish) {
      frame.finished = true;
      return frame;
    }
    if (next.screenshot) {
      // One screenshot per frame: it shows what the inputs before it did.
      if (frame.screenshot || !frame.events.empty()) return frame;
      frame.screenshot = next.screenshot;
      timeline_.pop_front();
      return frame;
    }
    if (next.resize) {
      frame.resize = next.resize;
    } else {
      sf::Event event = next.event;
      if (next.positioned) {
        const int x = static_cast<int>(std::lround(next.x * static_cast<float>(window_size.x)));
        const int y = static_cast<int>(std::lround(next.y * static_cast<float>(window_size.y)));
        switch (event.type) {
          case sf::Event::MouseMoved:
            event.mouseMove = {x, y};
            break;
          case sf::Event::MouseButtonPressed:
          case sf::Event::MouseButtonReleased:
            event.mouseButton = {sf::Mouse::Left, x, y};
            break;
          case sf::Event::MouseWheelScrolled:
            event.mouseWheelScroll.x = x;
            event.mouseWheelScroll.y = y;
            break;
          default:
            event.touch = {0, x, y};
            break;
        }
      }
      frame.events.push_back(event);
    }
    timeline_.pop_front();
  }
}

ScriptFrame ScriptPlayer::nextFrame(sf::Vector2u window_size, bool animating) {
  while (queued_.empty()) {
    if (next_step_ >= steps_.size()) {
      ScriptFrame end;
      end.finished = true;
      return end;
    }
    expand(steps_[next_step_++], window_size);
  }
  // A screenshot shows the screen at rest, whatever the animations' length.
  if (queued_.front().screenshot && animating &&
      frames_waiting_for_stillness_ < kMaximumStillnessWait) {
    ++frames_waiting_for_stillness_;
    return {};
  }
  frames_waiting_for_stillness_ = 0;
  ScriptFrame frame = std::move(queued_.front());
  queued_.pop_front();
  return frame;
}

}  // namespace esprit::ui
