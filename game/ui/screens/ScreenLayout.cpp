// Column splitting, the round header and other shared layout pieces.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/ScreenLayout.hpp"

#include "core/LanguageTag.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScenarioView.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

// Two columns need room for a scenario card and a question of readable width.
constexpr float kTwoColumnMinimumEms = 46.f;
constexpr float kScenarioColumnShare = 0.5f;
constexpr float kScenarioColumnMaximumEms = 36.f;

}  // namespace

ColumnLayout splitColumns(bool has_scenario) {
  const Metrics measure = metrics();
  const float available = ImGui::GetContentRegionAvail().x;
  ColumnLayout layout;
  layout.has_scenario = has_scenario;
  layout.two_columns = has_scenario && available >= measure.em * kTwoColumnMinimumEms;
  if (layout.two_columns) {
    layout.left_width =
        std::min(available * kScenarioColumnShare, measure.em * kScenarioColumnMaximumEms);
    layout.right_width = available - layout.left_width - measure.margin();
  } else {
    layout.right_width = available;
  }
  return layout;
}

void scrollWithKeysAndTouch(const Context& context, bool use_page_keys) {
  // Most of a page, so a line of context stays in view.
  constexpr float kPageShare = 0.85f;
  if (use_page_keys && context.input.pages != 0) {
    ImGui::SetScrollY(ImGui::GetScrollY() + static_cast<float>(context.input.pages) *
                                                ImGui::GetWindowHeight() * kPageShare);
  }
  // A drag that starts on the panel itself (not on a button) scrolls it, as on a phone.
  if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemActive() &&
      ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  }
}

float beginRoundBody(const Context& context, const ColumnLayout& columns, const char* id,
                     const std::function<void(float)>& draw_scenario) {
  const float body_height = ImGui::GetContentRegionAvail().y - actionBarHeight();
  if (columns.two_columns) {
    // The scenario column leaves Page Up and Page Down to the main one.
    draw_scenario(
        beginScrollingPanel(context, "##scenario", ImVec2(columns.left_width, body_height), false));
    ImGui::EndChild();
    ImGui::SameLine(0, metrics().margin());
  }
  return beginScrollingPanel(context, id, ImVec2(columns.right_width, body_height));
}

float beginRoundText(const Context& context, const ColumnLayout& columns, const char* id,
                     const std::function<void(float)>& draw_scenario) {
  const float width = beginRoundBody(context, columns, id, draw_scenario);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  return width;
}

void endRoundText(const ColumnLayout& columns, float width,
                  const std::function<void(float)>& draw_scenario) {
  if (!columns.two_columns && columns.has_scenario) {
    ImGui::Dummy(ImVec2(0, metrics().gap()));
    draw_scenario(std::min(width, metrics().readingWidth()));
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

std::optional<ImVec2> showRoundScenario(Context& context, ScenarioView& view, float width,
                                        const std::function<void(ScenarioStyle&)>& mark) {
  const play::Round& round = *context.round;
  const Scenario* scenario = round.currentScenario();
  if (scenario == nullptr) return std::nullopt;
  ScenarioStyle style = context.scenarioStyle(&round.currentQuestion());
  if (mark) mark(style);
  view.prepare(*scenario, width, style, context.media);
  return view.show();
}

float beginScrollingPanel(const Context& context, const char* id, ImVec2 size, bool use_page_keys) {
  ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NavFlattened);
  scrollWithKeysAndTouch(context, use_page_keys);
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetContentRegionAvail().x - (style.ScrollbarSize + style.ItemSpacing.x);
}

void beginTextColumn(float width) {
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
}

void endTextColumn() {
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

float beginReadingColumn(const Context& context, const char* id) {
  const float width =
      std::min(beginScrollingPanel(context, id, ImVec2(0, 0)), metrics().readingWidth());
  widgets::centreNext(width);
  beginTextColumn(width);
  return width;
}

void endReadingColumn() {
  endTextColumn();
  ImGui::EndChild();
}

PageColumns splitPage(float available) {
  // Two columns of cards need room for two columns of readable width.
  constexpr float kTwoColumnsMinimumEms = 50.f;
  const Metrics measure = metrics();
  PageColumns page;
  page.two_columns = available >= measure.em * kTwoColumnsMinimumEms;
  page.width = page.two_columns ? (available - measure.margin()) * 0.5f
                                : std::min(available, measure.readingWidth());
  return page;
}

void beginHeadedCard(float width, std::string_view title) {
  widgets::beginCard(width, palette().card, palette().card_border);
  widgets::heading(title);
}

bool cornerReadAloudButton(Context& context) {
  if (!context.settings.read_aloud) return false;
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - readAloudButtonWidth(context),
                             ImGui::GetStyle().WindowPadding.y));
  return readAloudButton(context);
}

bool beginDialog(const char* id, bool open, ImVec2 size, ImGuiWindowFlags flags) {
  if (open) ImGui::OpenPopup(id);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowSize(size);
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  return ImGui::BeginPopupModal(id, nullptr, flags);
}

float actionBarHeight() { return metrics().touchTarget() + ImGui::GetStyle().ItemSpacing.y * 2.f; }

std::string percentFormat(const Context& context) {
  std::string escaped;
  for (const char each : context.text("answer.percent")) {
    escaped += each;
    if (each == '%') escaped += '%';
  }
  return fillPlaceholders(escaped, {{"value", "%d"}});
}

std::string languageName(const Context& context, const std::string& tag) {
  const std::string key = "language_names." + primaryLanguage(tag);
  return context.translations.contains(key) ? context.text(key) : tag;
}

bool roundHeader(Context& context, bool asked_to_stop, bool* read_pressed) {
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const play::Round& round = *context.round;
  bool stop = false;

  const std::string stop_label = context.text("play.stop");
  if ((widgets::button(stop_label) || asked_to_stop) && !ImGui::IsPopupOpen("##stop-round")) {
    ImGui::OpenPopup("##stop-round");
  }
  ImGui::SameLine();
  if (read_pressed != nullptr && context.settings.read_aloud) {
    *read_pressed = readAloudButton(context);
    ImGui::SameLine();
  }

  const std::size_t shown = std::min(round.position() + 1, round.questionCount());
  const std::string progress = context.translations.format(
      "play.progress",
      {{"number", std::to_string(shown)}, {"total", std::to_string(round.questionCount())}});
  const std::string score = context.translations.format(
      "play.score", {{"points", std::to_string(round.results().points)}});
  const float right_text = ImGui::CalcTextSize(progress.c_str()).x +
                           ImGui::CalcTextSize(score.c_str()).x + measure.em * 2.f;
  const float title_room = ImGui::GetContentRegionAvail().x - right_text;
  // Centred on the button; ImGui already lowers text beside a button by its frame padding.
  const float text_y = ImGui::GetCursorPosY() +
                       (measure.touchTarget() - ImGui::GetTextLineHeight()) * 0.5f -
                       ImGui::GetStyle().FramePadding.y;
  ImGui::SetCursorPosY(text_y);
  // The pack title gives way first when space runs out: it is only shown whole.
  const std::string& title = round.pack().metadata.title;
  if (ImGui::CalcTextSize(title.c_str()).x <= title_room) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours.muted_text);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopStyleColor();
  } else {
    ImGui::Dummy(ImVec2(0, 0));
  }
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - right_text + measure.em);
  ImGui::SetCursorPosY(text_y);
  ImGui::TextUnformatted(progress.c_str());
  ImGui::SameLine(0, measure.em);
  ImGui::SetCursorPosY(text_y);
  ImGui::PushStyleColor(ImGuiCol_Text, colours.primary);
  ImGui::TextUnformatted(score.c_str());
  ImGui::PopStyleColor();

  // Progress along the round, as a bar and already as words above.
  const float fraction = round.questionCount() == 0 ? 0.f
                                                    : static_cast<float>(round.position()) /
                                                          static_cast<float>(round.questionCount());
  const ImVec2 bar_start = ImGui::GetCursorScreenPos();
  const float bar_width = ImGui::GetContentRegionAvail().x;
  const float bar_height = measure.em * 0.3f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(bar_start, ImVec2(bar_start.x + bar_width, bar_start.y + bar_height),
                      toU32(colours.secondary), bar_height);
  draw->AddRectFilled(bar_start,
                      ImVec2(bar_start.x + bar_width * fraction, bar_start.y + bar_height),
                      toU32(colours.primary), bar_height);
  ImGui::Dummy(ImVec2(bar_width, bar_height));

  ImGui::SetNextWindowSize(
      ImVec2(std::min(ImGui::GetIO().DisplaySize.x * 0.9f, measure.em * 28.f), 0));
  if (ImGui::BeginPopupModal("##stop-round", nullptr,
                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    widgets::heading(context.text("play.stop_question"));
    // A kiosk goes back to its attract screen, not to a list of packs.
    widgets::wrappedText(
        context.text(context.kiosk != nullptr ? "kiosk.stop_explained" : "play.stop_explained"));
    ImGui::Spacing();
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    // Enter and Escape both mean the safe choice: keep playing.
    if (widgets::button(context.text("play.keep_playing"), widgets::ButtonKind::primary, half) ||
        context.input.dialog_confirm || context.input.dialog_back) {
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (widgets::button(context.text("play.stop_confirm"), widgets::ButtonKind::secondary, half)) {
      ImGui::CloseCurrentPopup();
      stop = true;
    }
    ImGui::EndPopup();
  }
  return stop;
}

}  // namespace esprit::ui
