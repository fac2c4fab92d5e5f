// The staff menu (see StaffMenuScreen.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/StaffMenuScreen.hpp"

#include "core/kiosk/KioskPacks.hpp"
#include "core/kiosk/UsageCsv.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/kiosk/KioskMode.hpp"
#include "ui/kiosk/KioskWidgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace esprit::ui {
namespace {

std::string percentOf(std::int64_t right, std::int64_t answered) {
  if (answered <= 0) return "–";
  return std::to_string(static_cast<int>(
             std::lround(100.0 * static_cast<double>(right) / static_cast<double>(answered)))) +
         " %";
}

}  // namespace

StaffMenuScreen::StaffMenuScreen(ScreenStack& stack, Context& context)
    : ScreenWithId(stack, context) {
  readFigures();
}

void StaffMenuScreen::readFigures() {
  auto* store = context().kiosk->usage().store();
  usage_.reset();
  figures_problem_.clear();
  if (store == nullptr) return;
  auto read = store->usage();
  if (read) {
    usage_ = std::move(read).value();
  } else {
    figures_problem_ = read.error().message;
  }
}

void StaffMenuScreen::buildFigures(float width) {
  Context& shared = context();
  widgets::heading(shared.text("kiosk.staff.figures_title"));
  if (!usage_) {
    widgets::wrappedText(shared.text("kiosk.staff.no_figures"));
    return;
  }
  const auto& days = usage_->days;
  const std::string today = kiosk::localDate();
  storage::KioskDayFigures today_figures;
  today_figures.day = today;
  for (const auto& day : days) {
    if (day.day == today) today_figures = day;
  }
  const auto totals = kiosk::totalUsage(*usage_);
  if (ImGui::BeginTable("##figures", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(width, 0))) {
    ImGui::TableSetupColumn("");
    ImGui::TableSetupColumn(shared.text("kiosk.staff.today").c_str());
    ImGui::TableSetupColumn(
        shared.translations.plural("kiosk.staff.all_days", static_cast<long long>(days.size()))
            .c_str());
    ImGui::TableHeadersRow();
    auto row = [&](const char* key, const std::string& now, const std::string& all) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(shared.text(key).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(now.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(all.c_str());
    };
    row("kiosk.staff.rounds_started", std::to_string(today_figures.rounds_started),
        std::to_string(totals.rounds_started));
    row("kiosk.staff.rounds_finished", std::to_string(today_figures.rounds_finished),
        std::to_string(totals.rounds_finished));
    row("kiosk.staff.questions_answered", std::to_string(today_figures.questions_answered),
        std::to_string(totals.questions_answered));
    row("kiosk.staff.share_right",
        percentOf(today_figures.answered_right, today_figures.questions_answered),
        percentOf(totals.answered_right, totals.questions_answered));
    ImGui::EndTable();
  }

  // Techniques over every day kept, most answered first: where visitors
  // do well and where they stumble.
  std::vector<storage::KioskTechniqueFigures> techniques;
  for (const auto& figures : usage_->techniques) {
    auto same = std::find_if(techniques.begin(), techniques.end(), [&](const auto& known) {
      return known.technique == figures.technique;
    });
    if (same == techniques.end()) {
      techniques.push_back(figures);
    } else {
      same->answered += figures.answered;
      same->answered_right += figures.answered_right;
    }
  }
  std::sort(techniques.begin(), techniques.end(),
            [](const auto& a, const auto& b) { return a.answered > b.answered; });
  if (techniques.size() > 6) techniques.resize(6);
  if (!techniques.empty() &&
      ImGui::BeginTable("##techniques", 3,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(width, 0))) {
    ImGui::TableSetupColumn(shared.text("kiosk.staff.technique").c_str());
    ImGui::TableSetupColumn(shared.text("kiosk.staff.questions_answered").c_str());
    ImGui::TableSetupColumn(shared.text("kiosk.staff.share_right").c_str());
    ImGui::TableHeadersRow();
    for (const auto& figures : techniques) {
      const auto* described =
          shared.taxonomy.describe(figures.technique, shared.translations.language());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(described ? described->name.c_str() : figures.technique.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::to_string(figures.answered).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(percentOf(figures.answered_right, figures.answered).c_str());
    }
    ImGui::EndTable();
  }
  widgets::mutedText(shared.text("kiosk.staff.export_hint"));
}

void StaffMenuScreen::buildHealth(float width) {
  Context& shared = context();
  KioskMode& kiosk = *shared.kiosk;
  const Palette& colours = palette();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  widgets::heading(shared.text("kiosk.staff.health_title"));
  auto& usage = kiosk.usage();
  if (usage.available()) {
    widgets::wrappedText(std::string(icon::kCheck) + " " +
                         shared.translations.format("kiosk.staff.usage_file",
                                                    {{"file", usage.store()->file().string()}}));
  }
  if (!usage.problem().empty() || usage.lostCounts() > 0 || !figures_problem_.empty()) {
    const std::string detail = !figures_problem_.empty() ? figures_problem_ : usage.problem();
    widgets::coloredWrappedText(
        colours.wrong,
        std::string(icon::kWarning) + " " +
            shared.translations.format("kiosk.staff.usage_problem", {{"detail", detail}}));
    if (usage.lostCounts() > 0) {
      widgets::coloredWrappedText(
          colours.wrong, shared.translations.plural("kiosk.staff.lost", usage.lostCounts()));
    }
  }
  for (const auto& notice : usage.notices())
    widgets::coloredWrappedText(colours.partial, std::string(icon::kWarning) + " " + notice);

  const auto& loaded = kiosk.configLoad();
  if (loaded.file) {
    widgets::wrappedText(
        shared.translations.format("kiosk.staff.config_file", {{"file", loaded.file->string()}}));
  } else if (loaded.problems.empty()) {
    widgets::wrappedText(shared.text("kiosk.staff.config_defaults"));
  }
  if (!loaded.problems.empty()) {
    widgets::coloredWrappedText(colours.partial, std::string(icon::kWarning) + " " +
                                                     shared.text("kiosk.staff.config_problems"));
    for (const auto& problem : loaded.problems) widgets::wrappedText(formatProblem(problem));
  }
  if (shared.packs) {
    const auto missing = kiosk::missingPacks(*shared.packs, kiosk.config());
    if (!missing.empty()) {
      std::string list;
      for (const auto& id : missing) list += (list.empty() ? "" : ", ") + id;
      widgets::coloredWrappedText(
          colours.partial,
          std::string(icon::kWarning) + " " +
              shared.translations.format("kiosk.staff.missing_packs", {{"list", list}}));
    }
  }
  widgets::wrappedText(shared.translations.plural(
      "kiosk.staff.packs_offered", static_cast<long long>(kiosk.offered().size()),
      {{"language", kiosk.languageButtonName(shared.settings.language)}}));
  if (!reloaded_.empty()) widgets::coloredWrappedText(colours.right, reloaded_);
  ImGui::PopTextWrapPos();
}

void StaffMenuScreen::buildInterface() {
  Context& shared = context();
  KioskMode& kiosk = *shared.kiosk;
  const Metrics measure = metrics();
  widgets::beginScreen("##staff-menu");
  const std::string title = shared.text("kiosk.staff.menu_title");
  ImGui::PushFont(shared.fonts.heading());
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();

  // Actions first, in one row, so they are found without scrolling.
  const std::string back = shared.text("kiosk.staff.back");
  const std::string reload = shared.text("kiosk.staff.reload");
  const std::string quit = shared.text("kiosk.staff.quit");
  if (kiosk_widgets::button(shared, back, widgets::ButtonKind::primary)) {
    kiosk.returnToAttract(shared, stack());
  }
  ImGui::SameLine();
  if (kiosk_widgets::button(shared, reload, widgets::ButtonKind::secondary)) {
    const std::size_t offered = kiosk.reloadPacks(shared);
    reloaded_ = shared.translations.plural("kiosk.staff.reloaded", static_cast<long long>(offered));
    readFigures();
  }
  ImGui::SameLine();
  if (kiosk_widgets::button(shared, quit, widgets::ButtonKind::secondary)) {
    std::fprintf(stderr, "esprit kiosk: staff quit\n");
    shared.quit_requested = true;
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));

  const float available = ImGui::GetContentRegionAvail().x;
  const bool two_columns = available >= measure.em * 40.f;
  const float column = two_columns ? (available - measure.margin()) * 0.5f : available;
  ImGui::BeginChild("##staff-figures", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
  buildFigures(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize);
  if (!two_columns) buildHealth(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize);
  ImGui::EndChild();
  if (two_columns) {
    ImGui::SameLine(0, measure.margin());
    ImGui::BeginChild("##staff-health", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    buildHealth(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize);
    ImGui::EndChild();
  }
  widgets::endScreen();
}

}  // namespace esprit::ui
