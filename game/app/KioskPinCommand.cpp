// The kiosk-pin subcommand (see KioskPinCommand.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KioskPinCommand.hpp"

#include "app/CommandLine.hpp"
#include "core/kiosk/StaffPin.hpp"

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

namespace esprit::app {
namespace {

constexpr const char* kUsage =
    "Usage: esprit kiosk-pin\n"
    "  Asks for a staff PIN (4 to 12 digits) twice, without showing it, and prints the\n"
    "  line to put in kiosk.json. Only this salted hash is kept, never the PIN.\n"
    "  Without a terminal, reads the PIN from the first line of standard input:\n"
    "    printf '%s\\n' \"$PIN\" | esprit kiosk-pin\n";

// Reads one line with the terminal's echo turned off, so the PIN is not
// shown on screen nor left in the terminal's scrollback.
std::string readHidden(const char* prompt, bool terminal) {
  std::string line;
  if (!terminal) {
    std::getline(std::cin, line);
    return line;
  }
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  termios before{};
  const bool can_hide = tcgetattr(STDIN_FILENO, &before) == 0;
  if (can_hide) {
    termios hidden = before;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
  }
  std::getline(std::cin, line);
  if (can_hide) tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
  std::fputs("\n", stderr);
  return line;
}

void trimLineEnd(std::string& text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
}

}  // namespace

int runKioskPinCommand(std::vector<std::string_view> arguments) {
  for (const auto argument : arguments) {
    if (argument == "--help" || argument == "-h") {
      std::fputs(kUsage, stdout);
      return kExitSuccess;
    }
  }
  if (!arguments.empty()) {
    std::fprintf(stderr, "esprit kiosk-pin: it takes no arguments (the PIN is asked for).\n%s",
                 kUsage);
    return kExitUsage;
  }
  const bool terminal = isatty(STDIN_FILENO) != 0;
  std::string pin = readHidden("New staff PIN (4 to 12 digits): ", terminal);
  trimLineEnd(pin);
  if (const auto problem = kiosk::pinProblem(pin)) {
    std::fprintf(stderr, "esprit kiosk-pin: %s\n", problem->c_str());
    return kExitInvalidInput;
  }
  if (terminal) {
    std::string again = readHidden("The same PIN again: ", terminal);
    trimLineEnd(again);
    const bool same = again == pin;
    std::fill(again.begin(), again.end(), '\0');
    if (!same) {
      std::fill(pin.begin(), pin.end(), '\0');
      std::fputs("esprit kiosk-pin: the two PINs differ; nothing was made. Try again.\n", stderr);
      return kExitInvalidInput;
    }
  }
  auto hash = kiosk::hashStaffPin(pin);
  std::fill(pin.begin(), pin.end(), '\0');
  if (!hash) {
    std::fprintf(stderr, "esprit kiosk-pin: %s\n", hash.error().message.c_str());
    return kExitInvalidInput;
  }
  std::printf("\"staff_pin_hash\": \"%s\"\n", hash->c_str());
  if (terminal) {
    std::fputs(
        "Put this line in kiosk.json (docs/kiosk.md shows where). Keep the PIN itself "
        "somewhere safe: it cannot be read back from the hash.\n",
        stderr);
  }
  return kExitSuccess;
}

}  // namespace esprit::app
