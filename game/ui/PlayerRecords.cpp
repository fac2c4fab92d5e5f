// Opening the results store, remembering the player, recording answers.
#include "ui/PlayerRecords.hpp"

#include "core/AssetPaths.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace esprit::ui {
namespace {

constexpr const char* kAnswerLogVariable = "ESPRIT_ANSWER_LOG";

void writeLastPlayer(storage::PlayerId id) {
  // Through a temporary file and a rename, so a crash never leaves half a file.
  const auto file = lastPlayerFile();
  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  const auto temporary = std::filesystem::path(file.string() + ".new");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << nlohmann::json{{"player_id", id}}.dump() << '\n';
    if (!out) return;  // remembering the player is a comfort, not a duty
  }
  std::filesystem::rename(temporary, file, error);
}

}  // namespace

std::filesystem::path lastPlayerFile() { return userConfigDirectory() / "last-player.json"; }

std::string PlayerRecords::open(const Translations& words) {
  auto opened = storage::ResultStore::openInFolder({});
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
  writeLastPlayer(player.id);
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

void PlayerRecords::adoptSession(const Session* session, storage::SessionId id) {
  recorded_session_ = session;
  session_id_ = id;
}

void PlayerRecords::recordAnswer(const Session& session, const SessionOptions& options,
                                 const Answer& answer, const Evaluation& evaluation,
                                 const Translations& words) {
  if (!store_ || !player_) return;
  // A new Session object is a new round: it gets its own stored session on
  // its first answer, so a round left before any answer leaves no trace.
  if (recorded_session_ != &session) {
    recorded_session_ = &session;
    session_id_.reset();
  }
  if (!session_id_) {
    storage::NewSession fresh;
    fresh.player_id = player_->id;
    fresh.mode = practice_session_ == &session ? "practice"
                 : options.form.empty()        ? "solo"
                                               : "assessment";
    fresh.options = options;
    for (const auto index : session.questionOrder())
      fresh.question_ids.push_back(session.pack().questions.at(index).id);
    auto started = store_->startSession(fresh, session.pack());
    if (!started) {
      recorded_session_ = nullptr;  // try again on the next answer
      reportFailure(started.error(), words);
      return;
    }
    session_id_ = *started;
  }
  auto recorded = store_->recordAnswer(*session_id_, static_cast<int>(session.position()),
                                       session.currentQuestion(), answer, evaluation);
  if (!recorded) {
    reportFailure(recorded.error(), words);
    return;
  }
  logCommittedAnswer(*recorded);
  if (session.position() + 1 >= session.questionCount()) {
    if (auto finished = store_->finishSession(*session_id_); !finished)
      reportFailure(finished.error(), words);
  }
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
  return std::move(sessions).value();
}

std::optional<storage::SessionSummary> PlayerRecords::unfinishedOn(const Pack& pack,
                                                                   const std::string& form) {
  for (auto& summary : unfinishedSessions()) {
    if (summary.pack_id == pack.metadata.id && summary.pack_version == pack.metadata.version &&
        summary.form == form && summary.answered > 0) {
      return summary;
    }
  }
  return std::nullopt;
}

void PlayerRecords::abandon(storage::SessionId id) {
  if (store_) (void)store_->abandonSession(id);
}

void PlayerRecords::reportFailure(const storage::Error& error, const Translations& words) {
  std::fprintf(stderr, "esprit: an answer was not saved: %s\n", error.message.c_str());
  switch (error.kind) {
    case storage::ErrorKind::disk_full:
      problem_ = words.text("records.disk_full");
      break;
    case storage::ErrorKind::busy:
      problem_ = words.text("records.busy");
      break;
    default:
      problem_ = words.format("records.not_saved", {{"detail", error.message}});
      break;
  }
}

}  // namespace esprit::ui
