// The projector screens of a class game.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/host/HostGameScreen.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/host/ClassHosting.hpp"
#include "ui/host/HostWindow.hpp"
#include "ui/host/QrCode.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <imgui.h>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace esprit::ui {
namespace {

using classroom::Phase;

// The code is read across a classroom: this many text heights tall.
constexpr float kCodeEms = 4.5f;
constexpr float kAddressEms = 2.2f;
// How long the host waits for work before the window's loop goes on.
constexpr int kServeMilliseconds = 0;

std::string spacedCode(const std::string& code) {
  return code.size() == 6 ? code.substr(0, 3) + " " + code.substr(3) : code;
}

std::string percent(double share) { return std::to_string(std::lround(share * 100)) + " %"; }

}  // namespace

bool HostGameScreen::update() {
  if (hostStopRequested()) context().quit_requested = true;
  auto& hosting = context().class_hosting;
  if (!hosting || !hosting->session) return false;
  bool changed = hosting->session->serveMainThread(std::chrono::milliseconds(kServeMilliseconds));
  const auto view = hosting->session->game().view();
  // The window sleeps when nothing moves; a new player or answer is news.
  changed |= view.event_id != seen_event_ || view.answers != seen_answers_ ||
             view.players.size() != seen_players_;
  const long seconds = view.seconds_left ? std::lround(std::ceil(*view.seconds_left)) : -1;
  changed |= seconds != seen_seconds_;
  seen_event_ = view.event_id;
  seen_answers_ = view.answers;
  seen_players_ = view.players.size();
  seen_seconds_ = seconds;
  return changed;
}

bool HostGameScreen::allowsClosing() {
  confirm_stop_ = true;
  return false;
}

void HostGameScreen::stopHosting() {
  auto& hosting = context().class_hosting;
  if (hosting && hosting->session) hosting->session->stop();
  hosting.reset();
  // Back to an ordinary game: a signal ends it the ordinary way again.
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGINT, SIG_DFL);
  stack().pop();
}

bool HostGameScreen::buildNextButton(const std::string& label) {
  const Metrics measure = metrics();
  const float width = std::max(widgets::buttonWidth(label), measure.em * 12.f);
  ImGui::SetCursorPos(
      ImVec2(ImGui::GetWindowContentRegionMax().x - width,
             ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - measure.touchTarget()));
  return widgets::button(label, widgets::ButtonKind::primary, width) ||
         (context().input.confirm && !confirm_stop_);
}

void HostGameScreen::buildFooter() {
  // Late joiners still find the address and the code at the bottom.
  auto& hosting = *context().class_hosting;
  const auto& game = hosting.session->game();
  const Metrics measure = metrics();
  const std::string line = context().translations.format(
      "host.footer", {{"address", hosting.join_address}, {"code", spacedCode(game.code())}});
  ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x,
                             ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y -
                                 measure.touchTarget() * 0.5f - ImGui::GetTextLineHeight() * 0.5f));
  widgets::mutedText(line);
}

void HostGameScreen::buildInterface() {
  Context& shared = context();
  widgets::beginScreen("##host");
  auto& hosting = shared.class_hosting;
  if (!hosting || !hosting->session) {
    widgets::endScreen();
    stack().pop();
    return;
  }
  const auto view = hosting->session->game().view();
  if (shared.input.back && remove_candidate_.empty()) confirm_stop_ = true;
  big_lines_.clear();

  switch (view.phase) {
    case Phase::lobby:
      buildLobby();
      break;
    case Phase::question:
      buildQuestion(false);
      break;
    case Phase::reveal:
      buildQuestion(true);
      break;
    case Phase::end:
      buildEnd();
      break;
  }

  if (confirm_stop_) ImGui::OpenPopup("##stop-hosting");
  if (ImGui::BeginPopupModal("##stop-hosting", nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::PushTextWrapPos(metrics().readingWidth() * 0.7f);
    widgets::wrappedText(shared.text("host.stop_question"));
    ImGui::PopTextWrapPos();
    if (widgets::button(shared.text("host.stop"), widgets::ButtonKind::primary) ||
        shared.input.dialog_confirm) {
      ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
      widgets::endScreen();
      stopHosting();
      return;
    }
    ImGui::SameLine();
    if (widgets::button(shared.text("host.keep_hosting")) || shared.input.dialog_back) {
      confirm_stop_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  widgets::endScreen();
}

void HostGameScreen::drawBackground(sf::RenderTarget& target) {
  for (const auto& line : big_lines_) {
    sf::Text text(sf::String::fromUtf8(line.text.begin(), line.text.end()),
                  context().fonts.boldSfml(), line.pixels);
    text.setFillColor(toSfml(line.code ? palette().text : palette().primary));
    if (line.code) text.setLetterSpacing(1.15f);
    text.setPosition(std::round(line.x), std::round(line.y));
    target.draw(text);
  }
}

// Keeps room in the layout for a line drawn big by drawBackground.
void HostGameScreen::reserveBigLine(const std::string& text, float ems, bool code,
                                    float max_width) {
  const float em = ImGui::GetFontSize();
  unsigned pixels = static_cast<unsigned>(em * ems);
  sf::Text measure(sf::String::fromUtf8(text.begin(), text.end()), context().fonts.boldSfml(),
                   pixels);
  if (code) measure.setLetterSpacing(1.15f);
  // A long address shrinks to fit its column rather than run off it.
  const float width = measure.getLocalBounds().left + measure.getLocalBounds().width;
  if (width > max_width && width > 0) pixels = static_cast<unsigned>(pixels * max_width / width);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  big_lines_.push_back({text, at.x, at.y, pixels, code});
  ImGui::Dummy(ImVec2(std::min(width, max_width), static_cast<float>(pixels) * 1.25f));
}

void HostGameScreen::buildLobby() {
  Context& shared = context();
  auto& hosting = *shared.class_hosting;
  auto& game = hosting.session->game();
  const auto view = game.view();
  const Metrics measure = metrics();
  const float available = ImGui::GetContentRegionAvail().x;
  const float body_height = ImGui::GetContentRegionAvail().y - actionBarHeight();
  const float left_width = std::floor(available * 0.5f);

  ImGui::BeginChild("##join", ImVec2(left_width, body_height), false,
                    ImGuiWindowFlags_NavFlattened);
  widgets::heading(shared.text(view.teams ? "host.join_title_teams" : "host.join_title"));
  widgets::mutedText(shared.text("host.step_open"));
  reserveBigLine(hosting.join_address, kAddressEms, false, left_width - measure.em);
  widgets::mutedText(shared.text("host.step_code"));
  reserveBigLine(spacedCode(view.code), kCodeEms, true, left_width - measure.em);
  // The QR code takes the room left, square, and is made again only when
  // the address changes.
  const float side = std::floor(
      std::min(ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 1.5f,
               left_width * 0.7f));
  if (qr_for_ != hosting.qr_text) {
    qr_for_ = hosting.qr_text;
    if (!makeQrTexture(hosting.qr_text, 8, qr_)) problem_ = shared.text("host.no_qr");
  }
  if (side > measure.em * 4 && qr_.getSize().x > 0) {
    widgets::mutedText(shared.text("host.step_scan"));
    const auto handle = static_cast<std::intptr_t>(qr_.getNativeHandle());
    ImGui::Image(reinterpret_cast<ImTextureID>(handle), ImVec2(side, side));
  }
  if (!hosting.session->drawsPictures()) widgets::mutedText(shared.text("host.text_only"));
  if (!problem_.empty()) widgets::mutedText(problem_);
  ImGui::EndChild();

  ImGui::SameLine(0, measure.margin());
  ImGui::BeginChild("##players", ImVec2(0, body_height), false, ImGuiWindowFlags_NavFlattened);
  scrollWithKeysAndTouch(shared);
  widgets::heading(
      shared.translations.plural(view.teams ? "host.teams_joined" : "host.players_joined",
                                 static_cast<long long>(view.players.size())));
  if (view.players.empty()) {
    widgets::mutedText(shared.text("host.waiting"));
  } else {
    widgets::mutedText(shared.text("host.remove_hint"));
  }
  // Names flow like words in a paragraph; one is removed by tapping it.
  const float right_edge = ImGui::GetContentRegionAvail().x;
  float used = 0;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  for (std::size_t index = 0; index < view.players.size(); ++index) {
    const std::string& name = view.players[index];
    const float width = ImGui::CalcTextSize(name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    if (index > 0 && used + spacing + width <= right_edge) {
      ImGui::SameLine();
      used += spacing + width;
    } else {
      used = width;
    }
    ImGui::PushID(static_cast<int>(index));
    // The label is drawn as plain text on an unlabelled button: ImGui reads
    // "##" in a label as an id, and a nickname must show exactly as typed.
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Button("##player", ImVec2(width, ImGui::GetFrameHeight()))) remove_candidate_ = name;
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + padding.x, at.y + padding.y),
                                        ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
    ImGui::PopID();
  }
  ImGui::EndChild();

  if (!remove_candidate_.empty()) ImGui::OpenPopup("##remove-player");
  if (ImGui::BeginPopupModal("##remove-player", nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    widgets::wrappedText(
        shared.translations.format("host.remove_question", {{"name", remove_candidate_}}));
    if (widgets::button(shared.text("host.remove"), widgets::ButtonKind::primary) ||
        shared.input.dialog_confirm) {
      if (auto removed = game.remove(remove_candidate_); !removed)
        problem_ = removed.error().message;
      remove_candidate_.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (widgets::button(shared.text("host.keep_player")) || shared.input.dialog_back) {
      remove_candidate_.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (remove_candidate_.empty() &&
      buildNextButton(shared.text("host.start") + "  " + icon::kArrowRight)) {
    if (auto moved = game.next(); !moved) problem_ = moved.error().message;
  }
}

void HostGameScreen::buildShares(float width) {
  Context& shared = context();
  const auto view = shared.class_hosting->session->game().view();
  const Question& question = *view.question;
  const Metrics measure = metrics();
  const Palette& colours = palette();
  for (const auto& share : view.shares) {
    std::string label = share.label;
    if (question.type == QuestionType::true_false) {
      const bool real = share.id == "true";
      const char* wording = question.wording == BinaryWording::reliable_unreliable ? "reliable"
                            : question.wording == BinaryWording::true_false        ? "true"
                                                                                   : "real";
      label = shared.text(std::string("host.binary.") + wording + (real ? ".yes" : ".no"));
    } else if (question.type == QuestionType::ordering) {
      label = shared.text(share.id == "right" ? "host.order_right" : "host.order_other");
    } else if (question.type == QuestionType::hotspot && share.id.empty()) {
      label = shared.text("host.tap_outside");
    }
    ImGui::PushID(share.id.c_str());
    if (share.correct) {
      ImGui::PushStyleColor(ImGuiCol_Text, colours.right);
      ImGui::TextUnformatted((std::string(icon::kCheck) + " " + label).c_str());
      ImGui::PopStyleColor();
    } else {
      ImGui::TextWrapped("%s", label.c_str());
    }
    const std::string overlay = percent(share.share) + "  (" + std::to_string(share.count) + ")";
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram,
                          share.correct ? colours.right : colours.muted_text);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, colours.secondary);
    ImGui::ProgressBar(static_cast<float>(share.share), ImVec2(width, measure.em * 1.4f),
                       overlay.c_str());
    ImGui::PopStyleColor(2);
    ImGui::Dummy(ImVec2(0, measure.gap() * 0.5f));
    ImGui::PopID();
  }
}

void HostGameScreen::buildLeaderboard() {
  Context& shared = context();
  const auto view = shared.class_hosting->session->game().view();
  if (view.leaderboard.empty()) return;
  ImGui::Dummy(ImVec2(0, metrics().gap()));
  widgets::heading(shared.text("host.leaderboard"));
  int place = 1;
  for (const auto& line : view.leaderboard) {
    const std::string text =
        std::to_string(place++) + ". " + line.nickname + " — " + std::to_string(line.points);
    ImGui::TextUnformatted(text.c_str());
  }
}

void HostGameScreen::buildQuestion(bool reveal) {
  Context& shared = context();
  auto& game = shared.class_hosting->session->game();
  const auto view = game.view();
  if (view.question == nullptr) return;
  const Question& question = *view.question;
  const Metrics measure = metrics();

  // A header line: where the class is, and how many have answered.
  std::string header = shared.translations.format(
      "host.question_of",
      {{"index", std::to_string(view.index)}, {"count", std::to_string(view.count)}});
  header += "   ·   " + shared.translations.format(
                            "host.answers_in", {{"answers", std::to_string(view.answers)},
                                                {"players", std::to_string(view.players.size())}});
  if (view.seconds_left && !reveal) {
    header +=
        "   ·   " + shared.translations.format(
                        "host.seconds_left",
                        {{"seconds", std::to_string(std::lround(std::ceil(*view.seconds_left)))}});
  }
  widgets::mutedText(header);

  const ColumnLayout columns = splitColumns(view.scenario != nullptr);
  auto drawScenario = [&](float width) {
    ScenarioStyle style = shared.scenarioStyle(&question);
    style.language = game.setup().pack->result.pack->metadata.language;
    if (reveal && question.type == QuestionType::hotspot)
      style.correct_parts = question.correct_regions;
    shared.media.usePack(game.setup().pack->result.pack->folder);
    scenario_view_.prepare(*view.scenario, width, style, shared.media);
    scenario_view_.show();
  };
  const float width = beginRoundText(shared, columns, "##question", drawScenario);
  widgets::heading(question.prompt);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  if (!reveal) {
    // The options as the phones show them, numbered, to read aloud.
    int number = 1;
    switch (question.type) {
      case QuestionType::single_choice:
      case QuestionType::multiple_choice:
      case QuestionType::ordering:
        for (const auto option : view.option_order) {
          widgets::choiceCard(("##option" + std::to_string(number)).c_str(), std::to_string(number),
                              question.options.at(option), false, widgets::Marker::none, width);
          ++number;
        }
        break;
      case QuestionType::true_false: {
        const char* wording = question.wording == BinaryWording::reliable_unreliable ? "reliable"
                              : question.wording == BinaryWording::true_false        ? "true"
                                                                                     : "real";
        for (const char* side : {".yes", ".no"}) {
          widgets::choiceCard((std::string("##side") + side).c_str(), std::to_string(number),
                              shared.text(std::string("host.binary.") + wording + side), false,
                              widgets::Marker::none, width);
          ++number;
        }
        break;
      }
      case QuestionType::hotspot:
        widgets::wrappedText(shared.text("host.hotspot_hint"));
        break;
    }
    // How many have answered, big enough to read from the back of the room.
    ImGui::Dummy(ImVec2(0, measure.gap()));
    reserveBigLine(std::to_string(view.answers) + " / " + std::to_string(view.players.size()), 2.6f,
                   false, width);
    widgets::mutedText(shared.text("host.answered"));
  } else {
    buildShares(width);
    ImGui::Dummy(ImVec2(0, measure.gap()));
    widgets::wrappedText(question.explanation);
    if (!question.techniques.empty()) {
      std::string names;
      for (const auto& id : question.techniques) {
        const auto* text = shared.taxonomy.describe(id, shared.translations.language());
        names += (names.empty() ? "" : ", ") + (text != nullptr ? text->name : id);
      }
      ImGui::Dummy(ImVec2(0, measure.gap() * 0.5f));
      widgets::mutedText(shared.translations.format("host.technique", {{"names", names}}));
    }
    ImGui::Dummy(ImVec2(0, measure.gap()));
    widgets::beginCard(width, palette().partial_background, palette().partial);
    widgets::boldText(shared.text("host.discuss_title"));
    widgets::wrappedText(shared.text("host.discuss"));
    widgets::endCard();
    buildLeaderboard();
  }
  endRoundText(columns, width, drawScenario);

  buildFooter();
  const bool last = view.index >= view.count;
  const std::string label = !reveal
                                ? shared.text("host.show_answers")
                                : shared.text(last ? "host.see_results" : "host.next_question") +
                                      "  " + icon::kArrowRight;
  if (buildNextButton(label)) {
    if (auto moved = game.next(); !moved) problem_ = moved.error().message;
  }
}

void HostGameScreen::buildEnd() {
  Context& shared = context();
  const auto view = shared.class_hosting->session->game().view();
  const Metrics measure = metrics();
  const float body_height = ImGui::GetContentRegionAvail().y - actionBarHeight();
  ImGui::BeginChild("##end", ImVec2(0, body_height), false, ImGuiWindowFlags_NavFlattened);
  scrollWithKeysAndTouch(shared);
  const float width = std::min(ImGui::GetContentRegionAvail().x, measure.readingWidth() * 1.3f);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  widgets::heading(shared.text("host.end_title"));
  const auto& results = view.class_results;
  widgets::wrappedText(shared.translations.format(
      "host.end_summary",
      {{"players", std::to_string(view.players.size())},
       {"answers", std::to_string(results.answered)},
       {"correct", results.answered > 0 ? percent(double(results.correct) / results.answered)
                                        : std::string("–")}}));
  ImGui::Dummy(ImVec2(0, measure.gap()));
  if (results.discernment) {
    const double sensitivity = results.discernment->sensitivity;
    const double bias = results.discernment->bias;
    widgets::wrappedText(shared.text(sensitivity >= 1.5   ? "host.discernment.good"
                                     : sensitivity >= 0.5 ? "host.discernment.some"
                                                          : "host.discernment.hard"));
    // c below 0 means the class called too much "fake".
    widgets::wrappedText(shared.text(bias < -0.3  ? "host.bias.suspicious"
                                     : bias > 0.3 ? "host.bias.trusting"
                                                  : "host.bias.balanced"));
  } else {
    widgets::mutedText(shared.text("host.no_discernment"));
  }
  if (!view.hardest.empty()) {
    ImGui::Dummy(ImVec2(0, measure.gap()));
    widgets::heading(shared.text("host.hardest"));
    for (const auto& technique : view.hardest) {
      const auto* text =
          shared.taxonomy.describe(technique.technique, shared.translations.language());
      const std::string line =
          "• " + (text != nullptr ? text->name : technique.technique) + " — " +
          shared.translations.format("host.mastery",
                                     {{"share", percent(technique.credit / technique.answered)}});
      widgets::wrappedText(line);
      if (text != nullptr) widgets::mutedText("   " + text->definition);
    }
  }
  buildLeaderboard();
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::mutedText(shared.translations.format("host.report_hint", {{"class", view.class_code}}));
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  if (buildNextButton(shared.text("host.stop"))) stopHosting();
}

}  // namespace esprit::ui
