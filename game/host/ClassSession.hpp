// One hosted class game with everything it needs running: the results
// database, the game's rules, the picture cache and the HTTP server. The
// `esprit host` command and the game's "Host a class game" screens both
// start one; the window (or, headless, the main loop) calls
// serveMainThread() often so pictures get drawn and countdowns end.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Taxonomy.hpp"
#include "core/classroom/ClassGame.hpp"
#include "core/classroom/ClassRecords.hpp"
#include "core/play/PackLibrary.hpp"
#include "host/ClassServer.hpp"
#include "host/MainThreadTasks.hpp"
#include "host/PictureCache.hpp"

#include <filesystem>
#include <memory>
#include <optional>

namespace esprit::host {

struct ClassSessionOptions {
  // A new game on this pack, or (when resume is set) the game in the state file.
  std::shared_ptr<const play::PackEntry> pack;
  bool resume = false;
  const Taxonomy* taxonomy = nullptr;
  std::string class_code;
  std::size_t question_limit = play::kDefaultRoundLength;
  bool teams = false;
  bool leaderboard = false;
  int countdown_seconds = 0;
  std::uint64_t seed = 0;
  HostOptions http;
  bool bind_given = false;  // on --resume, the saved address and port win unless given
  bool port_given = false;
  // Holds results.sqlite and classroom/live-game.json.
  std::filesystem::path data_folder;
};

class ClassSession {
 public:
  // Opens the database, creates or resumes the game, starts serving. Call on
  // the main thread (the one that will call serveMainThread). After a
  // resume, call game().preparePicture() once the painter is set up.
  static Result<std::unique_ptr<ClassSession>> start(ClassSessionOptions options,
                                                     ScenarioPainter* painter);
  ~ClassSession();

  classroom::ClassGame& game() { return *game_; }
  ClassServer& http() { return *http_; }
  bool drawsPictures() const { return pictures_->canPaint(); }
  // Draws what the streams wait for and closes a question whose time is up;
  // true when the game changed. `wait` is how long to wait for work.
  bool serveMainThread(std::chrono::milliseconds wait = std::chrono::milliseconds(0));
  void stop();

  static std::filesystem::path stateFile(const std::filesystem::path& data_folder);

 private:
  ClassSession() = default;

  MainThreadTasks tasks_;
  std::unique_ptr<play::PackLibrary> library_;  // resumed games find their pack here
  std::optional<classroom::ClassRecords> records_;
  std::unique_ptr<PictureCache> pictures_;
  std::unique_ptr<classroom::ClassGame> game_;
  std::unique_ptr<ClassServer> http_;
  std::uint64_t last_event_ = 0;
};

}  // namespace esprit::host
