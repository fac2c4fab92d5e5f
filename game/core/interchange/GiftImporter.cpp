// GIFT -> Pack. The text is cut into blocks at blank lines, each block is one
// question (or a $CATEGORY line), and each is read the way Moodle reads it:
// escapes first, then the name, the {answers}, and the answer markers. A
// question that starts without a blank line above it (a ::name:: line, or a
// second { } once the answers have closed) is cut off as its own block.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/GiftImporter.hpp"

#include "core/PackLimits.hpp"
#include "core/TrimmedText.hpp"
#include "core/interchange/CsvLayout.hpp"
#include "core/interchange/GiftText.hpp"
#include "core/interchange/Identifiers.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>

namespace esprit::interchange {
namespace {

constexpr std::size_t kMaximumOptions = PackLimits{}.max_options;
constexpr std::size_t kMinimumOptions = PackLimits{}.min_options;
constexpr std::string_view kGeneralFeedbackMarker = "####";
constexpr std::string_view kMissingWordBlank = "_____";

struct GiftBlock {
  int first_line = 1;
  std::string text;  // comment lines emptied, so line i of the text is file line first_line + i
  std::vector<std::string> comments;  // the comment lines just above and inside the question
  bool answers_closed = false;        // a { } has opened and closed again
  bool follows_without_blank_line = false;
};

bool isCommentLine(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line.substr(first).starts_with("//");
}

// Unescaped '{' minus unescaped '}' on one line.
int braceBalance(std::string_view line) {
  int balance = 0;
  for (std::size_t index = 0; index < line.size(); ++index) {
    if (line[index] == '\\') {
      ++index;
    } else if (line[index] == '{') {
      ++balance;
    } else if (line[index] == '}') {
      --balance;
    }
  }
  return balance;
}

// Whether a line continues a list of answers: teachers often space answers
// out with blank lines, which Moodle's rule would cut in half.
bool looksLikeAnswerLine(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const char start = line[first];
  return start == '~' || start == '=' || start == '}' || start == '#' || start == '%';
}

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

bool isBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool hasUnescapedBrace(std::string_view line) {
  for (std::size_t index = 0; index < line.size(); ++index) {
    if (line[index] == '\\') {
      ++index;
    } else if (line[index] == '{') {
      return true;
    }
  }
  return false;
}

// Whether a written line inside a block is really the start of the next
// question, the blank line between them forgotten. A teacher's prompt may run
// over several lines, and a missing-word question goes on after its }, so
// only what no question contains twice counts: a ::name:: at the start of a
// line, a category, or a second { } block.
bool startsAnotherQuestion(std::string_view line, const GiftBlock& block) {
  // A category's block is read line by line already (see readBlock).
  const std::size_t block_start = block.text.find_first_not_of(" \t\n");
  if (block_start != std::string::npos &&
      std::string_view(block.text).substr(block_start).starts_with("$CATEGORY:")) {
    return false;
  }
  const std::size_t first = line.find_first_not_of(" \t");
  const std::string_view written = line.substr(first);
  if (written.starts_with("::") && written.find("::", 2) != std::string_view::npos) return true;
  if (written.starts_with("$CATEGORY:")) return true;
  return block.answers_closed && hasUnescapedBrace(written);
}

// Blank lines end a question, except inside an open { } when the next
// written line is another answer.
std::vector<GiftBlock> splitIntoBlocks(std::string_view text) {
  const std::vector<std::string_view> lines = splitLines(text);
  std::vector<GiftBlock> blocks;
  GiftBlock current;
  std::vector<std::string> pending_comments;
  std::size_t trailing_comments = 0;  // comment lines since the block's last written line
  bool in_block = false;
  int open_braces = 0;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string_view line = lines[index];
    const int line_number = static_cast<int>(index) + 1;
    if (isBlank(line)) {
      bool continues = false;
      if (in_block && open_braces > 0) {
        std::size_t next = index + 1;
        while (next < lines.size() && (isBlank(lines[next]) || isCommentLine(lines[next]))) ++next;
        continues = next < lines.size() && looksLikeAnswerLine(lines[next]);
      }
      if (continues) {
        current.text += '\n';
        continue;
      }
      if (in_block) blocks.push_back(std::move(current));
      current = GiftBlock{};
      pending_comments.clear();
      trailing_comments = 0;
      in_block = false;
      open_braces = 0;
    } else if (isCommentLine(line)) {
      if (in_block) {
        current.text += '\n';
        current.comments.emplace_back(line);
        ++trailing_comments;
      } else {
        pending_comments.emplace_back(line);
      }
    } else {
      bool follows = false;
      if (in_block && open_braces <= 0 && startsAnotherQuestion(line, current)) {
        // Comments just above the new question belong to it (Moodle's tags sit there).
        const auto moved = current.comments.end() - static_cast<std::ptrdiff_t>(trailing_comments);
        pending_comments.assign(std::make_move_iterator(moved),
                                std::make_move_iterator(current.comments.end()));
        current.comments.erase(moved, current.comments.end());
        blocks.push_back(std::move(current));
        current = GiftBlock{};
        in_block = false;
        open_braces = 0;
        follows = true;
      }
      trailing_comments = 0;
      if (!in_block) {
        current.first_line = line_number;
        current.comments = std::move(pending_comments);
        current.follows_without_blank_line = follows;
        pending_comments.clear();
        in_block = true;
      } else {
        current.text += '\n';
      }
      current.text += line;
      const bool had_open = open_braces > 0 || hasUnescapedBrace(line);
      open_braces += braceBalance(line);
      if (had_open && open_braces <= 0) current.answers_closed = true;
    }
  }
  if (in_block) blocks.push_back(std::move(current));
  return blocks;
}

// "$course$/top/Fake news" -> "Fake news": the last part of a category path.
std::string categoryTitle(std::string_view path) {
  std::string title = trimmed(path);
  const std::size_t slash = title.find_last_of('/');
  if (slash != std::string::npos) title = trimmed(std::string_view(title).substr(slash + 1));
  if (title.starts_with('$') && title.ends_with('$')) return {};
  return title;
}

// The '#' that starts feedback. A '#' inside a character reference such as
// "&#39;" is text: HTML written by hand rarely escapes it as \#.
std::size_t findFeedbackMarker(std::string_view text, std::size_t from = 0) {
  for (std::size_t hash = text.find('#', from); hash != std::string_view::npos;
       hash = text.find('#', hash + 1)) {
    if (hash == 0 || text[hash - 1] != '&') return hash;
    std::size_t end = hash + 1;
    if (end < text.size() && (text[end] == 'x' || text[end] == 'X')) ++end;
    const std::size_t digits_start = end;
    while (end < text.size() && std::isxdigit(static_cast<unsigned char>(text[end]))) ++end;
    const bool is_reference = end > digits_start && end < text.size() && text[end] == ';';
    if (!is_reference) return hash;
  }
  return std::string_view::npos;
}

// Moodle writes a question's tags in a comment: "// [tag:lateral-reading]".
std::vector<std::string> readTags(const std::vector<std::string>& comments) {
  constexpr std::string_view kTagMarker = "[tag:";
  std::vector<std::string> tags;
  for (const std::string& comment : comments) {
    std::size_t start = comment.find(kTagMarker);
    while (start != std::string::npos) {
      const std::size_t end = comment.find(']', start);
      if (end == std::string::npos) break;
      std::string tag = trimmed(std::string_view(comment).substr(start + kTagMarker.size(),
                                                                 end - start - kTagMarker.size()));
      if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) {
        tags.push_back(std::move(tag));
      }
      start = comment.find(kTagMarker, end);
    }
  }
  return tags;
}

struct GiftAnswer {
  std::string text;      // protected
  std::string feedback;  // protected
  bool marked_equals = false;
  std::optional<double> weight;  // percent, from %50%
  std::size_t offset = 0;        // in the answer text, for line numbers
};

// "%-33.333%": a percentage weight at the start of an answer.
std::optional<double> takeWeight(std::string& answer) {
  if (answer.empty() || answer.front() != '%') return std::nullopt;
  const std::size_t close = answer.find('%', 1);
  if (close == std::string::npos) return std::nullopt;
  const std::string number = answer.substr(1, close - 1);
  double value = 0;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (error != std::errc{} || end != number.data() + number.size()) return std::nullopt;
  answer.erase(0, close + 1);
  return value;
}

std::vector<GiftAnswer> splitAnswers(std::string_view answer_text) {
  std::vector<GiftAnswer> answers;
  std::size_t index = 0;
  // Text before the first marker is an answer too, as Moodle reads it.
  const std::size_t first_marker = answer_text.find_first_of("~=");
  const std::string lead = trimmed(answer_text.substr(0, first_marker));
  if (!lead.empty()) answers.push_back(GiftAnswer{lead, {}, false, std::nullopt, 0});
  index = first_marker;
  while (index != std::string_view::npos && index < answer_text.size()) {
    const std::size_t next = answer_text.find_first_of("~=", index + 1);
    GiftAnswer answer;
    answer.marked_equals = answer_text[index] == '=';
    answer.offset = index;
    std::string body = trimmed(answer_text.substr(
        index + 1, next == std::string_view::npos ? std::string_view::npos : next - index - 1));
    // Only '~' answers carry a weight, as in Moodle; "=%50% off" is text.
    if (!answer.marked_equals) answer.weight = takeWeight(body);
    const std::size_t hash = findFeedbackMarker(body);
    if (hash != std::string::npos) {
      answer.feedback = trimmed(std::string_view(body).substr(hash + 1));
      body = trimmed(std::string_view(body).substr(0, hash));
    }
    answer.text = body;
    answers.push_back(std::move(answer));
    index = next;
  }
  return answers;
}

std::string formatPercent(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr) + "%";
}

std::string upperAscii(std::string text) {
  for (char& character : text) {
    character = static_cast<char>(std::toupper(static_cast<unsigned char>(character)));
  }
  return text;
}

// Turns offsets in a block's text into file lines.
struct BlockPlace {
  int first_line = 1;
  std::string_view text;
  std::size_t base = 0;  // offsets given to lineOf count from here

  int lineOf(std::size_t offset) const {
    const std::size_t end = std::min(base + offset, text.size());
    return first_line + static_cast<int>(std::count(
                            text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
  }
};

class GiftImport {
 public:
  GiftImport(std::string_view text, const ImportOptions& options)
      : text_(text), options_(options) {}
  ImportResult run();

 private:
  void readBlock(const GiftBlock& block);
  void readCategory(std::string_view path, int line);
  bool readMultipleChoice(Question& question, std::string_view answer_text, const BlockPlace& place,
                          GiftTextFormat format, std::vector<std::string>& feedback_lines);
  void readTrueFalse(Question& question, std::string_view answer_text, GiftTextFormat format,
                     int line, std::vector<std::string>& feedback_lines);
  std::string plain(std::string_view protected_text, GiftTextFormat format, int line);
  std::string plainInherited(std::string_view protected_text, GiftTextFormat inherited, int line);

  void error(int line, std::string message) {
    result_.problems.push_back(
        makeProblem(Severity::error, options_.file, line, 1, std::move(message)));
  }
  void warning(int line, std::string message) {
    result_.problems.push_back(
        makeProblem(Severity::warning, options_.file, line, 1, std::move(message)));
  }

  std::string_view text_;
  const ImportOptions& options_;
  ImportResult result_;
  QuestionIdAllocator ids_;
  std::size_t question_number_ = 0;
  std::string first_category_;
  std::string current_category_;
};

// Converts one piece of text and reports what HTML could not carry over.
std::string GiftImport::plain(std::string_view protected_text, GiftTextFormat format, int line) {
  PlainText converted = giftTextToPlain(protected_text, format);
  for (const std::string& entity : converted.unknown_entities) {
    warning(line, "\"" + entity +
                      "\" is not a character name Esprit knows, so it was left "
                      "as written. Replace it with the character itself.");
  }
  for (const std::string& element : converted.dropped_elements) {
    warning(line, "The <" + element +
                      "> in this question has no text form and was left out. "
                      "Add pictures as an image scenario instead.");
  }
  return converted.text;
}

// Text and format of one answer or feedback, which inherit the question's format.
std::string GiftImport::plainInherited(std::string_view protected_text, GiftTextFormat inherited,
                                       int line) {
  std::string text(protected_text);
  const GiftTextFormat format = takeGiftTextFormat(text, inherited);
  return plain(text, format, line);
}

bool GiftImport::readMultipleChoice(Question& question, std::string_view answer_text,
                                    const BlockPlace& place, GiftTextFormat format,
                                    std::vector<std::string>& feedback_lines) {
  const std::vector<GiftAnswer> answers = splitAnswers(answer_text);
  // As in Moodle: an '=' makes a one-answer question, weights alone a
  // select-all-that-apply one.
  const bool single = answer_text.find('=') != std::string_view::npos;
  std::vector<std::size_t> correct;
  std::vector<double> positive_weights;
  bool partial_credit_dropped = false;
  for (const GiftAnswer& answer : answers) {
    const int line = place.lineOf(answer.offset);
    const std::string option = plainInherited(answer.text, format, line);
    if (option.empty()) {
      error(line, "Answer " + std::to_string(question.options.size() + 1) +
                      " of this question is empty, so the question was not imported.");
      return false;
    }
    const double weight = answer.marked_equals ? 100 : answer.weight.value_or(0);
    if (single) {
      if (answer.marked_equals) {
        correct.push_back(question.options.size());
      } else if (weight > 0) {
        partial_credit_dropped = true;
      }
    } else if (weight > 0) {
      correct.push_back(question.options.size());
      positive_weights.push_back(weight);
    }
    if (!answer.feedback.empty()) {
      const std::string feedback = plainInherited(answer.feedback, format, line);
      if (!feedback.empty()) feedback_lines.push_back(option + ": " + feedback);
    }
    question.options.push_back(option);
  }
  const int line = place.lineOf(0);
  if (question.options.size() < kMinimumOptions) {
    error(line,
          "This question has fewer than two answers, so it was not imported. Esprit needs "
          "at least two answers to choose from.");
    return false;
  }
  if (question.options.size() > kMaximumOptions) {
    error(line, "This question has " + std::to_string(question.options.size()) +
                    " answers; Esprit shows at most 10, so it was not imported.");
    return false;
  }
  if (correct.empty()) {
    error(line,
          "No answer of this question is marked right, so it was not imported. Mark the "
          "right answer with = or give each right answer a positive weight such as ~%50%.");
    return false;
  }
  if (single && correct.size() == 1) {
    question.type = QuestionType::single_choice;
    question.correct_option = correct.front();
  } else {
    question.type = QuestionType::multiple_choice;
    question.correct_options = correct;
  }
  if (single && correct.size() > 1) {
    warning(line,
            "Several answers are marked right with =. In Moodle any one of them is enough; "
            "Esprit asks the player to select all of them.");
  }
  if (partial_credit_dropped) {
    warning(line,
            "Answers with a % weight give partial credit in Moodle; Esprit has no partial "
            "credit here, so only the answer marked with = counts as right.");
  }
  if (std::adjacent_find(positive_weights.begin(), positive_weights.end(), std::not_equal_to<>()) !=
      positive_weights.end()) {
    std::string weights;
    for (const double weight : positive_weights) {
      if (!weights.empty()) weights += ", ";
      weights += formatPercent(weight);
    }
    warning(line, "The right answers have different weights (" + weights +
                      "); Esprit counts every right answer the same.");
  }
  return true;
}

void GiftImport::readTrueFalse(Question& question, std::string_view answer_text,
                               GiftTextFormat format, int line,
                               std::vector<std::string>& feedback_lines) {
  // {TRUE#shown to who answers wrong#shown to who answers right}
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (parts.size() < 2) {
    const std::size_t hash = findFeedbackMarker(answer_text, start);
    if (hash == std::string_view::npos) break;
    parts.emplace_back(answer_text.substr(start, hash - start));
    start = hash + 1;
  }
  parts.emplace_back(answer_text.substr(start));
  const std::string value = upperAscii(trimmed(parts.front()));
  question.type = QuestionType::true_false;
  question.wording = BinaryWording::true_false;
  question.is_real = value == "T" || value == "TRUE";

  const BinaryAnswerWords words =
      binaryAnswerWordsFor(BinaryWording::true_false, result_.pack.metadata.language);
  const std::string right_word(question.is_real ? words.true_word : words.false_word);
  const std::string wrong_word(question.is_real ? words.false_word : words.true_word);
  if (parts.size() > 1) {
    const std::string feedback = plainInherited(parts[1], format, line);
    if (!feedback.empty()) feedback_lines.push_back(wrong_word + ": " + feedback);
  }
  if (parts.size() > 2) {
    const std::string feedback = plainInherited(parts[2], format, line);
    if (!feedback.empty()) feedback_lines.push_back(right_word + ": " + feedback);
  }
}

void GiftImport::readCategory(std::string_view path, int line) {
  const std::string title = categoryTitle(restoreGiftEscapes(path));
  if (title.empty() || title == current_category_) return;
  if (first_category_.empty()) {
    first_category_ = title;
  } else {
    warning(line, "Esprit packs have no categories, so the questions of category \"" + title +
                      "\" join the same pack as those before. Import each category on its own "
                      "to make separate packs.");
  }
  current_category_ = title;
}

void GiftImport::readBlock(const GiftBlock& block) {
  const std::string text = protectGiftEscapes(block.text);
  const BlockPlace place{block.first_line, text};
  std::size_t start = text.find_first_not_of(" \t\n");
  if (start == std::string::npos) return;

  constexpr std::string_view kCategoryMarker = "$CATEGORY:";
  if (std::string_view(text).substr(start).starts_with(kCategoryMarker)) {
    // Moodle wants a blank line after the category; a question written right
    // below it is read as its own block rather than swallowed as the path.
    // The category line is the block's first line, in both texts.
    const std::size_t line_end = text.find('\n', start);
    readCategory(std::string_view(text).substr(start + kCategoryMarker.size(),
                                               line_end == std::string::npos
                                                   ? std::string::npos
                                                   : line_end - start - kCategoryMarker.size()),
                 block.first_line);
    GiftBlock rest;
    rest.first_line = block.first_line;
    rest.comments = block.comments;
    std::size_t rest_start = block.text.find('\n');
    while (rest_start != std::string::npos) {
      ++rest.first_line;
      const std::size_t next = block.text.find('\n', rest_start + 1);
      const std::string_view line =
          std::string_view(block.text)
              .substr(rest_start + 1,
                      next == std::string::npos ? std::string::npos : next - rest_start - 1);
      if (line.find_first_not_of(" \t") != std::string_view::npos) {
        rest.text = block.text.substr(rest_start + 1);
        readBlock(rest);
        break;
      }
      rest_start = next;
    }
    return;
  }
  ++question_number_;

  std::string name;
  if (std::string_view(text).substr(start).starts_with("::")) {
    const std::size_t name_end = text.find("::", start + 2);
    if (name_end == std::string::npos) {
      warning(block.first_line,
              "The question name opened with :: is never closed with ::, so "
              "it was read as part of the question.");
      start += 2;
    } else {
      name = trimmed(
          restoreGiftEscapes(std::string_view(text).substr(start + 2, name_end - start - 2)));
      start = name_end + 2;
    }
  }
  const std::string described = name.empty() ? "This question" : "Question \"" + name + "\"";

  const std::size_t open = text.find('{', start);
  const std::size_t close = text.find('}', start);
  if (open == std::string::npos && close == std::string::npos) {
    error(block.first_line,
          described +
              " has no answers in { }, so Moodle would show it as a "
              "description between questions. Esprit has no descriptions; it was not imported.");
    return;
  }
  if (open == std::string::npos || close == std::string::npos || close < open) {
    error(block.first_line,
          described +
              " has a { without its } (or the other way round), so "
              "it was not imported. Write \\{ and \\} for braces that are part of the text.");
    return;
  }

  // Two questions on one line: the blank line cannot be put back for them.
  if (const std::size_t second = text.find('{', close + 1); second != std::string::npos) {
    error(place.lineOf(second),
          described +
              " has a second { } block on this line, so it looks like two questions run "
              "together; neither was imported. Put each question on its own lines, with a blank "
              "line between questions.");
    return;
  }

  // A question whose answers sit mid-sentence is a missing-word question.
  std::string prompt_text = text.substr(start, open - start);
  if (!trimmed(std::string_view(text).substr(close + 1)).empty()) {
    prompt_text += std::string(kMissingWordBlank) + text.substr(close + 1);
  }
  std::string_view answer_text = std::string_view(text).substr(open + 1, close - open - 1);
  std::string general_feedback;
  if (const std::size_t marker = answer_text.rfind(kGeneralFeedbackMarker);
      marker != std::string_view::npos) {
    general_feedback = answer_text.substr(marker + kGeneralFeedbackMarker.size());
    answer_text = answer_text.substr(0, marker);
  }
  const std::string trimmed_answers = trimmed(answer_text);
  const int answers_line = place.lineOf(open);

  const GiftTextFormat format = takeGiftTextFormat(prompt_text, GiftTextFormat::moodle);
  Question question;
  question.prompt = plain(prompt_text, format, block.first_line);
  const std::string general = plainInherited(general_feedback, format, answers_line);

  const auto unsupported = [&](std::string_view kind, std::string_view advice) {
    error(block.first_line, described + " is " + std::string(kind) +
                                ", which Esprit does not have, so it was not imported. " +
                                std::string(advice));
  };
  std::vector<std::string> feedback_lines;
  const std::size_t hash = findFeedbackMarker(trimmed_answers);
  const std::string true_false_value =
      upperAscii(trimmed(std::string_view(trimmed_answers).substr(0, hash)));
  if (trimmed_answers.empty()) {
    unsupported("an essay question (empty { })",
                "Esprit only has questions whose answers the player chooses.");
    return;
  } else if (trimmed_answers.front() == '#') {
    unsupported("a numerical question ({#...})",
                "Rewrite it with ~ and = answers to keep it as multiple choice.");
    return;
  } else if (trimmed_answers.find('~') != std::string::npos) {
    const BlockPlace answers_place{place.first_line, text, open + 1};
    if (!readMultipleChoice(question, answer_text, answers_place, format, feedback_lines)) return;
  } else if (trimmed_answers.find('=') != std::string::npos &&
             trimmed_answers.find("->") != std::string::npos) {
    unsupported("a matching question (= item -> match)",
                "Turn each pair into its own multiple-choice question to keep it.");
    return;
  } else if (true_false_value == "T" || true_false_value == "TRUE" || true_false_value == "F" ||
             true_false_value == "FALSE") {
    readTrueFalse(question, answer_text, format, answers_line, feedback_lines);
  } else {
    unsupported("a short-answer question (only = answers, no ~)",
                "Add wrong answers written with ~ to make it multiple choice.");
    return;
  }
  if (question.prompt.empty()) {
    error(block.first_line, described +
                                " has no question text before its answers, so it was "
                                "not imported.");
    return;
  }

  question.explanation = general;
  for (const std::string& line : feedback_lines) {
    if (!question.explanation.empty()) question.explanation += '\n';
    question.explanation += line;
  }
  question.id = ids_.allocate(name, question_number_);
  question.techniques = readTags(block.comments);
  result_.pack.questions.push_back(std::move(question));
  result_.source_lines.push_back(block.first_line);
}

ImportResult GiftImport::run() {
  result_.pack.metadata = makeImportedMetadata(options_, "");
  for (const GiftBlock& block : splitIntoBlocks(text_)) {
    if (block.follows_without_blank_line) {
      warning(block.first_line,
              "This question starts right below the one above, with no blank line between them. "
              "Esprit read them as two questions; add a blank line before this one, as Moodle "
              "needs it to tell questions apart.");
    }
    readBlock(block);
  }
  if (options_.title.empty() && !first_category_.empty()) {
    ImportOptions with_title = options_;
    with_title.title = first_category_;
    result_.pack.metadata = makeImportedMetadata(with_title, "");
  }
  enforcePackLimits(result_, options_.file);
  if (result_.pack.questions.empty()) {
    result_.problems.push_back(makeProblem(Severity::error, options_.file, 0, 0,
                                           "No question could be imported from this file."));
  }
  return std::move(result_);
}

}  // namespace

ImportResult importGift(std::string_view text, const ImportOptions& options) {
  return GiftImport(text, options).run();
}

}  // namespace esprit::interchange
