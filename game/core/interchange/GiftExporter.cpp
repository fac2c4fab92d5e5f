// Pack -> GIFT text, one question per block, every text written [plain] so
// Moodle shows it exactly as Esprit does.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/GiftExporter.hpp"

#include "core/interchange/ExportReport.hpp"
#include "core/interchange/GiftText.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace esprit::interchange {
namespace {

// Moodle only accepts its own list of grade fractions, which holds 100/n for
// n = 1..10 written with five decimals.
std::string formatWeight(double percent) {
  const double rounded = std::round(percent * 100000.0) / 100000.0;
  char buffer[32];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 5);
  std::string text(buffer, result.ptr);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return '%' + text + '%';
}

// A wrong answer whose text starts with '%' would read as a weight; an
// explicit zero weight in front keeps it text.
std::string wrongAnswerText(const std::string& option) {
  std::string escaped = escapeGiftText(option);
  if (!escaped.empty() && escaped.front() == '%') escaped = "%0%" + escaped;
  return escaped;
}

std::string categoryPath(const std::string& title) {
  std::string path;
  for (const char character : title) path += character == '/' ? '-' : character;
  return "$course$/top/" + path;
}

void writeAnswers(const Question& question, std::string& text) {
  const std::string indent = "\t";
  if (question.type == QuestionType::single_choice) {
    for (std::size_t index = 0; index < question.options.size(); ++index) {
      text += indent;
      text += index == question.correct_option ? "=" + escapeGiftText(question.options[index])
                                               : "~" + wrongAnswerText(question.options[index]);
      text += '\n';
    }
    return;
  }
  // Each right pick earns 100/right and each wrong pick costs as much: the
  // same credit Esprit gives, (right - wrong) / all right.
  const double share = 100.0 / static_cast<double>(question.correct_options.size());
  for (std::size_t index = 0; index < question.options.size(); ++index) {
    const bool right = std::find(question.correct_options.begin(), question.correct_options.end(),
                                 index) != question.correct_options.end();
    text += indent + "~" + formatWeight(right ? share : -share) +
            escapeGiftText(question.options[index]) + '\n';
  }
}

}  // namespace

ExportResult exportGift(const Pack& pack, const GiftExportOptions& options) {
  ExportReport report(options.file, "GIFT");
  report.checkMetadata(pack);

  ExportResult result;
  result.text = "// " + pack.metadata.title + " (" + pack.metadata.language + ", version " +
                pack.metadata.version + "), exported from Esprit.\n";
  result.text += "$CATEGORY: " + categoryPath(pack.metadata.title) + "\n\n";

  for (std::size_t index = 0; index < pack.questions.size(); ++index) {
    const Question& question = pack.questions[index];
    if (!report.keepsQuestion(index, question,
                              {.ordering = "GIFT has no question that asks to put steps in order",
                               .hotspot = "GIFT cannot hold the regions to tap"})) {
      continue;
    }
    if (!question.scenario_id.empty()) report.scenarioLeftOut(index, question, pack);
    if (!question.sources.empty()) report.fieldLeftOut("sources");
    if (question.difficulty != Difficulty::medium) report.fieldLeftOut("difficulty");
    if (!question.form.empty()) report.fieldLeftOut("assessment forms (A or B)");
    if (question.type == QuestionType::true_false) {
      if (question.asks_confidence) report.fieldLeftOut("the confidence rating");
      if (question.wording != BinaryWording::true_false) {
        report.fieldLeftOut(
            "the Real/Fake or Reliable/Unreliable button words (Moodle shows "
            "True/False)");
      }
    }

    std::string block;
    if (!question.techniques.empty()) {
      block += "//";
      for (const std::string& tag : question.techniques) block += " [tag:" + tag + "]";
      block += '\n';
    }
    block += "::" + escapeGiftText(question.id) + ":: [plain]" + escapeGiftText(question.prompt);
    if (question.type == QuestionType::true_false) {
      block += question.is_real ? " {TRUE" : " {FALSE";
      if (!question.explanation.empty()) block += "####" + escapeGiftText(question.explanation);
      block += "}\n";
    } else {
      block += " {\n";
      writeAnswers(question, block);
      if (!question.explanation.empty()) {
        block += "\t####" + escapeGiftText(question.explanation) + '\n';
      }
      block += "}\n";
    }
    result.text += block + '\n';
    ++result.exported_questions;
  }
  result.problems = report.finish();
  return result;
}

}  // namespace esprit::interchange
