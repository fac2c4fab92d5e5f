// esprit-scenario-gallery: draws every scenario of a pack into PNG files.
//   esprit-scenario-gallery PACK [--out DIR] [--width W]... [--text-size S]...
//                          [--language fr] [--only ID]... [--answers]
// Without a display, run it under xvfb-run.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PackLoader.hpp"
#include "ui/scenario/gallery/ScenarioGallery.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>

namespace {

constexpr std::string_view kUsage =
    "usage: esprit-scenario-gallery PACK [--out DIR] [--width W]... [--text-size S]...\n"
    "                               [--language LANG] [--only SCENARIO_ID]... [--answers]\n";

struct Arguments {
  std::filesystem::path pack;
  esprit::ui::GalleryOptions options;
  std::vector<std::string> only;
};

bool parseArguments(int count, char** values, Arguments& arguments) {
  bool widths_given = false;
  bool sizes_given = false;
  for (int i = 1; i < count; ++i) {
    std::string_view argument = values[i];
    bool has_value = i + 1 < count;
    try {
      if (argument == "--out" && has_value) {
        arguments.options.output_folder = values[++i];
      } else if (argument == "--width" && has_value) {
        if (!widths_given) arguments.options.widths.clear();
        widths_given = true;
        arguments.options.widths.push_back(std::stof(values[++i]));
      } else if (argument == "--text-size" && has_value) {
        if (!sizes_given) arguments.options.text_sizes.clear();
        sizes_given = true;
        arguments.options.text_sizes.push_back(std::stof(values[++i]));
      } else if (argument == "--language" && has_value) {
        arguments.options.language = values[++i];
      } else if (argument == "--only" && has_value) {
        arguments.only.emplace_back(values[++i]);
      } else if (argument == "--answers") {
        arguments.options.show_answer = true;
      } else if (arguments.pack.empty() && !argument.starts_with("--")) {
        arguments.pack = argument;
      } else {
        return false;
      }
    } catch (const std::exception&) {
      return false;  // a width or size that is not a number
    }
  }
  auto positive = [](float value) { return value > 0 && value < 10000; };
  return !arguments.pack.empty() &&
         std::all_of(arguments.options.widths.begin(), arguments.options.widths.end(), positive) &&
         std::all_of(arguments.options.text_sizes.begin(), arguments.options.text_sizes.end(),
                     positive);
}

}  // namespace

int main(int count, char** values) {
  Arguments arguments;
  if (!parseArguments(count, values, arguments)) {
    std::cerr << kUsage;
    return 2;
  }
  std::vector<esprit::Problem> taxonomy_problems;
  auto taxonomy = esprit::Taxonomy::loadShipped(taxonomy_problems);
  auto loaded = esprit::loadPack(arguments.pack, taxonomy);
  for (const auto& problem : loaded.problems) std::cerr << esprit::formatProblem(problem) << '\n';
  if (!loaded.usable()) return 1;
  std::vector<esprit::Scenario> scenarios;
  for (const auto& scenario : loaded.pack->scenarios) {
    bool wanted = arguments.only.empty() || std::find(arguments.only.begin(), arguments.only.end(),
                                                      scenario.id) != arguments.only.end();
    if (wanted) scenarios.push_back(scenario);
  }

  esprit::ui::GalleryFonts fonts;
  std::string font_error;
  if (!esprit::ui::loadGalleryFonts(fonts, font_error)) {
    std::cerr << font_error << '\n';
    return 1;
  }
  arguments.options.questions = loaded.pack->questions;
  std::filesystem::create_directories(arguments.options.output_folder);
  esprit::ui::MediaCache media(loaded.pack->folder);
  std::vector<std::string> errors;
  int written =
      esprit::ui::saveScenarioPictures(scenarios, fonts, media, arguments.options, errors);
  for (const auto& error : errors) std::cerr << error << '\n';
  std::cout << written << " pictures written to " << arguments.options.output_folder.string()
            << '\n';
  return errors.empty() ? 0 : 1;
}
