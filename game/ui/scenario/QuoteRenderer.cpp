// A quotation card as shared on social networks: a big quotation mark, the
// words, who said them and in what role, and where and when it was said.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"

#include <algorithm>

namespace esprit::ui {

float composeQuote(Canvas& canvas, const QuoteScenario& quote, float width,
                   const ScenarioStyle& style, MediaCache& media) {
  ScenarioMetrics metrics(style);
  Canvas::Bookmark behind = canvas.bookmark();
  float padding = metrics.padding() * 1.4f;
  float text_width = std::max(width - 2 * padding, 1.f);
  float radius = metrics.cornerRadius();

  // The opening mark, large and in the accent colour; it is decoration, the
  // words beside it carry the meaning.
  TextStyle mark_style{metrics.serif_bold, metrics.size(5.f), palette::kQuoteMark};
  TextBlock mark = layoutText("“", mark_style, text_width, metrics.fallback);
  float y = padding * 0.6f;
  canvas.addText(mark, {padding, y});
  // The glyph sits high in its line: the words may start before its line ends.
  y += mark.height() * 0.5f;

  TextBlock words = layoutText(quote.text, {metrics.bold, metrics.size(1.35f), palette::kOnColour},
                               text_width, metrics.fallback);
  canvas.addText(words, {padding, y});
  canvas.addPart("text", {padding, y, std::max(words.width, 1.f), std::max(words.height(), 1.f)});
  y += words.height() + metrics.padding();

  float rule = std::max(2.f, metrics.base / 8);
  canvas.addRectangle({padding, y, metrics.base * 2.5f, rule}, palette::kQuoteMark);
  y += rule + metrics.gap();

  float portrait = 0;
  const sf::Texture* picture = quote.image.empty() ? nullptr : media.texture(quote.image);
  // The portrait is left out when it would squeeze the name into a sliver.
  if (picture && width - 2 * padding - metrics.base * 2.6f - metrics.gap() >= metrics.base * 6) {
    portrait = metrics.base * 2.6f;
  } else {
    picture = nullptr;
  }
  float speaker_x = padding + (portrait > 0 ? portrait + metrics.gap() : 0.f);
  float speaker_width = std::max(width - speaker_x - padding, 1.f);
  TextBlock speaker = layoutText(quote.speaker, metrics.bodyBold(palette::kOnColour), speaker_width,
                                 metrics.fallback);
  TextBlock role = layoutText(quote.role, metrics.small(palette::kQuoteMutedInk), speaker_width,
                              metrics.fallback);
  float speaker_height = speaker.height() + role.height();
  float row = std::max(portrait, speaker_height);
  if (picture) {
    canvas.addCircle({padding + portrait / 2, y + row / 2}, portrait / 2, sf::Color::White,
                     picture);
  }
  float speaker_top = y + (row - speaker_height) / 2;
  canvas.addText(speaker, {speaker_x, speaker_top});
  canvas.addText(role, {speaker_x, speaker_top + speaker.height()});
  float part_width = std::max({speaker.width, role.width, 1.f});
  float part_left = picture ? padding : speaker_x;
  canvas.addPart("speaker", {part_left, y, speaker_x - part_left + part_width, row});
  y += row + padding;
  float card_height = y;

  // Where and when it was said: a light strip under the card, like the line a
  // network adds under a shared picture.
  std::string context = quote.context;
  if (!quote.date.empty()) context += (context.empty() ? "" : " · ") + quote.date;
  float inner = metrics.padding();
  TextBlock context_text = layoutText(context, metrics.small(palette::kInk),
                                      std::max(width - 2 * inner, 1.f), metrics.fallback);
  float height = card_height;
  if (context_text.line_count) {
    float strip_top = card_height;
    canvas.addText(context_text, {inner, strip_top + metrics.gap()});
    canvas.addPart("context", {0, strip_top, width, context_text.height() + 2 * metrics.gap()});
    height = strip_top + context_text.height() + 2 * metrics.gap();
    canvas.addRectangle({0, 0, width, height}, palette::kQuoteFooter, radius, behind);
    canvas.addRectangle({0, 0, width, card_height}, palette::kQuoteCard, radius, behind + 1);
    canvas.addRectangle({0, card_height - radius, width, radius}, palette::kQuoteCard, 0,
                        behind + 2);
  } else {
    canvas.addRectangle({0, 0, width, height}, palette::kQuoteCard, radius, behind);
  }
  return height;
}

}  // namespace esprit::ui
