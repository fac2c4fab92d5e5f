// A news article as it appears in a browser: the address bar with its
// padlock, the outlet's masthead, headline, lede, byline, date and picture.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Icons.hpp"
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/PictureBox.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"
#include "ui/scenario/ScenarioWords.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

// "https://riverside-courier.example/education" → scheme "https://", site
// "riverside-courier.example", rest "/education". Browsers darken the site.
struct AddressPieces {
  std::string scheme;
  std::string site;
  std::string rest;
};

AddressPieces splitAddress(const std::string& address) {
  AddressPieces pieces;
  std::size_t site_begin = address.find("://");
  site_begin = site_begin == std::string::npos ? 0 : site_begin + 3;
  std::size_t site_end = std::min(address.find_first_of("/?#", site_begin), address.size());
  pieces.scheme = address.substr(0, site_begin);
  pieces.site = address.substr(site_begin, site_end - site_begin);
  pieces.rest = address.substr(site_end);
  return pieces;
}

bool isSecure(const std::string& address) { return address.rfind("https://", 0) == 0; }

class ArticleComposer : ComposerBase {
 public:
  ArticleComposer(Canvas& canvas, const ArticleScenario& article, float width,
                  const ScenarioStyle& style, MediaCache& media)
      : ComposerBase(canvas, width, style), article_(article), media_(media) {}

  float compose() {
    Canvas::Bookmark behind = canvas_.bookmark();
    float y = composeBrowserBar();
    y = composeMasthead(y);
    y = composeStory(y);
    float height = y + metrics_.padding();
    float border = metrics_.hairline();
    float radius = metrics_.cornerRadius();
    addCard(canvas_, {width_, height}, metrics_, behind);
    // The grey browser chrome over the top of the white page.
    canvas_.addRectangle({border, border, width_ - 2 * border, chrome_height_ - border},
                         palette::kBrowserChrome, radius - border, behind + 2);
    canvas_.addRectangle({border, chrome_height_ - radius, width_ - 2 * border, radius},
                         palette::kBrowserChrome, 0, behind + 3);
    canvas_.addRectangle({0, chrome_height_, width_, border}, palette::kHairline, 0, behind + 4);
    return height;
  }

 private:
  float composeBrowserBar() {
    float margin = metrics_.gap();
    float icon = metrics_.iconSize();
    float stroke = metrics_.strokeWidth();
    // On a narrow card the address needs the room more than the buttons do.
    bool show_buttons = width_ > metrics_.base * 16;
    float field_x = margin + (show_buttons ? 2 * (icon + margin) : 0.f);
    float field_width = std::max(width_ - field_x - margin, 1.f);
    float inner = metrics_.smallGap() * 2;

    TextStyle site_style = metrics_.body(palette::kAddressInk);
    TextStyle rest_style = metrics_.body(palette::kAddressMutedInk);
    bool secure = isSecure(article_.address);
    AddressPieces pieces = splitAddress(article_.address);
    std::vector<StyledText> address{{decodeUtf8(pieces.scheme), rest_style},
                                    {decodeUtf8(pieces.site), site_style},
                                    {decodeUtf8(pieces.rest), rest_style}};
    // A page without https says so in red before the address, as browsers do.
    TextStyle warning_style = metrics_.smallBold(palette::kWrong);
    TextBlock warning =
        layoutText(secure ? "" : scenarioWord(ScenarioWord::not_secure, style_.language),
                   warning_style, field_width, metrics_.fallback);
    float lock_width = secure ? icon * 0.8f + metrics_.smallGap() : 0.f;
    float text_x = field_x + inner + lock_width;
    float text_width = std::max(field_x + field_width - inner - text_x, 1.f);
    float warning_height = 0;
    if (warning.line_count) {
      warning_height = warning.height();
    }
    TextBlock address_text = layoutText(address, text_width, metrics_.fallback);
    float field_height =
        std::max(icon, address_text.height() + warning_height) + 2 * metrics_.smallGap();
    float top = margin;
    sf::FloatRect field{field_x, top, field_width, field_height};
    canvas_.addRectangle(field, palette::kAddressField, std::min(field_height / 2, metrics_.base));

    sf::VertexArray icons(sf::Triangles);
    float icon_top = top + (std::min(field_height, icon + 2 * metrics_.smallGap()) - icon) / 2;
    if (show_buttons) {
      icons::appendBackArrow(icons, {margin, icon_top, icon, icon}, palette::kAddressMutedInk,
                             stroke);
      icons::appendReload(icons, {margin * 2 + icon, icon_top, icon, icon},
                          palette::kAddressMutedInk, stroke);
    }
    float text_top = top + metrics_.smallGap();
    if (secure) {
      float lock = icon * 0.8f;
      icons::appendPadlock(
          icons, {field_x + inner, text_top + (address_text.line_height - lock) / 2, lock, lock},
          palette::kAddressMutedInk, stroke);
    }
    canvas_.addTriangles(icons);
    if (warning.line_count) {
      canvas_.addText(warning, {text_x, text_top});
      text_top += warning_height;
    }
    canvas_.addText(address_text, {text_x, text_top});
    canvas_.addPart("address", field);
    chrome_height_ = top + field_height + margin;
    return chrome_height_ + metrics_.hairline() + metrics_.padding();
  }

  float composeMasthead(float top) {
    TextStyle masthead{metrics_.serif_bold, metrics_.size(1.75f), palette::kInk};
    TextBlock outlet = layoutText(article_.outlet, masthead, contentWidth(), metrics_.fallback,
                                  TextAlignment::centre);
    float padding = metrics_.padding();
    canvas_.addText(outlet, {padding, top});
    float shift = (contentWidth() - outlet.width) / 2;
    canvas_.addPart("outlet", {padding + shift, top, std::max(outlet.width, 1.f),
                               std::max(outlet.height(), 1.f)});
    // The double rule under a newspaper's name.
    float y = top + outlet.height() + metrics_.smallGap();
    float thick = std::max(2.f, metrics_.base / 7.f);
    canvas_.addRectangle({padding, y, contentWidth(), thick}, palette::kInk);
    y += thick + metrics_.hairline() * 2;
    canvas_.addRectangle({padding, y, contentWidth(), metrics_.hairline()}, palette::kInk);
    return y + metrics_.hairline() + metrics_.padding();
  }

  // Adds a block of text as a part when it has any text, and returns the next top.
  float addBlock(const std::string& part, const TextBlock& block, float top, float space_after) {
    if (block.line_count == 0) return top;
    canvas_.addText(block, {metrics_.padding(), top});
    canvas_.addPart(part, {metrics_.padding(), top, std::max(block.width, 1.f), block.height()});
    return top + block.height() + space_after;
  }

  float composeStory(float top) {
    float padding = metrics_.padding();
    TextStyle headline_style{metrics_.serif_bold, metrics_.headlineSize(), palette::kInk};
    float y =
        addBlock("headline",
                 layoutText(article_.headline, headline_style, contentWidth(), metrics_.fallback),
                 top, metrics_.gap());
    y = addBlock("lede",
                 layoutText(article_.lede, {metrics_.regular, metrics_.size(1.1f), palette::kInk},
                            contentWidth(), metrics_.fallback),
                 y, metrics_.gap());

    TextBlock byline = layoutText(article_.byline, metrics_.smallBold(palette::kInk),
                                  contentWidth(), metrics_.fallback);
    TextBlock date = layoutText(article_.date, metrics_.small(palette::kMutedInk), contentWidth(),
                                metrics_.fallback);
    float separator = metrics_.padding();
    bool same_line = byline.line_count == 1 && date.line_count == 1 &&
                     byline.width + separator + date.width <= contentWidth();
    if (byline.line_count) {
      canvas_.addText(byline, {padding, y});
      canvas_.addPart("byline", {padding, y, byline.width, byline.height()});
    }
    if (date.line_count) {
      sf::Vector2f at = same_line ? sf::Vector2f{padding + byline.width + separator, y}
                                  : sf::Vector2f{padding, y + byline.height()};
      canvas_.addText(date, at);
      canvas_.addPart("date", {at.x, at.y, date.width, date.height()});
    }
    float details =
        same_line ? std::max(byline.height(), date.height()) : byline.height() + date.height();
    if (details > 0) y += details + metrics_.gap();

    if (!article_.image.empty()) {
      PlacedPicture placed = composePicture(canvas_, {padding, y + metrics_.smallGap()},
                                            contentWidth(), contentWidth() * 0.75f, article_.image,
                                            article_.image_alt, metrics_, style_, media_);
      canvas_.addPart("image", placed.box);
      canvas_.setImageBounds(placed.picture);
      y = placed.box.top + placed.box.height + metrics_.gap();
    }
    return y - metrics_.gap();
  }

  const ArticleScenario& article_;
  MediaCache& media_;
  float chrome_height_ = 0;
};

}  // namespace

float composeArticle(Canvas& canvas, const ArticleScenario& article, float width,
                     const ScenarioStyle& style, MediaCache& media) {
  return ArticleComposer(canvas, article, width, style, media).compose();
}

}  // namespace esprit::ui
