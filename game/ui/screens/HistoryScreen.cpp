// The history screen: rounds over time, techniques over time, weak spots.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/HistoryScreen.hpp"

#include "core/report/ReportLanguage.hpp"
#include "ui/Context.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/BackHeader.hpp"
#include "ui/screens/PlayerRow.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <set>

namespace esprit::ui {
namespace {

// Enough bars to see a trend; older rounds stay in the list below.
constexpr std::size_t kMostBarsShown = 12;
constexpr std::size_t kWeakTechniquesNamed = 3;
// Mastery bands for the words beside each technique, as shares right.
constexpr float kStrongShare = 0.8f;
constexpr float kGettingThereShare = 0.5f;

// "2026-11-24T08:09:46.123Z" (UTC) as the local day and month, "24/11".
std::string shortDate(const Context& context, const std::string& utc) {
  std::tm parsed{};
  if (utc.size() < 19 ||
      strptime(utc.substr(0, 19).c_str(), "%Y-%m-%dT%H:%M:%S", &parsed) == nullptr)
    return utc.substr(0, 10);
  const std::time_t moment = timegm(&parsed);
  std::tm local{};
  localtime_r(&moment, &local);
  return context.translations.format(
      "history.date",
      {{"day", std::to_string(local.tm_mday)},
       {"month", std::to_string(local.tm_mon + 1)},
       {"time", (local.tm_hour < 10 ? "0" : "") + std::to_string(local.tm_hour) + ":" +
                    (local.tm_min < 10 ? "0" : "") + std::to_string(local.tm_min)}});
}

}  // namespace

HistoryScreen::HistoryScreen(ScreenStack& stack, Context& context) : ScreenWithId(stack, context) {
  reload();
}

void HistoryScreen::reload() {
  sessions_.clear();
  techniques_.clear();
  weakest_.clear();
  discernment_ = {};
  problem_.clear();
  storage::ResultStore* store = context().records.store();
  const auto& player = context().records.player();
  if (store == nullptr || !player) return;
  auto sessions = store->listSessions(player->id);
  auto mastery = store->masteryOverTime(player->id);
  auto practice = store->practiceHistory(player->id);
  auto dated = store->datedAnswers(player->id);
  if (!sessions || !mastery || !practice || !dated) {
    problem_ = context().translations.format("history.cannot_read",
                                             {{"detail", !sessions   ? sessions.error().message
                                                         : !mastery  ? mastery.error().message
                                                         : !practice ? practice.error().message
                                                                     : dated.error().message}});
    return;
  }
  sessions_ = std::move(sessions).value();
  discernment_ = review::discernmentOverTime(*dated);
  if (!discernment_.periods.empty()) {
    // Numbers as the report writes them in this language ("1.2", "1,2").
    const auto words = report::ReportLanguage::loadOrEnglish(context().translations.language());
    discernment_latest_ = words.decimal(discernment_.periods.back().sensitivity, 1);
    discernment_best_ = words.decimal(discernment_.best_before, 1);
  }

  // Running totals per technique, one point per round that met it.
  std::map<std::string, TechniqueProgress> by_technique;
  for (const auto& row : *mastery) {
    auto& progress = by_technique[row.technique];
    progress.technique = row.technique;
    progress.answered += row.answered;
    progress.correct += row.correct;
    progress.shares.push_back(static_cast<float>(progress.correct) /
                              static_cast<float>(std::max(progress.answered, 1)));
  }
  for (auto& [tag, progress] : by_technique) techniques_.push_back(std::move(progress));
  // Weakest first: what to work on is what the player should see first.
  std::stable_sort(techniques_.begin(), techniques_.end(), [](const auto& left, const auto& right) {
    return left.shares.back() < right.shares.back();
  });
  for (const auto& weakness : storage::rankWeakTechniques(*practice)) {
    if (weakness.answers == 0 || weakness.misses == 0) continue;
    weakest_.push_back(weakness);
    if (weakest_.size() == kWeakTechniquesNamed) break;
  }
}

std::string HistoryScreen::techniqueName(const std::string& tag) const {
  if (tag.empty()) return context().text("history.no_technique");
  const auto* described = context().taxonomy.describe(tag, context().translations.language());
  return described ? described->name : tag;
}

void HistoryScreen::buildRounds(float width) {
  Context& shared = context();
  const Metrics measure = metrics();
  beginHeadedCard(width, shared.text("history.rounds_title"));
  const float inner = width - measure.em * 1.8f;
  // As many recent rounds as fit with room for their labels.
  const std::size_t fit = static_cast<std::size_t>(
      std::max(1.f, std::floor(inner / (ImGui::CalcTextSize("00/00").x + measure.em))));
  const std::size_t shown = std::min({sessions_.size(), kMostBarsShown, fit});
  std::vector<ScoreBar> bars;
  std::string previous_day;
  for (std::size_t index = sessions_.size() - shown; index < sessions_.size(); ++index) {
    const auto& session = sessions_[index];
    ScoreBar bar;
    bar.share_right = session.answered > 0 ? static_cast<float>(session.correct) /
                                                 static_cast<float>(session.answered)
                                           : 0.f;
    bar.above = std::to_string(session.correct) + "/" + std::to_string(session.answered);
    // Under each bar its day, or its time when the bar before was the same day.
    const std::string date = shortDate(shared, session.started);
    const std::string day = date.substr(0, date.find(' '));
    bar.below = day == previous_day ? date.substr(date.find(' ') + 1) : day;
    previous_day = day;
    bar.unfinished = session.status == storage::SessionStatus::playing;
    bar.practice = session.mode == "practice";
    bars.push_back(std::move(bar));
  }
  drawScoreChart(bars, inner, measure.em * 9.f);
  widgets::mutedText(shared.text("history.rounds_legend"));

  // Every round in words, newest first.
  ImGui::Dummy(ImVec2(0, measure.gap() * 0.5f));
  for (auto session = sessions_.rbegin(); session != sessions_.rend(); ++session) {
    std::string line = shortDate(shared, session->started) + "  ·  " +
                       (session->pack_title.empty() ? session->pack_id : session->pack_title);
    ImGui::PushFont(shared.fonts.bold());
    widgets::wrappedText(line);
    ImGui::PopFont();
    std::string detail = shared.translations.format(
        "history.round_detail", {{"right", std::to_string(session->correct)},
                                 {"answered", std::to_string(session->answered)},
                                 {"points", std::to_string(session->points)}});
    if (session->mode == "practice") detail += "  ·  " + shared.text("history.practice_round");
    if (session->status == storage::SessionStatus::playing)
      detail += "  ·  " + shared.text("history.not_finished");
    widgets::mutedText(detail);
  }
  widgets::endCard();
}

void HistoryScreen::buildTechniques(float width) {
  Context& shared = context();
  const Metrics measure = metrics();
  beginHeadedCard(width, shared.text("history.techniques_title"));
  widgets::mutedText(shared.text("history.techniques_help"));
  const float inner = width - measure.em * 1.8f;
  const float line_width = std::min(inner * 0.4f, measure.em * 10.f);
  for (const auto& progress : techniques_) {
    ImGui::Dummy(ImVec2(0, measure.gap() * 0.5f));
    const float share = progress.shares.back();
    const std::string band =
        shared.text(share >= kStrongShare         ? "history.band_strong"
                    : share >= kGettingThereShare ? "history.band_getting_there"
                                                  : "history.band_practise");
    const float text_width = inner - line_width - measure.em;
    const float row_left = ImGui::GetCursorPosX();
    beginTextColumn(text_width);
    ImGui::PushFont(shared.fonts.bold());
    widgets::wrappedText(techniqueName(progress.technique));
    ImGui::PopFont();
    widgets::mutedText(shared.translations.format("history.technique_detail",
                                                  {{"right", std::to_string(progress.correct)},
                                                   {"answered", std::to_string(progress.answered)},
                                                   {"band", band}}));
    endTextColumn();
    const float row_height = ImGui::GetItemRectSize().y;
    // Every line ends at the card's right edge, whatever the length of the name.
    ImGui::SameLine(0, 0);
    ImGui::SetCursorPosX(row_left + inner - line_width);
    drawMasteryLine(progress.shares, line_width, std::max(row_height, measure.em * 2.f));
  }
  widgets::endCard();
}

void HistoryScreen::buildDiscernment(float width) {
  if (discernment_.periods.empty()) return;
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  ImGui::Dummy(ImVec2(0, measure.gap()));
  beginHeadedCard(width, shared.text("history.discernment_title"));
  widgets::mutedText(shared.text("history.discernment_help"));
  // d′ from −1 to 3 fills the line's height: below is worse than guessing,
  // above is as good as anyone gets on a handful of items.
  constexpr float kLowest = -1.f, kHighest = 3.f;
  std::vector<float> heights;
  for (const auto& period : discernment_.periods) {
    heights.push_back(std::clamp(
        (static_cast<float>(period.sensitivity) - kLowest) / (kHighest - kLowest), 0.f, 1.f));
  }
  const float inner = width - measure.em * 1.8f;
  drawMasteryLine(heights, inner, measure.em * 4.f);
  const std::string& latest = discernment_latest_;
  const std::string& best = discernment_best_;
  switch (discernment_.trend) {
    case review::DiscernmentTrend::too_early:
      widgets::wrappedText(shared.text("history.discernment_too_early"));
      break;
    case review::DiscernmentTrend::held_up:
      widgets::coloredWrappedText(colours.right,
                                  shared.translations.format("history.discernment_held_up",
                                                             {{"latest", latest}, {"best", best}}));
      break;
    case review::DiscernmentTrend::faded:
      widgets::coloredWrappedText(colours.partial,
                                  shared.translations.format("history.discernment_faded",
                                                             {{"latest", latest}, {"best", best}}));
      break;
  }
  widgets::endCard();
}

void HistoryScreen::buildPractice(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  widgets::beginCard(width, colours.selected, colours.primary);
  widgets::heading(shared.text("history.practice_title"));
  if (weakest_.empty()) {
    widgets::wrappedText(shared.text("history.practice_nothing_yet"));
  } else {
    std::string names;
    for (const auto& weakness : weakest_)
      names += (names.empty() ? "" : ", ") + techniqueName(weakness.technique);
    widgets::wrappedText(
        shared.translations.format("history.practice_focus", {{"techniques", names}}));
  }
  // One button per pack this player has played that is still here, newest first.
  std::set<std::pair<std::string, std::string>> offered;
  const float button_width = width - metrics().em * 1.8f;
  for (auto session = sessions_.rbegin(); session != sessions_.rend(); ++session) {
    if (!offered.insert({session->pack_id, session->pack_version}).second) continue;
    auto entry = shared.packs ? shared.packs->findPlayable(session->pack_id, session->pack_version)
                              : nullptr;
    if (!entry) continue;
    std::string label = shared.translations.format("history.practice_pack",
                                                   {{"pack", entry->result.pack->metadata.title}});
    // A long title at big text would be clipped in the button: it goes above instead.
    if (widgets::buttonWidth(label) > button_width) {
      ImGui::PushFont(shared.fonts.bold());
      widgets::wrappedText(entry->result.pack->metadata.title);
      ImGui::PopFont();
      label = shared.text("history.practice_short");
    }
    ImGui::PushID(static_cast<int>(offered.size()));
    if (widgets::button(label, widgets::ButtonKind::primary, button_width)) {
      if (startWeakSpotRound(shared, entry))
        stack().push(ScreenId::play);
      else
        problem_ = shared.text("history.practice_failed");
    }
    ImGui::PopID();
  }
  widgets::endCard();
}

void HistoryScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##history");
  const auto& player = shared.records.player();
  const std::string title =
      player ? shared.translations.format("history.title", {{"name", playerLabel(*player)}})
             : shared.text("history.open");
  if (backHeader(shared, title)) stack().pop();

  const float available = beginScrollingPanel(shared, "##history-body", ImVec2(0, 0));
  if (!problem_.empty()) widgets::coloredWrappedText(palette().wrong, problem_);
  if (sessions_.empty()) {
    const float width = std::min(available, measure.readingWidth());
    widgets::centreNext(width);
    beginHeadedCard(width, shared.text("history.empty_title"));
    widgets::wrappedText(shared.text("history.empty_help"));
    widgets::endCard();
  } else {
    const PageColumns page = splitPage(available);
    if (!page.two_columns) widgets::centreNext(page.width);
    beginTextColumn(page.width);
    buildPractice(page.width);
    ImGui::Dummy(ImVec2(0, measure.gap()));
    buildRounds(page.width);
    if (!page.two_columns) {
      buildDiscernment(page.width);
      ImGui::Dummy(ImVec2(0, measure.gap()));
      buildTechniques(page.width);
    }
    endTextColumn();
    if (page.two_columns) {
      ImGui::SameLine(0, measure.margin());
      beginTextColumn(page.width);
      buildTechniques(page.width);
      buildDiscernment(page.width);
      endTextColumn();
    }
  }
  ImGui::EndChild();
  widgets::endScreen();
}

}  // namespace esprit::ui
