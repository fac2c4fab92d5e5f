// Input scripts: parsing every command, clear located errors, and replay as
// press-then-release events with settling frames.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Script.hpp"

#include <doctest/doctest.h>

using namespace esprit::ui;

TEST_CASE("every script command is understood, and comments and blank lines are skipped") {
  const auto parsed = parseScript(
      "# a comment\n"
      "\n"
      "key Enter\n"
      "key Shift+Tab\n"
      "type Bonjour à tous\n"
      "click 0.5 0.25\n"
      "tap 1 0\n"
      "move 0.1 0.9\n"
      "scroll 0.5 0.5 -3\n"
      "wait 250ms\n"
      "wait 2s\n"
      "screenshot play-single_1\n"
      "resize 1920 1080\n"
      "quit\n",
      "test.txt");
  REQUIRE(parsed.errors.empty());
  REQUIRE(parsed.steps.size() == 12);
  CHECK(parsed.steps[0].key == sf::Keyboard::Enter);
  CHECK(parsed.steps[1].shift);
  CHECK(parsed.steps[1].key == sf::Keyboard::Tab);
  CHECK(parsed.steps[2].text == "Bonjour à tous");
  CHECK(parsed.steps[3].x == doctest::Approx(0.5));
  CHECK(parsed.steps[3].y == doctest::Approx(0.25));
  CHECK(parsed.steps[4].action == ScriptAction::tap);
  CHECK(parsed.steps[6].amount == doctest::Approx(-3));
  CHECK(parsed.steps[7].milliseconds == 250);
  CHECK(parsed.steps[8].milliseconds == 2000);
  CHECK(parsed.steps[9].text == "play-single_1");
  CHECK(parsed.steps[10].width == 1920);
  CHECK(parsed.steps[11].action == ScriptAction::quit);
}

TEST_CASE("script mistakes are reported with file, line and what to write instead") {
  const auto parsed = parseScript(
      "key Enter\nclick 2 0.5\nkey Hyper\njump\nscreenshot ../escape\nwait soon\n", "s.txt");
  REQUIRE(parsed.errors.size() == 5);
  CHECK(parsed.errors[0].rfind("s.txt:2: ", 0) == 0);
  CHECK(parsed.errors[1].find("unknown key 'Hyper'") != std::string::npos);
  CHECK(parsed.errors[2].find("unknown command 'jump'") != std::string::npos);
  CHECK(parsed.errors[3].rfind("s.txt:5: ", 0) == 0);
  CHECK(parsed.errors[4].rfind("s.txt:6: ", 0) == 0);
}

TEST_CASE("key names are case-insensitive and cover digits, letters and function keys") {
  CHECK(keyFromName("ENTER") == sf::Keyboard::Enter);
  CHECK(keyFromName("7") == sf::Keyboard::Num7);
  CHECK(keyFromName("q") == sf::Keyboard::Q);
  CHECK(keyFromName("F11") == sf::Keyboard::F11);
  CHECK_FALSE(keyFromName("F99").has_value());
}

TEST_CASE("a script names keys as the game's key bindings do, and as people say them") {
  CHECK(keyFromName("numpad7") == sf::Keyboard::Numpad7);
  CHECK(keyFromName("pagedown") == sf::Keyboard::PageDown);
  CHECK(keyFromName("Esc") == sf::Keyboard::Escape);
  CHECK(keyFromName("return") == sf::Keyboard::Enter);
  CHECK(keyFromName("minus") == sf::Keyboard::Subtract);
  CHECK_FALSE(keyFromName("").has_value());
}

TEST_CASE("a key press is replayed as press, typed text, then release on a later frame") {
  ScriptPlayer player(parseScript("key 3\n", "s").steps);
  const sf::Vector2u window(1280, 720);
  auto press = player.nextFrame(window, false);
  REQUIRE(press.events.size() == 2);
  CHECK(press.events[0].type == sf::Event::KeyPressed);
  CHECK(press.events[1].type == sf::Event::TextEntered);
  CHECK(press.events[1].text.unicode == U'3');
  auto release = player.nextFrame(window, false);
  REQUIRE(release.events.size() == 1);
  CHECK(release.events[0].type == sf::Event::KeyReleased);
  bool finished = false;
  for (int frame = 0; frame < 10 && !finished; ++frame)
    finished = player.nextFrame(window, false).finished;
  CHECK(finished);
}

TEST_CASE(
    "a click lands at its fraction of the window, with press and release on separate frames") {
  ScriptPlayer player(parseScript("click 0.5 0.25\n", "s").steps);
  const sf::Vector2u window(1000, 800);
  auto move = player.nextFrame(window, false);
  REQUIRE(move.events.size() == 1);
  CHECK(move.events[0].mouseMove.x == 500);
  CHECK(move.events[0].mouseMove.y == 200);
  CHECK(player.nextFrame(window, false).events[0].type == sf::Event::MouseButtonPressed);
  CHECK(player.nextFrame(window, false).events[0].type == sf::Event::MouseButtonReleased);
}

TEST_CASE("a screenshot waits until the screen stops moving") {
  ScriptPlayer player(parseScript("screenshot still\n", "s").steps);
  const sf::Vector2u window(1280, 720);
  CHECK_FALSE(player.nextFrame(window, true).screenshot.has_value());
  CHECK_FALSE(player.nextFrame(window, true).screenshot.has_value());
  auto frame = player.nextFrame(window, false);
  REQUIRE(frame.screenshot.has_value());
  CHECK(*frame.screenshot == "still");
}

TEST_CASE("a wait lasts as many fixed frames as its time") {
  ScriptPlayer player(parseScript("wait 1s\n", "s").steps);
  int frames = 0;
  while (!player.nextFrame({1280, 720}, false).finished) ++frames;
  CHECK(frames == 60);
}

TEST_CASE("a close request, a held tap and the real clock are understood") {
  const auto parsed = parseScript(
      "clock real\n"
      "tap 0.5 0.5 30ms\n"
      "click 0.99 0.01 5.5s\n"
      "close\n",
      "real.txt");
  REQUIRE(parsed.errors.empty());
  CHECK(parsed.real_clock);
  REQUIRE(parsed.steps.size() == 3);
  CHECK(parsed.steps[0].milliseconds == 30);
  CHECK(parsed.steps[1].milliseconds == 5500);
  CHECK(parsed.steps[2].action == ScriptAction::close);
  CHECK_FALSE(parseScript("wait 1s\n", "fixed.txt").real_clock);
}

TEST_CASE("the clock is chosen before any input, and a hold needs a time") {
  auto late = parseScript("wait 1s\nclock real\n", "late.txt");
  REQUIRE(late.errors.size() == 1);
  CHECK(late.errors[0].starts_with("late.txt:2:"));
  CHECK(parseScript("clock slow\n", "x.txt").errors.size() == 1);
  CHECK(parseScript("tap 0.5 0.5 soon\n", "x.txt").errors.size() == 1);
  CHECK(parseScript("move 0.5 0.5 30ms\n", "x.txt").errors.size() == 1);
}

TEST_CASE("a close request is replayed as the window's Closed event") {
  ScriptPlayer player(parseScript("close\n", "close.txt").steps);
  const auto frame = player.nextFrame({800, 600}, false);
  REQUIRE(frame.events.size() == 1);
  CHECK(frame.events[0].type == sf::Event::Closed);
}

TEST_CASE("a held tap on the fixed clock keeps the finger down for the frames of its time") {
  ScriptPlayer player(parseScript("tap 0.5 0.5 100ms\n", "hold.txt").steps);
  int frames_between = -1;
  for (int frame = 0; frame < 40; ++frame) {
    const auto next = player.nextFrame({800, 600}, false);
    if (next.finished) break;
    for (const auto& event : next.events) {
      if (event.type == sf::Event::TouchBegan) frames_between = 0;
      if (event.type == sf::Event::TouchEnded) {
        CHECK(frames_between == 5);  // released on the sixth frame: 100 ms at 1/60 s a frame
        frames_between = -2;
      }
    }
    if (frames_between >= 0 && next.events.empty()) ++frames_between;
  }
  CHECK(frames_between == -2);
}

TEST_CASE("on the real clock, a short tap's press and release fall due together") {
  const auto parsed = parseScript("clock real\nwait 2s\ntap 0.5 0.25 10ms\nwait 1s\n", "tap.txt");
  REQUIRE(parsed.errors.empty());
  ScriptPlayer player(parsed.steps, parsed.real_clock);
  CHECK(player.dueFrame(100.0, {800, 600}).events.empty());  // the script starts here
  CHECK(player.dueFrame(101.9, {800, 600}).events.empty());
  // A game that slept 100 ms finds both in its queue, as with real input.
  const auto frame = player.dueFrame(102.1, {800, 600});
  REQUIRE(frame.events.size() == 2);
  CHECK(frame.events[0].type == sf::Event::TouchBegan);
  CHECK(frame.events[0].touch.x == 400);
  CHECK(frame.events[0].touch.y == 150);
  CHECK(frame.events[1].type == sf::Event::TouchEnded);
  CHECK_FALSE(player.dueFrame(102.5, {800, 600}).finished);
  CHECK(player.dueFrame(103.3, {800, 600}).finished);
}

TEST_CASE("on the real clock, a screenshot gets a frame of its own") {
  const auto parsed = parseScript("clock real\nkey Enter\nscreenshot after\nquit\n", "shot.txt");
  ScriptPlayer player(parsed.steps, parsed.real_clock);
  CHECK(player.dueFrame(0, {800, 600}).events.size() == 1);  // the press, at once
  auto frame = player.dueFrame(5, {800, 600});
  REQUIRE(frame.events.size() == 1);  // the release; the screenshot waits for a frame
  CHECK(frame.events[0].type == sf::Event::KeyReleased);
  CHECK_FALSE(frame.screenshot.has_value());
  frame = player.dueFrame(5, {800, 600});
  CHECK(frame.screenshot == std::string("after"));
  CHECK(player.dueFrame(5, {800, 600}).finished);
}

TEST_CASE("gamepad lines name buttons, D-pad and stick directions, and plugging in or out") {
  const auto parsed = parseScript(
      "pad connect\npad A\npad rb\npad down\npad stick left\npad disconnect\n", "p.txt");
  REQUIRE(parsed.errors.empty());
  REQUIRE(parsed.steps.size() == 6);
  CHECK(parsed.steps[0].pad == PadInput::connect);
  CHECK(parsed.steps[1].button == 0);
  CHECK(parsed.steps[2].button == 5);
  CHECK(parsed.steps[3].axis == sf::Joystick::PovY);
  CHECK(parsed.steps[3].position == doctest::Approx(100));
  CHECK(parsed.steps[4].axis == sf::Joystick::X);
  CHECK(parsed.steps[4].position == doctest::Approx(-100));
  CHECK(parsed.steps[5].pad == PadInput::disconnect);
  const auto wrong = parseScript("pad Z\npad stick\n", "p.txt");
  REQUIRE(wrong.errors.size() == 2);
  CHECK(wrong.errors[0].rfind("p.txt:1: write a gamepad input", 0) == 0);
}

TEST_CASE("a gamepad button is pressed on one frame and let go on the next") {
  ScriptPlayer player(parseScript("pad A\npad up\n", "s").steps);
  const sf::Vector2u window(1280, 720);
  auto press = player.nextFrame(window, false);
  REQUIRE(press.events.size() == 1);
  CHECK(press.events[0].type == sf::Event::JoystickButtonPressed);
  CHECK(press.events[0].joystickButton.button == 0);
  auto release = player.nextFrame(window, false);
  REQUIRE(release.events.size() == 1);
  CHECK(release.events[0].type == sf::Event::JoystickButtonReleased);
  for (int frame = 0; frame < 3; ++frame) CHECK(player.nextFrame(window, false).events.empty());
  auto push = player.nextFrame(window, false);
  REQUIRE(push.events.size() == 1);
  CHECK(push.events[0].joystickMove.axis == sf::Joystick::PovY);
  CHECK(push.events[0].joystickMove.position == doctest::Approx(-100));
  CHECK(player.nextFrame(window, false).events[0].joystickMove.position == doctest::Approx(0));
}
