// Reading request bodies, checking names, and answers to and from the wire.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/Protocol.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace esprit::classroom {
namespace {

// Decodes one UTF-8 sequence at `at`; false for bytes that are not UTF-8.
bool nextCodePoint(std::string_view text, std::size_t& at, char32_t& code) {
  const auto byte = static_cast<unsigned char>(text[at]);
  int extra = 0;
  if (byte < 0x80) {
    code = byte;
  } else if ((byte & 0xE0) == 0xC0 && byte >= 0xC2) {
    code = byte & 0x1F;
    extra = 1;
  } else if ((byte & 0xF0) == 0xE0) {
    code = byte & 0x0F;
    extra = 2;
  } else if ((byte & 0xF8) == 0xF0 && byte <= 0xF4) {
    code = byte & 0x07;
    extra = 3;
  } else {
    return false;
  }
  if (at + extra >= text.size()) return false;  // the sequence is cut short
  for (int index = 1; index <= extra; ++index) {
    const auto next = static_cast<unsigned char>(text[at + index]);
    if ((next & 0xC0) != 0x80) return false;
    code = (code << 6) | (next & 0x3F);
  }
  // Overlong forms and surrogates are not UTF-8.
  if ((extra == 2 && code < 0x800) || (extra == 3 && (code < 0x10000 || code > 0x10FFFF)) ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return false;
  }
  at += extra + 1;
  return true;
}

// Characters that are invisible or turn text around: a name holding one
// could hide another name or scramble the projector's line.
bool isInvisibleOrControl(char32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0xAD ||
         (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2060 && code <= 0x2069) || code == 0xFEFF || (code >= 0xFFF9 && code <= 0xFFFB);
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

Error refused(std::string message) {
  return Error{ErrorKind::invalid_input, std::move(message), 0};
}

// A 1-based option number of this question, turned into the pack's 0-based index.
std::optional<std::size_t> optionNumber(const nlohmann::json& value, std::size_t option_count) {
  if (!value.is_number_integer()) return std::nullopt;
  const auto number = value.get<long long>();
  if (number < 1 || static_cast<std::size_t>(number) > option_count) return std::nullopt;
  return static_cast<std::size_t>(number - 1);
}

// A list's option numbers as indexes, in the order given; nullopt when one
// is not an option number or comes twice.
std::optional<std::vector<std::size_t>> distinctOptionNumbers(const nlohmann::json& list,
                                                              std::size_t option_count) {
  std::vector<std::size_t> options;
  for (const auto& value : list) {
    const auto option = optionNumber(value, option_count);
    if (!option || std::find(options.begin(), options.end(), *option) != options.end()) {
      return std::nullopt;
    }
    options.push_back(*option);
  }
  return options;
}

}  // namespace

Reply errorReply(int status, std::string message) {
  return Reply{status, nlohmann::json{{"error", std::move(message)}}};
}

std::variant<nlohmann::json, Reply> readBody(std::string_view body,
                                             std::initializer_list<std::string_view> allowed) {
  if (body.size() > kMaxBodyBytes) {
    return errorReply(413, "The request is too large: at most " + std::to_string(kMaxBodyBytes) +
                               " bytes are read.");
  }
  auto parsed = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
  if (parsed.is_discarded()) {
    return errorReply(400, "The request body is not JSON: send one JSON object.");
  }
  if (!parsed.is_object()) return errorReply(400, "The request body must be one JSON object.");
  for (const auto& [name, value] : parsed.items()) {
    (void)value;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string list;
      for (const auto field : allowed) list += (list.empty() ? "" : ", ") + std::string(field);
      return errorReply(
          400, "Unknown field \"" + name.substr(0, 40) + "\": this request takes " + list + ".");
    }
  }
  return parsed;
}

Result<std::string> checkNickname(std::string_view typed) {
  const std::string_view name = trim(typed);
  if (name.empty()) return refused("Type a name of at least one letter.");
  std::size_t at = 0;
  std::size_t count = 0;
  while (at < name.size()) {
    char32_t code = 0;
    if (!nextCodePoint(name, at, code)) return refused("The name is not valid UTF-8 text.");
    if (isInvisibleOrControl(code)) {
      return refused("The name holds a control or invisible character: type letters.");
    }
    if (code == '<' || code == '>') return refused("A name cannot hold < or >.");
    ++count;
  }
  if (count > kMaxNicknameCharacters) {
    return refused("The name is too long: use at most " + std::to_string(kMaxNicknameCharacters) +
                   " characters.");
  }
  return std::string(name);
}

bool looksLikeJoinCode(std::string_view text) {
  return text.size() == kJoinCodeDigits &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool looksLikeToken(std::string_view text) {
  return text.size() == kTokenCharacters && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Result<AnswerChoice> answerFromWire(const Question& question, const nlohmann::json& answer,
                                    const nlohmann::json* confidence, bool asks_confidence) {
  if (confidence != nullptr && !confidence->is_null()) {
    if (!asks_confidence) {
      return refused("This question does not ask how sure you are: leave \"confidence\" out.");
    }
    if (!confidence->is_number() || confidence->get<double>() < 0.5 ||
        confidence->get<double>() > 1.0 || !std::isfinite(confidence->get<double>())) {
      return refused("\"confidence\" must be a number from 0.5 to 1.");
    }
  }
  const std::size_t count = question.options.size();
  switch (question.type) {
    case QuestionType::single_choice: {
      const auto option = optionNumber(answer, count);
      if (!option) {
        return refused("\"answer\" must be an option number from 1 to " + std::to_string(count) +
                       ".");
      }
      return AnswerChoice{SingleChoiceAnswer{*option}};
    }
    case QuestionType::true_false: {
      if (!answer.is_boolean()) return refused("\"answer\" must be true or false.");
      BinaryAnswer binary;
      binary.says_real = answer.get<bool>();
      if (confidence != nullptr && confidence->is_number())
        binary.confidence = confidence->get<double>();
      return AnswerChoice{binary};
    }
    case QuestionType::multiple_choice: {
      if (!answer.is_array() || answer.size() > count) {
        return refused("\"answer\" must be a list of option numbers from 1 to " +
                       std::to_string(count) + ".");
      }
      auto picked = distinctOptionNumbers(answer, count);
      if (!picked) {
        return refused("\"answer\" must list different option numbers from 1 to " +
                       std::to_string(count) + ".");
      }
      std::sort(picked->begin(), picked->end());
      return AnswerChoice{MultipleChoiceAnswer{std::move(*picked)}};
    }
    case QuestionType::ordering: {
      if (!answer.is_array() || answer.size() != count) {
        return refused("\"answer\" must list all " + std::to_string(count) +
                       " item numbers in your order.");
      }
      auto order = distinctOptionNumbers(answer, count);
      if (!order) {
        return refused("\"answer\" must list each item number from 1 to " + std::to_string(count) +
                       " once.");
      }
      return AnswerChoice{OrderingAnswer{std::move(*order)}};
    }
    case QuestionType::hotspot: {
      if (!answer.is_string()) return refused("\"answer\" must be a region id (\"\" for none).");
      const auto region = answer.get<std::string>();
      const bool known = region.empty() ||
                         std::any_of(question.regions.begin(), question.regions.end(),
                                     [&](const HotspotRegion& item) { return item.id == region; });
      if (!known) return refused("\"answer\" names no region of this question.");
      return AnswerChoice{HotspotAnswer{region}};
    }
  }
  return refused("This question cannot be answered.");
}

nlohmann::json answerToWire(const AnswerChoice& choice) {
  struct Visitor {
    nlohmann::json operator()(const SingleChoiceAnswer& value) const { return value.option + 1; }
    nlohmann::json operator()(const BinaryAnswer& value) const { return value.says_real; }
    nlohmann::json operator()(const MultipleChoiceAnswer& value) const {
      auto list = nlohmann::json::array();
      for (const auto option : value.options) list.push_back(option + 1);
      return list;
    }
    nlohmann::json operator()(const OrderingAnswer& value) const {
      auto list = nlohmann::json::array();
      for (const auto option : value.order) list.push_back(option + 1);
      return list;
    }
    nlohmann::json operator()(const HotspotAnswer& value) const { return value.region; }
  };
  return std::visit(Visitor{}, choice);
}

nlohmann::json correctAnswerToWire(const Question& question) {
  switch (question.type) {
    case QuestionType::single_choice:
      return question.correct_option + 1;
    case QuestionType::true_false:
      return question.is_real;
    case QuestionType::multiple_choice: {
      auto list = nlohmann::json::array();
      for (const auto option : question.correct_options) list.push_back(option + 1);
      return list;
    }
    case QuestionType::ordering: {
      auto list = nlohmann::json::array();
      for (std::size_t index = 0; index < question.options.size(); ++index)
        list.push_back(index + 1);
      return list;
    }
    case QuestionType::hotspot:
      return question.correct_regions;
  }
  return nullptr;
}

bool sameAnswer(const AnswerChoice& first, const AnswerChoice& second) {
  if (first.index() != second.index()) return false;
  if (const auto* binary = std::get_if<BinaryAnswer>(&first)) {
    const auto& other = std::get<BinaryAnswer>(second);
    if (binary->says_real != other.says_real) return false;
    if (binary->confidence.has_value() != other.confidence.has_value()) return false;
    return !binary->confidence || std::abs(*binary->confidence - *other.confidence) < 1e-9;
  }
  return answerToWire(first) == answerToWire(second);
}

}  // namespace esprit::classroom
