// The class report screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/ClassReportScreen.hpp"

#include "ui/Context.hpp"
#include "ui/FolderOpener.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/BackHeader.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <algorithm>
#include <set>

namespace esprit::ui {

ClassReportScreen::ClassReportScreen(ScreenStack& stack, Context& context)
    : ScreenWithId(stack, context) {
  std::set<std::string> codes;
  if (auto* store = context.records.store()) {
    if (auto players = store->listPlayers()) {
      for (const auto& player : *players)
        if (!player.class_code.empty()) codes.insert(player.class_code);
    }
  }
  class_codes_.assign(codes.begin(), codes.end());
}

void ClassReportScreen::write() {
  Context& shared = context();
  written_.reset();
  message_.clear();
  auto* store = shared.records.store();
  if (store == nullptr) {
    message_ = shared.text("report.no_records");
    return;
  }
  auto outcome = report::writeClassReport(*store, shared.taxonomy, report::reportFolder(), chosen_class_,
                                  shared.translations.language());
  if (!outcome) {
    message_ = shared.translations.format("report.failed", {{"detail", outcome.error().message}});
    return;
  }
  written_ = *outcome;
}

void ClassReportScreen::refreshItems() {
  if (data_class_ && *data_class_ == chosen_class_) return;
  Context& shared = context();
  if (!words_ || words_->tag() != shared.translations.language().substr(0, 2)) {
    words_ = report::ReportLanguage::loadOrEnglish(shared.translations.language());
  }
  data_class_ = chosen_class_;
  data_.reset();
  if (auto* store = shared.records.store()) {
    if (auto loaded = report::loadClassReport(*store, chosen_class_)) {
      data_ = std::move(loaded).value();
    } else {
      message_ = shared.translations.format("report.failed", {{"detail", loaded.error().message}});
    }
  }
}

namespace {

// Table headings that wrap, unlike ImGui's own header row: long headings in
// big text or in French must not be cut off.
void wrappedHeadings(const std::vector<std::string>& headings, ImFont* bold) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::PushFont(bold);
  for (std::size_t index = 0; index < headings.size(); ++index) {
    ImGui::TableSetColumnIndex(static_cast<int>(index));
    widgets::wrappedText(headings[index]);
  }
  ImGui::PopFont();
}

}  // namespace

void ClassReportScreen::buildItemTable(float width) {
  if (!data_ || !words_ || data_->model.items.empty()) return;
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const report::ReportLanguage& words = *words_;
  ImGui::Dummy(ImVec2(0, measure.gap()));
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(words.text("items.title"));
  ImGui::PopFont();
  widgets::mutedText(report::summaryText(data_->model, words));
  widgets::mutedText(
      words.format("items.intro", {{"minimum", std::to_string(report::kMinimumAnswersToJudge)}}));

  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##items", 5, flags, ImVec2(width, 0))) return;
  const auto column = [&words](const char* name) {
    return words.text(std::string("column.") + name);
  };
  // Numbers take their heading's width; the question and the flag share the rest.
  const auto fixed = [&shared](const std::string& heading) {
    ImGui::PushFont(shared.fonts.bold());
    const float heading_width = ImGui::CalcTextSize(heading.c_str()).x;
    ImGui::PopFont();
    return heading_width + ImGui::GetStyle().CellPadding.x * 2;
  };
  ImGui::TableSetupColumn(column("question").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.f);
  for (const char* name : {"answers", "facility", "discrimination"}) {
    ImGui::TableSetupColumn(column(name).c_str(), ImGuiTableColumnFlags_WidthFixed,
                            fixed(column(name)));
  }
  ImGui::TableSetupColumn(column("flag").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.f);
  ImGui::PushTextWrapPos(0.f);  // wrap at each cell's edge, not the column of text above
  wrappedHeadings({column("question"), column("answers"), column("facility"),
                   column("discrimination"), column("flag")},
                  shared.fonts.bold());
  std::string pack;
  for (const auto& item : data_->model.items) {
    if (item.pack_id != pack) {
      pack = item.pack_id;
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushFont(shared.fonts.bold());
      widgets::wrappedText(item.pack_title);
      ImGui::PopFont();
    }
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    widgets::wrappedText(item.question_id + "  " + item.prompt);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(std::to_string(item.answers).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(report::itemFacilityText(item, words).c_str());
    ImGui::TableSetColumnIndex(3);
    ImGui::TextUnformatted(report::itemDiscriminationText(item, words).c_str());
    ImGui::TableSetColumnIndex(4);
    const std::string& flag = words.text(report::itemFlagKey(item.flag));
    if (item.flag == report::ItemFlag::check_key) {
      widgets::coloredWrappedText(colours.wrong, flag);
    } else if (item.flag == report::ItemFlag::too_few_answers) {
      widgets::mutedText(flag);
    } else {
      widgets::coloredWrappedText(colours.partial, flag);
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();

  const auto& learning = data_->model.learning;
  if (!learning.class_after && !learning.class_delayed) {
    ImGui::Dummy(ImVec2(0, measure.margin()));
    return;
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(words.text("change.title"));
  ImGui::PopFont();
  widgets::mutedText(words.text("change.intro"));
  if (!ImGui::BeginTable("##learning", 5, flags, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn(column("comparison").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn(column("players_both").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.f);
  for (const char* name : {"sensitivity_change", "bias_change", "overconfidence_change"}) {
    ImGui::TableSetupColumn(column(name).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  }
  ImGui::PushTextWrapPos(0.f);
  wrappedHeadings({column("comparison"), column("players_both"), column("sensitivity_change"),
                   column("bias_change"), column("overconfidence_change")},
                  shared.fonts.bold());
  for (const auto& [label, change] : {std::pair{"change.after", &learning.class_after},
                                      std::pair{"change.delayed", &learning.class_delayed}}) {
    if (!*change) continue;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    widgets::wrappedText(words.text(label));
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(std::to_string((*change)->players).c_str());
    const report::MeanChange* means[] = {&(*change)->sensitivity, &(*change)->bias,
                                         &(*change)->overconfidence};
    // The mean, and its interval under it: a number is never split at its point.
    for (int index = 0; index < 3; ++index) {
      ImGui::TableSetColumnIndex(2 + index);
      if (means[index]->players == 0) {
        ImGui::TextUnformatted("\u2014");
        continue;
      }
      ImGui::TextUnformatted(words.change(means[index]->mean, 2).c_str());
      if (const std::string interval = report::intervalText(*means[index], words);
          !interval.empty()) {
        widgets::mutedText(interval);
      }
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
  ImGui::Dummy(ImVec2(0, measure.margin()));  // the last row clear of the window's edge
}

void ClassReportScreen::buildInterface() {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  widgets::beginScreen("##class-report");
  if (backHeader(shared, shared.text("report.title"))) stack().pop();

  const float width = beginReadingColumn(shared, "##report-body");
  widgets::wrappedText(shared.text("report.explained"));
  ImGui::Dummy(ImVec2(0, measure.gap()));
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("report.which_class"));
  ImGui::PopFont();
  if (widgets::choiceCard("##everyone", "1", shared.text("report.everyone"), !chosen_class_,
                          widgets::Marker::radio, width) ||
      (!shared.input.digits.empty() && shared.input.digits.back() == 1)) {
    chosen_class_.reset();
  }
  for (std::size_t index = 0; index < class_codes_.size(); ++index) {
    const auto& code = class_codes_[index];
    const bool selected = chosen_class_ && *chosen_class_ == code;
    ImGui::PushID(static_cast<int>(index));
    const int digit = static_cast<int>(index) + 2;
    const std::string badge = digit <= 9 ? std::to_string(digit) : std::string(" ");
    if (widgets::choiceCard("##class", badge,
                            shared.translations.format("report.class", {{"class", code}}), selected,
                            widgets::Marker::radio, width) ||
        (!shared.input.digits.empty() && shared.input.digits.back() == digit)) {
      chosen_class_ = code;
    }
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::mutedText(
      shared.translations.format("report.folder", {{"folder", report::reportFolder().string()}}));
  if (widgets::button(shared.text("report.write"), widgets::ButtonKind::primary, width) ||
      shared.input.confirm) {
    write();
  }
  if (!message_.empty()) widgets::coloredWrappedText(colours.wrong, message_);
  if (written_) {
    ImGui::Dummy(ImVec2(0, measure.gap()));
    widgets::beginCard(width, colours.right_background, colours.right);
    widgets::wrappedText(
        std::string(icon::kCheck) + " " +
        shared.translations.format(
            "report.written",
            {{"players", shared.translations.plural("report.players", written_->players)},
             {"answers", shared.translations.plural("report.answers", written_->answers)}}));
    widgets::mutedText(written_->html.filename().string());
    widgets::mutedText(written_->csv.filename().string());
    if (widgets::button(shared.text("report.open_report"), widgets::ButtonKind::primary)) {
      if (!openFolderInFileManager(written_->html)) message_ = shared.text("report.open_failed");
    }
    ImGui::SameLine();
    if (widgets::button(std::string(icon::kFolder) + "  " + shared.text("report.open_folder"))) {
      if (!openFolderInFileManager(report::reportFolder())) message_ = shared.text("report.open_failed");
    }
    widgets::endCard();
  }
  refreshItems();
  buildItemTable(width);
  endReadingColumn();
  widgets::endScreen();
}

}  // namespace esprit::ui
