// speech-dispatcher, loaded with dlopen and driven from a worker thread.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/Speaker.hpp"

#include <dlfcn.h>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

namespace esprit::ui::speech {
namespace {

// The few parts of libspeechd.h (speech-dispatcher 0.11) used here, written
// out so that building needs no libspeechd-dev. The callbacks are the
// documented public head of SPDConnection; the rest of it is never touched.
using SpdCallback = void (*)(std::size_t message, std::size_t client, int state);
struct SpdConnectionHead {
  SpdCallback callback_begin;
  SpdCallback callback_end;
  SpdCallback callback_cancel;
  SpdCallback callback_pause;
  SpdCallback callback_resume;
  void* callback_index_mark;
};
constexpr int kModeThreaded = 1;  // SPD_MODE_THREADED: callbacks need it
constexpr int kPriorityText = 3;  // SPD_TEXT: a new text replaces the old
constexpr int kNotifyEnd = 2;     // SPD_END
constexpr int kNotifyCancel = 8;  // SPD_CANCEL

using SpdOpen = void* (*)(const char*, const char*, const char*, int);
using SpdClose = void (*)(void*);
using SpdSay = int (*)(void*, int, const char*);
using SpdCancel = int (*)(void*);
using SpdSetLanguage = int (*)(void*, const char*);
using SpdSetNotificationOn = int (*)(void*, int);

// libspeechd's callbacks carry no pointer of ours; there is one speaker.
std::atomic<int> last_message{-1};
std::atomic<bool> speaking_now{false};

void onFinished(std::size_t message, std::size_t, int) {
  // An old text cancelled by a new one must not end the new one.
  if (static_cast<int>(message) == last_message.load()) speaking_now = false;
}

class SpeechDispatcherSpeaker final : public Speaker {
 public:
  explicit SpeechDispatcherSpeaker(std::string library) : library_(std::move(library)) {}

  ~SpeechDispatcherSpeaker() override {
    {
      std::lock_guard lock(mutex_);
      quitting_ = true;
    }
    wake_.notify_one();
    if (worker_.joinable()) worker_.join();
  }

  void say(const std::string& text, const std::string& language) override {
    if (problem_ != SpeechProblem::none) return;
    {
      std::lock_guard lock(mutex_);
      pending_ = Command{text, language};
      startWorker();
    }
    speaking_now = true;
    wake_.notify_one();
  }

  void stop() override {
    {
      std::lock_guard lock(mutex_);
      if (!worker_.joinable()) return;
      pending_ = Command{};  // empty text: stop
    }
    speaking_now = false;
    wake_.notify_one();
  }

  bool speaking() const override { return speaking_now.load(); }
  void checkInstalled() override {
    if (worker_.joinable() || problem_ != SpeechProblem::none) return;
    // Loading and unloading tells whether the library is there, without
    // starting speech-dispatcher.
    if (void* handle = dlopen(library_.c_str(), RTLD_LAZY | RTLD_LOCAL)) {
      dlclose(handle);
    } else {
      fail(SpeechProblem::not_installed,
           library_ + " cannot be loaded (install speech-dispatcher and espeak-ng)");
    }
  }
  SpeechProblem problem() const override { return problem_.load(); }
  std::string problemDetail() const override {
    std::lock_guard lock(mutex_);
    return detail_;
  }

 private:
  struct Command {
    std::string text;  // empty: stop
    std::string language;
  };

  void startWorker() {
    if (!worker_.joinable()) worker_ = std::thread([this] { work(); });
  }

  void fail(SpeechProblem problem, const std::string& detail) {
    {
      std::lock_guard lock(mutex_);
      detail_ = detail;
    }
    problem_ = problem;
    speaking_now = false;
    std::fprintf(stderr, "esprit: read-aloud is off: %s\n", detail.c_str());
  }

  // Opens the library and the connection; false (with the problem set) when either fails.
  bool connect() {
    handle_ = dlopen(library_.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle_ == nullptr) {
      fail(SpeechProblem::not_installed,
           library_ + " cannot be loaded (install speech-dispatcher and espeak-ng)");
      return false;
    }
    auto find = [this](const char* name) { return dlsym(handle_, name); };
    open_ = reinterpret_cast<SpdOpen>(find("spd_open"));
    close_ = reinterpret_cast<SpdClose>(find("spd_close"));
    say_ = reinterpret_cast<SpdSay>(find("spd_say"));
    cancel_ = reinterpret_cast<SpdCancel>(find("spd_cancel"));
    set_language_ = reinterpret_cast<SpdSetLanguage>(find("spd_set_language"));
    auto notify = reinterpret_cast<SpdSetNotificationOn>(find("spd_set_notification_on"));
    if (!open_ || !close_ || !say_ || !cancel_ || !set_language_ || !notify) {
      fail(SpeechProblem::not_installed, library_ + " lacks the functions Esprit uses");
      return false;
    }
    // spd_open starts the speech-dispatcher server when none runs: this is
    // the slow part, and why it happens here on the worker thread.
    connection_ = open_("esprit", "main", nullptr, kModeThreaded);
    if (connection_ == nullptr) {
      fail(SpeechProblem::cannot_connect, "speech-dispatcher could not be started or reached");
      return false;
    }
    auto* head = static_cast<SpdConnectionHead*>(connection_);
    head->callback_end = onFinished;
    head->callback_cancel = onFinished;
    notify(connection_, kNotifyEnd);
    notify(connection_, kNotifyCancel);
    return true;
  }

  void work() {
    const bool connected = connect();
    std::string language_set;
    for (;;) {
      std::optional<Command> command;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return quitting_ || pending_.has_value(); });
        if (quitting_) break;
        command = std::move(pending_);
        pending_.reset();
      }
      if (!connected) continue;
      // The cancelled text's notice must not end the text said next.
      last_message = -1;
      cancel_(connection_);
      if (command->text.empty()) continue;
      if (command->language != language_set) {
        set_language_(connection_, command->language.c_str());
        language_set = command->language;
      }
      last_message = say_(connection_, kPriorityText, command->text.c_str());
      if (last_message.load() < 0) speaking_now = false;
    }
    if (connection_ != nullptr) {
      cancel_(connection_);
      close_(connection_);
    }
    // The library stays loaded: its threads may outlive spd_close briefly.
  }

  std::string library_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<Command> pending_;
  bool quitting_ = false;
  std::thread worker_;
  std::atomic<SpeechProblem> problem_{SpeechProblem::none};
  std::string detail_;

  void* handle_ = nullptr;
  void* connection_ = nullptr;
  SpdOpen open_ = nullptr;
  SpdClose close_ = nullptr;
  SpdSay say_ = nullptr;
  SpdCancel cancel_ = nullptr;
  SpdSetLanguage set_language_ = nullptr;
};

}  // namespace

std::unique_ptr<Speaker> makeSpeechDispatcherSpeaker(const std::string& library) {
  return std::make_unique<SpeechDispatcherSpeaker>(library);
}

}  // namespace esprit::ui::speech
