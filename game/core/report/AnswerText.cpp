// Answers in words, from the catalogue's option texts (see AnswerText.hpp).
#include "AnswerText.hpp"

#include "core/storage/AnswerJson.hpp"

#include <type_traits>

namespace esprit::report {
namespace {

std::string withPlaceholder(std::string_view pattern, const std::string& value) {
  std::string text(pattern);
  if (const auto at = text.find("{}"); at != std::string::npos) text.replace(at, 2, value);
  return text;
}

std::string optionText(const storage::ReportAnswerRow& row, std::size_t option, Language language) {
  if (option < row.options.size()) return row.options[option];
  return withPlaceholder(reportText(Text::answer_option, language), std::to_string(option + 1));
}

std::string optionList(const storage::ReportAnswerRow& row, const std::vector<std::size_t>& options,
                       std::string_view joiner, Language language) {
  if (options.empty()) return std::string(reportText(Text::answer_nothing, language));
  std::string text;
  for (const std::size_t option : options) {
    if (!text.empty()) text += joiner;
    text += optionText(row, option, language);
  }
  return text;
}

}  // namespace

std::string describeAnswer(const storage::ReportAnswerRow& row, Language language) {
  const auto choice = storage::answerFromJson(row.answer_json);
  if (!choice.ok()) return row.answer_json;
  return std::visit(
      [&](const auto& answer) -> std::string {
        using Kind = std::decay_t<decltype(answer)>;
        if constexpr (std::is_same_v<Kind, SingleChoiceAnswer>) {
          return optionText(row, answer.option, language);
        } else if constexpr (std::is_same_v<Kind, BinaryAnswer>) {
          std::string text(
              reportText(answer.says_real ? Text::answer_real : Text::answer_fake, language));
          if (answer.confidence) {
            text += " " + withPlaceholder(reportText(Text::answer_confidence, language),
                                          formatPercent(*answer.confidence, language));
          }
          return text;
        } else if constexpr (std::is_same_v<Kind, MultipleChoiceAnswer>) {
          return optionList(row, answer.options, " + ", language);
        } else if constexpr (std::is_same_v<Kind, OrderingAnswer>) {
          return optionList(row, answer.order, " \u2192 ", language);
        } else {
          if (answer.region.empty()) return std::string(reportText(Text::answer_outside, language));
          for (const auto& [id, label] : row.region_labels) {
            if (id == answer.region) return label;
          }
          return answer.region;
        }
      },
      *choice);
}

}  // namespace esprit::report
