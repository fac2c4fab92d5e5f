// Answer widgets for each question type, and turning them into an Answer.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/AnswerInput.hpp"

#include "core/Vocabulary.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <imgui.h>

#include <algorithm>

namespace esprit::ui {
namespace {

// The badge on option `shown` (0-based): the key that picks it, "1" to "9"
// unless the player changed the keys.
std::string answerBadge(const Context& context, std::size_t shown) {
  if (shown >= kAnswerKeyCount) return "·";
  return context.settings.keys.key(answerAction(static_cast<int>(shown) + 1));
}

}  // namespace

void AnswerInput::reset(const Question& question, const std::vector<std::size_t>& option_order,
                        bool asks_confidence) {
  type_ = question.type;
  shown_order_ = option_order;
  picked_.assign(shown_order_.size(), false);
  says_real_.reset();
  asks_confidence_ = asks_confidence;
  confidence_percent_ = (kConfidenceMinimumPercent + kConfidenceMaximumPercent) / 2;
  region_.clear();
}

bool AnswerInput::ready() const {
  switch (type_) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
      return std::find(picked_.begin(), picked_.end(), true) != picked_.end();
    case QuestionType::true_false:
      return says_real_.has_value();
    case QuestionType::ordering:
      return !shown_order_.empty();
    case QuestionType::hotspot:
      return !region_.empty();
  }
  return false;
}

Answer AnswerInput::answer(double seconds_taken) const {
  Answer result;
  result.seconds_taken = seconds_taken;
  switch (type_) {
    case QuestionType::single_choice: {
      const auto chosen = std::find(picked_.begin(), picked_.end(), true) - picked_.begin();
      result.choice = SingleChoiceAnswer{shown_order_.at(static_cast<std::size_t>(chosen))};
      break;
    }
    case QuestionType::multiple_choice: {
      MultipleChoiceAnswer multiple;
      for (std::size_t shown = 0; shown < picked_.size(); ++shown) {
        if (picked_[shown]) multiple.options.push_back(shown_order_[shown]);
      }
      std::sort(multiple.options.begin(), multiple.options.end());
      result.choice = multiple;
      break;
    }
    case QuestionType::true_false: {
      BinaryAnswer binary{says_real_.value_or(false), std::nullopt};
      if (asks_confidence_) binary.confidence = confidence_percent_ / 100.0;
      result.choice = binary;
      break;
    }
    case QuestionType::ordering:
      result.choice = OrderingAnswer{shown_order_};
      break;
    case QuestionType::hotspot:
      result.choice = HotspotAnswer{region_};
      break;
  }
  return result;
}

void AnswerInput::build(Context& context, const Question& question, float width) {
  switch (question.type) {
    case QuestionType::single_choice:
      buildChoices(context, question, width, false);
      break;
    case QuestionType::multiple_choice:
      buildChoices(context, question, width, true);
      break;
    case QuestionType::true_false:
      buildBinary(context, question, width);
      break;
    case QuestionType::ordering:
      buildOrdering(context, question, width);
      break;
    case QuestionType::hotspot:
      buildHotspotHelp(context, question);
      break;
  }
}

void AnswerInput::buildChoices(Context& context, const Question& question, float width,
                               bool several) {
  // Number keys pick the option with that badge (only the first nine have one).
  for (const int digit : context.input.digits) {
    const auto shown = static_cast<std::size_t>(digit - 1);
    if (shown >= picked_.size()) continue;
    if (several) {
      picked_[shown] = !picked_[shown];
    } else {
      std::fill(picked_.begin(), picked_.end(), false);
      picked_[shown] = true;
    }
  }
  widgets::mutedText(context.text(several ? "answer.hint_multiple" : "answer.hint_single"));
  for (std::size_t shown = 0; shown < shown_order_.size(); ++shown) {
    const std::string badge = answerBadge(context, shown);
    const std::string id = "##option" + std::to_string(shown);
    const auto& text = question.options.at(shown_order_[shown]);
    if (widgets::choiceCard(id.c_str(), badge, text, picked_[shown],
                            several ? widgets::Marker::checkbox : widgets::Marker::radio, width)) {
      if (several) {
        picked_[shown] = !picked_[shown];
      } else {
        std::fill(picked_.begin(), picked_.end(), false);
        picked_[shown] = true;
      }
    }
  }
}

void AnswerInput::buildBinary(Context& context, const Question& question, float width) {
  for (const int digit : context.input.digits) {
    if (digit == 1) says_real_ = true;
    if (digit == 2) says_real_ = false;
  }
  widgets::mutedText(context.text("answer.hint_binary"));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const bool side_by_side = width >= metrics().em * 22.f;
  const float card_width = side_by_side ? (width - spacing) * 0.5f : width;
  if (widgets::choiceCard("##real", answerBadge(context, 0),
                          context.text(binaryAnswerKey(question.wording, true)), says_real_ == true,
                          widgets::Marker::radio, card_width)) {
    says_real_ = true;
  }
  if (side_by_side) ImGui::SameLine();
  if (widgets::choiceCard("##fake", answerBadge(context, 1),
                          context.text(binaryAnswerKey(question.wording, false)),
                          says_real_ == false, widgets::Marker::radio, card_width)) {
    says_real_ = false;
  }
  if (asks_confidence_) buildConfidence(context, width);
}

void AnswerInput::buildConfidence(Context& context, float width) {
  const Metrics measure = metrics();
  // The gamepad's shoulder buttons step the slider, like its − and + buttons.
  confidence_percent_ =
      std::clamp(confidence_percent_ + context.input.confidence_steps * kConfidenceStepPercent,
                 kConfidenceMinimumPercent, kConfidenceMaximumPercent);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  // The value is written beside the question, large, rather than under the
  // slider's grab where a finger would hide it.
  ImGui::PushFont(context.fonts.bold());
  widgets::wrappedText(context.text("answer.how_sure") + "  " +
                       context.translations.format(
                           "answer.percent", {{"value", std::to_string(confidence_percent_)}}));
  ImGui::PopFont();
  const float step_width = measure.touchTarget();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  if (widgets::button(std::string(icon::kMinus) + "##less-sure", widgets::ButtonKind::secondary,
                      step_width)) {
    confidence_percent_ =
        std::max(kConfidenceMinimumPercent, confidence_percent_ - kConfidenceStepPercent);
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(measure.em * 4.f, width - (step_width + spacing) * 2.f));
  // The frame is as tall as a touch target, so a finger can drag it.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x,
                             (measure.touchTarget() - ImGui::GetFontSize()) * 0.5f));
  ImGui::SliderInt("##confidence", &confidence_percent_, kConfidenceMinimumPercent,
                   kConfidenceMaximumPercent, "", ImGuiSliderFlags_AlwaysClamp);
  ImGui::PopStyleVar();
  widgets::handCursorForLastItem();
  widgets::focusRingForLastItem();
  ImGui::SameLine();
  if (widgets::button("+##more-sure", widgets::ButtonKind::secondary, step_width)) {
    confidence_percent_ =
        std::min(kConfidenceMaximumPercent, confidence_percent_ + kConfidenceStepPercent);
  }
  const char* meaning = confidence_percent_ <= 55   ? "answer.sure_guess"
                        : confidence_percent_ <= 75 ? "answer.sure_somewhat"
                        : confidence_percent_ < 95  ? "answer.sure_quite"
                                                    : "answer.sure_certain";
  widgets::mutedText(context.text(meaning));
}

void AnswerInput::buildOrdering(Context& context, const Question& question, float width) {
  const Metrics measure = metrics();
  widgets::mutedText(context.text("answer.hint_ordering"));
  const float arrow_width = measure.touchTarget();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float card_width = std::max(measure.em * 6.f, width - (arrow_width + spacing) * 2.f);
  // A number key lifts that step one place up, the same as its ▲ button.
  for (const int digit : context.input.digits) {
    const auto position = static_cast<std::size_t>(digit - 1);
    if (position > 0 && position < shown_order_.size()) {
      std::swap(shown_order_[position], shown_order_[position - 1]);
    }
  }
  std::optional<std::pair<std::size_t, std::size_t>> swap;
  for (std::size_t position = 0; position < shown_order_.size(); ++position) {
    // IDs follow the step, not the place, so keyboard focus moves with the step.
    ImGui::PushID(static_cast<int>(shown_order_[position]));
    const std::string badge = std::to_string(position + 1);
    widgets::choiceCard("##step", badge, question.options.at(shown_order_[position]), false,
                        widgets::Marker::none, card_width);
    const float row_top = ImGui::GetItemRectMin().y;
    const float row_height = ImGui::GetItemRectSize().y;
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x,
                                     row_top + (row_height - measure.touchTarget()) * 0.5f));
    const std::string up = std::string(icon::kUp) + "##up";
    const std::string down = std::string(icon::kDown) + "##down";
    if (widgets::buttonIf(position > 0, up, widgets::ButtonKind::secondary, arrow_width)) {
      swap = {position, position - 1};
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", context.text("answer.move_up").c_str());
    ImGui::SameLine();
    if (widgets::buttonIf(position + 1 < shown_order_.size(), down, widgets::ButtonKind::secondary,
                          arrow_width)) {
      swap = {position, position + 1};
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", context.text("answer.move_down").c_str());
    ImGui::SetCursorScreenPos(
        ImVec2(ImGui::GetCursorScreenPos().x,
               std::max(ImGui::GetCursorScreenPos().y,
                        row_top + row_height + ImGui::GetStyle().ItemSpacing.y)));
    ImGui::PopID();
  }
  if (swap) std::swap(shown_order_[swap->first], shown_order_[swap->second]);
}

void AnswerInput::buildHotspotHelp(Context& context, const Question& question) {
  // Number keys go through the parts in the pack's order, for players who
  // cannot point; Tab does the same on the scenario itself.
  for (const int digit : context.input.digits) {
    const auto index = static_cast<std::size_t>(digit - 1);
    if (index < question.regions.size()) region_ = question.regions[index].id;
  }
  widgets::mutedText(context.text("answer.hint_hotspot"));
  const auto chosen =
      std::find_if(question.regions.begin(), question.regions.end(),
                   [this](const HotspotRegion& region) { return region.id == region_; });
  ImGui::PushFont(context.fonts.bold());
  if (chosen == question.regions.end()) {
    widgets::coloredWrappedText(palette().muted_text, context.text("answer.nothing_tapped"));
  } else {
    const std::string label = chosen->label.empty() ? chosen->id : chosen->label;
    widgets::coloredWrappedText(
        palette().primary, context.translations.format("answer.you_tapped", {{"part", label}}));
  }
  ImGui::PopFont();
}

}  // namespace esprit::ui
