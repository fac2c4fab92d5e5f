// The palette and ImGui style derived from the text size.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.hpp"

#include "core/AssetPaths.hpp"
#include "core/ThemeFile.hpp"
#include "ui/Fonts.hpp"
#include "ui/scenario/ScenarioTheme.hpp"

#include <algorithm>
#include <utility>

namespace esprit::ui {
namespace {

Palette& currentPalette() {
  static Palette shared;
  return shared;
}

bool high_contrast_in_use = false;
unsigned appearance_generation = 0;

ImVec4 toImVec4(ThemeColour colour) {
  return ImVec4(colour.red / 255.f, colour.green / 255.f, colour.blue / 255.f,
                colour.alpha / 255.f);
}

// Every colour a theme file must name, and where it goes.
const std::pair<const char*, ImVec4 Palette::*> kInterfaceColours[] = {
    {"background", &Palette::background},
    {"card", &Palette::card},
    {"card_border", &Palette::card_border},
    {"text", &Palette::text},
    {"muted_text", &Palette::muted_text},
    {"primary", &Palette::primary},
    {"primary_hovered", &Palette::primary_hovered},
    {"primary_active", &Palette::primary_active},
    {"on_primary", &Palette::on_primary},
    {"secondary", &Palette::secondary},
    {"secondary_hovered", &Palette::secondary_hovered},
    {"secondary_active", &Palette::secondary_active},
    {"selected", &Palette::selected},
    {"accent", &Palette::accent},
    {"right", &Palette::right},
    {"right_background", &Palette::right_background},
    {"wrong", &Palette::wrong},
    {"wrong_background", &Palette::wrong_background},
    {"partial", &Palette::partial},
    {"partial_background", &Palette::partial_background},
    {"focus", &Palette::focus},
    {"disabled_text", &Palette::disabled_text},
    {"disabled_background", &Palette::disabled_background},
    {"modal_dim", &Palette::modal_dim},
};

// Which palette colour paints each part of ImGui's widgets; the parts not
// listed keep ImGui's default or are set in applyTheme.
const std::pair<ImGuiCol, ImVec4 Palette::*> kStyleColours[] = {
    {ImGuiCol_Text, &Palette::text},
    {ImGuiCol_TextDisabled, &Palette::disabled_text},
    {ImGuiCol_PopupBg, &Palette::card},
    {ImGuiCol_ModalWindowDimBg, &Palette::modal_dim},
    {ImGuiCol_Border, &Palette::card_border},
    {ImGuiCol_FrameBg, &Palette::secondary},
    {ImGuiCol_FrameBgHovered, &Palette::secondary_hovered},
    {ImGuiCol_FrameBgActive, &Palette::secondary_active},
    {ImGuiCol_Button, &Palette::secondary},
    {ImGuiCol_ButtonHovered, &Palette::secondary_hovered},
    {ImGuiCol_ButtonActive, &Palette::secondary_active},
    {ImGuiCol_Header, &Palette::selected},
    {ImGuiCol_HeaderHovered, &Palette::secondary_hovered},
    {ImGuiCol_HeaderActive, &Palette::secondary_active},
    {ImGuiCol_CheckMark, &Palette::primary},
    {ImGuiCol_SliderGrab, &Palette::primary},
    {ImGuiCol_SliderGrabActive, &Palette::primary_active},
    {ImGuiCol_ScrollbarGrab, &Palette::card_border},
    {ImGuiCol_ScrollbarGrabHovered, &Palette::secondary_active},
    {ImGuiCol_ScrollbarGrabActive, &Palette::muted_text},
    {ImGuiCol_Separator, &Palette::card_border},
    {ImGuiCol_NavHighlight, &Palette::focus},
    {ImGuiCol_TableHeaderBg, &Palette::secondary},
    {ImGuiCol_TableBorderLight, &Palette::card_border},
    {ImGuiCol_TableBorderStrong, &Palette::card_border},
    {ImGuiCol_PlotHistogram, &Palette::primary},
    {ImGuiCol_TextSelectedBg, &Palette::selected},
};

}  // namespace

const Palette& palette() { return currentPalette(); }

std::string interfaceColoursFromTheme(const ThemeFile& file, Palette& colours) {
  std::string missing;
  for (const auto& [name, field] : kInterfaceColours) {
    const auto found = file.colours.find(std::string("interface.") + name);
    if (found == file.colours.end())
      missing += (missing.empty() ? "interface." : ", interface.") + std::string(name);
    else
      colours.*field = toImVec4(found->second);
  }
  if (auto found = file.numbers.find("style.focus_thickness"); found != file.numbers.end())
    colours.focus_thickness = std::clamp(static_cast<float>(found->second), 0.05f, 0.6f);
  if (auto found = file.numbers.find("style.control_border"); found != file.numbers.end())
    colours.control_border = std::clamp(static_cast<float>(found->second), 0.f, 0.3f);
  return missing;
}

std::string useTheme(bool high_contrast) {
  const auto file =
      assetDirectory() / "themes" / (high_contrast ? "high-contrast.json" : "standard.json");
  Palette colours;
  std::string problem;
  auto loaded = loadThemeFile(file);
  if (!loaded) {
    problem = loaded.error().message;
  } else {
    std::string missing = interfaceColoursFromTheme(*loaded, colours);
    const std::string scenario_missing =
        scenario_theme::readScenarioColours(*loaded, missing.empty());
    if (!scenario_missing.empty()) missing += (missing.empty() ? "" : ", ") + scenario_missing;
    if (!missing.empty())
      problem = file.string() + ": these entries are missing or wrong: " + missing;
  }
  if (!problem.empty()) {
    // Half a theme could put light text on a light card: keep the built-in one whole.
    colours = Palette{};
    scenario_theme::useBuiltInScenarioColours();
    high_contrast = false;
  }
  currentPalette() = colours;
  high_contrast_in_use = high_contrast;
  noteAppearanceChanged();
  return problem;
}

bool highContrastInUse() { return high_contrast_in_use; }
unsigned appearanceGeneration() { return appearance_generation; }
void noteAppearanceChanged() { ++appearance_generation; }

ImU32 toU32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

sf::Color toSfml(const ImVec4& colour) {
  auto channel = [](float value) {
    return static_cast<sf::Uint8>(std::clamp(value, 0.f, 1.f) * 255.f + 0.5f);
  };
  return {channel(colour.x), channel(colour.y), channel(colour.z), channel(colour.w)};
}

namespace {

// The smallest share of the text size that margins keep at big text sizes.
constexpr float kSmallestChromeScale = 0.6f;
float chrome_scale = 1.f;

}  // namespace

float chromeScale() { return chrome_scale; }

float chromeScaleFor(int text_size_percent) {
  return std::clamp(100.f / static_cast<float>(std::max(text_size_percent, 1)),
                    kSmallestChromeScale, 1.f);
}

float headingScaleFor(int text_size_percent) {
  return 1.f + (kHeadingScale - 1.f) * chromeScaleFor(text_size_percent);
}

float titlePixelsFor(float text_pixels, int text_size_percent) {
  return text_pixels * chromeScaleFor(text_size_percent) * kTitleEms;
}

Metrics metrics() { return Metrics{ImGui::GetFontSize(), chrome_scale}; }

void applyTheme(float text_pixels, int text_size_percent) {
  const Palette& colours = palette();
  ImGuiStyle style;  // fresh defaults, so repeated calls never compound the scaling
  chrome_scale = chromeScaleFor(text_size_percent);
  // Spacing follows the text, damped at big text sizes (see chromeScale).
  const float em = text_pixels * chrome_scale;
  style.WindowPadding = ImVec2(em * 1.2f, em * 1.f);
  style.FramePadding = ImVec2(em * 0.8f, em * 0.55f);
  style.ItemSpacing = ImVec2(em * 0.6f, em * 0.6f);
  style.ItemInnerSpacing = ImVec2(em * 0.4f, em * 0.3f);
  style.CellPadding = ImVec2(em * 0.5f, em * 0.3f);
  style.IndentSpacing = em * 1.2f;
  style.ScrollbarSize = em * 0.9f;
  style.GrabMinSize = em * 1.2f;
  style.WindowRounding = 0;
  style.ChildRounding = em * 0.45f;
  style.FrameRounding = em * 0.45f;
  style.PopupRounding = em * 0.45f;
  style.ScrollbarRounding = em * 0.45f;
  style.GrabRounding = em * 0.45f;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  // The high-contrast theme outlines every button and field, since a black
  // button on a black screen is otherwise invisible.
  style.FrameBorderSize =
      colours.control_border > 0 ? std::max(1.f, text_pixels * colours.control_border) : 0;
  style.PopupBorderSize = std::max(1.f, em * 0.06f);
  style.TouchExtraPadding = ImVec2(em * 0.1f, em * 0.1f);
  style.WindowMinSize = ImVec2(em, em);

  for (const auto& [slot, field] : kStyleColours) style.Colors[slot] = colours.*field;
  // The screen's window is see-through: SFML has already painted the background.
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0.04f);
  style.Colors[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_TableRowBgAlt] = ImVec4(0, 0, 0, 0.03f);
  ImGui::GetStyle() = style;
}

}  // namespace esprit::ui
