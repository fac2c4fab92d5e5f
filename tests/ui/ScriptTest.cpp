// Input scripts: parsing every command, clear located errors, and replay as
// press-then-release events with settling frames.
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
