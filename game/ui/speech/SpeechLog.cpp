// The test hook: a speaker that writes what it would say to a file.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/Speaker.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace esprit::ui::speech {
namespace {

class RecordingSpeaker final : public Speaker {
 public:
  explicit RecordingSpeaker(std::string file) : file_(std::move(file)) {}

  void say(const std::string& text, const std::string& language) override {
    // One line per call: line breaks in the text become spaces.
    std::string line = text;
    for (auto& each : line)
      if (each == '\n' || each == '\r') each = ' ';
    write("say [" + language + "] " + line);
    speaking_ = true;
  }
  void stop() override {
    if (!speaking_) return;
    write("stop");
    speaking_ = false;
  }
  bool speaking() const override { return speaking_; }
  SpeechProblem problem() const override { return SpeechProblem::none; }
  void checkInstalled() override {}
  std::string problemDetail() const override { return {}; }

 private:
  void write(const std::string& line) {
    std::ofstream stream(file_, std::ios::app | std::ios::binary);
    stream << line << '\n';
    if (!stream) std::fprintf(stderr, "esprit: cannot write the speech log %s\n", file_.c_str());
  }

  std::string file_;
  bool speaking_ = false;
};

}  // namespace

std::unique_ptr<Speaker> makeRecordingSpeaker(const std::string& file) {
  return std::make_unique<RecordingSpeaker>(file);
}

std::unique_ptr<Speaker> makeSpeaker() {
  if (const char* log = std::getenv("ESPRIT_SPEECH_LOG"); log != nullptr && *log != '\0')
    return makeRecordingSpeaker(log);
  return makeSpeechDispatcherSpeaker();
}

}  // namespace esprit::ui::speech
