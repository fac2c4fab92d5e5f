// The kiosk's RoundRecorder: each answer only adds to anonymous daily counts
// (storage::KioskUsageStore), never to a player's records. Failing to count
// never stops a visitor's round: the recorder keeps playing, remembers what
// went wrong, and the staff menu says so.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/play/Round.hpp"
#include "core/play/RoundRecorder.hpp"
#include "core/storage/KioskUsageStore.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace esprit::kiosk {

// Today's local date, "YYYY-MM-DD": the finest time the figures keep.
std::string localDate();

class UsageRecorder : public play::RoundRecorder {
 public:
  using Today = std::function<std::string()>;
  explicit UsageRecorder(Today today = localDate) : today_(std::move(today)) {}

  // Opens (or creates) the figures in `folder`. Failing is noted, not fatal.
  void open(const std::filesystem::path& folder);

  // A visitor started a round. Tries to open the file again first if it
  // could not be opened or was found damaged, so the figures come back
  // once the disk is mended.
  void roundStarted(const play::Round& round);
  // Counts the answer for its day, pack and techniques, and a finished round
  // after the last question.
  Status recordAnswer(play::Round& round, const Answer& answer,
                      const Evaluation& evaluation) override;

  bool available() const { return store_.has_value(); }
  storage::KioskUsageStore* store() { return store_ ? &*store_ : nullptr; }
  const std::filesystem::path& folder() const { return folder_; }

  // ---- For the staff menu ----
  // Counts that could not be saved since the kiosk started.
  int lostCounts() const { return lost_counts_; }
  // The last thing that went wrong, in English for the staff and the log
  // (empty when all went well), and notices such as a damaged file set aside.
  const std::string& problem() const { return problem_; }
  const std::vector<std::string>& notices() const { return notices_; }

 private:
  void note(const Error& error);

  Today today_;
  std::filesystem::path folder_;
  std::optional<storage::KioskUsageStore> store_;
  std::string problem_;
  std::vector<std::string> notices_;
  int lost_counts_ = 0;
  bool reopen_ = false;
};

}  // namespace esprit::kiosk
