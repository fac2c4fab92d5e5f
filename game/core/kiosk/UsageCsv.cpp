// Writing the kiosk's usage figures as CSV (see UsageCsv.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/UsageCsv.hpp"

#include "core/report/CsvReport.hpp"
#include "core/report/ReportLanguage.hpp"

#include <vector>

namespace esprit::kiosk {
namespace {

constexpr int kShareDigits = 2;

class Row {
 public:
  Row(std::string& out, char separator) : out_(&out), separator_(separator) {}
  Row& text(std::string_view value) {
    next();
    *out_ += report::csvTextField(value, separator_);
    return *this;
  }
  Row& count(std::int64_t value) {
    next();
    *out_ += std::to_string(value);
    return *this;
  }
  Row& empty(int fields = 1) {
    for (int field = 0; field < fields; ++field) next();
    return *this;
  }
  Row& share(std::int64_t right, std::int64_t answered) {
    next();
    if (answered > 0) {
      *out_ += report::formatDecimal(static_cast<double>(right) / static_cast<double>(answered),
                                     kShareDigits, separator_ == ';');
    }
    return *this;
  }
  // The last three columns: questions answered, answered right, share right.
  Row& answers(std::int64_t answered, std::int64_t right) {
    return count(answered).count(right).share(right, answered);
  }
  void end() { *out_ += "\r\n"; }

 private:
  void next() {
    if (started_) *out_ += separator_;
    started_ = true;
  }
  std::string* out_;
  char separator_;
  bool started_ = false;
};

}  // namespace

std::string usageCsv(const storage::KioskUsage& usage, char separator) {
  std::string out(report::kUtf8ByteOrderMark);
  Row header(out, separator);
  for (const char* name :
       {"date", "figure", "pack_or_technique", "language", "pack_title", "rounds_started",
        "rounds_finished", "questions_answered", "answered_right", "share_right"}) {
    header.text(name);
  }
  header.end();
  // Day by day, the day's totals first, then its packs, then its techniques.
  std::size_t pack = 0, technique = 0;
  for (const auto& day : usage.days) {
    Row(out, separator)
        .text(day.day)
        .text("day")
        .empty(3)
        .count(day.rounds_started)
        .count(day.rounds_finished)
        .answers(day.questions_answered, day.answered_right)
        .end();
    for (; pack < usage.packs.size() && usage.packs[pack].day <= day.day; ++pack) {
      const auto& figures = usage.packs[pack];
      Row(out, separator)
          .text(figures.day)
          .text("pack")
          .text(figures.pack_id)
          .text(figures.pack_language)
          .text(figures.pack_title)
          .empty(2)
          .answers(figures.answered, figures.answered_right)
          .end();
    }
    for (; technique < usage.techniques.size() && usage.techniques[technique].day <= day.day;
         ++technique) {
      const auto& figures = usage.techniques[technique];
      Row(out, separator)
          .text(figures.day)
          .text("technique")
          .text(figures.technique)
          .empty(4)
          .answers(figures.answered, figures.answered_right)
          .end();
    }
  }
  return out;
}

UsageTotals totalUsage(const storage::KioskUsage& usage) {
  UsageTotals totals;
  for (const auto& day : usage.days) {
    totals.rounds_started += day.rounds_started;
    totals.rounds_finished += day.rounds_finished;
    totals.questions_answered += day.questions_answered;
    totals.answered_right += day.answered_right;
  }
  return totals;
}

}  // namespace esprit::kiosk
