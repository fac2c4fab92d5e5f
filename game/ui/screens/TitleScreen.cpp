// Title screen: a big SFML-drawn name over soft shapes, then the main buttons.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/TitleScreen.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/PlayerRow.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace esprit::ui {
namespace {

constexpr int kBubbleSegments = 90;        // smooth edges even on a 4K screen
constexpr float kTitleTopShare = 0.12f;    // where it starts, as a share of the window height
constexpr double kEntranceSeconds = 0.45;  // the title's gentle rise on arrival
// The name's line, in its font size: the tagline starts this far below its top.
constexpr float kTitleLines = 1.25f;
// Never below half: under that, the name would no longer read as a title.
constexpr float kSmallestTitleScale = 0.5f;

struct Bubble {
  float x, y, radius;  // fractions of the window (radius of its height)
  ImVec4 colour;
};

}  // namespace

float TitleScreen::titleScale() const {
  const float height = static_cast<float>(context().window->getSize().y);
  const float full = context().fonts.titleSize() * kTitleLines;
  if (below_title_ <= 0.f || full <= 0.f) return 1.f;
  const float room = height - height * kTitleTopShare - below_title_;
  return std::clamp(room / full, kSmallestTitleScale, 1.f);
}

float TitleScreen::footerHeight() {
  return metrics().em + ImGui::GetTextLineHeight() + ImGui::GetStyle().WindowPadding.y;
}

bool TitleScreen::oneColumnFits(float tagline_height) const {
  const Metrics measure = metrics();
  const float height = static_cast<float>(context().window->getSize().y);
  const float smallest_title =
      height * kTitleTopShare + context().fonts.titleSize() * kTitleLines * kSmallestTitleScale;
  const float button_row = measure.touchTarget() + ImGui::GetStyle().ItemSpacing.y;
  const float player_row = context().records.available()
                               ? measure.gap() + ImGui::GetTextLineHeightWithSpacing() + button_row
                               : 0.f;
  const float air_under_tagline = measure.em;
  return smallest_title + tagline_height + air_under_tagline + 4 * button_row + player_row +
             footerHeight() <=
         height;
}

float TitleScreen::titleBottom() const {
  const float height = static_cast<float>(context().window->getSize().y);
  return height * kTitleTopShare + context().fonts.titleSize() * kTitleLines * titleScale();
}

bool TitleScreen::isAnimating() const {
  return shown_at_ < 0 || layout_settling_ ||
         context().motionProgress(shown_at_, kEntranceSeconds) < 1.f;
}

void TitleScreen::drawBackground() {
  const Palette& colours = palette();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  // Behind every window, and through ImGui like the rest of the screen:
  // drawing them with SFML compiled shaders of their own under Mesa's
  // software OpenGL, which cost the first frame more than all the loading.
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  // Soft shapes in the theme's colours make the screen friendly without
  // competing with the text.
  ImVec4 teal = colours.primary, coral = colours.accent, sand = colours.secondary_active;
  teal.w = 0.10f;
  coral.w = 0.12f;
  sand.w = 0.35f;
  const Bubble bubbles[] = {{0.08f, 0.85f, 0.30f, teal},
                            {0.92f, 0.18f, 0.26f, coral},
                            {0.85f, 0.92f, 0.16f, sand},
                            {0.15f, 0.12f, 0.10f, sand}};
  // The high-contrast theme leaves decoration out: only what carries meaning stays.
  for (const auto& bubble : bubbles) {
    if (highContrastInUse()) break;
    draw->AddCircleFilled(ImVec2(bubble.x * size.x, bubble.y * size.y), bubble.radius * size.y,
                          toU32(bubble.colour), kBubbleSegments);
  }

  const float em = context().fonts.pixelSize() * chromeScale();
  const float appear =
      context().motionProgress(shown_at_ < 0 ? context().now : shown_at_, kEntranceSeconds);
  const float eased = 1.f - (1.f - appear) * (1.f - appear);
  ImFont* font = context().fonts.title();
  const float font_size = context().fonts.titleSize() * titleScale();
  constexpr const char* kName = "Esprit";
  const ImVec2 extent = font->CalcTextSizeA(font_size, FLT_MAX, 0.f, kName);
  // The name stands on the tagline's top with its descenders clear of it:
  // the p of "Esprit" reaches further below than the font's size says.
  const float glyphs_height = (font->Ascent - font->Descent) * font_size / font->FontSize;
  ImVec4 ink = colours.primary;
  ink.w = eased;
  draw->AddText(font, font_size,
                ImVec2(std::round((size.x - extent.x) * 0.5f),
                       std::round(titleBottom() - glyphs_height + (1.f - eased) * em)),
                toU32(ink), kName);
}

void TitleScreen::refreshReviewOffer() {
  Context& shared = context();
  const std::int64_t player = shared.records.player() ? shared.records.player()->id : 0;
  if (review_checked_for_ == player) return;
  review_checked_for_ = player;
  review_offer_.reset();
  if (player == 0 || !shared.packs) return;
  review_offer_ = play::reviewOfferFor(shared.records, *shared.packs,
                                       shared.translations.language(), review::today());
}

std::string TitleScreen::textToRead() {
  const Context& shared = context();
  return "Esprit. " + shared.text("title.tagline") + "\n" + shared.text("title.play") + ". " +
         shared.text("title.settings") + ". " + shared.text("title.editor") + ". " +
         shared.text("title.quit") + ".";
}

void TitleScreen::buildInterface() {
  if (shown_at_ < 0) shown_at_ = context().now;
  drawBackground();
  refreshReviewOffer();
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##title");

  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), titleBottom()));
  const float content_top = ImGui::GetCursorPosY();
  ImGui::PushFont(shared.fonts.bold());
  widgets::centredText(shared.text("title.tagline"), ImGui::GetStyleColorVec4(ImGuiCol_Text),
                       measure.readingWidth());
  ImGui::PopFont();
  const float tagline_height = ImGui::GetCursorPosY() - content_top;

  const std::string play = shared.text("title.play");
  const std::string settings = shared.text("title.settings");
  const std::string quit = shared.text("title.quit");
  const std::string review =
      review_offer_ ? shared.translations.plural("title.review",
                                                 static_cast<long long>(review_offer_->due.size()))
                    : std::string();
  const std::string editor = shared.text("title.editor");
  const float widest = std::max({widgets::buttonWidth(play), widgets::buttonWidth(settings),
                                 widgets::buttonWidth(editor), widgets::buttonWidth(quit)});
  const float available = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  float width = std::min(available, std::max(measure.em * 16.f, widest));
  // With big text on a short window the buttons stand two by two, Play
  // first, so that the player's row and the footer stay on screen.
  const float half = std::min(width, (available - spacing) * 0.5f);
  const bool two_by_two = half >= widest && !oneColumnFits(tagline_height);
  if (two_by_two) width = half;
  // Air under the tagline, when there is room for it.
  if (!two_by_two) ImGui::Dummy(ImVec2(0, measure.em));
  const float row_width = two_by_two ? width * 2.f + spacing : width;
  // After the notice's OK button goes away, the keyboard focus lands on Play
  // rather than on nothing.
  if (focus_play_) {
    ImGui::SetKeyboardFocusHere();
    focus_play_ = false;
  }
  const auto place = [&](int index) {
    if (two_by_two && index % 2 == 1) {
      ImGui::SameLine();
    } else {
      widgets::centreNext(row_width);
    }
  };
  place(0);
  if (widgets::button(play, widgets::ButtonKind::primary, width) || shared.input.confirm) {
    goToPackChooser(shared, stack());
  }
  place(1);
  if (widgets::button(settings, widgets::ButtonKind::secondary, width))
    stack().push(ScreenId::settings);
  place(2);
  if (widgets::button(editor, widgets::ButtonKind::secondary, width))
    stack().push(ScreenId::editor);
  place(3);
  if (widgets::button(quit, widgets::ButtonKind::secondary, width)) shared.quit_requested = true;
  // Coming back for a short review keeps what was learned (DESIGN.md, Review).
  if (buildPlayerRow(shared, stack(), row_width, review) && review_offer_) {
    if (startReviewRound(shared, *review_offer_)) stack().push(ScreenId::play);
    review_checked_for_.reset();
  }

  // A one-off message (a settings file replaced) sits under the buttons, clear of the title.
  if (!shared.notice.empty()) {
    ImGui::Dummy(ImVec2(0, measure.gap()));
    const float notice_width = std::min(ImGui::GetContentRegionAvail().x, measure.readingWidth());
    widgets::centreNext(notice_width);
    widgets::beginCard(notice_width, palette().partial_background, palette().partial);
    widgets::wrappedText(std::string(icon::kWarning) + " " + shared.notice);
    if (widgets::button(shared.text("common.ok"))) {
      focus_play_ = ImGui::GetIO().NavVisible;
      shared.notice.clear();
    }
    widgets::endCard();
  }

  // The footer sits at the bottom when there is room, or after the buttons.
  const std::string footer = shared.text("title.footer");
  const float footer_height =
      ImGui::GetStyle().WindowPadding.y + ImGui::GetTextLineHeightWithSpacing() * 1.2f;
  const float footer_y = ImGui::GetWindowHeight() - footer_height;
  // What must stay on screen under the name: down to the footer's last line
  // when it follows the buttons.
  const float below_title = ImGui::GetCursorPosY() - content_top + footerHeight();
  layout_settling_ = std::abs(below_title - below_title_) > 0.5f;
  below_title_ = below_title;
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + measure.em, footer_y));
  const float footer_width =
      std::min(ImGui::CalcTextSize(footer.c_str()).x, ImGui::GetContentRegionAvail().x);
  widgets::centreNext(footer_width);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + footer_width);
  widgets::mutedText(footer);
  ImGui::PopTextWrapPos();
  // The speaker button sits in the top corner but comes last, so that the
  // keyboard's first stop stays on Play.
  ImGui::SetCursorPos(ImGui::GetStyle().WindowPadding);
  if (readAloudButton(shared)) toggleReading(shared, textToRead(), shared.translations.language());

  // Hosting a class is the teacher's errand, not a player's: it sits in the
  // top corner, out of the column the players use (and last in Tab order).
  const std::string host = shared.text("title.host");
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - widgets::buttonWidth(host),
                             ImGui::GetStyle().WindowPadding.y));
  if (widgets::button(host, widgets::ButtonKind::secondary)) stack().push(ScreenId::host_setup);
  widgets::endScreen();
}

}  // namespace esprit::ui
