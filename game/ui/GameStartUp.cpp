// Game start-up: settings and words, then the fonts, the packs and the
// results on two threads while this one opens the window, then ImGui and
// its renderer. Budgeted against a bare SFML + ImGui window (DESIGN.md).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Game.hpp"

#include "core/AssetPaths.hpp"
#include "core/DesktopMotion.hpp"
#include "ui/Fonts.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/imgui/ImGuiSfml.hpp"
#include "ui/kiosk/KioskMode.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <future>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

namespace esprit::ui {
namespace {

const sf::Vector2u kDefaultWindowSize(1280, 720);
constexpr unsigned kFramesPerSecond = 60;
constexpr int kLoaderNice = 10;

// The threads that load while the window opens give way to the thread that
// opens it: on a two-core PC they otherwise take turns with it and with the
// X server, and the first frame came ~5 ms later (bench/run-game). Their
// loading still ends long before the window is open. Linux gives each thread
// its own nice value; the call only ever lowers this thread's priority.
void giveWayToTheWindow() { setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kLoaderNice); }

std::string defaultLanguage(const std::vector<std::string>& available) {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const auto language = languageFromLocale(std::getenv(variable));
    if (language.empty()) continue;
    if (std::find(available.begin(), available.end(), language) != available.end()) return language;
    return "en";
  }
  return "en";
}

// The window's context and the fonts' thread's ask for the same OpenGL.
sf::ContextSettings openGlSettings() {
  sf::ContextSettings gl;
  gl.majorVersion = 3;
  gl.minorVersion = 0;
  return gl;
}

}  // namespace

WindowPlacement placeWindow(sf::Vector2u wanted, sf::Vector2u screen) {
  WindowPlacement placement;
  placement.size = sf::Vector2u(std::min(wanted.x, screen.x), std::min(wanted.y, screen.y));
  placement.position = sf::Vector2i(static_cast<int>((screen.x - placement.size.x) / 2),
                                    static_cast<int>((screen.y - placement.size.y) / 2));
  return placement;
}

void Game::loadEverything() {
  applyAccessibilityAtStart(loadSettingsAndWords());
  // Start-up is budgeted against a bare window (DESIGN.md), so what does not
  // need the window loads on two other threads while this one opens it: the
  // fonts and their atlas (which needs only ImGui's context and the text
  // size the window will have), and the packs, the taxonomy and the results
  // database. Each thread writes its own parts of the context; nothing reads
  // them before the joins below. The fonts' thread then also makes the
  // renderer's shaders and font texture (prepareRenderer()).
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini in whatever folder the game was started from
  io.LogFilename = nullptr;
  io.ConfigInputTextCursorBlink = !context_.settings.reduced_motion;
  // The atlas's text size follows the window's size. A window gets the size
  // asked for unless the screen is smaller, which is rare and only costs a
  // second atlas in startImGui(), so the fonts start on it at once; a full
  // screen's size is known only once the display is open, and they wait.
  const int percent = context_.settings.text_size_percent;
  const bool fullscreen = context_.settings.fullscreen;
  std::promise<float> text_pixels_promise;
  if (!fullscreen) {
    text_pixels_promise.set_value(
        textPixelsFor(options_.window_size.value_or(kDefaultWindowSize), percent));
  }
  std::promise<void> shared_context_made;
  std::thread fonts([this, percent, text_pixels = text_pixels_promise.get_future(),
                     shared_context = shared_context_made.get_future()]() mutable {
    giveWayToTheWindow();
    loadFonts();
    const float pixels = text_pixels.get();
    context_.fonts.buildAtlas(pixels, headingScaleFor(percent), titlePixelsFor(pixels, percent));
    shared_context.wait();
    prepareRenderer();
  });
  std::string library_notice;
  std::thread library([this, &library_notice] {
    giveWayToTheWindow();
    library_notice = loadLibraryAndRecords();
  });
  // The window object first: SFML's first one creates the shared OpenGL
  // context (tens of milliseconds under software OpenGL) and keeps the X
  // display open. Asking the screen's size before would open and close the
  // display, and an X server whose only client leaves resets itself (a
  // kiosk on bare X, Xvfb), refusing the next connection for a moment.
  window_.emplace();
  shared_context_made.set_value();
  if (fullscreen) {
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    text_pixels_promise.set_value(
        textPixelsFor(sf::Vector2u(desktop.width, desktop.height), percent));
  }
  createWindow();
  fonts.join();
  library.join();
  if (!library_notice.empty())
    context_.notice += (context_.notice.empty() ? "" : "\n\n") + library_notice;

  context_.fixed_seed = options_.seed;
  context_.next_seed = static_cast<std::uint64_t>(std::time(nullptr));
  context_.scripted = script_.has_value();
  context_.window = &*window_;
  if (kiosk_) kiosk_->start(context_);
}

SettingsFileState Game::loadSettingsAndWords() {
  if (kiosk_) {
    // A kiosk's settings and words come from kiosk.json; it keeps no
    // player records at all.
    kiosk_->loadSettings(context_);
    return SettingsFileState::loaded;
  }
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
  return loaded.state;
}

void Game::applyAccessibilityAtStart(SettingsFileState settings_state) {
  if (options_.high_contrast) {
    // A kiosk's --high-contrast is for this run only; settings.json keeps the player's choice.
    context_.own_high_contrast = context_.settings.high_contrast;
    context_.high_contrast_forced = true;
    context_.settings.high_contrast = true;
  }
  if (const auto problem = useTheme(context_.settings.high_contrast); !problem.empty())
    std::fprintf(stderr, "esprit: the %s theme could not be used: %s\n",
                 context_.settings.high_contrast ? "high-contrast" : "standard", problem.c_str());
  context_.speaker = speech::makeSpeaker();
  // A first start follows the desktop's wish for less motion: the settings
  // files at once (a few small reads), GNOME's gsettings once the first
  // frame is on screen, on a thread (it takes tens of milliseconds).
  if (settings_state == SettingsFileState::missing) {
    if (configFilesAskReducedMotion(userConfigDirectory().parent_path())) {
      context_.settings.reduced_motion = true;
      save_after_first_frame_ = true;  // said once; the player may turn it off again
    } else {
      ask_gnome_after_first_frame_ = true;
    }
  }
}

void Game::loadFonts() {
  const FontFiles files = locateFontFiles(context_.settings.font);
  if (files.choice_missing) {
    std::fprintf(stderr,
                 "esprit: the font %s is not installed (apt install %s); using the standard one\n",
                 fontFamily(context_.settings.font), fontPackage(context_.settings.font));
  }
  context_.fonts.load(files);
  noteAppearanceChanged();
}

std::string Game::loadLibraryAndRecords() {
  std::string told;
  if (!kiosk_) {
    // Results are kept when the database opens; the game plays on without it.
    told = context_.records.open(context_.translations);
    context_.records.restoreLastPlayer();
  }
  std::vector<Problem> problems;
  context_.taxonomy = Taxonomy::loadShipped(problems);
  for (const auto& problem : problems) std::fprintf(stderr, "%s\n", formatProblem(problem).c_str());
  // A kiosk's own packs live in its data folder, the one place it writes.
  context_.packs = std::make_unique<play::PackLibrary>(
      context_.taxonomy, shippedPackDirectory(),
      kiosk_ ? kiosk_->ownPackFolder() : userPackDirectory(), options_.packs);
  context_.packs->rescan();
  return told;
}

void Game::createWindow() {
  const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
  const WindowPlacement placement = placeWindow(options_.window_size.value_or(kDefaultWindowSize),
                                                sf::Vector2u(desktop.width, desktop.height));
  const sf::ContextSettings gl = openGlSettings();
  if (context_.settings.fullscreen) {
    window_->create(desktop, "Esprit", sf::Style::Fullscreen, gl);
  } else {
    window_->create(sf::VideoMode(placement.size.x, placement.size.y), "Esprit", sf::Style::Default,
                    gl);
    // SFML 2.5.1 centres a new window using the screen's width for the
    // vertical position too, so without a window manager (a kiosk on bare
    // X, Xvfb) a 720-pixel window on a 1080-pixel screen hung 240 pixels
    // below it. Placing it ourselves keeps it wholly on screen.
    window_->setPosition(placement.position);
  }
  window_->setKeyRepeatEnabled(true);
  window_->setVerticalSyncEnabled(false);
  // A script runs as fast as it can; a player gets at most 60 frames a second.
  window_->setFramerateLimit(fixedClockScript() ? 0 : kFramesPerSecond);
  window_->setActive(true);
}

// On the fonts' thread, once the atlas is built and the window object has
// made SFML's shared OpenGL context: the renderer's shaders, buffers and font
// texture are made in a context of this thread's own, which shares its
// objects with the window's. Compiling the shaders (~10 ms under Mesa) then
// overlaps the window's creation instead of following it. If anything fails
// here, startImGui() makes them on the main thread as before.
void Game::prepareRenderer() {
  sf::Context gl(openGlSettings(), 1, 1);
  if (!gl.setActive(true) || !ImGui_ImplOpenGL3_Init("#version 130")) return;
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  ImGui::GetIO().Fonts->ClearTexData();
  // Another context sees the objects whole only once this one has finished them.
  glFinish();
}

void Game::startImGui() {
  if (!imgui_started_) {
    imgui_sfml::Init(*window_);
    imgui_started_ = true;
  }
  window_->setActive(true);
  // The atlas was built while the window opened; a window manager may have
  // given the window another size than asked, and then it is built again.
  const bool other_size = std::abs(wantedTextPixels() - context_.fonts.pixelSize()) >= 0.5f;
  if (other_size) rebuildAtlas(wantedTextPixels());
  if (ImGui::GetIO().BackendRendererUserData == nullptr) {
    startRenderer();  // the fonts' thread could not
  } else if (other_size) {
    uploadAtlas();
  } else {
    useUploadedAtlas();
  }
}

// The renderer's shaders, buffers and font texture, all made at once. Left
// to the first NewFrame, the backend makes the font texture a second time,
// from an atlas whose pixels useUploadedAtlas() has let go: the whole atlas
// was rasterised again on the main thread (~15 ms of every start) and the
// first texture leaked.
void Game::startRenderer() {
  ImGui_ImplOpenGL3_Init("#version 130");
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  useUploadedAtlas();
}

// A rebuilt atlas replaces the texture of the old one.
void Game::uploadAtlas() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  useUploadedAtlas();
}

void Game::useUploadedAtlas() {
  // The texture holds the pixels now; the atlas keeps only where each glyph is.
  ImGui::GetIO().Fonts->ClearTexData();
  applyTheme(context_.fonts.pixelSize(), context_.settings.text_size_percent);
  widgets::setTextFonts(context_.fonts.heading(), context_.fonts.bold());
}

void Game::rebuildAtlas(float text_pixels) {
  const int percent = context_.settings.text_size_percent;
  context_.fonts.buildAtlas(text_pixels, headingScaleFor(percent),
                            titlePixelsFor(text_pixels, percent));
}

float Game::wantedTextPixels() const {
  return textPixelsFor(window_->getSize(), context_.settings.text_size_percent);
}

}  // namespace esprit::ui
