// A social-media post as a network's app shows it: app bar, author with
// avatar or initials and badge, the text with its tags and links, an optional
// picture, and the reply, repost and like counts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Icons.hpp"
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/PictureBox.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"
#include "ui/scenario/ScenarioWords.hpp"
#include "ui/scenario/SocialText.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

// "Natural Health Today" → "NH"; "@léa" → "L"; works on code points, so
// accented initials survive.
std::string initialsOf(const std::string& name) {
  std::u32string letters;
  bool at_word_start = true;
  for (char32_t character : decodeUtf8(name)) {
    bool is_separator = character == U' ' || character == U'-' || character == U'_' ||
                        character == U'@' || character == U'.';
    if (is_separator) {
      at_word_start = true;
    } else if (at_word_start && letters.size() < 2) {
      if (character >= U'a' && character <= U'z') character -= U'a' - U'A';
      letters += character;
      at_word_start = false;
    } else {
      at_word_start = false;
    }
  }
  return encodeUtf8(letters.empty() ? U"?" : letters);
}

class PostComposer : ComposerBase {
 public:
  PostComposer(Canvas& canvas, const PostScenario& post, float width, const ScenarioStyle& style,
               MediaCache& media)
      : ComposerBase(canvas, width, style), post_(post), media_(media) {}

  float compose() {
    return composeOnCard(canvas_, width_, metrics_, [this] {
      float y = composeAppBar(metrics_.padding());
      y = composeHeader(y);
      y = composeText(y);
      y = composeImage(y);
      return composeCounts(y);
    });
  }

 private:
  // The network's own bar: its logo tile, its name, and a "more" button.
  float composeAppBar(float top) {
    float padding = metrics_.padding();
    float logo_size = metrics_.base * 1.4f;
    float dots_width = metrics_.iconSize();
    float name_x = padding + logo_size + metrics_.gap();
    // The network's name stays whole: on a narrow card the "more" button
    // goes first, then the name is set at body size before it may wrap.
    float room_with_dots = std::max(width_ - name_x - padding - dots_width - metrics_.gap(), 1.f);
    float room = std::max(width_ - name_x - padding, 1.f);
    TextStyle name_style = metrics_.title(palette::kInk);
    bool show_dots =
        measureTextWidth(post_.platform, name_style, metrics_.fallback) <= room_with_dots;
    if (!show_dots && measureTextWidth(post_.platform, name_style, metrics_.fallback) > room) {
      name_style = metrics_.bodyBold(palette::kInk);
    }
    TextBlock name = layoutText(post_.platform, name_style, show_dots ? room_with_dots : room,
                                metrics_.fallback);
    float row = std::max(logo_size, name.height());
    sf::Color brand = palette::colourForName(post_.platform);
    canvas_.addRectangle({padding, top + (row - logo_size) / 2, logo_size, logo_size}, brand,
                         logo_size * 0.28f);
    TextBlock letter = layoutText(encodeUtf8(decodeUtf8(initialsOf(post_.platform)).substr(0, 1)),
                                  {metrics_.bold, metrics_.size(0.9f), palette::kOnColour},
                                  logo_size, metrics_.fallback, TextAlignment::centre);
    canvas_.addText(letter, {padding, top + (row - letter.height()) / 2});
    canvas_.addText(name, {name_x, top + (row - name.height()) / 2});
    if (show_dots) {
      sf::VertexArray dots(sf::Triangles);
      icons::appendMoreDots(
          dots,
          {width_ - padding - dots_width, top + (row - dots_width) / 2, dots_width, dots_width},
          palette::kMutedInk);
      canvas_.addTriangles(dots);
    }
    float rule_y = top + row + metrics_.gap();
    canvas_.addRectangle({0, rule_y, width_, metrics_.hairline()}, palette::kHairline);
    return rule_y + metrics_.hairline() + metrics_.padding();
  }

  void composeAvatar(sf::Vector2f centre, float radius) {
    const sf::Texture* picture =
        post_.author.avatar.empty() ? nullptr : media_.texture(post_.author.avatar);
    if (picture) {
      canvas_.addCircle(centre, radius, sf::Color::White, picture);
      return;
    }
    canvas_.addCircle(centre, radius, palette::colourForName(post_.author.name));
    TextBlock initials = layoutText(initialsOf(post_.author.name),
                                    {metrics_.bold, metrics_.size(0.95f), palette::kOnColour},
                                    2 * radius, metrics_.fallback, TextAlignment::centre);
    canvas_.addText(initials, {centre.x - radius, centre.y - initials.height() / 2});
  }

  // Avatar on the left; name and badge, then handle and time, beside it.
  float composeHeader(float top) {
    float padding = metrics_.padding();
    float avatar_size = metrics_.base * 2.4f;
    float column_x = padding + avatar_size + metrics_.gap();
    // Beside the avatar there must be room for a few letters; on a very
    // narrow card the name goes under it instead.
    bool stacked = width_ - column_x - padding < metrics_.base * 6;
    if (stacked) column_x = padding;
    float column_width = std::max(width_ - column_x - padding, 1.f);
    float badge_size = metrics_.base * 1.05f;
    float badge_gap = metrics_.smallGap();

    TextBlock name =
        layoutText(post_.author.name, metrics_.bodyBold(palette::kInk),
                   std::max(column_width - badge_size - badge_gap, 1.f), metrics_.fallback);
    TextStyle muted = metrics_.small(palette::kMutedInk);
    // A long handle beside the avatar would be cut into pieces on a narrow
    // card: it then goes under the avatar, across the whole card.
    float details_x = column_x;
    float details_width = column_width;
    if (measureTextWidth(post_.author.handle, muted, metrics_.fallback) > column_width) {
      details_x = padding;
      details_width = contentWidth();
    }
    bool details_below = details_x != column_x;
    TextBlock handle = layoutText(post_.author.handle, muted, details_width, metrics_.fallback);
    TextBlock time = layoutText(post_.time, muted, details_width, metrics_.fallback);
    // "@handle · 3 h" on one line when it fits, as on real networks.
    TextBlock dot = layoutText("·", muted, details_width, metrics_.fallback);
    float dot_space = measureTextWidth("a a", muted) - measureTextWidth("aa", muted);
    float dot_width = dot.width + 2 * dot_space;
    bool time_inline = handle.line_count == 1 && time.line_count == 1 &&
                       handle.width + dot_width + time.width <= details_width;
    float details_height =
        time_inline ? std::max(handle.height(), time.height()) : handle.height() + time.height();
    float column_height = name.height() + (details_below ? 0.f : details_height);
    float column_top = stacked ? avatar_size + metrics_.smallGap() : 0.f;
    float header_height = std::max(avatar_size, column_top + column_height);

    sf::Vector2f avatar_centre{padding + avatar_size / 2, top + avatar_size / 2};
    composeAvatar(avatar_centre, avatar_size / 2);
    canvas_.addPart("avatar", {padding, top, avatar_size, avatar_size});

    float y = stacked ? top + column_top : top + std::max(0.f, (avatar_size - column_height) / 2);
    canvas_.addText(name, {column_x, y});
    canvas_.addPart("name", {column_x, y, std::max(name.width, 1.f), name.height()});
    float last_line_top = y + name.height() - name.line_height;
    sf::FloatRect badge{column_x + lastLineWidth(name) + badge_gap,
                        last_line_top + (name.line_height - badge_size) / 2, badge_size,
                        badge_size};
    if (post_.author.verified) {
      sf::VertexArray mark(sf::Triangles);
      icons::appendVerifiedBadge(mark, badge, palette::kVerified, palette::kOnColour);
      canvas_.addTriangles(mark);
    }
    // Without a badge the part is the empty place where one would be.
    canvas_.addPart("verified", badge);
    y = details_below ? top + header_height + metrics_.smallGap() : y + name.height();

    canvas_.addText(handle, {details_x, y});
    canvas_.addPart("handle", {details_x, y, std::max(handle.width, 1.f),
                               std::max(handle.height(), lineHeight(muted))});
    sf::Vector2f time_at{details_x, y + handle.height()};
    if (time_inline) {
      canvas_.addText(dot, {details_x + handle.width + dot_space, y});
      time_at = {details_x + handle.width + dot_width, y};
    }
    canvas_.addText(time, time_at);
    canvas_.addPart("time", {time_at.x, time_at.y, std::max(time.width, 1.f),
                             std::max(time.height(), lineHeight(muted))});
    if (details_below) header_height += metrics_.smallGap() + details_height;
    return top + header_height + metrics_.gap();
  }

  float composeText(float top) {
    TextStyle plain{metrics_.regular, metrics_.size(1.05f), palette::kInk};
    TextStyle highlighted{metrics_.regular, metrics_.size(1.05f), palette::kLink};
    TextBlock text = layoutText(styleSocialText(post_.text, plain, highlighted), contentWidth(),
                                metrics_.fallback);
    float padding = metrics_.padding();
    canvas_.addText(text, {padding, top});
    canvas_.addPart("text",
                    {padding, top, std::max(text.width, 1.f), std::max(text.height(), 1.f)});
    return top + text.height() + (text.line_count ? metrics_.gap() : 0.f);
  }

  float composeImage(float top) {
    if (post_.image.empty()) return top;
    float padding = metrics_.padding();
    float max_height = contentWidth() * 0.8f;
    PlacedPicture placed =
        composePicture(canvas_, {padding, top + metrics_.smallGap()}, contentWidth(), max_height,
                       post_.image, post_.image_alt, metrics_, style_, media_);
    canvas_.addOutline(placed.box, palette::kHairline, metrics_.hairline());
    canvas_.addPart("image", placed.box);
    canvas_.setImageBounds(placed.picture);
    return placed.box.top + placed.box.height + metrics_.gap();
  }

  struct CountButton {
    icons::LineIcon* draw_icon;
    std::string label;
  };

  // Reply, repost, like and share, spread across the card like a real app's
  // bar; on a narrow card with large text they wrap onto a second row.
  float composeCounts(float top) {
    float padding = metrics_.padding();
    canvas_.addRectangle({padding, top, contentWidth(), metrics_.hairline()}, palette::kHairline);
    top += metrics_.hairline() + metrics_.gap();

    TextStyle label_style = metrics_.small(palette::kMutedInk);
    std::vector<CountButton> buttons{
        {icons::appendReplyBubble, formatCompactCount(post_.comments, style_.language)},
        {icons::appendRepost, formatCompactCount(post_.shares, style_.language)},
        {icons::appendHeart, formatCompactCount(post_.likes, style_.language)},
        {icons::appendShare, ""}};
    float icon_size = metrics_.iconSize();
    float icon_gap = metrics_.smallGap();
    std::vector<TextBlock> labels;
    std::vector<float> widths;
    for (const auto& button : buttons) {
      labels.push_back(layoutText(button.label, label_style, contentWidth(), metrics_.fallback));
      widths.push_back(icon_size + (labels.back().line_count ? icon_gap + labels.back().width : 0));
    }
    float row_height = std::max(icon_size, lineHeight(label_style));
    float minimum_gap = metrics_.padding();
    // The share button has no count: it is the first to go on a narrow card.
    float all_widths = (static_cast<float>(buttons.size()) - 1) * minimum_gap;
    for (float button_width : widths) all_widths += button_width;
    if (all_widths > contentWidth()) {
      buttons.pop_back();
      labels.pop_back();
      widths.pop_back();
    }

    // Fill rows greedily, then spread each row's buttons evenly.
    std::vector<std::pair<std::size_t, std::size_t>> rows;
    std::size_t row_begin = 0;
    float row_width = 0;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
      float needed = row_width + (i > row_begin ? minimum_gap : 0) + widths[i];
      if (i > row_begin && needed > contentWidth()) {
        rows.push_back({row_begin, i});
        row_begin = i;
        row_width = widths[i];
      } else {
        row_width = needed;
      }
    }
    rows.push_back({row_begin, buttons.size()});

    sf::FloatRect counted{padding, top, 0, 0};
    bool counted_any = false;
    sf::VertexArray icons(sf::Triangles);
    float y = top;
    for (auto [begin, end] : rows) {
      float used = 0;
      for (std::size_t i = begin; i < end; ++i) used += widths[i];
      float spacing =
          end - begin > 1 ? (contentWidth() - used) / static_cast<float>(end - begin - 1) : 0.f;
      if (rows.size() > 1) spacing = minimum_gap;
      float x = padding;
      for (std::size_t i = begin; i < end; ++i) {
        sf::FloatRect icon_box{x, y + (row_height - icon_size) / 2, icon_size, icon_size};
        buttons[i].draw_icon(icons, icon_box, palette::kMutedInk, metrics_.strokeWidth());
        canvas_.addText(labels[i],
                        {x + icon_size + icon_gap, y + (row_height - labels[i].height()) / 2});
        sf::FloatRect button_bounds{x, y, widths[i], row_height};
        bool is_count = !buttons[i].label.empty();
        if (is_count) {
          counted = counted_any ? uniteRectangles(counted, button_bounds) : button_bounds;
          counted_any = true;
        }
        x += widths[i] + spacing;
      }
      y += row_height;
      if (end != buttons.size()) y += metrics_.gap();
    }
    canvas_.addTriangles(icons);
    canvas_.addPart("counts", counted);
    return y;
  }

  const PostScenario& post_;
  MediaCache& media_;
};

}  // namespace

float composePost(Canvas& canvas, const PostScenario& post, float width, const ScenarioStyle& style,
                  MediaCache& media) {
  return PostComposer(canvas, post, width, style, media).compose();
}

}  // namespace esprit::ui
