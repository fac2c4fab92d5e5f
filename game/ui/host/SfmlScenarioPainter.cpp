// Off-screen scenario pictures for the phones, encoded as PNG in memory.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/host/SfmlScenarioPainter.hpp"

#include "ui/scenario/ScenarioRenderer.hpp"

#include <X11/Xlib.h>
#include <SFML/Graphics/RenderTexture.hpp>

#include <cmath>
#include <cstdlib>

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

namespace esprit::ui {
namespace {

// Text grows with the width (width / 24): a region's place in fractions of
// the picture is then the same at every width a phone asks for.
constexpr float kWidthsPerText = 24.f;
const sf::Color kPage{240, 242, 245};
// A chat of many messages must not become a picture a phone cannot hold.
constexpr float kMaxHeightPerWidth = 6.f;

void appendBytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                             static_cast<std::size_t>(size));
}

}  // namespace

bool displayAvailable() {
  const char* name = std::getenv("DISPLAY");
  if (name == nullptr || *name == '\0') return false;
  Display* display = XOpenDisplay(name);
  if (display == nullptr) return false;
  XCloseDisplay(display);
  return true;
}

std::unique_ptr<SfmlScenarioPainter> SfmlScenarioPainter::create(
    const std::filesystem::path& pack_folder, std::string language, std::string& why) {
  if (!displayAvailable()) {
    why =
        "no display can be opened, so scenarios go to the phones as text (run under xvfb-run "
        "to send pictures)";
    return nullptr;
  }
  std::unique_ptr<SfmlScenarioPainter> painter(
      new SfmlScenarioPainter(pack_folder, std::move(language)));
  const FontFiles files = locateFontFiles();
  if (files.regular.empty() || !painter->regular_.loadFromFile(files.regular.string()) ||
      !painter->bold_.loadFromFile((files.bold.empty() ? files.regular : files.bold).string())) {
    why = "no text font was found (install fonts-noto-core), so scenarios go to the phones as text";
    return nullptr;
  }
  painter->has_symbols_ =
      !files.symbols.empty() && painter->symbols_.loadFromFile(files.symbols.string());
  painter->has_serif_ =
      !files.serif_bold.empty() && painter->serif_bold_.loadFromFile(files.serif_bold.string());
  return painter;
}

std::optional<host::RenderedPicture> SfmlScenarioPainter::paint(const Question& question,
                                                                const Scenario& scenario,
                                                                int width) {
  ScenarioStyle style;
  style.regular = &regular_;
  style.bold = &bold_;
  style.fallback = has_symbols_ ? &symbols_ : nullptr;
  style.serif_bold = has_serif_ ? &serif_bold_ : nullptr;
  style.text_size = std::round(static_cast<float>(width) / kWidthsPerText);
  style.language = language_;
  style.regions = question.regions;

  const float margin = std::round(style.text_size * 0.75f);
  const float inner = static_cast<float>(width) - 2 * margin;
  const float height = std::min(std::ceil(measureScenarioHeight(scenario, inner, style, media_)),
                                kMaxHeightPerWidth * static_cast<float>(width));
  const auto picture_height = static_cast<unsigned>(height + 2 * margin);
  sf::RenderTexture canvas;
  if (!canvas.create(static_cast<unsigned>(width), picture_height, sf::ContextSettings(0, 0, 4)) &&
      !canvas.create(static_cast<unsigned>(width), picture_height)) {
    return std::nullopt;
  }
  canvas.clear(kPage);
  const ScenarioLayout layout =
      drawScenario(canvas, scenario, {margin, margin, inner, height}, style, media_);
  canvas.display();
  const sf::Image image = canvas.getTexture().copyToImage();

  host::RenderedPicture picture;
  const auto size = image.getSize();
  if (stbi_write_png_to_func(&appendBytes, &picture.png, static_cast<int>(size.x),
                             static_cast<int>(size.y), 4, image.getPixelsPtr(),
                             static_cast<int>(size.x * 4)) == 0) {
    return std::nullopt;
  }
  for (const auto& region : question.regions) {
    const auto bounds = regionBounds(layout, region);
    if (!bounds) continue;
    picture.regions.push_back({region.id, bounds->left / size.x, bounds->top / size.y,
                               bounds->width / size.x, bounds->height / size.y});
  }
  return picture;
}

}  // namespace esprit::ui
