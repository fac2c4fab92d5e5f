// Pack chooser: cards for playable and broken packs, problems list, folder bar.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/PackChooserScreen.hpp"

#include "ui/Context.hpp"
#include "ui/FolderOpener.hpp"
#include "ui/Icons.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/BackHeader.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <set>
#include <utility>

namespace esprit::ui {
namespace {

// Cheap enough to do often: one listing and one stat per pack.
constexpr double kRescanSeconds = 2.0;
// Topics listed on a card before "and N more".
constexpr std::size_t kTopicsShown = 5;
constexpr std::size_t kQuestionLimits[] = {5, 10, 0};

const Problem* firstError(const std::vector<Problem>& problems) {
  for (const auto& problem : problems) {
    if (problem.severity == Severity::error) return &problem;
  }
  return problems.empty() ? nullptr : &problems.front();
}

}  // namespace

PackChooserScreen::PackChooserScreen(ScreenStack& stack, Context& context)
    : ScreenWithId(stack, context) {
  context.packs->rescan();
  last_scan_ = context.now;
}

void PackChooserScreen::onRevealed() {
  context().packs->rescan();
  last_scan_ = context().now;
}

bool PackChooserScreen::update() {
  if (context().now - last_scan_ < kRescanSeconds) return false;
  last_scan_ = context().now;
  reapFinishedOpeners();
  return context().packs->rescan();
}

std::string PackChooserScreen::topicsOf(const Pack& pack) const {
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const auto& question : pack.questions) {
    for (const auto& tag : question.techniques) {
      if (!seen.insert(tag).second) continue;
      const auto* described = context().taxonomy.describe(tag, context().translations.language());
      names.push_back(described ? described->name : tag);
    }
  }
  std::string joined;
  for (std::size_t index = 0; index < names.size() && index < kTopicsShown; ++index) {
    if (!joined.empty()) joined += " · ";
    joined += names[index];
  }
  if (names.size() > kTopicsShown) {
    joined += " " + context().translations.plural(
                        "chooser.more_topics", static_cast<long long>(names.size() - kTopicsShown));
  }
  return joined;
}

void PackChooserScreen::buildPackCard(const std::shared_ptr<const PackEntry>& entry, float width) {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const PackLoadResult& result = entry->result;
  const bool playable = result.usable();
  ImGui::PushID(entry->location.string().c_str());

  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImDrawListSplitter splitter;
  splitter.Split(draw, 2);
  splitter.SetCurrentChannel(draw, 1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float padding = measure.em * 0.9f;
  ImGui::SetCursorScreenPos(ImVec2(start.x + padding, start.y + padding));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - padding * 2.f);

  if (playable) {
    const Pack& pack = *result.pack;
    widgets::heading(pack.metadata.title);
    std::string facts = languageName(shared, pack.metadata.language) + "  ·  " +
                        shared.translations.plural("chooser.questions",
                                                   static_cast<long long>(pack.questions.size()));
    if (pack.metadata.min_age > 0) {
      facts += "  ·  " + shared.translations.format(
                             "chooser.ages", {{"age", std::to_string(pack.metadata.min_age)}});
    }
    if (entry->origin == play::PackOrigin::user)
      facts += "  ·  " + shared.text("chooser.your_pack");
    ImGui::PushFont(shared.fonts.bold());
    widgets::coloredWrappedText(colours.primary, facts);
    ImGui::PopFont();
    if (!pack.metadata.description.empty()) widgets::wrappedText(pack.metadata.description);
    const std::string topics = topicsOf(pack);
    if (!topics.empty()) widgets::mutedText(shared.text("chooser.topics") + " " + topics);
    const auto warnings = countProblems(result.problems, Severity::warning);
    if (warnings > 0) {
      widgets::mutedText(
          std::string(icon::kWarning) + " " +
          shared.translations.plural("chooser.warnings", static_cast<long long>(warnings)));
    }
  } else {
    const std::string name = entry->location.filename().empty()
                                 ? entry->location.string()
                                 : entry->location.filename().string();
    ImGui::PushStyleColor(ImGuiCol_Text, colours.disabled_text);
    widgets::heading(name);
    ImGui::PopStyleColor();
    ImGui::PushFont(shared.fonts.bold());
    widgets::coloredWrappedText(colours.wrong,
                                std::string(icon::kWarning) + " " + shared.text("chooser.broken"));
    ImGui::PopFont();
    if (const Problem* problem = firstError(result.problems)) {
      widgets::coloredWrappedText(colours.disabled_text, problem->message);
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float content_bottom = ImGui::GetItemRectMax().y;

  // The problems button sits in the card, under the text; so do the form
  // buttons of an assessment pack, which is played one form at a time.
  bool show_problems = false;
  std::string chosen_form;
  const bool has_forms = playable && result.pack->hasAssessmentForms();
  if (has_forms) {
    const bool has_form_c = result.pack->hasForm("C");
    ImGui::SetCursorScreenPos(
        ImVec2(start.x + padding, content_bottom + ImGui::GetStyle().ItemSpacing.y));
    ImGui::PushTextWrapPos(start.x + width - padding);
    widgets::mutedText(shared.text(has_form_c ? "chooser.forms_hint_c" : "chooser.forms_hint"));
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding, ImGui::GetCursorScreenPos().y));
    if (widgets::button(shared.text("chooser.form_a"), widgets::ButtonKind::primary))
      chosen_form = "A";
    ImGui::SameLine();
    if (widgets::button(shared.text("chooser.form_b"), widgets::ButtonKind::primary))
      chosen_form = "B";
    if (has_form_c) {
      // Three long labels do not fit one line in a narrow card or at big text sizes.
      const std::string label = shared.text("chooser.form_c");
      const float spacing = ImGui::GetStyle().ItemSpacing.x;
      if (ImGui::GetItemRectMax().x + spacing + widgets::buttonWidth(label) <=
          start.x + width - padding) {
        ImGui::SameLine();
      } else {
        ImGui::SetCursorScreenPos(ImVec2(start.x + padding, ImGui::GetCursorScreenPos().y));
      }
      if (widgets::button(label, widgets::ButtonKind::primary)) chosen_form = "C";
    }
  }
  if (!result.problems.empty()) {
    ImGui::SetCursorScreenPos(
        ImVec2(start.x + padding, (has_forms ? ImGui::GetItemRectMax().y : content_bottom) +
                                      ImGui::GetStyle().ItemSpacing.y));
    const std::string label = shared.translations.plural(
        "chooser.show_problems", static_cast<long long>(result.problems.size()));
    show_problems = widgets::button(label);
  }
  const float bottom = ImGui::GetItemRectMax().y + padding;
  const ImVec2 end(start.x + width, bottom);

  // For a playable pack the whole card is the button; it goes last so the
  // problems button above keeps its own clicks.
  bool chosen = false;
  bool hovered = false;
  if (playable && !has_forms) {
    ImGui::SetCursorScreenPos(start);
    ImGui::SetItemAllowOverlap();
    chosen = ImGui::InvisibleButton("##choose", ImVec2(width, bottom - start.y));
    hovered = ImGui::IsItemHovered();
    widgets::handCursorForLastItem();
    widgets::focusRingForLastItem();
  }
  splitter.SetCurrentChannel(draw, 0);
  const ImVec4 fill = !playable ? colours.disabled_background
                      : hovered ? colours.selected
                                : colours.card;
  draw->AddRectFilled(start, end, toU32(fill), measure.rounding());
  draw->AddRect(start, end, toU32(playable ? colours.card_border : colours.disabled_text),
                measure.rounding(), 0, std::max(1.f, measure.em * 0.07f));
  if (playable) {
    // A coloured edge marks the cards that can be played.
    draw->AddRectFilled(start, ImVec2(start.x + measure.em * 0.3f, end.y), toU32(colours.primary),
                        measure.rounding(), ImDrawFlags_RoundCornersLeft);
  }
  splitter.Merge(draw);
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, bottom - start.y));

  if (show_problems) {
    problems_shown_ = entry;
    open_problems_ = true;
  }
  if (chosen || !chosen_form.empty()) {
    shared.round_choice.form = chosen_form;
    playPack(shared, stack(), entry);
  }
  ImGui::PopID();
}

void PackChooserScreen::buildProblemsPopup() {
  Context& shared = context();
  const Metrics measure = metrics();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (!beginDialog("##problems", std::exchange(open_problems_, false),
                   ImVec2(std::min(display.x * 0.92f, measure.em * 46.f), display.y * 0.85f))) {
    return;
  }
  if (problems_shown_) {
    const auto& result = problems_shown_->result;
    widgets::heading(shared.translations.format(
        "problems.title", {{"pack", problems_shown_->location.filename().string()}}));
    widgets::mutedText(shared.translations.format(
        "problems.how_to_check",
        {{"command", "esprit validate " + problems_shown_->location.string()}}));
    ImGui::BeginChild("##problem-list", ImVec2(0, -actionBarHeight()), false,
                      ImGuiWindowFlags_NavFlattened);
    scrollWithKeysAndTouch(shared);
    // Errors first: they are what stops the pack from playing.
    std::vector<const Problem*> ordered;
    for (const auto& problem : result.problems) ordered.push_back(&problem);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Problem* left, const Problem* right) {
      return left->severity == Severity::error && right->severity != Severity::error;
    });
    for (const Problem* listed : ordered) {
      const Problem& problem = *listed;
      const bool error = problem.severity == Severity::error;
      ImGui::PushFont(shared.fonts.bold());
      widgets::coloredWrappedText(
          error ? palette().wrong : palette().partial,
          (error ? std::string(icon::kCross) + " " + shared.text("problems.error")
                 : std::string(icon::kWarning) + " " + shared.text("problems.warning")));
      ImGui::PopFont();
      std::string where = std::filesystem::path(problem.file).filename().string();
      if (problem.line > 0) {
        where += "  " + shared.translations.format("problems.line_column",
                                                   {{"line", std::to_string(problem.line)},
                                                    {"column", std::to_string(problem.column)}});
      }
      if (!problem.pointer.empty()) where += "  " + problem.pointer;
      widgets::mutedText(where);
      widgets::wrappedText(problem.message);
      ImGui::Separator();
    }
    ImGui::EndChild();
  }
  if (widgets::button(shared.text("common.close"), widgets::ButtonKind::primary) ||
      shared.input.dialog_back || shared.input.dialog_confirm) {
    ImGui::CloseCurrentPopup();
    problems_shown_.reset();
  }
  ImGui::EndPopup();
}

void PackChooserScreen::buildQuestionLimit() {
  Context& shared = context();
  const float text_y =
      ImGui::GetCursorPosY() + (metrics().touchTarget() - ImGui::GetTextLineHeight()) * 0.5f;
  ImGui::SetCursorPosY(text_y);
  ImGui::TextUnformatted(shared.text("chooser.round_length").c_str());
  for (const std::size_t limit : kQuestionLimits) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(text_y - (metrics().touchTarget() - ImGui::GetTextLineHeight()) * 0.5f);
    const bool selected = shared.round_choice.question_limit == limit;
    const std::string label =
        (selected ? std::string(icon::kDot) + " " : std::string()) +
        (limit == 0 ? shared.text("chooser.all_questions") : std::to_string(limit)) + "##limit" +
        std::to_string(limit);
    if (widgets::button(label,
                        selected ? widgets::ButtonKind::primary : widgets::ButtonKind::secondary)) {
      shared.round_choice.question_limit = limit;
    }
  }
}

void PackChooserScreen::buildFolderBar() {
  // One row: where the player's own packs go, and the button that opens it.
  // What to do with it is said in the card at the end of the list.
  Context& shared = context();
  const std::string open_label =
      std::string(icon::kFolder) + "  " + shared.text("chooser.open_folder");
  const float button_width = widgets::buttonWidth(open_label);
  const float text_width =
      ImGui::GetContentRegionAvail().x - button_width - ImGui::GetStyle().ItemSpacing.x;
  const float row_top = ImGui::GetCursorPosY();
  const std::string where =
      folder_message_.empty()
          ? shared.translations.format("chooser.folder_is",
                                       {{"folder", shared.packs->userDirectory().string()}})
          : folder_message_;
  ImGui::SetCursorPosY(row_top + (metrics().touchTarget() - ImGui::GetTextLineHeight()) * 0.5f);
  const ImVec2 clip_min = ImGui::GetCursorScreenPos();
  ImGui::PushClipRect(
      clip_min,
      ImVec2(clip_min.x + std::max(0.f, text_width), clip_min.y + metrics().touchTarget()), true);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted_text);
  ImGui::TextUnformatted(where.c_str());
  ImGui::PopStyleColor();
  ImGui::PopClipRect();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", where.c_str());
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - button_width, row_top));
  if (widgets::button(open_label, widgets::ButtonKind::secondary, button_width)) {
    folder_message_ =
        openFolderInFileManager(shared.packs->userDirectory())
            ? std::string()
            : shared.translations.format("chooser.open_failed",
                                         {{"folder", shared.packs->userDirectory().string()}});
  }
}

std::string PackChooserScreen::textToRead() {
  const Context& shared = context();
  std::string text = shared.text("chooser.title") + ".";
  for (const auto& entry : shared.packs->entries()) {
    if (!entry->result.usable()) continue;
    const Pack& pack = *entry->result.pack;
    text += "\n" + pack.metadata.title + ". " + languageName(shared, pack.metadata.language) +
            ", " +
            shared.translations.plural("chooser.questions",
                                       static_cast<long long>(pack.questions.size())) +
            ". " + pack.metadata.description;
  }
  return text;
}

void PackChooserScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##chooser");
  if (backButton(shared) || shared.input.back) stack().pop();
  headingBesideButton(shared, shared.text("chooser.title"));
  buildQuestionLimit();

  ImGui::BeginChild("##packs", ImVec2(0, -actionBarHeight()), false, ImGuiWindowFlags_NavFlattened);
  scrollWithKeysAndTouch(shared);
  const float width = std::min(ImGui::GetContentRegionAvail().x, measure.readingWidth() * 1.2f);
  const auto& entries = shared.packs->entries();
  if (entries.empty()) {
    widgets::centreNext(width);
    beginHeadedCard(width, shared.text("chooser.empty_title"));
    widgets::wrappedText(shared.text("chooser.empty_help"));
    widgets::endCard();
  }
  for (const auto& entry : entries) {
    widgets::centreNext(width);
    buildPackCard(entry, width);
  }
  // How a teacher adds packs, at the end of the list.
  if (!entries.empty()) {
    widgets::centreNext(width);
    widgets::beginCard(width, palette().background, palette().card_border);
    ImGui::PushFont(shared.fonts.bold());
    widgets::wrappedText(shared.text("chooser.own_packs"));
    ImGui::PopFont();
    widgets::mutedText(shared.packs->userDirectory().string());
    widgets::endCard();
  }
  ImGui::EndChild();
  ImGui::Separator();
  buildFolderBar();
  buildProblemsPopup();
  if (cornerReadAloudButton(shared))
    toggleReading(shared, textToRead(), shared.translations.language());
  widgets::endScreen();
}

}  // namespace esprit::ui
