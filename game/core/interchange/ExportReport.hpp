// Collects what an exporter had to leave out, so the teacher reads one line
// per kind of loss ("sources of 12 questions") rather than one per question,
// and one line per question only when a whole question or its scenario is lost.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Problem.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::interchange {

// CSV and GIFT both hold questions with one answer, several answers, or
// true/false; neither holds an order of steps or the regions to tap.
bool isExportable(const Question& question);

// Each format's own words for why it cannot hold the other two kinds.
struct UnexportableReasons {
  std::string_view ordering;
  std::string_view hotspot;
};

class ExportReport {
 public:
  ExportReport(std::string file, std::string format_name)
      : file_(std::move(file)), format_name_(std::move(format_name)) {}

  // The question was not exported at all.
  void questionLeftOut(std::size_t index, const Question& question, std::string reason);
  // Whether the question is exported; if its kind cannot be, says so with
  // the format's reason for that kind.
  bool keepsQuestion(std::size_t index, const Question& question,
                     const UnexportableReasons& reasons);
  // The question was exported without its scenario.
  void scenarioLeftOut(std::size_t index, const Question& question, const Pack& pack);
  // A field of some questions has no place in the format ("sources").
  void fieldLeftOut(const std::string& what) { ++left_out_fields_[what]; }
  // Something that will come back differently on import.
  void warnAbout(std::size_t index, const Question& question, std::string message);
  // Pack-level metadata the format cannot hold.
  void checkMetadata(const Pack& pack);

  std::vector<Problem> finish();

 private:
  Problem questionProblem(Severity severity, std::size_t index, const Question& question,
                          std::string message) const;

  std::string file_;
  std::string format_name_;
  std::vector<Problem> problems_;
  std::map<std::string, std::size_t> left_out_fields_;
};

}  // namespace esprit::interchange
