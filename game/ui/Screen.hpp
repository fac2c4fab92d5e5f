// One screen of the game (a "State" in the SFML Game Development book's
// model): it draws behind ImGui with SFML if it wants, builds its ImGui
// interface, and asks the ScreenStack to push or pop screens.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>

namespace esprit::ui {

struct Context;
class ScreenStack;

enum class ScreenId {
  title,
  pack_chooser,
  play,
  feedback,
  results,
  settings,
  editor,
  players,
  history,
  resume,
  class_report,
  kiosk_staff_pin,   // library kiosk: the staff PIN pad
  kiosk_staff_menu,  // library kiosk: quit, reload packs, usage figures
  host_setup,        // a live class game (game/ui/host)
  host_game,
};

class Screen {
 public:
  Screen(ScreenStack& stack, Context& context) : stack_(&stack), context_(&context) {}
  virtual ~Screen() = default;
  Screen(const Screen&) = delete;
  Screen& operator=(const Screen&) = delete;

  // Called every loop turn, also while idle; returns true when the screen
  // needs a new frame (a pack appeared on disk, a timer ran out).
  virtual bool update() { return false; }
  // SFML drawing under the interface (decorations, big title).
  virtual void drawBackground(sf::RenderTarget&) {}
  // ImGui calls for this frame.
  virtual void buildInterface() = 0;
  // True while something moves, so the loop keeps drawing frames.
  virtual bool isAnimating() const { return false; }
  // Called when the screen becomes the top one again after others were popped.
  virtual void onRevealed() {}
  // The window's close button was pressed. A screen holding unsaved work
  // returns false, asks the player, and quits itself through the Context.
  virtual bool allowsClosing() { return true; }
  // What read-aloud says on this screen (its speaker button and the R key);
  // empty on screens with nothing to read.
  virtual std::string textToRead() { return {}; }

 protected:
  ScreenStack& stack() { return *stack_; }
  Context& context() { return *context_; }
  const Context& context() const { return *context_; }

 private:
  ScreenStack* stack_;
  Context* context_;
};

// The base of a screen that fills the place `Id` in the stack. The place is
// part of the screen's declaration, so ScreenStack::registerScreens reads it
// from the type and no list pairs screens with places by hand.
template <ScreenId Id>
class ScreenWithId : public Screen {
 public:
  static constexpr ScreenId kId = Id;
  using Screen::Screen;
};

}  // namespace esprit::ui
