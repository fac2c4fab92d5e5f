// Draws a question's scenario into a PNG for the students' phones with the
// game's own renderer (ui/scenario), on an off-screen sf::RenderTexture, so
// a phone sees the same post, article or chart as the projector. It also
// says where each hotspot region landed, in fractions of the picture.
// OpenGL: call paint() on the thread that made the painter.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host/PictureCache.hpp"
#include "ui/Fonts.hpp"
#include "ui/scenario/MediaCache.hpp"

#include <SFML/Graphics/Font.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace esprit::ui {

class SfmlScenarioPainter : public host::ScenarioPainter {
 public:
  // Nothing when no display can be opened (then the phones get text) or no
  // font is installed; `why` says which, for the host's log.
  static std::unique_ptr<SfmlScenarioPainter> create(const std::filesystem::path& pack_folder,
                                                     std::string language, std::string& why);

  // The words the renderer adds ("Forwarded") follow the pack's language.
  void setLanguage(std::string language) { language_ = std::move(language); }

  std::optional<host::RenderedPicture> paint(const Question& question, const Scenario& scenario,
                                             int width) override;

 private:
  SfmlScenarioPainter(const std::filesystem::path& pack_folder, std::string language)
      : media_(pack_folder), language_(std::move(language)) {}

  sf::Font regular_, bold_, symbols_, serif_bold_;
  bool has_symbols_ = false, has_serif_ = false;
  MediaCache media_;
  std::string language_;
};

// True when an X display can be opened (SFML aborts the program otherwise).
bool displayAvailable();

}  // namespace esprit::ui
