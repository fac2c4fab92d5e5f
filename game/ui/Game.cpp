// The running game once started (ui/GameStartUp.cpp): the idle-friendly
// loop, settings changes and screenshots.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Game.hpp"

#include "core/AssetPaths.hpp"
#include "core/DesktopMotion.hpp"
#include "ui/Fonts.hpp"
#include "ui/GameInput.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/RecordsBanner.hpp"
#include "ui/ScenarioView.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/editor/EditorScreen.hpp"
#include "ui/host/ClassHosting.hpp"
#include "ui/host/HostGameScreen.hpp"
#include "ui/host/HostSetupScreen.hpp"
#include "ui/imgui/ImGuiSfml.hpp"
#include "ui/kiosk/KioskMode.hpp"
#include "ui/screens/ClassReportScreen.hpp"
#include "ui/screens/FeedbackScreen.hpp"
#include "ui/screens/HistoryScreen.hpp"
#include "ui/screens/PackChooserScreen.hpp"
#include "ui/screens/PlayScreen.hpp"
#include "ui/screens/PlayerScreen.hpp"
#include "ui/screens/ResultsScreen.hpp"
#include "ui/screens/ResumeScreen.hpp"
#include "ui/screens/SettingsScreen.hpp"
#include "ui/screens/TitleScreen.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <SFML/System/Sleep.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>

namespace esprit::ui {
namespace {

// Idle pacing: quick polls just after activity, then slow ones. Measured:
// waitEvent costs ~1 % of a core, poll-then-sleep 100 ms ~0.1-0.3 %.
constexpr double kQuickPollSeconds = 2.0;
const sf::Time kQuickPoll = sf::milliseconds(10);
const sf::Time kIdlePoll = sf::milliseconds(100);
// Wait this long after the last resize before rebuilding the fonts.
constexpr double kResizeSettleSeconds = 0.25;
constexpr double kScreenFadeSeconds = 0.18;

}  // namespace

Game::Game(GameOptions options, std::optional<ScriptPlayer> script)
    : options_(std::move(options)),
      script_(std::move(script)),
      benchmark_(options_.report_first_frame, options_.benchmark_frames),
      autoplay_(options_.autoplay_rounds),
      screens_(context_) {
  if (options_.kiosk) {
    kiosk_ = std::make_unique<KioskMode>(options_);
    KioskMode::registerScreens(screens_);
    return;
  }
  screens_
      .registerScreens<TitleScreen, PackChooserScreen, PlayScreen, FeedbackScreen, ResultsScreen,
                       SettingsScreen, editor::EditorScreen, PlayerScreen, HistoryScreen,
                       ResumeScreen, ClassReportScreen, HostSetupScreen, HostGameScreen>();
}

Game::~Game() { stopImGui(); }

void Game::stopImGui() {
  if (!imgui_started_) return;
  if (window_->isOpen()) {
    window_->setActive(true);
    ImGui_ImplOpenGL3_Shutdown();
    // The window goes before the platform layer: it frees the cursors the
    // window may still be showing.
    window_->close();
  }
  imgui_sfml::Shutdown();
  ImGui::DestroyContext();
  imgui_started_ = false;
}

void Game::rebuildFontsIfNeeded(bool immediately) {
  const float wanted = wantedTextPixels();
  if (std::abs(wanted - context_.fonts.pixelSize()) < 0.5f) return;
  if (!immediately && context_.now - last_resize_time_ < kResizeSettleSeconds) {
    frames_owed_ = std::max(frames_owed_, 1);  // come back once the size has settled
    return;
  }
  window_->setActive(true);
  rebuildAtlas(wanted);
  uploadAtlas();
}

void Game::applyChangedSettings() {
  Settings& wanted = context_.settings;
  if (wanted == applied_settings_) return;
  if (wanted.language != applied_settings_.language) {
    context_.translations = Translations::load(assetDirectory() / "i18n", wanted.language);
  }
  if (wanted.fullscreen != applied_settings_.fullscreen) {
    // A new window means a new OpenGL context: the renderer starts again in it.
    window_->setActive(true);
    ImGui_ImplOpenGL3_Shutdown();
    createWindow();
    rebuildAtlas(wantedTextPixels());
    startRenderer();
  }
  const bool new_look = wanted.high_contrast != applied_settings_.high_contrast ||
                        wanted.font != applied_settings_.font;
  if (wanted.high_contrast != applied_settings_.high_contrast) useTheme(wanted.high_contrast);
  if (wanted.font != applied_settings_.font) loadFonts();
  if (new_look && wanted.fullscreen == applied_settings_.fullscreen) {
    window_->setActive(true);
    rebuildAtlas(wantedTextPixels());
    uploadAtlas();
  }
  if (!wanted.read_aloud && context_.speaker) context_.speaker->stop();
  // No blinking caret either when motion is reduced.
  ImGui::GetIO().ConfigInputTextCursorBlink = !wanted.reduced_motion;
  applied_settings_ = wanted;
  frames_owed_ = std::max(frames_owed_, imgui_sfml::kFramesToSettle);
}

void Game::handleEvent(const sf::Event& event) {
  // A kiosk swallows what would close it and watches for its visitor.
  if (kiosk_ && !kiosk_->admit(event, context_, screens_)) return;
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::Closed:
      if (screens_.top() == nullptr || screens_.top()->allowsClosing())
        context_.quit_requested = true;
      return;
    case sf::Event::Resized:
      window_->setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                              static_cast<float>(event.size.height))));
      last_resize_time_ = context_.now;
      break;
    default:
      // Keys and gamepad buttons with a meaning for the game (ui/GameInput.cpp).
      readGameInput(event, context_, io.NavVisible, io.WantTextInput,
                    ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
      break;
  }
  // A key being chosen in the settings belongs to the settings alone.
  const bool captured = context_.capturing_key && (event.type == sf::Event::KeyPressed ||
                                                   event.type == sf::Event::TextEntered);
  if (!captured) imgui_sfml::ProcessEvent(event);
}

void Game::followDesktopMotion() {
  if (ask_gnome_after_first_frame_) {
    ask_gnome_after_first_frame_ = false;
    desktop_motion_ = std::async(std::launch::async, gnomeAsksReducedMotion);
  }
  if (save_after_first_frame_) {
    save_after_first_frame_ = false;
    context_.saveSettings();
  }
  if (!desktop_motion_.valid() ||
      desktop_motion_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return;
  // Asked once: the settings file now exists, whatever the answer.
  if (desktop_motion_.get()) context_.settings.reduced_motion = true;
  context_.saveSettings();
}

void Game::runAutoplay() {
  if (auto* store = context_.records.store()) {
    auto players = store->listPlayers();
    if (players) {
      for (const auto& player : *players) {
        if (player.nickname == "Autoplay") context_.records.choosePlayer(player);
      }
    }
    if (!context_.records.player()) {
      if (auto created = store->createPlayer("Autoplay")) context_.records.choosePlayer(*created);
    }
  }
  while (autoplay_.playNextRound(context_, screens_, [this] { drawFrame(std::nullopt); })) {
  }
}

bool Game::somethingMoves() const {
  const bool fading = !context_.settings.reduced_motion &&
                      context_.now - screens_.lastChangeTime() < kScreenFadeSeconds;
  auto& stack = const_cast<ScreenStack&>(screens_);
  // ImGui repeats a held D-pad only on frames it is given.
  return fading || imgui_sfml::GamepadHeld() ||
         (stack.top() != nullptr && stack.top()->isAnimating());
}

bool Game::saveScreenshot(const std::string& name) {
  if (!options_.screenshot_directory) {
    std::fprintf(stderr, "esprit: 'screenshot %s' skipped: no --screenshot DIR given\n",
                 name.c_str());
    return true;
  }
  const auto size = window_->getSize();
  sf::Texture texture;
  if (!texture.create(size.x, size.y)) return false;
  texture.update(*window_);
  const auto file = *options_.screenshot_directory / (name + ".png");
  if (!texture.copyToImage().saveToFile(file.string())) {
    std::fprintf(stderr, "esprit: cannot save the screenshot %s\n", file.c_str());
    return false;
  }
  // Where the pack's pictures are, for tests/ui/ContrastCheck.cpp.
  if (!picturesShownThisFrame().empty()) {
    std::ofstream pictures(*options_.screenshot_directory / (name + ".pictures.txt"));
    for (const auto& picture : picturesShownThisFrame()) {
      pictures << picture.Min.x << ' ' << picture.Min.y << ' ' << picture.GetWidth() << ' '
               << picture.GetHeight() << '\n';
    }
  }
  return true;
}

void Game::drawFrame(const std::optional<std::string>& screenshot) {
  rebuildFontsIfNeeded(script_.has_value());
  const float delta = static_cast<float>(std::max(0.0, context_.now - last_frame_time_));
  last_frame_time_ = context_.now;

  forgetPicturesShown();
  imgui_sfml::NewFrame(*window_, delta);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  Screen* top = screens_.top();
  if (context_.input.read_aloud && context_.settings.read_aloud)
    toggleReading(context_, top->textToRead(), readingLanguage(context_));
  top->buildInterface();
  showSpeechProblem(context_);
  showRecordsBanner(context_);
  if (kiosk_) kiosk_->buildOverlay(context_);
  // A short fade between screens; none with reduced motion.
  const float fade = context_.motionProgress(screens_.lastChangeTime(), kScreenFadeSeconds);
  if (fade < 1.f) {
    ImVec4 veil = palette().background;
    veil.w = 1.f - fade;
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImGui::GetIO().DisplaySize,
                                                  toU32(veil));
  }
  ImGui::Render();

  window_->setActive(true);
  window_->clear(toSfml(palette().background));
  top->drawBackground(*window_);
  window_->pushGLStates();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  window_->popGLStates();
  if (screenshot && !saveScreenshot(*screenshot)) exit_code_ = 1;
  window_->display();
  context_.input = {};
}

int Game::run() {
  loadEverything();
  startImGui();
  applied_settings_ = context_.settings;

  screens_.push(ScreenId::title);
  if (kiosk_) {
    kiosk_->windowReady(*window_);  // the attract screen, and never a resume offer
  } else if (start_hook_) {
    if (!start_hook_(context_, screens_)) {
      stopImGui();
      return 1;
    }
  } else if (!options_.packs.empty()) {
    screens_.push(ScreenId::pack_chooser);
    // An assessment pack waits in the chooser, where its form is chosen.
    auto entry = context_.packs->findByLocation(options_.packs.front());
    if (!entry || !entry->result.usable() || !entry->result.pack->hasAssessmentForms()) {
      playPack(context_, screens_, std::move(entry));
    }
  } else {
    offerResume(context_, screens_);
  }
  screens_.applyPendingChanges();
  frames_owed_ = imgui_sfml::kFramesToSettle;
  if (autoplay_.active()) {
    runAutoplay();
    stopImGui();
    return exit_code_;
  }

  while (window_->isOpen() && !context_.quit_requested && !screens_.empty()) {
    std::optional<std::string> screenshot;
    sf::Event event;
    if (fixedClockScript()) {
      context_.now += ScriptPlayer::kFrameSeconds;
      // The real window still reports closing and resizing; input comes only
      // from the script, so runs repeat exactly.
      while (window_->pollEvent(event)) {
        if (event.type == sf::Event::Closed || event.type == sf::Event::Resized) handleEvent(event);
      }
      ScriptFrame frame = script_->nextFrame(window_->getSize(), somethingMoves());
      if (frame.finished) break;
      if (frame.resize) {
        window_->setSize(*frame.resize);
        sf::Event resized{};
        resized.type = sf::Event::Resized;
        resized.size = {frame.resize->x, frame.resize->y};
        handleEvent(resized);
      }
      for (const auto& scripted_event : frame.events) handleEvent(scripted_event);
      screenshot = std::move(frame.screenshot);
    } else {
      context_.now = clock_.getElapsedTime().asSeconds();
      bool had_input = false;
      while (window_->pollEvent(event)) {
        // Under a real-clock script, input comes only from the script.
        if (script_ && event.type != sf::Event::Closed && event.type != sf::Event::Resized)
          continue;
        handleEvent(event);
        had_input = true;
      }
      if (script_) {
        // A real-clock script's inputs arrive as the system would deliver a
        // person's: all those due since the last look, in one batch.
        ScriptFrame frame = script_->dueFrame(context_.now, window_->getSize());
        if (frame.finished) break;
        if (frame.resize) window_->setSize(*frame.resize);
        for (const auto& scripted_event : frame.events) {
          handleEvent(scripted_event);
          had_input = true;
        }
        if (frame.screenshot) {
          screenshot = std::move(frame.screenshot);
          frames_owed_ = std::max(frames_owed_, 1);
        }
      }
      if (had_input) {
        frames_owed_ = std::max(frames_owed_, imgui_sfml::kFramesToSettle);
        last_activity_time_ = context_.now;
      }
    }
    if (context_.quit_requested) break;
    if (screens_.top()->update()) frames_owed_ = std::max(frames_owed_, 1);
    if (kiosk_ && kiosk_->update(context_, screens_)) frames_owed_ = std::max(frames_owed_, 1);
    // The speaker button reads "Stop" only while the voice speaks.
    const bool speaking = context_.speaker && context_.speaker->speaking();
    if (speaking != was_speaking_) frames_owed_ = std::max(frames_owed_, 1);
    was_speaking_ = speaking;
    if (first_frame_drawn_) followDesktopMotion();
    applyChangedSettings();

    if (fixedClockScript() || frames_owed_ > 0 || somethingMoves() || benchmark_.wantsFrames()) {
      drawFrame(screenshot);
      first_frame_drawn_ = true;
      frames_owed_ = std::max(0, frames_owed_ - 1);
      if (benchmark_.afterFrame()) break;
    } else {
      const bool recently_active = context_.now - last_activity_time_ < kQuickPollSeconds;
      sf::sleep(recently_active ? kQuickPoll : kIdlePoll);
    }
    if (screens_.applyPendingChanges()) {
      // A kiosk never ends by itself: an emptied stack is its attract screen again.
      if (kiosk_ && screens_.empty()) {
        screens_.push(ScreenId::title);
        screens_.applyPendingChanges();
      }
      // Moving on stops the voice: it would read a screen no longer shown.
      if (context_.speaker) context_.speaker->stop();
      widgets::hideKeyboardFocus();
      frames_owed_ = std::max(frames_owed_, imgui_sfml::kFramesToSettle);
    }
  }
  stopImGui();
  return exit_code_;
}

}  // namespace esprit::ui
