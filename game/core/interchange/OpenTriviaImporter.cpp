// Open Trivia DB JSON -> Pack. The lead's JsonTree keeps each value's offset,
// so a problem in the 37th result points at its line.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/OpenTriviaImporter.hpp"

#include "core/JsonTree.hpp"
#include "core/PackLimits.hpp"
#include "core/SourceText.hpp"
#include "core/TrimmedText.hpp"
#include "core/interchange/HtmlText.hpp"
#include "core/interchange/Identifiers.hpp"
#include "core/interchange/TextEncoding.hpp"

#include <algorithm>
#include <cstdlib>

namespace esprit::interchange {
namespace {

constexpr std::size_t kMaximumDepth = PackLimits{}.max_depth;
constexpr std::size_t kMaximumOptions = PackLimits{}.max_options;
constexpr std::string_view kOpenTriviaLicence = "CC-BY-SA-4.0";

// How the download was encoded (the site's "encode" setting).
enum class TextCoding { html_entities, base64, url };

std::optional<std::string> decodeBase64(std::string_view text) {
  auto valueOf = [](char character) -> int {
    if (character >= 'A' && character <= 'Z') return character - 'A';
    if (character >= 'a' && character <= 'z') return character - 'a' + 26;
    if (character >= '0' && character <= '9') return character - '0' + 52;
    if (character == '+') return 62;
    if (character == '/') return 63;
    return -1;
  };
  std::string decoded;
  unsigned buffer = 0;
  int bits = 0;
  for (const char character : text) {
    if (character == '=') break;
    const int value = valueOf(character);
    if (value < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      decoded += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  if (!isValidUtf8(decoded)) return std::nullopt;
  return decoded;
}

std::string decodePercentEncoding(std::string_view text) {
  std::string decoded;
  for (std::size_t index = 0; index < text.size(); ++index) {
    if (text[index] == '%' && index + 2 < text.size()) {
      const std::string hex(text.substr(index + 1, 2));
      char* end = nullptr;
      const long value = std::strtol(hex.c_str(), &end, 16);
      if (end == hex.c_str() + 2) {
        decoded += static_cast<char>(value);
        index += 2;
        continue;
      }
    }
    decoded += text[index] == '+' ? ' ' : text[index];
  }
  return isValidUtf8(decoded) ? decoded : std::string(text);
}

TextCoding detectCoding(std::string_view type, std::string_view question) {
  if (type == "multiple" || type == "boolean") {
    // URL encoding leaves "multiple" alone but turns every space into %20.
    if (question.find(' ') == std::string_view::npos &&
        question.find("%20") != std::string_view::npos) {
      return TextCoding::url;
    }
    return TextCoding::html_entities;
  }
  if (const auto decoded = decodeBase64(type);
      decoded && (*decoded == "multiple" || *decoded == "boolean")) {
    return TextCoding::base64;
  }
  return TextCoding::html_entities;
}

class OpenTriviaImport {
 public:
  OpenTriviaImport(std::string_view text, const ImportOptions& options)
      : text_(text), source_(text), options_(options) {}
  ImportResult run();

 private:
  void readResult(JsonValue result, std::size_t number);
  std::optional<std::string> readText(JsonValue object, std::string_view key, TextCoding coding,
                                      std::size_t number);
  std::string decode(JsonValue value, TextCoding coding);

  void add(Severity severity, std::size_t offset, std::string message) {
    const TextPosition position = source_.positionOf(offset);
    result_.problems.push_back(
        makeProblem(severity, options_.file, position.line, position.column, std::move(message)));
  }

  void addAboutFile(Severity severity, std::string message) {
    result_.problems.push_back(makeProblem(severity, options_.file, 0, 0, std::move(message)));
  }

  std::string_view text_;
  SourceText source_;
  const ImportOptions& options_;
  ImportResult result_;
  QuestionIdAllocator ids_;
  std::vector<std::string> categories_;
};

std::string OpenTriviaImport::decode(JsonValue value, TextCoding coding) {
  const std::string_view raw = value.asString();
  std::string text;
  switch (coding) {
    case TextCoding::base64:
      text = decodeBase64(raw).value_or(std::string(raw));
      break;
    case TextCoding::url:
      text = decodePercentEncoding(raw);
      break;
    case TextCoding::html_entities: {
      PlainText plain = decodeHtmlEntities(raw);
      for (const std::string& entity : plain.unknown_entities) {
        add(Severity::warning, value.offset(),
            "\"" + entity +
                "\" is not a character name Esprit knows, so it was left as "
                "written. Replace it with the character itself.");
      }
      text = std::move(plain.text);
      break;
    }
  }
  return trimmed(text);
}

std::optional<std::string> OpenTriviaImport::readText(JsonValue object, std::string_view key,
                                                      TextCoding coding, std::size_t number) {
  const std::optional<JsonValue> value = object.find(key);
  if (!value || !value->isString()) {
    add(Severity::error, value ? value->offset() : object.offset(),
        "Result " + std::to_string(number) + " has no text \"" + std::string(key) +
            "\", so it was not imported.");
    return std::nullopt;
  }
  std::string text = decode(*value, coding);
  if (text.empty()) {
    add(Severity::error, value->offset(),
        "Result " + std::to_string(number) + " has an empty \"" + std::string(key) +
            "\", so it was not imported.");
    return std::nullopt;
  }
  return text;
}

void OpenTriviaImport::readResult(JsonValue result, std::size_t number) {
  const std::string label = "Result " + std::to_string(number);
  if (!result.isObject()) {
    add(Severity::error, result.offset(), label + " is not a question object, so it was skipped.");
    return;
  }
  const std::optional<JsonValue> type_value = result.find("type");
  const std::optional<JsonValue> question_value = result.find("question");
  if (!type_value || !type_value->isString()) {
    add(Severity::error, result.offset(),
        label + " has no \"type\" (multiple or boolean), so it was not imported.");
    return;
  }
  const TextCoding coding =
      detectCoding(type_value->asString(),
                   question_value && question_value->isString() ? question_value->asString() : "");
  const std::string type = decode(*type_value, coding);
  if (type != "multiple" && type != "boolean") {
    add(Severity::error, type_value->offset(),
        label + " has the type \"" + type +
            "\"; Esprit reads only \"multiple\" and \"boolean\", "
            "so it was not imported.");
    return;
  }
  Question question;
  const auto prompt = readText(result, "question", coding, number);
  const auto correct = readText(result, "correct_answer", coding, number);
  if (!prompt || !correct) return;
  question.prompt = *prompt;

  if (const auto difficulty = result.find("difficulty"); difficulty && difficulty->isString()) {
    const std::string level = decode(*difficulty, coding);
    if (level == "easy") {
      question.difficulty = Difficulty::easy;
    } else if (level == "hard") {
      question.difficulty = Difficulty::hard;
    } else if (level != "medium") {
      add(Severity::warning, difficulty->offset(),
          label + " has the difficulty \"" + level + "\"; it was imported as medium.");
    }
  }
  if (const auto category = result.find("category"); category && category->isString()) {
    const std::string name = decode(*category, coding);
    if (!name.empty() &&
        std::find(categories_.begin(), categories_.end(), name) == categories_.end()) {
      categories_.push_back(name);
    }
  }

  if (type == "boolean") {
    if (*correct != "True" && *correct != "False") {
      add(Severity::error, result.offset(),
          label + " is a true/false question whose answer is \"" + *correct +
              "\" instead of True or False, so it was not imported.");
      return;
    }
    question.type = QuestionType::true_false;
    question.wording = BinaryWording::true_false;
    question.is_real = *correct == "True";
  } else {
    const std::optional<JsonValue> incorrect = result.find("incorrect_answers");
    if (!incorrect || !incorrect->isArray() || incorrect->size() == 0) {
      add(Severity::error, incorrect ? incorrect->offset() : result.offset(),
          label + " has no list of \"incorrect_answers\", so it was not imported.");
      return;
    }
    std::vector<std::string> wrong;
    for (std::size_t index = 0; index < incorrect->size(); ++index) {
      const JsonValue answer = incorrect->at(index);
      std::string text = answer.isString() ? decode(answer, coding) : std::string();
      if (text.empty()) {
        add(Severity::error, answer.offset(),
            label + ": wrong answer " + std::to_string(index + 1) +
                " is not a text, so the question was not imported.");
        return;
      }
      wrong.push_back(std::move(text));
    }
    if (wrong.size() + 1 > kMaximumOptions) {
      add(Severity::error, incorrect->offset(),
          label + " has " + std::to_string(wrong.size() + 1) +
              " answers; Esprit shows at most 10, so it was not imported.");
      return;
    }
    // The site always lists the right answer apart; placing it at a position
    // that moves from question to question keeps the validator from warning
    // that the right answer is always first.
    question.type = QuestionType::single_choice;
    question.options = std::move(wrong);
    question.correct_option = (number - 1) % (question.options.size() + 1);
    question.options.insert(
        question.options.begin() + static_cast<std::ptrdiff_t>(question.correct_option), *correct);
  }
  question.id = ids_.allocate("", number);
  result_.pack.questions.push_back(std::move(question));
  result_.source_lines.push_back(source_.positionOf(result.offset()).line);
}

ImportResult OpenTriviaImport::run() {
  result_.pack.metadata = makeImportedMetadata(options_, "");
  JsonTree::ParseResult parsed = JsonTree::parse(text_, kMaximumDepth);
  if (!parsed.tree) {
    add(Severity::error, parsed.error ? parsed.error->offset : 0,
        "Nothing was imported: " +
            (parsed.error ? parsed.error->message : std::string("the text could not be read.")));
    return std::move(result_);
  }
  const JsonValue root = parsed.tree->root();
  if (!root.isObject()) {
    add(Severity::error, root.offset(),
        "An Open Trivia Database file is an object with \"results\"; this is not one, so nothing "
        "was imported.");
    return std::move(result_);
  }
  if (const auto code = root.find("response_code");
      code && code->isInteger() && code->asInteger() != 0) {
    static constexpr std::string_view kMeanings[] = {
        "",
        "the database had fewer questions than asked for",
        "the request had an invalid setting",
        "the session token was not found",
        "the session token has already returned every question; reset it",
        "too many requests were made; wait a few seconds and ask again"};
    const std::int64_t value = code->asInteger();
    const std::string meaning =
        value > 0 && value < 6 ? std::string(kMeanings[value]) : "an unknown error";
    add(Severity::error, code->offset(),
        "The download reports response code " + std::to_string(value) + ": " + meaning + ".");
  }
  const std::optional<JsonValue> results = root.find("results");
  if (!results || !results->isArray()) {
    add(Severity::error, root.offset(), "There is no \"results\" list, so nothing was imported.");
    return std::move(result_);
  }
  for (std::size_t index = 0; index < results->size(); ++index) {
    readResult(results->at(index), index + 1);
  }
  if (options_.title.empty() && categories_.size() == 1) {
    ImportOptions with_title = options_;
    with_title.title = categories_.front();
    result_.pack.metadata = makeImportedMetadata(with_title, "");
  }
  enforcePackLimits(result_, options_.file);
  if (!result_.pack.questions.empty()) {
    // The database shares its questions under CC BY-SA 4.0; the pack keeps that.
    PackMetadata& metadata = result_.pack.metadata;
    metadata.licence = std::string(kOpenTriviaLicence);
    metadata.authors = {"Open Trivia Database contributors"};
    std::string description = "Questions from the Open Trivia Database";
    if (!categories_.empty()) {
      description += " (";
      for (std::size_t index = 0; index < categories_.size(); ++index) {
        if (index > 0) description += ", ";
        description += categories_[index];
      }
      description += ")";
    }
    metadata.description = description + ".";
    addAboutFile(
        Severity::warning,
        "Open Trivia Database questions are shared under the CC BY-SA 4.0 licence, so the pack "
        "says so: keep the licence and the credit when you share it. They also come without "
        "explanations; add one to each question so players learn why.");
  } else {
    addAboutFile(Severity::error, "No question could be imported from this file.");
  }
  return std::move(result_);
}

}  // namespace

ImportResult importOpenTrivia(std::string_view text, const ImportOptions& options) {
  return OpenTriviaImport(text, options).run();
}

}  // namespace esprit::interchange
