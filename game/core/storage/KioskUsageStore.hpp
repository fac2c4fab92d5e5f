// A library kiosk's anonymous usage figures: daily counts only, in their own
// small SQLite file (kiosk-usage.sqlite in the kiosk's data folder), apart
// from the players' results database. Nothing in it names a visitor or a
// time finer than the date: each answer only adds one to counters of its
// day, its pack and its techniques.
//
//   [X] Rounds started and finished per day; questions answered and answered right per day,
//       per pack (id and language) and per technique
//   [X] Its own schema versions and migrations (PRAGMA user_version), like the results database
//   [X] WITHOUT ROWID tables: rows are kept in key order, so not even the order in which a
//       day's first answers came in can be read back
//   [X] A damaged file is moved aside with a notice and a new one started
//   [X] A full disk is an Error (ErrorKind::disk_full), never a crash; the kiosk plays on
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageResult.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::storage {

inline constexpr const char* kKioskUsageFileName = "kiosk-usage.sqlite";

// One day's totals. `day` is the local calendar date, "YYYY-MM-DD".
struct KioskDayFigures {
  std::string day;
  std::int64_t rounds_started = 0;
  std::int64_t rounds_finished = 0;
  std::int64_t questions_answered = 0;
  std::int64_t answered_right = 0;
};

struct KioskPackFigures {
  std::string day;
  std::string pack_id;
  std::string pack_language;
  std::string pack_title;
  std::int64_t answered = 0;
  std::int64_t answered_right = 0;
};

struct KioskTechniqueFigures {
  std::string day;
  std::string technique;
  std::int64_t answered = 0;
  std::int64_t answered_right = 0;
};

// Every figure kept, each list sorted by day, then by name.
struct KioskUsage {
  std::vector<KioskDayFigures> days;
  std::vector<KioskPackFigures> packs;
  std::vector<KioskTechniqueFigures> techniques;
};

// What one answer adds to the counts.
struct KioskAnswerCount {
  std::string day;
  std::string pack_id;
  std::string pack_language;
  std::string pack_title;
  std::vector<std::string> techniques;  // each counted once, even if listed twice
  bool right = false;
  bool finishes_round = false;  // the round's last question: a round finished
};

struct KioskUsageOpenOptions {
  bool create_if_missing = true;
  // Reports turn this off: they fail loudly rather than report on nothing.
  bool set_aside_if_damaged = true;
};

class KioskUsageStore {
 public:
  // Opens (creating the folder and the file when allowed) `folder`/kiosk-usage.sqlite.
  static Result<KioskUsageStore> open(const std::filesystem::path& folder,
                                      const KioskUsageOpenOptions& options = {});

  KioskUsageStore(KioskUsageStore&&) noexcept;
  KioskUsageStore& operator=(KioskUsageStore&&) noexcept;
  ~KioskUsageStore();

  const std::filesystem::path& file() const;
  // "The old file was damaged and moved aside to …"; empty on a normal start.
  const std::vector<std::string>& notices() const;

  // Each is one transaction, synced to the disk before it returns. `day`
  // must read "YYYY-MM-DD" (ErrorKind::invalid_input otherwise).
  Status countRoundStarted(std::string_view day);
  Status countAnswer(const KioskAnswerCount& answer);

  Result<KioskUsage> usage();

  // Caps the file at `pages` pages so tests meet a full disk; 0 removes the cap.
  Status limitSizeForTesting(std::int64_t pages);

 private:
  struct State;
  explicit KioskUsageStore(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// True for "YYYY-MM-DD" with digits in the right places.
bool isCalendarDay(std::string_view day);

}  // namespace esprit::storage
