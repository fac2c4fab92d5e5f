// The feedback screen shown after every answer.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/FeedbackScreen.hpp"

#include "core/Vocabulary.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::ui {
namespace {

constexpr double kVerdictEntranceSeconds = 0.35;

std::string regionLabel(const Question& question, const std::string& id) {
  for (const auto& region : question.regions) {
    if (region.id == id) return region.label.empty() ? region.id : region.label;
  }
  return id;
}

std::string partName(const Question& question, const std::string& id) {
  for (const auto& region : question.regions) {
    if (region.id == id) return region.isRectangle() ? region.id : region.part;
  }
  return id;
}

std::string listOptions(const Question& question, const std::vector<std::size_t>& indices,
                        bool numbered) {
  std::string text;
  for (std::size_t position = 0; position < indices.size(); ++position) {
    if (!text.empty()) text += "\n";
    text += numbered ? std::to_string(position + 1) + ". " : std::string("• ");
    text += question.options.at(indices[position]);
  }
  return text;
}

// What the player answered, in words.
std::string describeAnswer(const Context& context, const Question& question, const Answer& answer) {
  return std::visit(
      [&](const auto& choice) -> std::string {
        using Choice = std::decay_t<decltype(choice)>;
        if constexpr (std::is_same_v<Choice, SingleChoiceAnswer>) {
          return question.options.at(choice.option);
        } else if constexpr (std::is_same_v<Choice, BinaryAnswer>) {
          return context.text(binaryAnswerKey(question.wording, choice.says_real));
        } else if constexpr (std::is_same_v<Choice, MultipleChoiceAnswer>) {
          return listOptions(question, choice.options, false);
        } else if constexpr (std::is_same_v<Choice, OrderingAnswer>) {
          return listOptions(question, choice.order, true);
        } else {
          return regionLabel(question, choice.region);
        }
      },
      answer.choice);
}

// The right answer, in words.
std::string describeRightAnswer(const Context& context, const Question& question) {
  switch (question.type) {
    case QuestionType::single_choice:
      return question.options.at(question.correct_option);
    case QuestionType::true_false:
      return context.text(binaryAnswerKey(question.wording, question.is_real));
    case QuestionType::multiple_choice:
      return listOptions(question, question.correct_options, false);
    case QuestionType::ordering: {
      std::vector<std::size_t> in_order(question.options.size());
      for (std::size_t index = 0; index < in_order.size(); ++index) in_order[index] = index;
      return listOptions(question, in_order, true);
    }
    case QuestionType::hotspot: {
      std::string text;
      for (const auto& id : question.correct_regions) {
        if (!text.empty()) text += "\n";
        text += "• " + regionLabel(question, id);
      }
      return text;
    }
  }
  return {};
}

widgets::Verdict verdictOf(const Evaluation& evaluation) {
  if (evaluation.correct) return widgets::Verdict::right;
  return evaluation.credit > 0 ? widgets::Verdict::partly : widgets::Verdict::wrong;
}

}  // namespace

FeedbackScreen::FeedbackScreen(ScreenStack& stack, Context& context)
    : ScreenWithId(stack, context) {
  shown_at_ = context.now;
}

std::string FeedbackScreen::textToRead() {
  Context& shared = context();
  if (!shared.round || !shared.round->lastEvaluation() || !shared.round->lastAnswer()) return {};
  const play::Round& round = *shared.round;
  const Question& question = round.currentQuestion();
  const Evaluation& evaluation = *round.lastEvaluation();
  const widgets::Verdict verdict = verdictOf(evaluation);
  std::string text;
  auto add = [&text](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty()) text += "\n";
    text += part;
  };
  add(shared.text(verdict == widgets::Verdict::right   ? "feedback.right"
                  : verdict == widgets::Verdict::wrong ? "feedback.wrong"
                                                       : "feedback.partly"));
  add(shared.translations.plural("feedback.points", evaluation.points) + ".");
  if (evaluation.confidence) {
    const int percent = static_cast<int>(std::lround(*evaluation.confidence * 100));
    add(shared.translations.format(
        evaluation.correct ? "feedback.confidence_right" : "feedback.confidence_wrong",
        {{"percent", std::to_string(percent)}}));
  }
  add(shared.text("feedback.your_answer") + ": " +
      describeAnswer(shared, question, *round.lastAnswer()));
  if (!evaluation.correct)
    add(shared.text("feedback.right_answer") + ": " + describeRightAnswer(shared, question));
  if (!question.explanation.empty()) add(shared.text("feedback.why") + ". " + question.explanation);
  for (const auto& tag : question.techniques) {
    const auto* described = shared.taxonomy.describe(tag, shared.translations.language());
    if (described != nullptr) add(described->name + ". " + described->definition);
  }
  return text;
}

bool FeedbackScreen::isAnimating() const {
  return context().motionProgress(shown_at_, kVerdictEntranceSeconds) < 1.f;
}

void FeedbackScreen::buildVerdict(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const Evaluation& evaluation = *shared.round->lastEvaluation();
  const widgets::Verdict verdict = verdictOf(evaluation);
  const ImVec4 ink = verdict == widgets::Verdict::right   ? colours.right
                     : verdict == widgets::Verdict::wrong ? colours.wrong
                                                          : colours.partial;
  const ImVec4 fill = verdict == widgets::Verdict::right   ? colours.right_background
                      : verdict == widgets::Verdict::wrong ? colours.wrong_background
                                                           : colours.partial_background;
  const char* word_key = verdict == widgets::Verdict::right   ? "feedback.right"
                         : verdict == widgets::Verdict::wrong ? "feedback.wrong"
                                                              : "feedback.partly";
  const char* symbol = verdict == widgets::Verdict::right   ? icon::kCheck
                       : verdict == widgets::Verdict::wrong ? icon::kCross
                                                            : icon::kHalf;

  widgets::beginCard(width, fill, ink);
  const float appear = shared.motionProgress(shown_at_, kVerdictEntranceSeconds);
  const float eased = 1.f - std::pow(1.f - appear, 3.f);
  const float radius = measure.em * 1.5f;
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  widgets::verdictIcon(ImGui::GetWindowDrawList(), ImVec2(top_left.x + radius, top_left.y + radius),
                       radius, verdict, eased);
  ImGui::Dummy(ImVec2(radius * 2.f, radius * 2.f));
  ImGui::SameLine(0, measure.em);
  ImGui::BeginGroup();
  // The verdict in words, with the same symbol as text: it reads the same
  // in greyscale, to colour-blind players and to a screen reader.
  ImGui::PushStyleColor(ImGuiCol_Text, ink);
  widgets::heading(std::string(symbol) + " " + shared.text(word_key));
  ImGui::PopStyleColor();
  std::string points = shared.translations.plural("feedback.points", evaluation.points);
  if (evaluation.points > 0) points = "+" + points;
  if (evaluation.streak_bonus > 0) {
    points +=
        "  ·  " + shared.translations.format("feedback.streak_bonus",
                                             {{"bonus", std::to_string(evaluation.streak_bonus)}});
  }
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(points);
  ImGui::PopFont();
  if (evaluation.streak >= 2) {
    widgets::coloredWrappedText(
        colours.accent, std::string(icon::kStar) + " " +
                            shared.translations.format(
                                "feedback.streak", {{"count", std::to_string(evaluation.streak)}}));
  }
  ImGui::EndGroup();
  if (evaluation.confidence) {
    const int percent = static_cast<int>(std::lround(*evaluation.confidence * 100));
    widgets::wrappedText(shared.translations.format(
        evaluation.correct ? "feedback.confidence_right" : "feedback.confidence_wrong",
        {{"percent", std::to_string(percent)}}));
  }
  widgets::endCard();
}

void FeedbackScreen::buildAnswers(float width) {
  Context& shared = context();
  const play::Round& round = *shared.round;
  const Question& question = round.currentQuestion();
  const Evaluation& evaluation = *round.lastEvaluation();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const auto* multiple = std::get_if<MultipleChoiceAnswer>(&round.lastAnswer()->choice);
  if (multiple != nullptr && question.type == QuestionType::multiple_choice) {
    buildMultipleChoiceReview(question, round.optionOrder(), *multiple);
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("feedback.your_answer"));
  ImGui::PopFont();
  widgets::wrappedText(describeAnswer(shared, question, *round.lastAnswer()));
  if (!evaluation.correct) {
    ImGui::PushFont(shared.fonts.bold());
    widgets::coloredWrappedText(
        palette().right, std::string(icon::kCheck) + " " + shared.text("feedback.right_answer"));
    ImGui::PopFont();
    widgets::wrappedText(describeRightAnswer(shared, question));
  }
  ImGui::PopTextWrapPos();
}

void FeedbackScreen::buildMultipleChoiceReview(const Question& question,
                                               const std::vector<std::size_t>& shown_order,
                                               const MultipleChoiceAnswer& answer) {
  // Every option with what became of it, by symbol and words: picked and
  // right, picked but wrong, or right but missed; in the order the player
  // saw them, so they find each one where they left it.
  Context& shared = context();
  const Palette& colours = palette();
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("feedback.each_option"));
  ImGui::PopFont();
  for (const std::size_t option : shown_order) {
    if (option >= question.options.size()) continue;
    const bool right = std::binary_search(question.correct_options.begin(),
                                          question.correct_options.end(), option);
    const bool picked =
        std::find(answer.options.begin(), answer.options.end(), option) != answer.options.end();
    if (!right && !picked) continue;
    const char* symbol = right ? (picked ? icon::kCheck : icon::kCircle) : icon::kCross;
    const char* status =
        right ? (picked ? "feedback.picked_right" : "feedback.missed") : "feedback.picked_wrong";
    const ImVec4& ink = right ? (picked ? colours.right : colours.partial) : colours.wrong;
    // The option, then what became of it, close together as one item.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x,
                                                          ImGui::GetStyle().ItemSpacing.y * 0.25f));
    widgets::wrappedText(question.options[option]);
    ImGui::PopStyleVar();
    ImGui::Indent();
    widgets::coloredWrappedText(ink, std::string(symbol) + " " + shared.text(status));
    ImGui::Unindent();
  }
}

void FeedbackScreen::buildExplanation() {
  Context& shared = context();
  const Question& question = shared.round->currentQuestion();
  if (!question.explanation.empty()) {
    widgets::heading(shared.text("feedback.why"));
    widgets::wrappedText(question.explanation);
  }
  if (!question.techniques.empty()) {
    widgets::heading(shared.text("feedback.techniques"));
    for (const auto& tag : question.techniques) {
      const auto* described = shared.taxonomy.describe(tag, shared.translations.language());
      ImGui::PushFont(shared.fonts.bold());
      widgets::coloredWrappedText(palette().primary, described ? described->name : tag);
      ImGui::PopFont();
      if (described && !described->definition.empty()) widgets::wrappedText(described->definition);
    }
  }
  if (!question.sources.empty()) {
    widgets::heading(shared.text("feedback.sources"));
    for (const auto& source : question.sources) {
      std::string line = source.title;
      std::string detail = source.publisher;
      if (source.year > 0) detail += (detail.empty() ? "" : ", ") + std::to_string(source.year);
      if (!detail.empty()) line += " — " + detail;
      widgets::wrappedText(std::string(icon::kBook) + " " + line);
      if (!source.url.empty()) {
        // Esprit never opens the network itself; the address can be copied
        // into a browser instead.
        ImGui::Indent();
        ImGui::PushID(&source);
        const std::string copy =
            shared.text(copied_address_ == source.url ? "feedback.copied" : "feedback.copy");
        if (ImGui::SmallButton(copy.c_str())) {
          ImGui::SetClipboardText(source.url.c_str());
          copied_address_ = source.url;
        }
        widgets::handCursorForLastItem();
        widgets::focusRingForLastItem();
        ImGui::PopID();
        ImGui::SameLine();
        widgets::mutedText(source.url);
        ImGui::Unindent();
      }
    }
  }
}

void FeedbackScreen::buildScenario(float width) {
  const play::Round& round = *context().round;
  const Question& question = round.currentQuestion();
  showRoundScenario(context(), scenario_view_, width, [&](ScenarioStyle& style) {
    if (question.type != QuestionType::hotspot) return;
    // The renderer outlines the right parts and the one tapped.
    for (const auto& id : question.correct_regions)
      style.correct_parts.push_back(partName(question, id));
    if (const auto* tapped = std::get_if<HotspotAnswer>(&round.lastAnswer()->choice)) {
      style.tapped_part = partName(question, tapped->region);
    }
  });
}

void FeedbackScreen::next() {
  context().round->next();
  stack().pop();
}

void FeedbackScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##feedback");
  if (!shared.round || shared.round->finished() || !shared.round->lastEvaluation() ||
      !shared.round->lastAnswer()) {
    widgets::endScreen();
    stack().pop();
    return;
  }
  bool read_pressed = false;
  if (roundHeader(shared, shared.input.back, &read_pressed)) {
    // Stopping from here leaves both the feedback and the play screen.
    stack().pop();
    stack().pop();
    widgets::endScreen();
    return;
  }
  if (read_pressed) toggleReading(shared, textToRead(), readingLanguage(shared));
  const ColumnLayout columns = splitColumns(shared.round->currentScenario() != nullptr);
  const auto draw_scenario = [this](float scenario_width) { buildScenario(scenario_width); };
  const float width = beginRoundText(shared, columns, "##explanation", draw_scenario);
  buildVerdict(width);
  buildAnswers(width);
  buildExplanation();
  endRoundText(columns, width, draw_scenario);

  const bool last = shared.round->isLastQuestion();
  const std::string label =
      shared.text(last ? "feedback.see_results" : "feedback.next") + "  " + icon::kArrowRight;
  const float next_width = std::max(widgets::buttonWidth(label), measure.em * 12.f);
  ImGui::SetCursorPos(
      ImVec2(ImGui::GetWindowContentRegionMax().x - next_width,
             ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - measure.touchTarget()));
  if (widgets::button(label, widgets::ButtonKind::primary, next_width) || shared.input.next) next();
  widgets::endScreen();
}

}  // namespace esprit::ui
