// Answers to and from their JSON text (see AnswerJson.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerJson.hpp"

#include "core/Vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace esprit::storage {
namespace {

Error unreadable(std::string_view text, std::string_view why) {
  return Error{ErrorKind::damaged,
               "A stored answer cannot be read back (" + std::string(why) +
                   "): " + std::string(text.substr(0, 200)),
               0};
}

}  // namespace

std::string answerToJson(const AnswerChoice& choice) {
  nlohmann::json object = nlohmann::json::object();
  std::visit(
      [&object](const auto& answer) {
        using Kind = std::decay_t<decltype(answer)>;
        if constexpr (std::is_same_v<Kind, SingleChoiceAnswer>) {
          object["type"] = nameOf(QuestionType::single_choice);
          object["option"] = answer.option;
        } else if constexpr (std::is_same_v<Kind, BinaryAnswer>) {
          object["type"] = nameOf(QuestionType::true_false);
          object["says_real"] = answer.says_real;
          if (answer.confidence) object["confidence"] = *answer.confidence;
        } else if constexpr (std::is_same_v<Kind, MultipleChoiceAnswer>) {
          object["type"] = nameOf(QuestionType::multiple_choice);
          object["options"] = answer.options;
        } else if constexpr (std::is_same_v<Kind, OrderingAnswer>) {
          object["type"] = nameOf(QuestionType::ordering);
          object["order"] = answer.order;
        } else if constexpr (std::is_same_v<Kind, HotspotAnswer>) {
          object["type"] = nameOf(QuestionType::hotspot);
          object["region"] = answer.region;
        } else {
          static_assert(sizeof(Kind) == 0, "every answer kind needs its JSON form");
        }
      },
      choice);
  return object.dump();
}

Result<AnswerChoice> answerFromJson(std::string_view text) {
  // The no-throw parse: a damaged row must become an Error, not an exception.
  const nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
  if (object.is_discarded() || !object.is_object()) return unreadable(text, "not JSON");
  const auto type = object.find("type");
  if (type == object.end() || !type->is_string()) return unreadable(text, "no type");

  const auto unsignedList = [&object](const char* key) -> std::optional<std::vector<std::size_t>> {
    const auto list = object.find(key);
    if (list == object.end() || !list->is_array()) return std::nullopt;
    std::vector<std::size_t> values;
    for (const auto& item : *list) {
      if (!item.is_number_unsigned()) return std::nullopt;
      values.push_back(item.get<std::size_t>());
    }
    return values;
  };

  const std::string kind = type->get<std::string>();
  const auto known = parseName(questionTypeNames(), kind);
  if (!known) return unreadable(text, "unknown type " + kind);
  switch (*known) {
    case QuestionType::single_choice: {
      const auto option = object.find("option");
      if (option == object.end() || !option->is_number_unsigned())
        return unreadable(text, "no option");
      return AnswerChoice{SingleChoiceAnswer{option->get<std::size_t>()}};
    }
    case QuestionType::true_false: {
      const auto says_real = object.find("says_real");
      if (says_real == object.end() || !says_real->is_boolean())
        return unreadable(text, "no says_real");
      BinaryAnswer answer{says_real->get<bool>(), std::nullopt};
      if (const auto confidence = object.find("confidence");
          confidence != object.end() && confidence->is_number()) {
        answer.confidence = confidence->get<double>();
      }
      return AnswerChoice{answer};
    }
    case QuestionType::multiple_choice: {
      auto options = unsignedList("options");
      if (!options) return unreadable(text, "no options");
      return AnswerChoice{MultipleChoiceAnswer{std::move(*options)}};
    }
    case QuestionType::ordering: {
      auto order = unsignedList("order");
      if (!order) return unreadable(text, "no order");
      return AnswerChoice{OrderingAnswer{std::move(*order)}};
    }
    case QuestionType::hotspot: {
      const auto region = object.find("region");
      if (region == object.end() || !region->is_string()) return unreadable(text, "no region");
      return AnswerChoice{HotspotAnswer{region->get<std::string>()}};
    }
  }
  return unreadable(text, "unknown type " + kind);
}

}  // namespace esprit::storage
