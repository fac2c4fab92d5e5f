// Opening the results store, remembering the player, recording answers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/play/PlayerRecords.hpp"

#include "core/AssetPaths.hpp"
#include "core/AtomicFile.hpp"
#include "core/play/Round.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace esprit::play {
namespace {

constexpr const char* kAnswerLogVariable = "ESPRIT_ANSWER_LOG";

}  // namespace

std::filesystem::path lastPlayerFile() { return userConfigDirectory() / "last-player.json"; }

PlayerRecords::~PlayerRecords() {
  if (answer_log_ >= 0) ::close(answer_log_);
}

std::string PlayerRecords::open(const Translations& words, const std::filesystem::path& folder) {
  auto opened = storage::ResultStore::openInFolder(folder);
  if (!opened) {
    std::fprintf(stderr, "esprit: results not saved: %s\n", opened.error().message.c_str());
    return words.format("records.cannot_open", {{"detail", opened.error().message}});
  }
  store_.emplace(std::move(opened).value());
  // The store's notices are for the log; the player gets the same news in
  // their own language and plain words. Today the only notice is a damaged
  // file set aside, and the newest "*.damaged-*" file beside it is that file.
  if (store_->notices().empty()) return {};
  for (const auto& notice : store_->notices()) std::fprintf(stderr, "esprit: %s\n", notice.c_str());
  std::filesystem::path aside;
  std::error_code error;
  const std::string prefix = store_->file().filename().string() + ".damaged-";
  for (const auto& item :
       std::filesystem::directory_iterator(store_->file().parent_path(), error)) {
    const std::string name = item.path().filename().string();
    if (name.starts_with(prefix) && !name.ends_with("-wal") && item.path() > aside)
      aside = item.path();
  }
  if (aside.empty()) return words.format("records.notice", {{"detail", store_->notices().front()}});
  return words.format("records.moved_aside", {{"file", aside.string()}});
}

void PlayerRecords::choosePlayer(const storage::Player& player) {
  player_ = player;
  // Remembering the player is a comfort, not a duty: a failure is not told.
  (void)writeFileAtomicallyCreatingFolder(lastPlayerFile(),
                            nlohmann::json{{"player_id", player.id}}.dump() + "\n");
}

void PlayerRecords::restoreLastPlayer() {
  if (!store_) return;
  std::ifstream in(lastPlayerFile(), std::ios::binary);
  if (!in) return;
  std::stringstream text;
  text << in.rdbuf();
  const auto parsed = nlohmann::json::parse(text.str(), nullptr, false);
  if (!parsed.is_object() || !parsed.contains("player_id") ||
      !parsed["player_id"].is_number_integer()) {
    return;
  }
  // A player deleted since (or another database) simply means nobody is chosen.
  if (auto found = store_->findPlayer(parsed["player_id"].get<storage::PlayerId>())) {
    player_ = *found;
  }
}

Status PlayerRecords::recordAnswer(Round& round, const Answer& answer,
                                   const Evaluation& evaluation) {
  if (!store_ || !player_) return {};
  if (!round.storedSession()) {
    storage::NewSession fresh;
    fresh.player_id = player_->id;
    fresh.mode = std::string(roundKindName(round.kind()));
    fresh.options = round.options();
    for (const auto index : round.session().questionOrder())
      fresh.question_ids.push_back(round.pack().questions.at(index).id);
    auto started = store_->startSession(fresh, round.pack());
    if (!started) return started.error();  // tried again on the next answer
    round.setStoredSession(*started);
  }
  const storage::SessionId session = *round.storedSession();
  auto recorded = store_->recordAnswer(session, static_cast<int>(round.position()),
                                       round.currentQuestion(), answer, evaluation);
  if (!recorded) return recorded.error();
  logCommittedAnswer(*recorded);
  if (round.isLastQuestion()) {
    if (auto finished = store_->finishSession(session); !finished) return finished.error();
  }
  return {};
}

void PlayerRecords::logCommittedAnswer(storage::AnswerId id) {
  if (!answer_log_checked_) {
    answer_log_checked_ = true;
    if (const char* path = std::getenv(kAnswerLogVariable); path != nullptr && *path != '\0') {
      answer_log_ = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    }
  }
  if (answer_log_ < 0) return;
  // One unbuffered write: the line is in the kernel before the game goes on,
  // so a SIGKILL right after cannot lose it (the kill test relies on that).
  const std::string line = std::to_string(id) + "\n";
  if (::write(answer_log_, line.data(), line.size()) < 0) {
    std::fprintf(stderr, "esprit: cannot write to $%s\n", kAnswerLogVariable);
  }
}

std::vector<storage::SessionSummary> PlayerRecords::unfinishedSessions() {
  if (!store_ || !player_) return {};
  auto sessions = store_->unfinishedSessions(player_->id);
  if (!sessions) return {};
  std::vector<storage::SessionSummary> started;
  // A round left before its first answer has nothing to carry on.
  for (auto& summary : *sessions) {
    if (summary.answered > 0) started.push_back(std::move(summary));
  }
  return started;
}

std::optional<storage::SessionSummary> PlayerRecords::unfinishedOn(const Pack& pack,
                                                                   const std::string& form) {
  for (auto& summary : unfinishedSessions()) {
    if (summary.pack_id == pack.metadata.id && summary.pack_version == pack.metadata.version &&
        summary.form == form) {
      return summary;
    }
  }
  return std::nullopt;
}

void PlayerRecords::abandon(storage::SessionId id) {
  if (store_) (void)store_->abandonSession(id);
}

std::string PlayerRecords::describeFailure(const Error& error, const Translations& words) const {
  switch (error.kind) {
    case ErrorKind::disk_full:
      return words.text("records.disk_full");
    case ErrorKind::busy:
      return words.text("records.busy");
    default:
      return words.format("records.not_saved", {{"detail", error.message}});
  }
}

}  // namespace esprit::play
