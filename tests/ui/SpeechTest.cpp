// Read-aloud's voices without a sound card: the recording speaker the tests
// use, and speech-dispatcher's speaker when its library cannot be loaded.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/Speaker.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace esprit::ui::speech;

namespace {

std::string readAll(const std::filesystem::path& file) {
  std::ifstream stream(file);
  std::stringstream text;
  text << stream.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the recording speaker writes each text on one line with its language, then stop") {
  const auto file = std::filesystem::temp_directory_path() / "esprit-speech-log.txt";
  std::filesystem::remove(file);
  auto speaker = makeRecordingSpeaker(file.string());
  CHECK_FALSE(speaker->speaking());
  speaker->stop();  // nothing to stop: nothing written
  speaker->say("Question 1 of 8.\nIs this real?", "fr");
  CHECK(speaker->speaking());
  speaker->stop();
  CHECK_FALSE(speaker->speaking());
  CHECK(readAll(file) == "say [fr] Question 1 of 8. Is this real?\nstop\n");
}

TEST_CASE("ESPRIT_SPEECH_LOG chooses the recording speaker") {
  const auto file = std::filesystem::temp_directory_path() / "esprit-speech-chosen.txt";
  std::filesystem::remove(file);
  setenv("ESPRIT_SPEECH_LOG", file.c_str(), 1);
  auto speaker = makeSpeaker();
  unsetenv("ESPRIT_SPEECH_LOG");
  speaker->say("Bonjour", "fr");
  CHECK(readAll(file) == "say [fr] Bonjour\n");
}

TEST_CASE("without speech-dispatcher's library, speech says what to install and stays silent") {
  auto speaker = makeSpeechDispatcherSpeaker("libspeechd-not-here.so.2");
  CHECK(speaker->problem() == SpeechProblem::none);  // not tried yet: start-up loads nothing
  speaker->checkInstalled();
  CHECK(speaker->problem() == SpeechProblem::not_installed);
  CHECK(speaker->problemDetail().find("install speech-dispatcher and espeak-ng") !=
        std::string::npos);
  speaker->say("Hello", "en");
  CHECK_FALSE(speaker->speaking());
}
