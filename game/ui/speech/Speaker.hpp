// Read-aloud's voice: a small interface with two implementations. Dear ImGui
// is invisible to screen readers, so Esprit speaks for itself:
// speech-dispatcher's client library (libspeechd.so.2) is loaded at run time,
// like Godot's Linux text-to-speech, so the game builds and runs without it
// and says what to install when it is missing. Tests set ESPRIT_SPEECH_LOG
// to a file and get a speaker that writes there what it would say.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

namespace esprit::ui::speech {

enum class SpeechProblem {
  none,            // speech works, or has not been tried yet
  not_installed,   // libspeechd.so.2 is not there: speech-dispatcher is not installed
  cannot_connect,  // the library is there, but no speech-dispatcher could be reached
};

class Speaker {
 public:
  virtual ~Speaker() = default;
  // Reads `text` aloud with a voice for `language` ("fr", "en"), first
  // stopping whatever was being read. Never blocks the caller.
  virtual void say(const std::string& text, const std::string& language) = 0;
  // Stops reading now (nothing happens when nothing is being read).
  virtual void stop() = 0;
  // True from say() until the text has been read out or stopped.
  virtual bool speaking() const = 0;
  virtual SpeechProblem problem() const = 0;
  // Finds out, cheaply and without speaking, whether speech can work at
  // all, so the settings can say what to install before anyone asks.
  virtual void checkInstalled() = 0;
  // What went wrong, for the log and the settings screen ("" when nothing did).
  virtual std::string problemDetail() const = 0;
};

// The speaker the game uses: the recording one when ESPRIT_SPEECH_LOG names
// a file, otherwise speech-dispatcher's (loaded on the first say()).
std::unique_ptr<Speaker> makeSpeaker();

// speech-dispatcher through `library` (normally "libspeechd.so.2"); the
// library is opened, and the connection made, on a thread of its own at the
// first say(), so neither start-up nor the loop ever waits for them.
std::unique_ptr<Speaker> makeSpeechDispatcherSpeaker(
    const std::string& library = "libspeechd.so.2");

// Appends one line per call to `file`: "say [fr] text" or "stop". Speaking
// lasts until stop() or the next say(), so tests can see the button change.
std::unique_ptr<Speaker> makeRecordingSpeaker(const std::string& file);

}  // namespace esprit::ui::speech
