// A group chat as a messaging app shows it: the bar with the group's name and
// members, then speech bubbles, the player's own on the right, with sender
// names, times, read ticks and the "Forwarded" mark.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Icons.hpp"
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"
#include "ui/scenario/ScenarioWords.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

std::string initialOf(const std::string& name) {
  for (char32_t character : decodeUtf8(name)) {
    if (character == U' ') continue;
    if (character >= U'a' && character <= U'z') character -= U'a' - U'A';
    return encodeUtf8(std::u32string(1, character));
  }
  return "?";
}

// "Uncle Marc, Léa": the people in the thread other than the player.
std::string membersOf(const ChatScenario& chat) {
  std::vector<std::string> names;
  for (const auto& message : chat.messages) {
    if (message.self || message.from.empty()) continue;
    if (std::find(names.begin(), names.end(), message.from) == names.end()) {
      names.push_back(message.from);
    }
  }
  std::string members;
  for (const auto& name : names) members += (members.empty() ? "" : ", ") + name;
  return members;
}

class ChatComposer : ComposerBase {
 public:
  ChatComposer(Canvas& canvas, const ChatScenario& chat, float width, const ScenarioStyle& style)
      : ComposerBase(canvas, width, style), chat_(chat) {}

  float compose() {
    Canvas::Bookmark behind = canvas_.bookmark();
    float y = composeTitleBar();
    y += metrics_.gap();
    for (std::size_t i = 0; i < chat_.messages.size(); ++i) {
      bool same_sender_as_before = i > 0 && chat_.messages[i - 1].self == chat_.messages[i].self &&
                                   chat_.messages[i - 1].from == chat_.messages[i].from;
      if (i > 0) y += same_sender_as_before ? metrics_.smallGap() / 2 : metrics_.gap();
      y = composeMessage(chat_.messages[i], i + 1, !same_sender_as_before, y);
    }
    y = composeInputBar(y + metrics_.gap());
    float height = y;
    float radius = metrics_.cornerRadius();
    canvas_.addRectangle({0, 0, width_, height}, palette::kChatWallpaper, radius, behind);
    canvas_.addRectangle({0, 0, width_, bar_height_}, palette::kChatBar, radius, behind + 1);
    canvas_.addRectangle({0, bar_height_ - radius, width_, radius}, palette::kChatBar, 0,
                         behind + 2);
    return height;
  }

 private:
  float composeTitleBar() {
    float margin = metrics_.gap();
    float icon = metrics_.iconSize();
    float avatar = metrics_.base * 2;
    float text_x = margin + icon + margin + avatar + margin;
    float text_width = std::max(width_ - text_x - margin, 1.f);
    TextBlock title = layoutText(chat_.title, metrics_.bodyBold(palette::kOnColour), text_width,
                                 metrics_.fallback);
    TextBlock members = layoutText(membersOf(chat_), metrics_.small(palette::kChatBarMutedInk),
                                   text_width, metrics_.fallback);
    float text_height = title.height() + members.height();
    float row = std::max(avatar, text_height);
    float top = margin;

    sf::VertexArray icons(sf::Triangles);
    icons::appendBackArrow(icons, {margin, top + (row - icon) / 2, icon, icon}, palette::kOnColour,
                           metrics_.strokeWidth());
    canvas_.addTriangles(icons);
    sf::Vector2f centre{margin + icon + margin + avatar / 2, top + row / 2};
    canvas_.addCircle(centre, avatar / 2, palette::colourForName(chat_.title));
    TextBlock initial = layoutText(initialOf(chat_.title), metrics_.bodyBold(palette::kOnColour),
                                   avatar, metrics_.fallback, TextAlignment::centre);
    canvas_.addText(initial, {centre.x - avatar / 2, centre.y - initial.height() / 2});

    float text_top = top + (row - text_height) / 2;
    canvas_.addText(title, {text_x, text_top});
    canvas_.addText(members, {text_x, text_top + title.height()});
    bar_height_ = top + row + margin;
    canvas_.addPart("title", {0, 0, width_, bar_height_});
    return bar_height_;
  }

  float composeMessage(const ChatMessage& message, std::size_t number, bool starts_group,
                       float top) {
    float margin = metrics_.padding();
    float inner = metrics_.base * 0.6f;
    // Bubbles leave a gap on the far side, as in real apps, unless the card
    // is so narrow that the words need every pixel.
    float usable = std::max(width_ - 2 * margin, 1.f);
    float readable_line = metrics_.base * 28;  // about 60 letters, like a phone's bubble
    // On a phone-narrow card the far-side gap shrinks, or words would stack.
    float share = usable < metrics_.base * 14 ? 0.9f : 0.82f;
    float max_bubble =
        std::min({std::max(usable * share, metrics_.base * 6), usable, readable_line});
    float text_width = std::max(max_bubble - 2 * inner, 1.f);
    float small_icon = metrics_.smallSize() * 1.1f;

    TextBlock forwarded;
    if (message.forwarded) {
      forwarded = layoutText(scenarioWord(ScenarioWord::forwarded, style_.language),
                             metrics_.small(palette::kBubbleMutedInk),
                             std::max(text_width - small_icon - metrics_.smallGap(), 1.f),
                             metrics_.fallback);
    }
    TextBlock sender;
    if (!message.self && starts_group) {
      sender = layoutText(message.from, metrics_.smallBold(palette::colourForName(message.from)),
                          text_width, metrics_.fallback);
    }
    TextBlock text =
        layoutText(message.text, metrics_.body(palette::kInk), text_width, metrics_.fallback);
    float ticks = message.self ? small_icon * 1.4f + metrics_.smallGap() : 0.f;
    TextBlock time = layoutText(message.time, metrics_.small(palette::kBubbleMutedInk),
                                std::max(text_width - ticks, 1.f), metrics_.fallback);
    float stamp_width = time.width + ticks;
    float stamp_height = std::max(time.height(), message.self ? small_icon : 0.f);

    // The time sits at the end of the last line when there is room, as in real apps.
    float last_line = lastLineWidth(text);
    float stamp_gap = metrics_.gap();
    bool stamp_inline = text.line_count > 0 && last_line + stamp_gap + stamp_width <= text_width;
    float forwarded_width =
        forwarded.line_count ? small_icon + metrics_.smallGap() + forwarded.width : 0;
    float content_width = std::max({forwarded_width, sender.width, text.width, stamp_width,
                                    stamp_inline ? last_line + stamp_gap + stamp_width : 0.f});
    float content_height =
        forwarded.height() + sender.height() + text.height() +
        (stamp_inline ? std::max(0.f, stamp_height - text.line_height) : stamp_height);
    float bubble_width = std::min(content_width + 2 * inner, usable);
    float bubble_height = content_height + 2 * metrics_.smallGap() + metrics_.smallGap();
    float bubble_x = message.self ? width_ - margin - bubble_width : margin;
    sf::FloatRect bubble{bubble_x, top, bubble_width, bubble_height};
    sf::Color fill = message.self ? palette::kBubbleSelf : palette::kBubbleOther;

    float radius = metrics_.base * 0.55f;
    canvas_.addRectangle(bubble, fill, radius);
    sf::VertexArray marks(sf::Triangles);
    if (starts_group) {
      // The little tail at the top corner, on the speaker's side.
      float tail = metrics_.base * 0.6f;
      float edge = message.self ? bubble.left + bubble.width : bubble.left;
      float outward = message.self ? tail : -tail;
      marks.append({{edge - outward, top}, fill});
      marks.append({{edge + outward, top}, fill});
      marks.append({{edge, top + tail * 1.2f}, fill});
    }

    float x = bubble_x + inner;
    float y = top + metrics_.smallGap();
    if (forwarded.line_count) {
      icons::appendForwardArrow(
          marks, {x, y + (forwarded.line_height - small_icon) / 2, small_icon, small_icon},
          palette::kBubbleMutedInk, metrics_.strokeWidth() * 0.8f);
      canvas_.addText(forwarded, {x + small_icon + metrics_.smallGap(), y});
      y += forwarded.height();
    }
    if (sender.line_count) {
      canvas_.addText(sender, {x, y});
      y += sender.height();
    }
    canvas_.addText(text, {x, y});
    y += text.height();
    float stamp_top = stamp_inline ? y - text.line_height + (text.line_height - stamp_height) : y;
    float stamp_x = bubble_x + bubble_width - inner - stamp_width;
    canvas_.addText(time, {stamp_x, stamp_top + (stamp_height - time.height())});
    if (message.self) {
      // Two ticks: the message was read.
      float tick_x = stamp_x + time.width + metrics_.smallGap();
      float tick_y =
          stamp_top + stamp_height - time.line_height + (time.line_height - small_icon) / 2;
      icons::appendCheckMark(marks, {tick_x, tick_y, small_icon, small_icon}, palette::kReadTicks,
                             metrics_.strokeWidth() * 0.8f);
      icons::appendCheckMark(marks, {tick_x + small_icon * 0.4f, tick_y, small_icon, small_icon},
                             palette::kReadTicks, metrics_.strokeWidth() * 0.8f);
    }
    canvas_.addTriangles(marks);
    canvas_.addPart("message:" + std::to_string(number), bubble);
    return top + bubble_height;
  }

  // The empty message field and send button at the bottom of the thread.
  float composeInputBar(float top) {
    float margin = metrics_.gap();
    float button = metrics_.base * 2;
    sf::FloatRect field{margin, top, std::max(width_ - 3 * margin - button, 1.f), button};
    canvas_.addRectangle(field, palette::kBubbleOther, button / 2);
    sf::Vector2f centre{width_ - margin - button / 2, top + button / 2};
    canvas_.addCircle(centre, button / 2, palette::kChatAccent);
    sf::VertexArray arrow(sf::Triangles);
    float icon = metrics_.iconSize() * 0.9f;
    icons::appendForwardArrow(arrow, {centre.x - icon / 2, centre.y - icon / 2, icon, icon},
                              palette::kOnColour, metrics_.strokeWidth());
    canvas_.addTriangles(arrow);
    return top + button + margin;
  }

  const ChatScenario& chat_;
  float bar_height_ = 0;
};

}  // namespace

float composeChat(Canvas& canvas, const ChatScenario& chat, float width,
                  const ScenarioStyle& style) {
  return ChatComposer(canvas, chat, width, style).compose();
}

}  // namespace esprit::ui
