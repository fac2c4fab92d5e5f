// Header recognition and the true/false answer words of the CSV layout.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/CsvLayout.hpp"

#include "core/interchange/Identifiers.hpp"

#include <array>
#include <charconv>

namespace esprit::interchange {
namespace {

constexpr std::size_t kHeaderSlugLength = 64;

// Header words after slugify(): lower case, accents folded, '-' between words.
constexpr std::array<std::string_view, 6> kCorrectWords = {"correct", "bonne",   "bonnes",
                                                           "juist",   "richtig", "right"};
constexpr std::array<std::string_view, 5> kQuestionWords = {"question", "vraag", "frage",
                                                            "pregunta", "prompt"};
constexpr std::array<std::string_view, 9> kAnswerWords = {
    "answer", "reponse", "antwoord", "antwort", "option", "choice", "choix", "respuesta", "keuze"};
constexpr std::array<std::string_view, 5> kTimeWords = {"time", "temps", "tijd", "zeit", "duree"};
constexpr std::array<std::string_view, 5> kExplanationWords = {"explanation", "explication",
                                                               "uitleg", "erklarung", "feedback"};
constexpr std::array<std::string_view, 4> kDifficultyWords = {"difficulty", "difficulte",
                                                              "moeilijkheid", "schwierigkeit"};
constexpr std::array<std::string_view, 4> kTechniqueWords = {"techniques", "technique",
                                                             "technieken", "techniken"};

// Every pair in both orders is recognized, as the wording of its first entry;
// the first pair of each wording and language is the one written on export.
// The words are those of the game's buttons (assets/i18n), so a French
// real/fake item exports as Vrai/Faux, as the French game shows it.
constexpr std::array<BinaryAnswerWords, 11> kBinaryWords = {{
    {"True", "False", BinaryWording::true_false, ""},
    {"Real", "Fake", BinaryWording::real_fake, ""},
    {"Reliable", "Unreliable", BinaryWording::reliable_unreliable, ""},
    {"Vrai", "Faux", BinaryWording::true_false, "fr"},
    {"Vrai", "Faux", BinaryWording::real_fake, "fr"},
    {"Fiable", "Pas fiable", BinaryWording::reliable_unreliable, "fr"},
    {"Waar", "Onwaar", BinaryWording::true_false, "nl"},
    {"Juist", "Fout", BinaryWording::true_false, "nl"},
    {"Wahr", "Falsch", BinaryWording::true_false, "de"},
    {"Richtig", "Falsch", BinaryWording::true_false, "de"},
    {"Verdadero", "Falso", BinaryWording::true_false, "es"},
}};

bool startsWithWord(std::string_view slug, std::string_view word) {
  return slug == word ||
         (slug.starts_with(word) && slug.size() > word.size() && slug[word.size()] == '-');
}

template <std::size_t Count>
bool startsWithAny(std::string_view slug, const std::array<std::string_view, Count>& words) {
  for (const std::string_view word : words) {
    if (startsWithWord(slug, word)) return true;
  }
  return false;
}

template <std::size_t Count>
bool containsAny(std::string_view slug, const std::array<std::string_view, Count>& words) {
  for (const std::string_view word : words) {
    if (startsWithWord(slug, word) ||
        slug.find("-" + std::string(word)) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool equalsIgnoringCase(std::string_view text, std::string_view word) {
  const std::string slug_text = slugify(text, kHeaderSlugLength);
  const std::string slug_word = slugify(word, kHeaderSlugLength);
  return !slug_text.empty() && slug_text == slug_word;
}

}  // namespace

CsvColumn recognizeCsvHeader(std::string_view header) {
  const std::string slug = slugify(header, kHeaderSlugLength);
  if (slug.empty()) return {};
  // "Correct answer(s)" and "Answer explanation" also start with an answer
  // word, so they are checked first.
  if (containsAny(slug, kCorrectWords)) return {CsvColumnRole::correct_answers};
  if (containsAny(slug, kExplanationWords)) return {CsvColumnRole::explanation};
  // Some templates number their rows in a "Question #" column before the text.
  const bool names_a_number = header.find('#') != std::string_view::npos ||
                              slug.ends_with("-number") || slug.ends_with("-nr") ||
                              slug.ends_with("-no") || slug == "nr" || slug == "no" ||
                              slug == "number";
  if (names_a_number) return {CsvColumnRole::numbering};
  if (startsWithAny(slug, kQuestionWords)) return {CsvColumnRole::question};
  if (startsWithAny(slug, kAnswerWords)) {
    const std::size_t digits = slug.find_first_of("0123456789");
    int number = 0;
    if (digits != std::string::npos) {
      std::from_chars(slug.data() + digits, slug.data() + slug.size(), number);
    }
    if (number > 0) return {CsvColumnRole::answer, number};
    return {};
  }
  if (startsWithAny(slug, kTimeWords)) return {CsvColumnRole::time_limit};
  if (startsWithAny(slug, kDifficultyWords)) return {CsvColumnRole::difficulty};
  if (startsWithAny(slug, kTechniqueWords)) return {CsvColumnRole::techniques};
  if (slug == "id") return {CsvColumnRole::id};
  return {};
}

namespace {

bool startsLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  const char first = text.front();
  if (first == '=' || first == '@') return true;
  if (first != '+' && first != '-') return false;
  // "-5", "+3.5" and "- a list item" are not formulas a spreadsheet would run
  // dangerously; anything else after the sign is treated as one.
  const std::string_view rest = text.substr(1);
  const bool plain_number =
      !rest.empty() && rest.find_first_not_of("0123456789.,") == std::string_view::npos;
  return !plain_number && !rest.starts_with(' ');
}

}  // namespace

std::string protectCsvCell(std::string_view text) {
  if (startsLikeFormula(text)) return "'" + std::string(text);
  return std::string(text);
}

std::string unprotectCsvCell(std::string_view text) {
  if (text.size() > 1 && text.front() == '\'' && startsLikeFormula(text.substr(1))) {
    return std::string(text.substr(1));
  }
  return std::string(text);
}

std::optional<BinaryAnswerMatch> matchBinaryAnswers(std::string_view first,
                                                    std::string_view second) {
  for (const BinaryAnswerWords& words : kBinaryWords) {
    if (equalsIgnoringCase(first, words.true_word) &&
        equalsIgnoringCase(second, words.false_word)) {
      return BinaryAnswerMatch{words.wording, true};
    }
    if (equalsIgnoringCase(first, words.false_word) &&
        equalsIgnoringCase(second, words.true_word)) {
      return BinaryAnswerMatch{words.wording, false};
    }
  }
  return std::nullopt;
}

BinaryAnswerWords binaryAnswerWordsFor(BinaryWording wording, std::string_view language) {
  const std::string_view primary = language.substr(0, language.find('-'));
  for (const BinaryAnswerWords& words : kBinaryWords) {
    if (words.wording == wording && !words.language.empty() && words.language == primary) {
      return words;
    }
  }
  for (const BinaryAnswerWords& words : kBinaryWords) {
    if (words.wording == wording && words.language.empty()) return words;
  }
  return kBinaryWords.front();
}

}  // namespace esprit::interchange
