// Word wrapping of styled UTF-8 text with a fallback font for missing glyphs.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/TextLayout.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace esprit::ui {
namespace {

bool isBreakingSpace(char32_t character) {
  return character == U' ' || character == 0x2002 || character == 0x2003 || character == 0x2009 ||
         character == 0x3000;
}

// Characters that only shape their neighbours (emoji joiners and variation
// selectors) or control characters: the SFML fonts would draw them as boxes.
bool isInvisible(char32_t character) {
  return (character < 0x20 && character != U'\n') || character == 0x7F || character == 0x200B ||
         character == 0x200C || character == 0x200D ||
         (character >= 0xFE00 && character <= 0xFE0F) || character == 0xFEFF;
}

// French puts a space before « : ; ! ? » and after «, which teachers type as
// an ordinary space: a line must not break there and leave a lone « : ».
bool gluesToNeighbour(const std::u32string& text, std::size_t space) {
  static constexpr std::u32string_view kGluedBefore = U":;!?»";
  bool before_mark =
      space + 1 < text.size() && kGluedBefore.find(text[space + 1]) != std::u32string_view::npos;
  bool after_quote = space > 0 && text[space - 1] == U'«';
  return before_mark || after_quote;
}

// Emoji and pictographic symbols, which the text fonts rarely have.
bool isPictograph(char32_t character) {
  return (character >= 0x1F000 && character <= 0x1FAFF) ||
         (character >= 0x2600 && character <= 0x27BF) ||
         (character >= 0x2B00 && character <= 0x2BFF);
}

// SFML 2.5 cannot ask a font whether it has a glyph, so compare with the glyph
// it returns for a code point no font has (a non-character).
bool fontHasGlyph(const sf::Font& font, char32_t character, unsigned size) {
  if (character <= U' ' || isBreakingSpace(character)) return true;
  static std::map<std::tuple<const sf::Font*, unsigned, char32_t>, bool> known;
  auto key = std::make_tuple(&font, size, character);
  if (auto found = known.find(key); found != known.end()) return found->second;
  const sf::Glyph& missing = font.getGlyph(0x10FFFE, size, false);
  const sf::Glyph& glyph = font.getGlyph(character, size, false);
  bool has = glyph.advance != missing.advance || glyph.bounds != missing.bounds;
  known.emplace(key, has);
  return has;
}

struct Atom {
  char32_t character;  // as drawn
  bool breaks;         // a space a line may break at
  std::size_t piece;
  const sf::Font* font;
  float advance;
  float kerning;  // with the previous atom, applied only inside one run
};

bool sameRun(const Atom& first, const Atom& second) {
  return first.piece == second.piece && first.font == second.font;
}

std::vector<Atom> makeAtoms(const std::vector<StyledText>& pieces, const sf::Font* fallback) {
  std::vector<Atom> atoms;
  for (std::size_t piece = 0; piece < pieces.size(); ++piece) {
    const TextStyle& style = pieces[piece].style;
    if (style.font == nullptr) continue;
    const std::u32string& text = pieces[piece].text;
    for (std::size_t index = 0; index < text.size(); ++index) {
      char32_t character = text[index];
      if (character == U'\t' || character == U'\r') character = U' ';
      if (isInvisible(character)) continue;
      bool breaks = isBreakingSpace(character) && !gluesToNeighbour(text, index);
      // No-break spaces ("15,3 k", "20 %") are drawn as plain spaces, which
      // every font has, but still hold their neighbours together.
      if (character == 0xA0 || character == 0x202F || character == 0x2007) character = U' ';
      if (breaks) character = U' ';
      const sf::Font* font = style.font;
      if (!fontHasGlyph(*font, character, style.size)) {
        if (fallback && fontHasGlyph(*fallback, character, style.size)) {
          font = fallback;
        } else if (isPictograph(character)) {
          continue;  // an empty box in the middle of a sentence looks broken; a missing emoji does
                     // not
        }
      }
      float advance =
          character == U'\n' ? 0.f : font->getGlyph(character, style.size, false).advance;
      float kerning = 0;
      if (!atoms.empty() && atoms.back().piece == piece && atoms.back().font == font) {
        kerning = font->getKerning(atoms.back().character, character, style.size);
      }
      atoms.push_back({character, breaks, piece, font, advance, kerning});
    }
  }
  return atoms;
}

// Lines as ranges of atom indices, trailing spaces removed.
struct LineRange {
  std::size_t begin;
  std::size_t end;
};

class LineBreaker {
 public:
  LineBreaker(const std::vector<Atom>& atoms, float max_width)
      : atoms_(atoms), max_width_(max_width) {}

  std::vector<LineRange> breakLines() {
    std::size_t index = 0;
    while (index < atoms_.size()) {
      char32_t character = atoms_[index].character;
      if (character == U'\n') {
        finishLine(index);
        line_begin_ = index + 1;
        ++index;
      } else if (atoms_[index].breaks) {
        ++index;
      } else {
        std::size_t word_end = index;
        while (word_end < atoms_.size() && atoms_[word_end].character != U'\n' &&
               !atoms_[word_end].breaks) {
          ++word_end;
        }
        placeWord(index, word_end);
        index = word_end;
      }
    }
    if (line_begin_ < atoms_.size() || lines_.empty()) finishLine(atoms_.size());
    return lines_;
  }

 private:
  // Width of atoms [begin, end) drawn together, the first starting a run.
  float width(std::size_t begin, std::size_t end) const {
    float total = 0;
    for (std::size_t i = begin; i < end; ++i) {
      total += atoms_[i].advance;
      if (i > begin && sameRun(atoms_[i - 1], atoms_[i])) total += atoms_[i].kerning;
    }
    return total;
  }

  void placeWord(std::size_t begin, std::size_t end) {
    if (line_has_content_ && width(line_begin_, end) > max_width_) {
      finishLine(begin);
      line_begin_ = begin;
    }
    if (!line_has_content_) {
      line_begin_ = std::max(line_begin_, firstNonSpace(line_begin_, begin));
      if (width(begin, end) > max_width_) {
        placeWordByCharacters(begin, end);
        return;
      }
    }
    line_has_content_ = true;
  }

  // A word wider than the whole line is cut at a space that was holding it
  // together (« bonjour »), else after a slash, dash or dot (a long web
  // address), or else anywhere.
  void placeWordByCharacters(std::size_t begin, std::size_t end) {
    line_begin_ = begin;
    for (std::size_t i = begin; i < end; ++i) {
      // Each cut moves the line's start forward, so this ends.
      while (i > line_begin_ && width(line_begin_, i + 1) > max_width_) {
        std::size_t cut = i;
        std::size_t next_begin = i;
        if (auto space = lastGluedSpace(line_begin_ + 1, i)) {
          cut = *space;
          next_begin = *space + 1;
        } else {
          for (std::size_t j = i; j > line_begin_ + 1; --j) {
            if (isGoodBreakAfter(atoms_[j - 1].character)) {
              cut = next_begin = j;
              break;
            }
          }
        }
        finishLine(cut);
        line_begin_ = next_begin;
      }
      line_has_content_ = true;
    }
  }

  std::optional<std::size_t> lastGluedSpace(std::size_t begin, std::size_t end) const {
    for (std::size_t j = end; j > begin; --j) {
      if (atoms_[j - 1].character == U' ' && !atoms_[j - 1].breaks) return j - 1;
    }
    return std::nullopt;
  }

  static bool isGoodBreakAfter(char32_t character) {
    return character == U'/' || character == U'-' || character == U'.' || character == U'?' ||
           character == U'&' || character == U'_' || character == U'=';
  }

  std::size_t firstNonSpace(std::size_t begin, std::size_t end) const {
    while (begin < end && atoms_[begin].breaks) ++begin;
    return begin;
  }

  void finishLine(std::size_t end) {
    std::size_t begin = firstNonSpace(line_begin_, end);
    while (end > begin && atoms_[end - 1].breaks) --end;
    lines_.push_back({begin, end});
    line_has_content_ = false;
  }

  const std::vector<Atom>& atoms_;
  float max_width_;
  std::vector<LineRange> lines_;
  std::size_t line_begin_ = 0;
  bool line_has_content_ = false;
};

}  // namespace

float lineHeight(const TextStyle& style) {
  return style.font ? style.font->getLineSpacing(style.size) : 0.f;
}

TextBlock layoutText(const std::vector<StyledText>& pieces, float max_width,
                     const sf::Font* fallback, TextAlignment alignment) {
  TextBlock block;
  for (const auto& piece : pieces) {
    block.line_height = std::max(block.line_height, lineHeight(piece.style));
  }
  std::vector<Atom> atoms = makeAtoms(pieces, fallback);
  if (atoms.empty()) return block;

  std::vector<LineRange> lines = LineBreaker(atoms, max_width).breakLines();
  block.line_count = lines.size();
  for (std::size_t line = 0; line < lines.size(); ++line) {
    std::size_t first_run = block.runs.size();
    float x = 0;
    float top = static_cast<float>(line) * block.line_height;
    for (std::size_t i = lines[line].begin; i < lines[line].end; ++i) {
      const Atom& atom = atoms[i];
      bool starts_run = i == lines[line].begin || !sameRun(atoms[i - 1], atom);
      if (starts_run) {
        block.runs.push_back({sf::String(), pieces[atom.piece].style, {x, top}, 0, atom.piece});
        block.runs.back().style.font = atom.font;
      } else {
        x += atom.kerning;
        block.runs.back().width += atom.kerning;
      }
      block.runs.back().text += sf::String(static_cast<sf::Uint32>(atom.character));
      block.runs.back().width += atom.advance;
      x += atom.advance;
    }
    block.width = std::max(block.width, x);
    float shift = alignment == TextAlignment::left     ? 0.f
                  : alignment == TextAlignment::centre ? (max_width - x) / 2
                                                       : max_width - x;
    for (std::size_t run = first_run; run < block.runs.size(); ++run) {
      block.runs[run].position.x += std::max(0.f, shift);
    }
  }
  return block;
}

TextBlock layoutText(std::string_view utf8, const TextStyle& style, float max_width,
                     const sf::Font* fallback, TextAlignment alignment) {
  return layoutText({StyledText{decodeUtf8(utf8), style}}, max_width, fallback, alignment);
}

float measureTextWidth(std::string_view utf8, const TextStyle& style, const sf::Font* fallback) {
  constexpr float kUnbounded = 1e9f;
  return layoutText(utf8, style, kUnbounded, fallback).width;
}

}  // namespace esprit::ui

namespace esprit::ui {

float lastLineWidth(const TextBlock& block) {
  if (block.line_count == 0) return 0;
  float last_top = static_cast<float>(block.line_count - 1) * block.line_height;
  float reach = 0;
  for (const auto& run : block.runs) {
    if (run.position.y >= last_top) reach = std::max(reach, run.position.x + run.width);
  }
  return reach;
}

}  // namespace esprit::ui
