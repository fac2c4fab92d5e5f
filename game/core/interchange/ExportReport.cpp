// Messages for what an export leaves out.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/ExportReport.hpp"

#include "core/Vocabulary.hpp"

namespace esprit::interchange {

bool isExportable(const Question& question) {
  return question.type == QuestionType::single_choice ||
         question.type == QuestionType::multiple_choice ||
         question.type == QuestionType::true_false;
}

Problem ExportReport::questionProblem(Severity severity, std::size_t index,
                                      const Question& question, std::string message) const {
  Problem problem;
  problem.severity = severity;
  problem.file = file_;
  problem.pointer = "/questions/" + std::to_string(index);
  problem.message = "question " + question.id + ": " + std::move(message);
  return problem;
}

void ExportReport::questionLeftOut(std::size_t index, const Question& question,
                                   std::string reason) {
  problems_.push_back(
      questionProblem(Severity::error, index, question, "not exported: " + std::move(reason)));
}

bool ExportReport::keepsQuestion(std::size_t index, const Question& question,
                                 const UnexportableReasons& reasons) {
  if (isExportable(question)) return true;
  questionLeftOut(
      index, question,
      std::string(question.type == QuestionType::ordering ? reasons.ordering : reasons.hotspot));
  return false;
}

void ExportReport::scenarioLeftOut(std::size_t index, const Question& question, const Pack& pack) {
  std::string kind = "scenario";
  if (const Scenario* scenario = pack.findScenario(question.scenario_id)) {
    kind = std::string(nameOf(scenarioKindOf(scenario->content)));
  }
  problems_.push_back(
      questionProblem(Severity::error, index, question,
                      "exported without the " + kind + " \"" + question.scenario_id +
                          "\" it shows, because " + format_name_ +
                          " cannot hold scenarios. Check that the question still makes sense "
                          "on its own."));
}

void ExportReport::warnAbout(std::size_t index, const Question& question, std::string message) {
  problems_.push_back(questionProblem(Severity::warning, index, question, std::move(message)));
}

void ExportReport::checkMetadata(const Pack& pack) {
  const PackMetadata& metadata = pack.metadata;
  std::vector<std::string> lost;
  if (!metadata.description.empty()) lost.push_back("description");
  if (!metadata.authors.empty()) lost.push_back("authors");
  if (!metadata.licence.empty()) lost.push_back("licence");
  if (metadata.min_age != 0 || metadata.max_age != 0) lost.push_back("age range");
  if (lost.empty()) return;
  std::string list;
  for (std::size_t index = 0; index < lost.size(); ++index) {
    if (index > 0) list += index + 1 == lost.size() ? " and " : ", ";
    list += lost[index];
  }
  Problem problem;
  problem.severity = Severity::warning;
  problem.file = file_;
  problem.message =
      format_name_ + " holds only questions: the pack's " + list + " are not in the exported file.";
  problems_.push_back(std::move(problem));
}

std::vector<Problem> ExportReport::finish() {
  for (const auto& [what, count] : left_out_fields_) {
    Problem problem;
    problem.severity = Severity::warning;
    problem.file = file_;
    problem.message = format_name_ + " has no place for " + what + ", so those of " +
                      std::to_string(count) + (count == 1 ? " question" : " questions") +
                      " are not in the exported file.";
    problems_.push_back(std::move(problem));
  }
  left_out_fields_.clear();
  return std::move(problems_);
}

}  // namespace esprit::interchange
