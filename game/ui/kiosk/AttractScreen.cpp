// The attract screen: title, invitation, a slowly changing example, languages.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/AttractScreen.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/kiosk/KioskMode.hpp"
#include "ui/kiosk/KioskWidgets.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>

namespace esprit::ui {
namespace {

// The title: its size in text heights, and where it starts as a share of
// the window's height.
struct TitleLayout {
  float ems = 3.6f;
  float top_share = 0.04f;
};
constexpr TitleLayout kTitle;

// The example under the invitation.
struct ExampleLayout {
  // Slow enough to read a post; each change costs one frame (about 20 ms of
  // CPU under Mesa at 1920x1080), four a minute stay well inside the budget.
  double seconds = 15.0;
  float width_ems = 24.f;
  float text_share = 0.8f;
};
constexpr ExampleLayout kExample;

}  // namespace

AttractScreen::AttractScreen(ScreenStack& stack, Context& context) : ScreenWithId(stack, context) {
  example_since_ = context.now;
  // Nothing of the last visitor's round stays, and nothing is offered back.
  context.round.reset();
}

void AttractScreen::onRevealed() {
  // Back from a round or the staff pad: nothing of the last visitor stays.
  context().round.reset();
  pressed_here_ = false;
  no_round_ = false;
}

bool AttractScreen::update() {
  const KioskMode* kiosk = context().kiosk;
  if (kiosk == nullptr) return false;
  if (kiosk->offerGeneration() != offer_seen_) {
    offer_seen_ = kiosk->offerGeneration();
    example_ = 0;
    example_since_ = context().now;
    return true;
  }
  if (kiosk->examples().size() > 1 && context().now - example_since_ >= kExample.seconds) {
    example_ = (example_ + 1) % kiosk->examples().size();
    example_since_ = context().now;
    return true;
  }
  return false;
}

float AttractScreen::titleBottom() const {
  const float em = context().fonts.pixelSize() * chromeScale();
  const float height = static_cast<float>(context().window->getSize().y);
  return height * kTitle.top_share + em * kTitle.ems * 1.3f;
}

void AttractScreen::drawBackground(sf::RenderTarget& target) {
  const Palette& colours = palette();
  const sf::Vector2f size(target.getSize());
  ImVec4 teal = colours.primary, coral = colours.accent;
  teal.w = 0.10f;
  coral.w = 0.12f;
  const struct {
    float x, y, radius;
    ImVec4 colour;
  } bubbles[] = {{0.06f, 0.80f, 0.28f, teal}, {0.95f, 0.22f, 0.24f, coral}};
  for (const auto& bubble : bubbles) {
    sf::CircleShape circle(bubble.radius * size.y, 90);
    circle.setOrigin(circle.getRadius(), circle.getRadius());
    circle.setPosition(bubble.x * size.x, bubble.y * size.y);
    circle.setFillColor(toSfml(bubble.colour));
    target.draw(circle);
  }
  const float em = context().fonts.pixelSize() * chromeScale();
  sf::Text title("Esprit", context().fonts.boldSfml(), static_cast<unsigned>(em * kTitle.ems));
  const auto bounds = title.getLocalBounds();
  title.setOrigin(bounds.left + bounds.width * 0.5f, 0);
  title.setPosition(std::round(size.x * 0.5f), std::round(size.y * kTitle.top_share));
  title.setFillColor(toSfml(colours.primary));
  target.draw(title);
}

void AttractScreen::buildExample(float width, float height) {
  Context& shared = context();
  const auto& examples = shared.kiosk->examples();
  if (examples.empty() || height <= 0) return;
  const auto& example = examples[example_ % examples.size()];
  const Pack& pack = *example.pack->result.pack;
  shared.media.usePack(pack.folder);
  const std::string caption = shared.text("kiosk.example_caption");
  widgets::centreNext(std::min(width, ImGui::CalcTextSize(caption.c_str()).x));
  widgets::mutedText(caption);
  const float left = ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) * 0.5f;
  ImGui::SetCursorPosX(left);
  // Only what fits is shown: the example is a glimpse, not something to read to the end.
  ImGui::BeginChild("##example", ImVec2(width, height - ImGui::GetTextLineHeightWithSpacing()),
                    false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav);
  // A little smaller than in a round, so more of the example shows.
  ScenarioStyle style = shared.scenarioStyle();
  style.text_size = std::round(style.text_size * kExample.text_share);
  example_view_.prepare(pack.scenarios[example.scenario], width, style, shared.media);
  const ImVec2 top = example_view_.show();
  // Where the example is cut, it fades into the page rather than stopping dead.
  const ImVec2 window_end(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                          ImGui::GetWindowPos().y + ImGui::GetWindowSize().y);
  if (top.y + example_view_.size().y > window_end.y) {
    ImVec4 clear = palette().background;
    clear.w = 0.f;
    const ImU32 solid = toU32(palette().background);
    ImGui::GetWindowDrawList()->AddRectFilledMultiColor(
        ImVec2(top.x, window_end.y - metrics().em * 3.f), ImVec2(top.x + width, window_end.y),
        toU32(clear), toU32(clear), solid, solid);
  }
  ImGui::EndChild();
}

void AttractScreen::buildLanguages() {
  Context& shared = context();
  KioskMode& kiosk = *shared.kiosk;
  const auto& languages = kiosk.languages();
  if (languages.size() < 2) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  float total = 0;
  std::vector<std::string> names;
  for (const auto& language : languages) {
    names.push_back(kiosk.languageButtonName(language));
    total += widgets::buttonWidth(names.back()) + style.ItemSpacing.x;
  }
  widgets::centreNext(total - style.ItemSpacing.x);
  for (std::size_t index = 0; index < languages.size(); ++index) {
    if (index > 0) ImGui::SameLine();
    ImGui::PushID(static_cast<int>(index));
    const bool current = shared.settings.language == languages[index];
    if (kiosk_widgets::button(
            shared, names[index],
            current ? widgets::ButtonKind::primary : widgets::ButtonKind::secondary,
            widgets::buttonWidth(names[index]))) {
      kiosk.chooseLanguage(shared, languages[index]);
    }
    ImGui::PopID();
  }
}

void AttractScreen::buildInterface() {
  Context& shared = context();
  if (shared.kiosk == nullptr) return;
  KioskMode& kiosk = *shared.kiosk;
  const Metrics measure = metrics();
  widgets::beginScreen("##attract");

  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), titleBottom()));
  const std::string invitation =
      kiosk.offered().empty() || no_round_
          ? shared.text("kiosk.no_packs")
          : shared.translations.plural("kiosk.invitation",
                                       static_cast<long long>(kiosk.config().round_length));
  ImGui::PushFont(shared.fonts.heading());
  widgets::centredText(invitation, palette().text, measure.readingWidth());
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, measure.gap()));

  // The bottom rows: a word for the staff when kiosk.json has mistakes, the languages.
  const bool config_trouble = !kiosk.configLoad().problems.empty();
  const float bottom_rows = kiosk_widgets::buttonHeight(shared) + measure.gap() * 2.f +
                            (config_trouble ? ImGui::GetTextLineHeightWithSpacing() * 2.f : 0.f);
  const float example_height =
      ImGui::GetContentRegionAvail().y - bottom_rows - ImGui::GetStyle().WindowPadding.y;
  const float example_width =
      std::min(ImGui::GetContentRegionAvail().x, measure.em * kExample.width_ems);
  buildExample(example_width, example_height);

  ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - bottom_rows +
                       measure.gap());
  if (config_trouble) {
    widgets::centredText(std::string(icon::kWarning) + " " + shared.text("kiosk.config_problem"),
                         palette().partial);
  }
  buildLanguages();

  // One tap anywhere but on a language button starts a round, on release,
  // so that a staff member's long hold on the corner starts nothing.
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) pressed_here_ = !ImGui::IsAnyItemHovered();
  const bool tapped =
      pressed_here_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered();
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) pressed_here_ = false;
  if (tapped || shared.input.confirm) {
    no_round_ = !kiosk.startRound(shared, stack());
  }
  widgets::endScreen();
}

}  // namespace esprit::ui
