// Locating fonts with fontconfig and building ImGui's FreeType atlas.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Fonts.hpp"

#include "ui/Icons.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace esprit::ui {
namespace {

// Latin-1 and Latin Extended-A (French, Dutch, German and most of Europe),
// general punctuation (’ “ ” … – and French narrow no-break spaces), the euro sign.
constexpr ImWchar kTextRanges[] = {0x0020, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};
// E, i, p and r-s-t: the title's letters and nothing else, so a title a
// few hundred pixels tall costs the atlas six glyphs.
constexpr ImWchar kTitleLetters[] = {'E', 'E', 'i', 'i', 'p', 'p', 'r', 't', 0};

// Text height as a share of the window: about 34 lines fit on a screen, and
// about 56 text heights across, whichever is smaller.
constexpr float kLinesPerWindowHeight = 34.f;
constexpr float kTextHeightsPerWindowWidth = 56.f;
constexpr float kSmallestTextPixels = 14.f;
// Past this, the glyph atlas would take tens of megabytes for little gain.
constexpr float kLargestTextPixels = 128.f;

// Where each font choice comes from, in FontChoice's order: the family
// fontconfig knows it by and the Debian package that installs it.
struct FontSource {
  FontChoice choice;
  const char* family;
  const char* package;
};
constexpr FontSource kFontSources[] = {
    {FontChoice::standard, "Noto Sans", "fonts-noto-core"},
    {FontChoice::legible, "Andika", "fonts-sil-andika"},
    {FontChoice::opendyslexic, "OpenDyslexic", "fonts-opendyslexic"},
};
static_assert(std::ranges::all_of(kFontSources,
                                  [](const FontSource& source) {
                                    return &source - kFontSources ==
                                           static_cast<std::ptrdiff_t>(source.choice);
                                  }),
              "kFontSources must list FontChoice in order");

// A value outside the table (a corrupt cast) gets the standard font.
const FontSource& sourceOf(FontChoice choice) {
  const auto index = static_cast<std::size_t>(choice);
  return index < std::size(kFontSources) ? kFontSources[index] : kFontSources[0];
}

// One read of the whole file: a character-by-character copy of four font
// files showed up in the start-up benchmark.
std::vector<unsigned char> readBytes(const std::filesystem::path& file) {
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (error) return {};
  std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
  std::ifstream stream(file, std::ios::binary);
  if (!stream.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)))
    return {};
  return bytes;
}

// ImGui's FreeType builder sizes a font by its whole line (ascender to
// descender), SFML and CSS by its em; the title is specified in ems, as it
// was when SFML drew it, so its ImGui size is scaled by this ratio.
float lineHeightPerEm(const std::vector<unsigned char>& bytes) {
  constexpr float kUsual = 1.36f;  // Noto Sans, when the face cannot be read
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) return kUsual;
  FT_Face face = nullptr;
  float ratio = kUsual;
  if (FT_New_Memory_Face(library, bytes.data(), static_cast<FT_Long>(bytes.size()), 0, &face) == 0) {
    if (face->units_per_EM > 0) {
      ratio = static_cast<float>(face->ascender - face->descender) /
              static_cast<float>(face->units_per_EM);
    }
    FT_Done_Face(face);
  }
  FT_Done_FreeType(library);
  return ratio;
}

// A font's small letters as a share of its line (ascender to descender),
// which is the height ImGui's FreeType builder fits a font into; 0 when the
// font cannot be read.
float xHeightShare(const std::vector<unsigned char>& bytes) {
  FT_Library library = nullptr;
  if (bytes.empty() || FT_Init_FreeType(&library) != 0) return 0;
  float share = 0;
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(library, bytes.data(), static_cast<FT_Long>(bytes.size()), 0, &face) == 0) {
    const float line = static_cast<float>(face->ascender - face->descender);
    if (line > 0 && FT_Load_Char(face, 'x', FT_LOAD_NO_SCALE) == 0)
      share = static_cast<float>(face->glyph->metrics.height) / line;
    FT_Done_Face(face);
  }
  FT_Done_FreeType(library);
  return share;
}

void addFont(ImFontAtlas& atlas, std::vector<unsigned char>& bytes, float size,
             const ImWchar* ranges, bool merge) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // FontSet keeps the bytes for the next rebuild
  config.MergeMode = merge;
  config.PixelSnapH = true;
  atlas.AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), size, &config, ranges);
}

}  // namespace

std::optional<std::filesystem::path> findFontFile(const std::string& family,
                                                  const std::string& style) {
  if (!FcInit()) return std::nullopt;
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  std::optional<std::filesystem::path> found;
  if (match != nullptr) {
    FcChar8* file = nullptr;
    FcChar8* matched_family = nullptr;
    // fontconfig always offers some font; only the asked-for family will do.
    if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetString(match, FC_FAMILY, 0, &matched_family) == FcResultMatch &&
        family == reinterpret_cast<const char*>(matched_family)) {
      found = std::filesystem::path(reinterpret_cast<const char*>(file));
    }
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pattern);
  return found;
}

const char* fontFamily(FontChoice choice) { return sourceOf(choice).family; }

const char* fontPackage(FontChoice choice) { return sourceOf(choice).package; }

float textPixelsFor(sf::Vector2u window_size, int text_size_percent) {
  const float base = std::min(static_cast<float>(window_size.y) / kLinesPerWindowHeight,
                              static_cast<float>(window_size.x) / kTextHeightsPerWindowWidth);
  const float scaled = base * static_cast<float>(text_size_percent) / 100.f;
  return std::round(std::clamp(scaled, kSmallestTextPixels, kLargestTextPixels));
}

FontFiles locateFontFiles(FontChoice choice) {
  FontFiles files;
  const auto dejavu = findFontFile("DejaVu Sans", "Book");
  const auto dejavu_bold = findFontFile("DejaVu Sans", "Bold");
  files.regular = findFontFile("Noto Sans", "Regular").value_or(dejavu.value_or(""));
  files.bold = findFontFile("Noto Sans", "Bold").value_or(dejavu_bold.value_or(files.regular));
  if (choice != FontChoice::standard) {
    const auto chosen = findFontFile(fontFamily(choice), "Regular");
    if (chosen) {
      files.fallback = files.regular;
      files.regular = *chosen;
      files.bold = findFontFile(fontFamily(choice), "Bold").value_or(*chosen);
    } else {
      files.choice_missing = true;
    }
  }
  files.symbols = dejavu.value_or("");
  files.serif_bold = findFontFile("Noto Serif", "Bold")
                         .value_or(findFontFile("DejaVu Serif", "Bold").value_or(""));
  return files;
}

bool FontSet::load(const FontFiles& files) {
  if (!files.regular.empty()) regular_bytes_ = readBytes(files.regular);
  if (!files.bold.empty()) bold_bytes_ = readBytes(files.bold);
  if (!files.symbols.empty()) symbol_bytes_ = readBytes(files.symbols);
  if (!files.serif_bold.empty()) serif_bold_bytes_ = readBytes(files.serif_bold);
  fallback_bytes_.clear();
  if (!files.fallback.empty() && files.fallback != files.regular)
    fallback_bytes_ = readBytes(files.fallback);
  // Andika and OpenDyslexic have tall ascenders and deep descenders: fitted
  // into the same line as Noto Sans their letters would look small. Sized so
  // their small letters match the standard font's, their lines come out
  // about a quarter taller: the extra line spacing these choices promise.
  size_scale_ = 1.f;
  if (!fallback_bytes_.empty()) {
    const float standard = xHeightShare(fallback_bytes_);
    const float chosen = xHeightShare(regular_bytes_);
    if (standard > 0 && chosen > 0) size_scale_ = std::clamp(standard / chosen, 1.f, 1.6f);
  }
  if (regular_bytes_.empty()) {
    std::fprintf(stderr,
                 "esprit: no text font found (install fonts-noto-core or fonts-dejavu-core); "
                 "using ImGui's small built-in font\n");
    return false;
  }
  if (bold_bytes_.empty()) bold_bytes_ = regular_bytes_;
  // sf::Font reads lazily from memory it does not own: the byte vectors above
  // live as long as this FontSet.
  regular_sfml_.loadFromMemory(regular_bytes_.data(), regular_bytes_.size());
  bold_sfml_.loadFromMemory(bold_bytes_.data(), bold_bytes_.size());
  if (!symbol_bytes_.empty())
    symbols_sfml_.loadFromMemory(symbol_bytes_.data(), symbol_bytes_.size());
  if (!serif_bold_bytes_.empty())
    serif_bold_sfml_.loadFromMemory(serif_bold_bytes_.data(), serif_bold_bytes_.size());
  return true;
}

void FontSet::buildAtlas(float pixel_size, float heading_scale, float title_pixels) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  pixel_size_ = pixel_size;
  if (regular_bytes_.empty()) {
    ImFontConfig config;
    config.SizePixels = pixel_size;
    body_ = bold_ = heading_ = atlas.AddFontDefault(&config);
    title_ = nullptr;
    atlas.Build();
    return;
  }
  const auto* symbols = reinterpret_cast<const ImWchar*>(icon::kSymbolRanges);
  auto addFamily = [&](std::vector<unsigned char>& bytes, float size) {
    addFont(atlas, bytes, size, kTextRanges, false);
    ImFont* font = atlas.Fonts.back();
    // Glyphs already there are kept: the fallback only fills the gaps, at a
    // size that matches the chosen font's letters (merged glyphs share its baseline).
    if (!fallback_bytes_.empty())
      addFont(atlas, fallback_bytes_, std::round(size / size_scale_), kTextRanges, true);
    if (!symbol_bytes_.empty()) addFont(atlas, symbol_bytes_, size, symbols, true);
    return font;
  };
  const float text = std::round(pixel_size * size_scale_);
  body_ = addFamily(regular_bytes_, text);
  bold_ = addFamily(bold_bytes_, text);
  heading_ = addFamily(bold_bytes_, std::round(text * heading_scale));
  title_ = nullptr;
  if (title_pixels > 0) {
    addFont(atlas, bold_bytes_, title_pixels * lineHeightPerEm(bold_bytes_), kTitleLetters, false);
    title_ = atlas.Fonts.back();
  }
  atlas.Build();
}

float FontSet::titleSize() const { return title()->FontSize; }

}  // namespace esprit::ui
