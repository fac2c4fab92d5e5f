// Start-up, the idle-friendly loop, settings changes and screenshots.
#include "ui/Game.hpp"

#include "core/AssetPaths.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/RecordsBanner.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/editor/EditorScreen.hpp"
#include "ui/host/ClassHosting.hpp"
#include "ui/host/HostGameScreen.hpp"
#include "ui/host/HostSetupScreen.hpp"
#include "ui/imgui/ImGuiSfml.hpp"
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
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace esprit::ui {
namespace {

constexpr unsigned kDefaultWindowWidth = 1280;
constexpr unsigned kDefaultWindowHeight = 720;
constexpr unsigned kFramesPerSecond = 60;
// Text height as a share of the window: about 34 lines fit on a screen, and
// about 56 text heights across, whichever is smaller.
constexpr float kLinesPerWindowHeight = 34.f;
constexpr float kTextHeightsPerWindowWidth = 56.f;
constexpr float kSmallestTextPixels = 14.f;
// Past this, the glyph atlas would take tens of megabytes for little gain.
constexpr float kLargestTextPixels = 128.f;
// Frames drawn after any input so hover, focus and layout settle.
constexpr int kFramesAfterInput = 3;
// Idle pacing: quick polls just after activity, then slow ones. Measured:
// waitEvent costs ~1 % of a core, poll-then-sleep 100 ms ~0.1-0.3 %.
constexpr double kQuickPollSeconds = 2.0;
constexpr int kQuickPollMilliseconds = 10;
constexpr int kIdlePollMilliseconds = 100;
// Wait this long after the last resize before rebuilding the fonts.
constexpr double kResizeSettleSeconds = 0.25;
constexpr double kScreenFadeSeconds = 0.18;

std::string defaultLanguage(const std::vector<std::string>& available) {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const auto language = languageFromLocale(std::getenv(variable));
    if (language.empty()) continue;
    if (std::find(available.begin(), available.end(), language) != available.end()) return language;
    return "en";
  }
  return "en";
}

}  // namespace

float textPixelsFor(sf::Vector2u window_size, int text_size_percent) {
  const float base = std::min(static_cast<float>(window_size.y) / kLinesPerWindowHeight,
                              static_cast<float>(window_size.x) / kTextHeightsPerWindowWidth);
  const float scaled = base * static_cast<float>(text_size_percent) / 100.f;
  return std::round(std::clamp(scaled, kSmallestTextPixels, kLargestTextPixels));
}

Game::Game(GameOptions options, std::optional<ScriptPlayer> script)
    : options_(std::move(options)),
      script_(std::move(script)),
      benchmark_(options_.report_first_frame, options_.benchmark_frames),
      screens_(context_) {
  screens_.registerScreen<TitleScreen>(ScreenId::title);
  screens_.registerScreen<PackChooserScreen>(ScreenId::pack_chooser);
  screens_.registerScreen<PlayScreen>(ScreenId::play);
  screens_.registerScreen<FeedbackScreen>(ScreenId::feedback);
  screens_.registerScreen<ResultsScreen>(ScreenId::results);
  screens_.registerScreen<SettingsScreen>(ScreenId::settings);
  screens_.registerScreen<editor::EditorScreen>(ScreenId::editor);
  screens_.registerScreen<PlayerScreen>(ScreenId::players);
  screens_.registerScreen<HistoryScreen>(ScreenId::history);
  screens_.registerScreen<ResumeScreen>(ScreenId::resume);
  screens_.registerScreen<ClassReportScreen>(ScreenId::class_report);
  screens_.registerScreen<HostSetupScreen>(ScreenId::host_setup);
  screens_.registerScreen<HostGameScreen>(ScreenId::host_game);
}

Game::~Game() { stopImGui(); }

void Game::loadEverything() {
  const auto i18n = assetDirectory() / "i18n";
  Settings defaults;
  defaults.language = defaultLanguage(Translations::availableLanguages(i18n));
  context_.settings_path = settingsFile();
  auto loaded = loadSettings(context_.settings_path, defaults);
  context_.settings = loaded.settings;
  context_.translations = Translations::load(i18n, context_.settings.language);
  if (loaded.state == SettingsFileState::replaced) {
    std::fprintf(stderr, "esprit: settings replaced by defaults: %s\n", loaded.detail.c_str());
    context_.notice = context_.translations.text("notice.settings_replaced");
  }
  // Results are kept when the database opens; the game plays on without it.
  if (const auto told = context_.records.open(context_.translations); !told.empty())
    context_.notice += (context_.notice.empty() ? "" : "\n\n") + told;
  context_.records.restoreLastPlayer();

  std::vector<Problem> problems;
  context_.taxonomy = Taxonomy::load(assetDirectory() / "techniques.json", problems);
  for (const auto& problem : problems) std::fprintf(stderr, "%s\n", formatProblem(problem).c_str());

  context_.packs = std::make_unique<play::PackLibrary>(context_.taxonomy, shippedPackDirectory(),
                                                 userPackDirectory(), options_.packs);
  context_.packs->rescan();
  context_.fonts.load(locateFontFiles());
  context_.fixed_seed = options_.seed;
  context_.next_seed = static_cast<std::uint64_t>(std::time(nullptr));
  context_.scripted = script_.has_value();
  context_.window = &window_;
}

void Game::createWindow() {
  const sf::Vector2u size =
      options_.window_size.value_or(sf::Vector2u(kDefaultWindowWidth, kDefaultWindowHeight));
  sf::ContextSettings gl;
  gl.majorVersion = 3;
  gl.minorVersion = 0;
  if (context_.settings.fullscreen) {
    window_.create(sf::VideoMode::getDesktopMode(), "Esprit", sf::Style::Fullscreen, gl);
  } else {
    window_.create(sf::VideoMode(size.x, size.y), "Esprit", sf::Style::Default, gl);
  }
  window_.setKeyRepeatEnabled(true);
  window_.setVerticalSyncEnabled(false);
  // A script runs as fast as it can; a player gets at most 60 frames a second.
  window_.setFramerateLimit(script_ ? 0 : kFramesPerSecond);
  window_.setActive(true);
}

void Game::startImGui() {
  if (!imgui_started_) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in whatever folder the game was started from
    io.LogFilename = nullptr;
    imgui_sfml::Init(window_);
    imgui_started_ = true;
  }
  window_.setActive(true);
  ImGui_ImplOpenGL3_Init("#version 130");
  context_.fonts.buildAtlas(wantedTextPixels(),
                            headingScaleFor(context_.settings.text_size_percent));
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetIO().Fonts->ClearTexData();
  applyTheme(context_.fonts.pixelSize(), context_.settings.text_size_percent);
  widgets::setHeadingFont(context_.fonts.heading());
}

void Game::stopImGui() {
  if (!imgui_started_) return;
  if (window_.isOpen()) {
    window_.setActive(true);
    ImGui_ImplOpenGL3_Shutdown();
    // The window goes before the platform layer: it frees the cursors the
    // window may still be showing.
    window_.close();
  }
  imgui_sfml::Shutdown();
  ImGui::DestroyContext();
  imgui_started_ = false;
}

float Game::wantedTextPixels() const {
  return textPixelsFor(window_.getSize(), context_.settings.text_size_percent);
}

void Game::rebuildFontsIfNeeded(bool immediately) {
  const float wanted = wantedTextPixels();
  if (std::abs(wanted - context_.fonts.pixelSize()) < 0.5f) return;
  if (!immediately && context_.now - last_resize_time_ < kResizeSettleSeconds) {
    frames_owed_ = std::max(frames_owed_, 1);  // come back once the size has settled
    return;
  }
  window_.setActive(true);
  context_.fonts.buildAtlas(wanted, headingScaleFor(context_.settings.text_size_percent));
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetIO().Fonts->ClearTexData();
  applyTheme(wanted, context_.settings.text_size_percent);
  widgets::setHeadingFont(context_.fonts.heading());
}

void Game::applyChangedSettings() {
  Settings& wanted = context_.settings;
  if (wanted == applied_settings_) return;
  if (wanted.language != applied_settings_.language) {
    context_.translations = Translations::load(assetDirectory() / "i18n", wanted.language);
  }
  if (wanted.fullscreen != applied_settings_.fullscreen) {
    // A new window means a new OpenGL context: the renderer starts again in it.
    window_.setActive(true);
    ImGui_ImplOpenGL3_Shutdown();
    createWindow();
    ImGui_ImplOpenGL3_Init("#version 130");
    context_.fonts.buildAtlas(wantedTextPixels(),
                              headingScaleFor(context_.settings.text_size_percent));
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
    applyTheme(context_.fonts.pixelSize(), context_.settings.text_size_percent);
    widgets::setHeadingFont(context_.fonts.heading());
  }
  applied_settings_ = wanted;
  frames_owed_ = std::max(frames_owed_, kFramesAfterInput);
}

void Game::handleEvent(const sf::Event& event) {
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::Closed:
      if (screens_.top() == nullptr || screens_.top()->allowsClosing())
        context_.quit_requested = true;
      return;
    case sf::Event::Resized:
      window_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                             static_cast<float>(event.size.height))));
      last_resize_time_ = context_.now;
      break;
    case sf::Event::KeyPressed:
      // While a dialog is open its own buttons answer Enter and Escape, so
      // the keys do not also act on the screen behind it.
      if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        context_.input.dialog_confirm |= event.key.code == sf::Keyboard::Enter && !io.NavVisible;
        context_.input.dialog_back |= event.key.code == sf::Keyboard::Escape;
        break;
      }
      if (event.key.code == sf::Keyboard::F11) {
        context_.settings.fullscreen = !context_.settings.fullscreen;
        context_.saveSettings();
      } else if (event.key.code == sf::Keyboard::Enter && !io.NavVisible && !io.WantTextInput) {
        context_.input.confirm = true;
      } else if (event.key.code == sf::Keyboard::Escape) {
        context_.input.back = true;
      } else if (event.key.code == sf::Keyboard::PageDown ||
                 event.key.code == sf::Keyboard::PageUp) {
        context_.input.pages += event.key.code == sf::Keyboard::PageDown ? 1 : -1;
      }
      break;
    case sf::Event::TextEntered:
      // Digits come from text, not key codes, so that AZERTY keyboards (where
      // the digit row needs Shift) pick options just like QWERTY ones.
      if (!io.WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) &&
          event.text.unicode >= '1' && event.text.unicode <= '9') {
        context_.input.digits.push_back(static_cast<int>(event.text.unicode - '0'));
      }
      break;
    default:
      break;
  }
  imgui_sfml::ProcessEvent(event);
}

bool Game::somethingMoves() const {
  const bool fading = !context_.settings.reduced_motion &&
                      context_.now - screens_.lastChangeTime() < kScreenFadeSeconds;
  auto& stack = const_cast<ScreenStack&>(screens_);
  return fading || (stack.top() != nullptr && stack.top()->isAnimating());
}

bool Game::saveScreenshot(const std::string& name) {
  if (!options_.screenshot_directory) {
    std::fprintf(stderr, "esprit: 'screenshot %s' skipped: no --screenshot DIR given\n",
                 name.c_str());
    return true;
  }
  const auto size = window_.getSize();
  sf::Texture texture;
  if (!texture.create(size.x, size.y)) return false;
  texture.update(window_);
  const auto file = *options_.screenshot_directory / (name + ".png");
  if (!texture.copyToImage().saveToFile(file.string())) {
    std::fprintf(stderr, "esprit: cannot save the screenshot %s\n", file.c_str());
    return false;
  }
  return true;
}

void Game::drawFrame(const std::optional<std::string>& screenshot) {
  rebuildFontsIfNeeded(script_.has_value());
  const float delta = static_cast<float>(std::max(0.0, context_.now - last_frame_time_));
  last_frame_time_ = context_.now;

  imgui_sfml::NewFrame(window_, delta);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  Screen* top = screens_.top();
  top->buildInterface();
  showRecordsBanner(context_);
  // A short fade between screens; none with reduced motion.
  const float fade = context_.motionProgress(screens_.lastChangeTime(), kScreenFadeSeconds);
  if (fade < 1.f) {
    ImVec4 veil = palette().background;
    veil.w = 1.f - fade;
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImGui::GetIO().DisplaySize,
                                                  toU32(veil));
  }
  ImGui::Render();

  window_.setActive(true);
  window_.clear(toSfml(palette().background));
  top->drawBackground(window_);
  window_.pushGLStates();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  window_.popGLStates();
  if (screenshot && !saveScreenshot(*screenshot)) exit_code_ = 1;
  window_.display();
  context_.input = {};
}

int Game::run() {
  loadEverything();
  createWindow();
  startImGui();
  applied_settings_ = context_.settings;

  screens_.push(ScreenId::title);
  if (start_hook_) {
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
  frames_owed_ = kFramesAfterInput;

  while (window_.isOpen() && !context_.quit_requested && !screens_.empty()) {
    std::optional<std::string> screenshot;
    sf::Event event;
    if (script_) {
      context_.now += ScriptPlayer::kFrameSeconds;
      // The real window still reports closing and resizing; input comes only
      // from the script, so runs repeat exactly.
      while (window_.pollEvent(event)) {
        if (event.type == sf::Event::Closed || event.type == sf::Event::Resized) handleEvent(event);
      }
      ScriptFrame frame = script_->nextFrame(window_.getSize(), somethingMoves());
      if (frame.finished) break;
      if (frame.resize) {
        window_.setSize(*frame.resize);
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
      while (window_.pollEvent(event)) {
        handleEvent(event);
        had_input = true;
      }
      if (had_input) {
        frames_owed_ = std::max(frames_owed_, kFramesAfterInput);
        last_activity_time_ = context_.now;
      }
    }
    if (context_.quit_requested) break;
    if (screens_.top()->update()) frames_owed_ = std::max(frames_owed_, 1);
    applyChangedSettings();

    if (script_ || frames_owed_ > 0 || somethingMoves() || benchmark_.wantsFrames()) {
      drawFrame(screenshot);
      frames_owed_ = std::max(0, frames_owed_ - 1);
      if (benchmark_.afterFrame()) break;
    } else {
      const bool recently_active = context_.now - last_activity_time_ < kQuickPollSeconds;
      sf::sleep(sf::milliseconds(recently_active ? kQuickPollMilliseconds : kIdlePollMilliseconds));
    }
    if (screens_.applyPendingChanges()) {
      widgets::hideKeyboardFocus();
      frames_owed_ = std::max(frames_owed_, kFramesAfterInput);
    }
  }
  stopImGui();
  return exit_code_;
}

}  // namespace esprit::ui
