// Esprit's look: the palette of the theme in use (standard or high contrast,
// read from assets/themes/) and ImGui sizes that all derive from the text
// size, so a bigger text setting scales every margin and target.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ThemeFile.hpp"

#include <SFML/Graphics/Color.hpp>

#include <imgui.h>

#include <string>

namespace esprit::ui {

struct Palette {
  ImVec4 background{0.984f, 0.961f, 0.925f, 1.f};  // warm cream
  ImVec4 card{1.f, 1.f, 1.f, 1.f};
  ImVec4 card_border{0.847f, 0.800f, 0.725f, 1.f};
  ImVec4 text{0.141f, 0.118f, 0.169f, 1.f};  // near black, violet tint
  ImVec4 muted_text{0.376f, 0.337f, 0.396f, 1.f};
  ImVec4 primary{0.106f, 0.400f, 0.420f, 1.f};  // deep teal
  ImVec4 primary_hovered{0.133f, 0.478f, 0.502f, 1.f};
  ImVec4 primary_active{0.078f, 0.318f, 0.337f, 1.f};
  ImVec4 on_primary{1.f, 1.f, 1.f, 1.f};
  ImVec4 secondary{0.937f, 0.902f, 0.843f, 1.f};  // sand buttons
  ImVec4 secondary_hovered{0.902f, 0.851f, 0.773f, 1.f};
  ImVec4 secondary_active{0.851f, 0.792f, 0.702f, 1.f};
  ImVec4 selected{0.851f, 0.929f, 0.933f, 1.f};
  ImVec4 accent{0.722f, 0.314f, 0.122f, 1.f};  // coral, for stars and highlights (AA as text)
  ImVec4 right{0.051f, 0.467f, 0.384f,
               1.f};  // bluish green, apart from red and amber for colour-blind eyes
  ImVec4 right_background{0.886f, 0.953f, 0.894f, 1.f};
  ImVec4 wrong{0.478f, 0.071f, 0.071f, 1.f};  // deep red: darker than the amber
  ImVec4 wrong_background{0.992f, 0.906f, 0.890f, 1.f};
  ImVec4 partial{0.678f, 0.341f, 0.f, 1.f};
  ImVec4 partial_background{1.f, 0.949f, 0.835f, 1.f};
  ImVec4 focus{0.188f, 0.337f, 0.839f, 1.f};  // keyboard focus ring
  ImVec4 disabled_text{0.490f, 0.451f, 0.490f, 1.f};
  ImVec4 disabled_background{0.937f, 0.918f, 0.890f, 1.f};
  ImVec4 modal_dim{0.1f, 0.08f, 0.12f, 0.45f};  // over the screen behind a dialog
  float focus_thickness = 0.16f;                // the focus outline, in multiples of the text size
  float control_border = 0.f;  // outline around buttons and fields, in the same unit
};

// The palette of the theme in use; the built-in values are the standard theme.
const Palette& palette();

// Makes the standard or the high-contrast theme (assets/themes/*.json) the
// one in use, for ImGui and for the scenarios; call applyTheme afterwards.
// Returns what was wrong when the file could not be used (the built-in
// standard colours are then kept), or "" when all went well.
std::string useTheme(bool high_contrast);
bool highContrastInUse();
// Fills an interface palette from a theme file; returns the entries it
// lacks ("" when complete). The scenario colours: scenario/ScenarioTheme.hpp.
std::string interfaceColoursFromTheme(const ThemeFile& file, Palette& colours);
// Changes whenever the theme or the fonts change, so that drawings made
// with the old look are made again.
unsigned appearanceGeneration();
void noteAppearanceChanged();

ImU32 toU32(const ImVec4& colour);
sf::Color toSfml(const ImVec4& colour);

// Sets ImGui's colours and every size (padding, rounding, scrollbar) from
// the body text size in pixels and the player's text-size setting.
void applyTheme(float text_pixels, int text_size_percent);

// How much margins and touch targets grow with bigger text: fully up to
// 100 %, then less, so at 250 % the text is big but the space around it
// stays about the size a finger needs (1 at 100 %, 0.6 from about 170 %).
float chromeScale();
// The same for a given text-size setting, before the theme is applied.
float chromeScaleFor(int text_size_percent);
// How much bigger headings are than body text at a text-size setting:
// less at big sizes, where body text is already large.
float headingScaleFor(int text_size_percent);
// How tall the title screen's big "Esprit" is, for body text of
// `text_pixels`: it grows with the text setting only as much as margins do.
inline constexpr float kTitleEms = 4.2f;
float titlePixelsFor(float text_pixels, int text_size_percent);

// Common measures, in multiples of the text size (the "em").
struct Metrics {
  float em = 20.f;
  float chrome = 1.f;  // chromeScale() when measured
  float gap() const { return em * 0.6f * chrome; }
  float margin() const { return em * 1.2f * chrome; }
  float touchTarget() const { return em * 2.6f * chrome; }  // minimum height of anything tapped
  float rounding() const { return em * 0.45f; }
  float focusThickness() const { return em * palette().focus_thickness; }
  // The widest a column of reading text should be.
  float readingWidth() const { return em * 40.f; }
};

Metrics metrics();

}  // namespace esprit::ui
