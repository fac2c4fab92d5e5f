// Answers in words, from the catalogue's option texts (see AnswerText.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerText.hpp"

#include "core/storage/AnswerJson.hpp"

#include <type_traits>

namespace esprit::report {
namespace {

std::string optionText(const storage::ReportAnswerRow& row, std::size_t option,
                       const ReportLanguage& language) {
  if (option < row.options.size()) return row.options[option];
  return language.format("answer.option", {{"number", std::to_string(option + 1)}});
}

std::string optionList(const storage::ReportAnswerRow& row, const std::vector<std::size_t>& options,
                       std::string_view joiner, const ReportLanguage& language) {
  if (options.empty()) return language.text("answer.nothing");
  std::string text;
  for (const std::size_t option : options) {
    if (!text.empty()) text += joiner;
    text += optionText(row, option, language);
  }
  return text;
}

}  // namespace

std::string describeAnswer(const storage::ReportAnswerRow& row, const ReportLanguage& language) {
  const auto choice = storage::answerFromJson(row.answer_json);
  if (!choice.ok()) return row.answer_json;
  return std::visit(
      [&](const auto& answer) -> std::string {
        using Kind = std::decay_t<decltype(answer)>;
        if constexpr (std::is_same_v<Kind, SingleChoiceAnswer>) {
          return optionText(row, answer.option, language);
        } else if constexpr (std::is_same_v<Kind, BinaryAnswer>) {
          std::string text = language.text(answer.says_real ? "answer.real" : "answer.fake");
          if (answer.confidence) {
            text += " " + language.format("answer.confidence",
                                          {{"percent", language.percent(*answer.confidence)}});
          }
          return text;
        } else if constexpr (std::is_same_v<Kind, MultipleChoiceAnswer>) {
          return optionList(row, answer.options, " + ", language);
        } else if constexpr (std::is_same_v<Kind, OrderingAnswer>) {
          return optionList(row, answer.order, " \u2192 ", language);
        } else {
          if (answer.region.empty()) return language.text("answer.outside");
          for (const auto& [id, label] : row.region_labels) {
            if (id == answer.region) return label;
          }
          return answer.region;
        }
      },
      *choice);
}

}  // namespace esprit::report
