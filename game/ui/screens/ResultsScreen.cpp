// The results screen: score, techniques, discernment and calibration.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/ResultsScreen.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace esprit::ui {
namespace {

constexpr double kCountUpSeconds = 0.8;
// |c| below this is "balanced": about a fifth of a standard deviation.
constexpr double kBalancedBias = 0.2;
// Sensitivity bands for the words beside d′.
constexpr double kGoodSensitivity = 1.0;
constexpr double kStrongSensitivity = 2.0;

const char* sensitivityWords(double sensitivity) {
  return sensitivity >= kStrongSensitivity ? "sensitivity_strong"
         : sensitivity >= kGoodSensitivity ? "sensitivity_good"
         : sensitivity > 0                 ? "sensitivity_some"
                                           : "sensitivity_none";
}

const char* biasWords(double bias) {
  return bias < -kBalancedBias  ? "bias_suspicious"
         : bias > kBalancedBias ? "bias_trusting"
                                : "bias_balanced";
}

std::string twoDecimals(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

ResultsScreen::ResultsScreen(ScreenStack& stack, Context& context) : ScreenWithId(stack, context) {
  results_ = context.round->results();
  shown_at_ = context.now;
}

bool ResultsScreen::isAnimating() const {
  return context().motionProgress(shown_at_, kCountUpSeconds) < 1.f;
}

void ResultsScreen::buildScore(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  widgets::beginCard(width, colours.card, colours.card_border);
  // The score counts up to its value, briefly; at once with reduced motion.
  const float progress = shared.motionProgress(shown_at_, kCountUpSeconds);
  const int shown_points =
      static_cast<int>(std::lround(results_.points * (1.0 - std::pow(1.0 - progress, 3.0))));
  ImGui::PushStyleColor(ImGuiCol_Text, colours.primary);
  widgets::heading(shared.translations.plural("results.points", shown_points));
  ImGui::PopStyleColor();
  widgets::wrappedText(shared.translations.format(
      "results.right_count",
      {{"right", std::to_string(results_.correct)}, {"total", std::to_string(results_.answered)}}));
  if (results_.best_streak >= 2) {
    widgets::coloredWrappedText(
        colours.accent,
        std::string(icon::kStar) + " " +
            shared.translations.format("results.best_streak",
                                       {{"count", std::to_string(results_.best_streak)}}));
  }
  widgets::endCard();
}

void ResultsScreen::buildTechniques(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  if (results_.techniques.empty()) return;
  widgets::heading(shared.text("results.techniques"));
  widgets::mutedText(shared.text("results.techniques_help"));
  const float bar_width = std::min(width * 0.3f, measure.em * 10.f);
  if (ImGui::BeginTable("##techniques", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH,
                        ImVec2(width, 0))) {
    ImGui::TableSetupColumn("technique", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthFixed, bar_width);
    for (const auto& technique : results_.techniques) {
      ImGui::TableNextRow(ImGuiTableRowFlags_None, measure.em * 1.6f);
      ImGui::TableNextColumn();
      const auto* described =
          shared.taxonomy.describe(technique.technique, shared.translations.language());
      // Wrap at the cell's edge, not the column's: long names (German, 250 %) would be cut.
      ImGui::PushTextWrapPos(0.f);
      widgets::wrappedText(described ? described->name : technique.technique);
      ImGui::PopTextWrapPos();
      ImGui::TableNextColumn();
      const std::vector<TextArgument> counts{{"right", std::to_string(technique.correct)},
                                             {"total", std::to_string(technique.answered)},
                                             {"partly", std::to_string(technique.partly)}};
      ImGui::TextUnformatted(
          shared.translations
              .format(technique.partly > 0 ? "results.technique_count_partly"
                                           : "results.technique_count",
                      counts)
              .c_str());
      ImGui::TableNextColumn();
      // The bar says what the words say: right answers in full colour, then
      // the credit of partly right ones in the "partly" colour.
      const float answered = static_cast<float>(std::max(technique.answered, 1));
      const float right_share = static_cast<float>(technique.correct) / answered;
      const float partial_share =
          std::max(0.f, static_cast<float>(technique.credit) - technique.correct) / answered;
      const ImVec2 start = ImGui::GetCursorScreenPos();
      const float height = measure.em * 0.7f;
      const ImVec2 top(start.x, start.y + (ImGui::GetTextLineHeight() - height) * 0.5f);
      ImDrawList* draw = ImGui::GetWindowDrawList();
      draw->AddRectFilled(top, ImVec2(top.x + bar_width, top.y + height), toU32(colours.secondary),
                          height * 0.5f);
      const float right_end = top.x + bar_width * std::clamp(right_share, 0.f, 1.f);
      const float partial_end =
          top.x + bar_width * std::clamp(right_share + partial_share, 0.f, 1.f);
      if (partial_end > top.x) {
        draw->AddRectFilled(top, ImVec2(partial_end, top.y + height), toU32(colours.partial),
                            height * 0.5f);
      }
      if (right_end > top.x) {
        draw->AddRectFilled(top, ImVec2(right_end, top.y + height), toU32(colours.primary),
                            height * 0.5f);
      }
      ImGui::Dummy(ImVec2(bar_width, ImGui::GetTextLineHeight()));
    }
    ImGui::EndTable();
  }
}

std::string ResultsScreen::discernmentSentence() const {
  const Context& shared = context();
  if (!results_.discernment) return {};
  const DiscernmentCounts& counts = results_.discernment->counts;
  std::string sentence;
  if (counts.reals() > 0) {
    sentence = shared.translations.plural("results.trusted", counts.correct_rejections,
                                          {{"total", std::to_string(counts.reals())}});
  }
  if (counts.fakes() > 0) {
    if (!sentence.empty()) sentence += " " + shared.text("results.and") + " ";
    sentence +=
        shared.translations.plural(sentence.empty() ? "results.caught_first" : "results.caught",
                                   counts.hits, {{"total", std::to_string(counts.fakes())}});
  }
  return sentence + ".";
}

std::string ResultsScreen::textToRead() {
  const Context& shared = context();
  std::string text = shared.translations.plural("results.points", results_.points) + ". " +
                     shared.translations.format("results.right_count",
                                                {{"right", std::to_string(results_.correct)},
                                                 {"total", std::to_string(results_.answered)}}) +
                     ".";
  if (results_.discernment) {
    // Read in plain words whatever the setting: a number read out means little.
    text += "\n" + discernmentSentence();
    text += "\n" + shared.text(std::string("results.plain_") +
                               sensitivityWords(results_.discernment->sensitivity));
    text +=
        "\n" + shared.text(std::string("results.plain_") + biasWords(results_.discernment->bias));
  }
  for (const auto& technique : results_.techniques) {
    const auto* described =
        shared.taxonomy.describe(technique.technique, shared.translations.language());
    text += "\n" + (described ? described->name : technique.technique) + ": " +
            shared.translations.format("results.technique_count",
                                       {{"right", std::to_string(technique.correct)},
                                        {"total", std::to_string(technique.answered)}}) +
            ".";
  }
  return text;
}

void ResultsScreen::buildDiscernment(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  if (!results_.discernment) return;
  const Discernment& discernment = *results_.discernment;
  widgets::heading(shared.text("results.discernment"));
  widgets::beginCard(width, colours.card, colours.card_border);
  // The plain-words sentence first; the numbers are for the curious and the teacher.
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(discernmentSentence());
  ImGui::PopFont();
  const std::string sensitivity = sensitivityWords(discernment.sensitivity);
  const std::string bias = biasWords(discernment.bias);
  if (shared.settings.simple_words) {
    // Simple words: the same judgement without d′, c or any number.
    widgets::wrappedText(shared.text("results.plain_" + sensitivity));
    widgets::wrappedText(shared.text("results.plain_" + bias));
  } else {
    widgets::wrappedText(
        shared.translations.format("results.sensitivity",
                                   {{"value", twoDecimals(discernment.sensitivity)}}) +
        " " + shared.text("results." + sensitivity));
    widgets::wrappedText(
        shared.translations.format("results.bias", {{"value", twoDecimals(discernment.bias)}}) +
        " " + shared.text("results." + bias));
  }
  widgets::mutedText(shared.text("results.discernment_help"));
  widgets::endCard();
}

void ResultsScreen::buildCalibration(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  if (results_.calibration.empty()) return;
  widgets::heading(shared.text("results.calibration"));
  widgets::wrappedText(shared.text("results.calibration_help"));

  // A square chart: how sure the player was (across) against how often they
  // were right (up). Points on the diagonal are perfectly calibrated.
  const float side = std::min(width, measure.em * 16.f);
  const float label_room = ImGui::CalcTextSize("100 %").x + measure.gap();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 plot_min(origin.x + label_room, origin.y + measure.gap());
  const ImVec2 plot_max(plot_min.x + side - label_room, plot_min.y + side - label_room);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(plot_min, plot_max, toU32(colours.card));
  draw->AddRect(plot_min, plot_max, toU32(colours.card_border));
  auto toPoint = [&](double confidence, double share_right) {
    const float x = static_cast<float>((confidence - 0.5) / 0.5);
    return ImVec2(plot_min.x + x * (plot_max.x - plot_min.x),
                  plot_max.y - static_cast<float>(share_right) * (plot_max.y - plot_min.y));
  };
  // Perfect calibration: right 50 % of the time at 50 % sure, and so on.
  draw->AddLine(toPoint(0.5, 0.5), toPoint(1.0, 1.0), toU32(colours.muted_text),
                std::max(1.f, measure.em * 0.08f));
  const ImU32 ink = toU32(colours.primary);
  ImVec2 previous;
  bool has_previous = false;
  int most = 1;
  for (const auto& bin : results_.calibration) most = std::max(most, bin.answers);
  for (const auto& bin : results_.calibration) {
    if (bin.answers == 0) continue;
    const ImVec2 point = toPoint(bin.mean_confidence, bin.share_correct);
    if (has_previous) draw->AddLine(previous, point, ink, measure.em * 0.12f);
    draw->AddCircleFilled(point, measure.em * (0.25f + 0.25f * bin.answers / most), ink);
    previous = point;
    has_previous = true;
  }
  const ImU32 label_ink = toU32(colours.muted_text);
  for (int percent : {50, 100}) {
    const std::string label = std::to_string(percent) + " %";
    const ImVec2 at = toPoint(percent / 100.0, 0.0);
    const float label_width = ImGui::CalcTextSize(label.c_str()).x;
    draw->AddText(
        ImVec2(std::clamp(at.x - label_width * 0.5f, plot_min.x, plot_max.x - label_width),
               plot_max.y + measure.em * 0.2f),
        label_ink, label.c_str());
  }
  for (int percent : {0, 50, 100}) {
    const std::string label = std::to_string(percent) + " %";
    const ImVec2 at = toPoint(0.5, percent / 100.0);
    draw->AddText(ImVec2(origin.x, at.y - ImGui::GetTextLineHeight() * 0.5f), label_ink,
                  label.c_str());
  }
  ImGui::Dummy(ImVec2(side, side + ImGui::GetTextLineHeight()));
  ImGui::SameLine();
  ImGui::BeginGroup();
  widgets::mutedText(shared.text("results.calibration_axes"));
  if (results_.mean_brier && !shared.settings.simple_words) {
    widgets::wrappedText(shared.translations.format(
        "results.brier", {{"value", twoDecimals(*results_.mean_brier)}}));
  }
  ImGui::EndGroup();
}

void ResultsScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##results");
  if (readAloudButton(shared)) toggleReading(shared, textToRead(), shared.translations.language());
  widgets::heading(
      shared.translations.format("results.title", {{"pack", shared.round->pack().metadata.title}}));
  // The three buttons share one row when they fit, else the main one gets a row of its own.
  const std::string again = shared.text("results.play_again");
  const std::string other = shared.text("results.other_pack");
  const std::string home = shared.text("results.title_screen");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float one_row = widgets::buttonWidth(again) + widgets::buttonWidth(other) +
                        widgets::buttonWidth(home) + spacing * 2.f;
  const bool stacked = one_row > ImGui::GetContentRegionAvail().x;
  const float bar = stacked ? actionBarHeight() + measure.touchTarget() : actionBarHeight();
  // Wide windows: score, discernment and calibration on the left, techniques on the right.
  const PageColumns page =
      splitPage(beginScrollingPanel(shared, "##results-body", ImVec2(0, -bar)));
  beginTextColumn(page.width);
  buildScore(page.width);
  buildDiscernment(page.width);
  buildCalibration(page.width);
  if (!page.two_columns) buildTechniques(page.width);
  endTextColumn();
  if (page.two_columns) {
    ImGui::SameLine(0, measure.margin());
    beginTextColumn(page.width);
    buildTechniques(page.width);
    endTextColumn();
  }
  ImGui::EndChild();

  const float full = ImGui::GetWindowContentRegionMax().x - ImGui::GetStyle().WindowPadding.x;
  const float bottom =
      ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - measure.touchTarget();
  const float half = (full - spacing) * 0.5f;
  ImGui::SetCursorPos(stacked
                          ? ImVec2(ImGui::GetStyle().WindowPadding.x,
                                   bottom - measure.touchTarget() - ImGui::GetStyle().ItemSpacing.y)
                          : ImVec2(ImGui::GetWindowContentRegionMax().x - one_row, bottom));
  if (widgets::button(home, widgets::ButtonKind::secondary, stacked ? half : 0.f)) {
    stack().clear();
    stack().push(ScreenId::title);
  }
  ImGui::SameLine();
  if (widgets::button(other, widgets::ButtonKind::secondary, stacked ? half : 0.f) ||
      shared.input.back)
    stack().pop();
  if (stacked)
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, bottom));
  else
    ImGui::SameLine();
  if (widgets::button(again, widgets::ButtonKind::primary, stacked ? full : 0.f) ||
      shared.input.confirm) {
    if (shared.startRound(shared.round->entry())) {
      stack().pop();
      stack().push(ScreenId::play);
    }
  }
  widgets::endScreen();
}

}  // namespace esprit::ui
