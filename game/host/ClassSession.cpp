// Starting, serving and stopping one hosted class game.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/ClassSession.hpp"

#include "core/AssetPaths.hpp"
#include "host/HttpHostModule.hpp"

#include <cstdio>

namespace esprit::host {

std::filesystem::path ClassSession::stateFile(const std::filesystem::path& data_folder) {
  return data_folder / "classroom" / "live-game.json";
}

Result<std::unique_ptr<ClassSession>> ClassSession::start(ClassSessionOptions options,
                                                          ScenarioPainter* painter) {
  std::unique_ptr<ClassSession> session(new ClassSession());
  auto store = storage::ResultStore::openInFolder(options.data_folder);
  if (!store) return store.error();
  for (const auto& notice : store->notices())
    std::fprintf(stderr, "esprit host: %s\n", notice.c_str());
  session->records_.emplace(std::move(store).value());
  session->pictures_ = std::make_unique<PictureCache>(session->tasks_, painter);
  const auto state_file = stateFile(options.data_folder);

  if (options.resume) {
    auto saved = classroom::readSavedGame(state_file);
    if (!saved) return saved.error();
    if (options.taxonomy == nullptr) {
      return Error{ErrorKind::internal, "A class game needs the technique taxonomy.", 0};
    }
    session->library_ = std::make_unique<play::PackLibrary>(
        *options.taxonomy, shippedPackDirectory(), userPackDirectory(),
        std::vector<std::filesystem::path>{saved->pack_location});
    session->library_->rescan();
    auto resumed = classroom::ClassGame::resume(state_file, *session->library_, options.taxonomy,
                                                *session->records_);
    if (!resumed) return resumed.error();
    session->game_ = std::move(resumed).value();
    // Students come back to the address they had.
    if (!options.bind_given && !saved->bind_address.empty())
      options.http.bind_address = saved->bind_address;
    if (!options.port_given && saved->port > 0) {
      options.http.port = saved->port;
      options.http.exact_port = true;
    }
  } else {
    classroom::GameSetup setup;
    setup.pack = options.pack;
    setup.taxonomy = options.taxonomy;
    setup.class_code = options.class_code;
    setup.question_limit = options.question_limit;
    setup.teams = options.teams;
    setup.leaderboard = options.leaderboard;
    setup.countdown_seconds = options.countdown_seconds;
    setup.seed = options.seed;
    setup.state_file = state_file;
    auto created = classroom::ClassGame::create(setup, *session->records_);
    if (!created) return created.error();
    session->game_ = std::move(created).value();
  }
  session->game_->setPictureSource(session->pictures_.get());

  auto server = makeHttpHost(*session->game_, *session->pictures_, options.http);
  if (!server) return server.error();
  session->http_ = std::move(server).value();
  if (auto started = session->http_->start(); !started) return started.error();
  // Remembered so that --resume listens on the same address and port.
  if (auto kept =
          session->game_->rememberAddress(options.http.bind_address, session->http_->port());
      !kept)
    std::fprintf(stderr, "esprit host: %s\n", kept.error().message.c_str());
  return session;
}

ClassSession::~ClassSession() { stop(); }

bool ClassSession::serveMainThread(std::chrono::milliseconds wait) {
  tasks_.serve(wait);
  bool changed = game_->closeIfTimeUp();
  const std::uint64_t now = game_->eventId();
  changed |= now != last_event_;
  last_event_ = now;
  return changed;
}

void ClassSession::stop() {
  tasks_.close();
  if (http_) http_->stop();
}

}  // namespace esprit::host
