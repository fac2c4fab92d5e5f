// Renders scenarios off screen and saves them as PNG files.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/gallery/ScenarioGallery.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace esprit::ui {
namespace {

// The page around a card, as light as the game's own background.
const sf::Color kPage{240, 242, 245};

std::string findFontFile(const std::string& pattern) {
  std::string command = "fc-match -f '%{file}' '" + pattern + "' 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return {};
  std::string file;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe.get())) file += buffer;
  return file;
}

bool loadFont(sf::Font& font, const std::string& pattern, const std::string& expected_name) {
  std::string file = findFontFile(pattern);
  if (file.empty() || file.find(expected_name) == std::string::npos) return false;
  return font.loadFromFile(file);
}

std::string pictureName(const Scenario& scenario, float width, float text_size) {
  return scenario.id + "-w" + std::to_string(std::lround(width)) + "-t" +
         std::to_string(std::lround(text_size)) + ".png";
}

// Fills the style with a hotspot answer: the right regions and a wrong tap.
void showAnswer(const Scenario& scenario, const std::vector<Question>& questions,
                ScenarioStyle& style) {
  style.correct_parts.clear();
  style.tapped_part.clear();
  style.regions.clear();
  for (const auto& question : questions) {
    if (question.type != QuestionType::hotspot || question.scenario_id != scenario.id) continue;
    style.regions = question.regions;
    style.correct_parts = question.correct_regions;
    for (const auto& region : question.regions) {
      bool is_right = std::find(question.correct_regions.begin(), question.correct_regions.end(),
                                region.id) != question.correct_regions.end();
      if (!is_right) {
        style.tapped_part = region.id;
        break;
      }
    }
    return;
  }
  std::vector<std::string> parts = scenarioPartNames(scenario);
  if (parts.size() >= 2) {
    style.correct_parts = {parts[0]};
    style.tapped_part = parts[1];
  }
}

}  // namespace

bool loadGalleryFonts(GalleryFonts& fonts, std::string& error) {
  if (!loadFont(fonts.regular, "Noto Sans:regular", "NotoSans") ||
      !loadFont(fonts.bold, "Noto Sans:bold", "NotoSans")) {
    error = "Noto Sans was not found; install the fonts-noto-core package.";
    return false;
  }
  fonts.has_symbols = loadFont(fonts.symbols, "Noto Sans Symbols 2", "Symbols2");
  fonts.has_serif = loadFont(fonts.serif_bold, "Noto Serif:bold", "NotoSerif");
  return true;
}

int saveScenarioPictures(const std::vector<Scenario>& scenarios, const GalleryFonts& fonts,
                         MediaCache& media, const GalleryOptions& options,
                         std::vector<std::string>& errors) {
  int written = 0;
  for (float text_size : options.text_sizes) {
    ScenarioStyle style;
    style.regular = &fonts.regular;
    style.bold = &fonts.bold;
    style.fallback = fonts.has_symbols ? &fonts.symbols : nullptr;
    style.serif_bold = fonts.has_serif ? &fonts.serif_bold : nullptr;
    style.text_size = text_size;
    style.language = options.language;
    float margin = std::round(text_size);
    for (float width : options.widths) {
      for (const auto& scenario : scenarios) {
        if (options.show_answer) showAnswer(scenario, options.questions, style);
        float height = std::ceil(measureScenarioHeight(scenario, width, style, media));
        sf::RenderTexture canvas;
        auto picture_width = static_cast<unsigned>(width + 2 * margin);
        auto picture_height = static_cast<unsigned>(height + 2 * margin);
        // Smooth edges when the driver offers them; plain edges otherwise.
        if (!canvas.create(picture_width, picture_height, sf::ContextSettings(0, 0, 4)) &&
            !canvas.create(picture_width, picture_height)) {
          errors.push_back(scenario.id + ": cannot create a " + std::to_string(picture_width) +
                           "×" + std::to_string(picture_height) + " picture");
          continue;
        }
        canvas.clear(kPage);
        drawScenario(canvas, scenario, {margin, margin, width, height}, style, media);
        canvas.display();
        auto file = options.output_folder / pictureName(scenario, width, text_size);
        if (!canvas.getTexture().copyToImage().saveToFile(file.string())) {
          errors.push_back(scenario.id + ": cannot write " + file.string());
          continue;
        }
        ++written;
      }
    }
  }
  return written;
}

}  // namespace esprit::ui
