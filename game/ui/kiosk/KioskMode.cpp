// Kiosk mode's hooks into the game: settings, events, the idle watch, the
// still-there dialog and the way back to the attract screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskMode.hpp"

#include "core/AssetPaths.hpp"
#include "ui/Context.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/kiosk/AttractScreen.hpp"
#include "ui/kiosk/KioskResultsScreen.hpp"
#include "ui/kiosk/KioskWidgets.hpp"
#include "ui/kiosk/StaffMenuScreen.hpp"
#include "ui/kiosk/StaffPinScreen.hpp"
#include "ui/screens/FeedbackScreen.hpp"
#include "ui/screens/PlayScreen.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace esprit::ui {
namespace {

// 12 mm: the smallest button a kiosk shows. Without the screen's width in
// kiosk.json, a 110 dpi screen is assumed (a 20-inch full-HD monitor;
// bigger screens of the same resolution only make buttons bigger).
constexpr float kMinimumButtonMillimetres = 12.f;
constexpr float kAssumedPixelsPerMillimetre = 110.f / 25.4f;
constexpr float kStaffCornerButtons = 1.5f;
// The hold ring appears only once a hold is clearly deliberate.
constexpr double kHoldRingFrom = 0.15;
constexpr std::size_t kAttractExamples = 8;
constexpr const char* kStillThereId = "##kiosk-still-there";

std::string systemLanguage(const std::vector<std::string>& available) {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const auto language = languageFromLocale(std::getenv(variable));
    if (language.empty()) continue;
    if (std::find(available.begin(), available.end(), language) != available.end()) return language;
    break;
  }
  return "en";
}

// Where the left mouse button or the first finger goes down or moves to: the
// staff corner follows the mouse and the first finger alike.
std::optional<sf::Vector2i> pointerOf(const sf::Event& event) {
  switch (event.type) {
    case sf::Event::MouseButtonPressed:
      if (event.mouseButton.button != sf::Mouse::Left) return std::nullopt;
      return sf::Vector2i(event.mouseButton.x, event.mouseButton.y);
    case sf::Event::MouseMoved:
      return sf::Vector2i(event.mouseMove.x, event.mouseMove.y);
    case sf::Event::TouchBegan:
    case sf::Event::TouchMoved:
      if (event.touch.finger != 0) return std::nullopt;
      return sf::Vector2i(event.touch.x, event.touch.y);
    default:
      return std::nullopt;
  }
}

}  // namespace

KioskMode::KioskMode(const GameOptions& options)
    : options_(options), idle_(kiosk::kDefaultIdleSeconds, kiosk::kStillThereSeconds) {}

void KioskMode::registerScreens(ScreenStack& screens) {
  screens.registerScreens<AttractScreen, PlayScreen, FeedbackScreen, KioskResultsScreen,
                          StaffPinScreen, StaffMenuScreen>();
}

void KioskMode::loadSettings(Context& context) {
  loaded_ = kiosk::loadKioskConfig(options_.kiosk_config);
  for (const auto& problem : loaded_.problems)
    std::fprintf(stderr, "esprit kiosk: %s\n", formatProblem(problem).c_str());
  config_ = loaded_.config;
  if (options_.kiosk_idle_seconds) config_.idle_seconds = *options_.kiosk_idle_seconds;
  idle_ = kiosk::IdleWatch(config_.idle_seconds, kiosk::kStillThereSeconds);

  const auto i18n = assetDirectory() / "i18n";
  const auto available = Translations::availableLanguages(i18n);
  languages_ = config_.languages;
  if (languages_.empty()) {
    languages_ = available;
    const auto first = systemLanguage(available);
    std::stable_partition(languages_.begin(), languages_.end(),
                          [&first](const std::string& each) { return each == first; });
  }
  if (languages_.empty()) languages_ = {"en"};
  // Each button says its language in that language, so a visitor finds
  // theirs without reading the others; without a word table of its own, in
  // English.
  const Translations english = Translations::load(i18n, "en");
  for (const auto& language : languages_) {
    const Translations own = Translations::load(i18n, language);
    const std::string key = "language_names." + language.substr(0, language.find('-'));
    std::string name = kiosk::speaks(own.language(), language) ? own.text("language.name")
                       : english.contains(key)                 ? english.text(key)
                                                               : language;
    language_names_.emplace_back(language, std::move(name));
  }

  Settings settings;
  settings.language = languages_.front();
  settings.text_size_percent = config_.text_size_percent;
  settings.fullscreen = true;  // whatever any settings file says
  settings.confidence = false;
  context.settings = settings;
  context.settings_path.clear();  // a kiosk never writes settings.json
  context.translations = Translations::load(i18n, settings.language);
  context.kiosk = this;
}

std::filesystem::path KioskMode::dataFolder() const {
  return config_.data_folder.empty() ? userDataDirectory() : config_.data_folder;
}

void KioskMode::start(Context& context) {
  usage_.open(dataFolder());
  refreshOffer(context);
  std::fprintf(stderr, "esprit kiosk: started, %zu packs offered in %s, idle timeout %d s\n",
               offered_.size(), context.settings.language.c_str(), config_.idle_seconds);
}

void KioskMode::windowReady(sf::RenderWindow& window) {
  if (!config_.show_cursor) {
    // ImGui would show the cursor again for each shape it asks for.
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    window.setMouseCursorVisible(false);
  }
}

void KioskMode::refreshOffer(Context& context) {
  if (!context.packs) return;
  offered_ = kiosk::offeredPacks(*context.packs, config_, context.settings.language);
  examples_ = kiosk::attractExamples(offered_, kAttractExamples, context.next_seed);
  ++offer_generation_;
}

std::size_t KioskMode::reloadPacks(Context& context) {
  if (context.packs) context.packs->rescan();
  refreshOffer(context);
  return offered_.size();
}

std::string KioskMode::languageButtonName(const std::string& language) const {
  for (const auto& [tag, name] : language_names_) {
    if (tag == language) return name;
  }
  return language;
}

void KioskMode::chooseLanguage(Context& context, const std::string& language) {
  if (context.settings.language == language) return;
  context.settings.language = language;  // Game reloads the words between frames
  refreshOffer(context);
}

bool KioskMode::onAttract(ScreenStack& screens) const {
  return dynamic_cast<AttractScreen*>(screens.top()) != nullptr;
}

float KioskMode::minimumButtonPixels(const sf::RenderWindow& window) const {
  const float per_millimetre =
      config_.screen_width_mm
          ? static_cast<float>(window.getSize().x) / static_cast<float>(*config_.screen_width_mm)
          : kAssumedPixelsPerMillimetre;
  return std::max(kMinimumButtonMillimetres * per_millimetre, metrics().touchTarget());
}

bool KioskMode::inStaffCorner(const sf::RenderWindow& window, float x, float y) const {
  const float side = minimumButtonPixels(window) * kStaffCornerButtons;
  return x >= static_cast<float>(window.getSize().x) - side && y <= side;
}

void KioskMode::openStaffPad(Context& context, ScreenStack& screens) {
  Screen* top = screens.top();
  if (dynamic_cast<StaffPinScreen*>(top) != nullptr ||
      dynamic_cast<StaffMenuScreen*>(top) != nullptr) {
    return;
  }
  std::fprintf(stderr, "esprit kiosk: staff PIN pad opened\n");
  // The pad is a screen like any other: the idle watch covers it too.
  idle_.start(context.now);
  screens.push(ScreenId::kiosk_staff_pin);
}

bool KioskMode::admit(const sf::Event& event, Context& context, ScreenStack& screens) {
  switch (event.type) {
    case sf::Event::Closed:
      std::fprintf(stderr, "esprit kiosk: a request to close the window was ignored\n");
      return false;
    case sf::Event::Resized:
    case sf::Event::LostFocus:
    case sf::Event::GainedFocus:
    case sf::Event::MouseEntered:
    case sf::Event::MouseLeft:
      return true;
    default:
      break;
  }
  // Everything else is a visitor's input, which keeps the round alive.
  last_input_ = context.now;
  idle_.activity(context.now);
  if (event.type == sf::Event::KeyPressed || event.type == sf::Event::KeyReleased) {
    const auto& key = event.key;
    if (key.control && key.alt && key.shift && key.code == sf::Keyboard::S) {
      if (event.type == sf::Event::KeyPressed) openStaffPad(context, screens);
      return false;
    }
    const bool closes =
        key.code == sf::Keyboard::Escape || key.code == sf::Keyboard::F11 ||
        (key.alt && key.code == sf::Keyboard::F4) ||
        (key.control && (key.code == sf::Keyboard::Q || key.code == sf::Keyboard::W));
    return !closes;
  }
  if (const auto at = pointerOf(event); at && context.window != nullptr) {
    const bool in_corner =
        inStaffCorner(*context.window, static_cast<float>(at->x), static_cast<float>(at->y));
    if (event.type == sf::Event::MouseButtonPressed || event.type == sf::Event::TouchBegan)
      corner_hold_.press(in_corner, context.now);
    else
      corner_hold_.move(in_corner);
  }
  if (event.type == sf::Event::MouseButtonReleased || event.type == sf::Event::TouchEnded)
    corner_hold_.release();
  return true;
}

bool KioskMode::update(Context& context, ScreenStack& screens) {
  bool redraw = false;
  if (onAttract(screens)) {
    idle_.stop();
    shown_countdown_ = -1;
    // A visitor who chose another language and left: the next one finds the first again.
    if (context.settings.language != languages_.front() &&
        context.now - last_input_ >= config_.idle_seconds) {
      chooseLanguage(context, languages_.front());
      redraw = true;
    }
  } else if (screens.top() != nullptr) {
    if (idle_.phase() == kiosk::IdlePhase::resting) idle_.start(context.now);
    switch (idle_.update(context.now)) {
      case kiosk::IdlePhase::asking: {
        const int left = idle_.secondsLeft(context.now);
        if (left != shown_countdown_) {
          if (shown_countdown_ < 0)
            std::fprintf(stderr, "esprit kiosk: nobody for %d s, asking if anyone is there\n",
                         config_.idle_seconds);
          shown_countdown_ = left;
          redraw = true;
        }
        break;
      }
      case kiosk::IdlePhase::expired:
        std::fprintf(stderr, "esprit kiosk: nobody answered, back to the attract screen\n");
        returnToAttract(context, screens);
        redraw = true;
        break;
      default:
        if (shown_countdown_ >= 0) redraw = true;  // the dialog goes away
        shown_countdown_ = -1;
        break;
    }
  }
  if (corner_hold_.update(context.now)) {
    openStaffPad(context, screens);
    redraw = true;
  }
  const bool ring = corner_hold_.progress(context.now) > kHoldRingFrom;
  if (ring || holding_shown_) redraw = true;  // the ring fills, or must be wiped
  holding_shown_ = ring;
  return redraw;
}

void KioskMode::returnToAttract(Context& context, ScreenStack& screens) {
  // The round itself goes when the new attract screen comes: the screen on
  // top still draws this frame, and reads it.
  idle_.stop();
  shown_countdown_ = -1;
  corner_hold_.release();
  if (ImGuiContext* imgui = ImGui::GetCurrentContext()) {
    // Whatever dialog was open (stop the round?) goes with its screen.
    imgui->OpenPopupStack.resize(0);
    ImGui::ClearActiveID();
  }
  screens.clear();
  screens.push(ScreenId::title);
  chooseLanguage(context, languages_.front());
}

bool KioskMode::startRound(Context& context, ScreenStack& screens) {
  auto round = kiosk::startKioskRound(offered_, config_, context.takeSeed());
  if (!round) {
    std::fprintf(stderr, "esprit kiosk: no round: %s\n", round.error().message.c_str());
    return false;
  }
  context.playRound(std::move(round).value());
  // Only counts: the round never goes to a player's records.
  context.round->recordTo(&usage_, play::RecordingRule::best_effort);
  usage_.roundStarted(*context.round);
  idle_.start(context.now);
  screens.push(ScreenId::play);
  return true;
}

void KioskMode::buildOverlay(Context& context) {
  const bool asking = idle_.phase() == kiosk::IdlePhase::asking;
  const Metrics measure = metrics();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (asking && !ImGui::IsPopupOpen(kStillThereId)) ImGui::OpenPopup(kStillThereId);
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.9f, measure.em * 30.f), 0));
  if (ImGui::BeginPopupModal(kStillThereId, nullptr,
                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    if (!asking) {
      ImGui::CloseCurrentPopup();
    } else {
      const int left = idle_.secondsLeft(context.now);
      widgets::heading(context.text("kiosk.still_there"));
      // The countdown, big and alone, so it reads from a few steps away.
      const std::string number = std::to_string(left);
      ImGui::PushFont(context.fonts.heading());
      ImGui::SetWindowFontScale(3.f);
      widgets::centreNext(ImGui::CalcTextSize(number.c_str()).x);
      ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
      ImGui::TextUnformatted(number.c_str());
      ImGui::PopStyleColor();
      ImGui::SetWindowFontScale(1.f);
      ImGui::PopFont();
      widgets::wrappedText(context.translations.plural("kiosk.still_there_explained", left));
      ImGui::Spacing();
      const bool keep =
          kiosk_widgets::button(context, context.text("kiosk.keep_playing"),
                                widgets::ButtonKind::primary, ImGui::GetContentRegionAvail().x);
      if (keep || context.input.confirm || context.input.dialog_confirm) {
        idle_.activity(context.now);
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
  }

  const double progress = corner_hold_.progress(context.now);
  if (progress > kHoldRingFrom && context.window != nullptr) {
    // A ring that fills in the corner tells staff the hold is counting.
    const float side = minimumButtonPixels(*context.window) * kStaffCornerButtons;
    const ImVec2 centre(display.x - side * 0.5f, side * 0.5f);
    const float radius = side * 0.35f;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const float start = -IM_PI * 0.5f;
    draw->PathArcTo(centre, radius, start, start + 2.f * IM_PI * static_cast<float>(progress), 48);
    draw->PathStroke(toU32(palette().primary), 0, measure.em * 0.3f);
  }
}

}  // namespace esprit::ui
