// Counting kiosk rounds and answers anonymously (see UsageRecorder.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/UsageRecorder.hpp"

#include <cstdio>
#include <ctime>

namespace esprit::kiosk {

std::string localDate() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

void UsageRecorder::open(const std::filesystem::path& folder) {
  folder_ = folder;
  store_.reset();
  auto opened = storage::KioskUsageStore::open(folder);
  if (!opened) {
    note(opened.error());
    reopen_ = true;
    return;
  }
  store_.emplace(std::move(opened).value());
  for (const auto& notice : store_->notices()) {
    std::fprintf(stderr, "esprit kiosk: %s\n", notice.c_str());
    notices_.push_back(notice);
  }
  reopen_ = false;
}

void UsageRecorder::note(const Error& error) {
  problem_ = error.message;
  std::fprintf(stderr, "esprit kiosk: usage figures not saved: %s\n", error.message.c_str());
  if (error.kind == ErrorKind::damaged || error.kind == ErrorKind::cannot_open) reopen_ = true;
}

void UsageRecorder::roundStarted(const play::Round&) {
  if (reopen_ && !folder_.empty()) open(folder_);
  if (!store_) {
    ++lost_counts_;
    return;
  }
  if (auto counted = store_->countRoundStarted(today_()); !counted) {
    ++lost_counts_;
    note(counted.error());
  }
}

Status UsageRecorder::recordAnswer(play::Round& round, const Answer&,
                                   const Evaluation& evaluation) {
  if (!store_) {
    ++lost_counts_;
    return Error{ErrorKind::cannot_open,
                 problem_.empty() ? "The kiosk's usage figures are not open." : problem_, 0};
  }
  const Pack& pack = round.pack();
  storage::KioskAnswerCount count;
  count.day = today_();
  count.pack_id = pack.metadata.id;
  count.pack_language = pack.metadata.language;
  count.pack_title = pack.metadata.title;
  count.techniques = round.currentQuestion().techniques;
  count.right = evaluation.correct;
  count.finishes_round = round.isLastQuestion();
  auto counted = store_->countAnswer(count);
  if (!counted) {
    ++lost_counts_;
    note(counted.error());
  }
  return counted;
}

}  // namespace esprit::kiosk
