// SFML events to ImGui 1.86 input (key map, text, mouse, touch, focus,
// gamepad), plus the cursor and clipboard ImGui asks for. See ImGuiSfml.hpp
// for the checklist.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imgui/ImGuiSfml.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Cursor.hpp>
#include <SFML/Window/Joystick.hpp>

#include <algorithm>
#include <array>
#include <cfloat>
#include <deque>
#include <memory>
#include <string>

namespace esprit::ui::imgui_sfml {
namespace {

constexpr int kMouseButtons = 5;

// A press or release of a mouse button (or the first finger), as it came.
struct ButtonChange {
  int button = 0;
  bool down = false;
  ImVec2 position;
  bool touch = false;
};

// The gamepad buttons ImGui takes (Xbox names; PlayStation cross and circle
// are the same first two buttons on Linux).
constexpr unsigned kButtonA = 0;
constexpr unsigned kButtonB = 1;
// Stick and D-pad positions run from -100 to 100; past this a direction counts as pushed.
constexpr float kDirectionThreshold = 50.f;
// Below this the stick is at rest (worn sticks never quite return to 0).
constexpr float kStickDeadZone = 25.f;

struct Gamepad {
  bool connected = false;
  std::array<bool, sf::Joystick::ButtonCount> buttons{};
  std::array<float, sf::Joystick::AxisCount> axes{};
};

struct PlatformData {
  sf::RenderWindow* window = nullptr;
  std::array<std::unique_ptr<sf::Cursor>, ImGuiMouseCursor_COUNT> cursors;
  ImGuiMouseCursor shown_cursor = ImGuiMouseCursor_COUNT;  // none shown yet
  std::string clipboard;  // ImGui keeps the pointer until the next call
  bool touch_active = false;
  int pending_tab_moves = 0;  // +1 per Tab, -1 per Shift+Tab, applied at the next frame
  // Frames left before a lifted finger stops pointing: ImGui must first see
  // the release where the finger was, then nothing stays "hovered".
  int frames_until_finger_lifts = 0;
  // Buttons that already changed since ImGui last read them, and the
  // changes held back behind them until ImGui has seen those (short taps).
  std::array<bool, kMouseButtons> changed_unseen{};
  std::deque<ButtonChange> held_changes;
  std::array<Gamepad, sf::Joystick::Count> gamepads;
  // A direction whose press only revealed the focus: ignored until let go.
  bool swallow_direction = false;
};

PlatformData* platform() {
  return ImGui::GetCurrentContext()
             ? static_cast<PlatformData*>(ImGui::GetIO().BackendPlatformUserData)
             : nullptr;
}

const char* readClipboard(void* user_data) {
  auto* data = static_cast<PlatformData*>(user_data);
  const auto utf8 = sf::Clipboard::getString().toUtf8();
  data->clipboard.assign(utf8.begin(), utf8.end());
  return data->clipboard.c_str();
}

void writeClipboard(void*, const char* text) {
  sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::char_traits<char>::length(text)));
}

void loadCursor(PlatformData& data, ImGuiMouseCursor imgui_cursor, sf::Cursor::Type system_cursor) {
  auto cursor = std::make_unique<sf::Cursor>();
  // A system without this shape keeps the arrow; nothing else to do.
  if (cursor->loadFromSystem(system_cursor)) data.cursors[imgui_cursor] = std::move(cursor);
}

void mapKeys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
  io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
  io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
  io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
  io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
  io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
  io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
  io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
  io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
  io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
  io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
  io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
  io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
  io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
  // SFML does not tell the keypad's Enter apart from the main one.
  io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
  io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
  io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
  io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
  io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
  io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

int mouseButtonIndex(sf::Mouse::Button button) {
  switch (button) {
    case sf::Mouse::Left:
      return 0;
    case sf::Mouse::Right:
      return 1;
    case sf::Mouse::Middle:
      return 2;
    case sf::Mouse::XButton1:
      return 3;
    case sf::Mouse::XButton2:
      return 4;
    default:
      return -1;
  }
}

void setModifiers(ImGuiIO& io, const sf::Event::KeyEvent& key) {
  io.KeyCtrl = key.control;
  io.KeyShift = key.shift;
  io.KeyAlt = key.alt;
  io.KeySuper = key.system;
}

bool movesFocus(int key) {
  return key == sf::Keyboard::Tab || key == sf::Keyboard::Up || key == sf::Keyboard::Down ||
         key == sf::Keyboard::Left || key == sf::Keyboard::Right;
}

// The first Tab or arrow after using the mouse (or on a new screen) only
// shows where the focus is; moving it at once would skip the first button.
bool revealFocusInstead(const ImGuiIO& io, int key) {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!(io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) || io.WantTextInput ||
      !movesFocus(key))
    return false;
  if (io.NavVisible || context->NavId == 0) return false;
  context->NavDisableHighlight = false;
  return true;
}

void applyButton(PlatformData& data, ImGuiIO& io, const ButtonChange& change) {
  io.MousePos = change.position;
  io.MouseDown[change.button] = change.down;
  if (change.touch) {
    data.touch_active = change.down;
    if (!change.down) data.frames_until_finger_lifts = 2;
  }
}

// Applies the change now, unless ImGui has not yet seen an earlier change
// of the same button, or changes are already waiting: then it waits its turn.
void changeButton(PlatformData& data, ImGuiIO& io, const ButtonChange& change) {
  if (!data.held_changes.empty() || data.changed_unseen[change.button]) {
    data.held_changes.push_back(change);
    return;
  }
  applyButton(data, io, change);
  data.changed_unseen[change.button] = true;
}

// At a new frame: held changes go to ImGui, one per button, then every
// button counts as seen.
void releaseHeldChanges(PlatformData& data, ImGuiIO& io) {
  std::array<bool, kMouseButtons> applied{};
  while (!data.held_changes.empty()) {
    const ButtonChange& change = data.held_changes.front();
    if (data.changed_unseen[change.button] || applied[change.button]) break;
    applyButton(data, io, change);
    applied[change.button] = true;
    data.held_changes.pop_front();
  }
  data.changed_unseen.fill(false);
}

void releaseEverything(PlatformData& data, ImGuiIO& io) {
  data.held_changes.clear();
  for (auto& down : io.MouseDown) down = false;
  io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
}

void applyCursor(PlatformData& data) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) return;
  const ImGuiMouseCursor wanted =
      io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (wanted == data.shown_cursor) return;
  data.shown_cursor = wanted;
  if (wanted == ImGuiMouseCursor_None) {
    data.window->setMouseCursorVisible(false);
    return;
  }
  data.window->setMouseCursorVisible(true);
  const auto& cursor =
      data.cursors[wanted] ? data.cursors[wanted] : data.cursors[ImGuiMouseCursor_Arrow];
  if (cursor) data.window->setMouseCursor(*cursor);
}

bool anyGamepad(const PlatformData& data) {
  for (const auto& pad : data.gamepads)
    if (pad.connected) return true;
  return false;
}

// The strongest push in one direction over every pad, 0 to 1.
struct Directions {
  float left = 0, right = 0, up = 0, down = 0;  // D-pad
  float stick_left = 0, stick_right = 0, stick_up = 0, stick_down = 0;
  bool any() const {
    return left + right + up + down + stick_left + stick_right + stick_up + stick_down > 0;
  }
};

Directions readDirections(const PlatformData& data) {
  Directions directions;
  auto push = [](float value) { return value >= kDirectionThreshold ? 1.f : 0.f; };
  auto analog = [](float value) {
    return value <= kStickDeadZone
               ? 0.f
               : std::min(1.f, (value - kStickDeadZone) / (100.f - kStickDeadZone));
  };
  for (const auto& pad : data.gamepads) {
    if (!pad.connected) continue;
    const float pov_x = pad.axes[sf::Joystick::PovX];
    const float pov_y = pad.axes[sf::Joystick::PovY];
    const float stick_x = pad.axes[sf::Joystick::X];
    const float stick_y = pad.axes[sf::Joystick::Y];
    directions.left = std::max(directions.left, push(-pov_x));
    directions.right = std::max(directions.right, push(pov_x));
    // SFML passes Linux's hat value on as it is: negative is up, like the stick.
    directions.up = std::max(directions.up, push(-pov_y));
    directions.down = std::max(directions.down, push(pov_y));
    directions.stick_left = std::max(directions.stick_left, analog(-stick_x));
    directions.stick_right = std::max(directions.stick_right, analog(stick_x));
    directions.stick_up = std::max(directions.stick_up, analog(-stick_y));
    directions.stick_down = std::max(directions.stick_down, analog(stick_y));
  }
  return directions;
}

bool buttonHeld(const PlatformData& data, unsigned button) {
  for (const auto& pad : data.gamepads)
    if (pad.connected && pad.buttons[button]) return true;
  return false;
}

void followGamepadPlugging(PlatformData& data) {
  ImGuiIO& io = ImGui::GetIO();
  if (anyGamepad(data))
    io.BackendFlags |= ImGuiBackendFlags_HasGamepad;
  else
    io.BackendFlags &= ~ImGuiBackendFlags_HasGamepad;
}

// The first push while the focus is hidden shows it, like the keyboard's first arrow.
bool revealFocusForGamepad(PlatformData& data) {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (ImGui::GetIO().NavVisible || context->NavId == 0) return false;
  context->NavDisableHighlight = false;
  data.swallow_direction = true;
  return true;
}

bool processJoystickEvent(PlatformData& data, const sf::Event& event) {
  switch (event.type) {
    case sf::Event::JoystickConnected:
    case sf::Event::JoystickDisconnected: {
      const unsigned id = event.joystickConnect.joystickId;
      if (id >= data.gamepads.size()) return false;
      data.gamepads[id] = Gamepad{};
      data.gamepads[id].connected = event.type == sf::Event::JoystickConnected;
      followGamepadPlugging(data);
      return false;
    }
    case sf::Event::JoystickButtonPressed:
    case sf::Event::JoystickButtonReleased: {
      const auto& button = event.joystickButton;
      if (button.joystickId >= data.gamepads.size() || button.button >= sf::Joystick::ButtonCount)
        return false;
      Gamepad& pad = data.gamepads[button.joystickId];
      // A pad already plugged in when the game started sends no connection event.
      if (!pad.connected) {
        pad.connected = true;
        followGamepadPlugging(data);
      }
      pad.buttons[button.button] = event.type == sf::Event::JoystickButtonPressed;
      return button.button == kButtonA || button.button == kButtonB;
    }
    case sf::Event::JoystickMoved: {
      const auto& move = event.joystickMove;
      if (move.joystickId >= data.gamepads.size()) return false;
      Gamepad& pad = data.gamepads[move.joystickId];
      if (!pad.connected) {
        pad.connected = true;
        followGamepadPlugging(data);
      }
      const bool was_pushed = readDirections(data).any();
      pad.axes[move.axis] = move.position;
      const bool pushed = readDirections(data).any();
      if (!pushed) data.swallow_direction = false;
      if (pushed && !was_pushed) revealFocusForGamepad(data);
      return true;
    }
    default:
      return false;
  }
}

void feedGamepad(PlatformData& data, ImGuiIO& io) {
  if (!anyGamepad(data)) return;
  if (!data.swallow_direction) {
    const Directions directions = readDirections(data);
    io.NavInputs[ImGuiNavInput_DpadLeft] = directions.left;
    io.NavInputs[ImGuiNavInput_DpadRight] = directions.right;
    io.NavInputs[ImGuiNavInput_DpadUp] = directions.up;
    io.NavInputs[ImGuiNavInput_DpadDown] = directions.down;
    // ImGui scrolls with the stick; moving the focus with it is what players expect.
    io.NavInputs[ImGuiNavInput_DpadLeft] =
        std::max(io.NavInputs[ImGuiNavInput_DpadLeft], directions.stick_left > 0.5f ? 1.f : 0.f);
    io.NavInputs[ImGuiNavInput_DpadRight] =
        std::max(io.NavInputs[ImGuiNavInput_DpadRight], directions.stick_right > 0.5f ? 1.f : 0.f);
    io.NavInputs[ImGuiNavInput_DpadUp] =
        std::max(io.NavInputs[ImGuiNavInput_DpadUp], directions.stick_up > 0.5f ? 1.f : 0.f);
    io.NavInputs[ImGuiNavInput_DpadDown] =
        std::max(io.NavInputs[ImGuiNavInput_DpadDown], directions.stick_down > 0.5f ? 1.f : 0.f);
  }
  // A presses the focused widget only while the focus shows; otherwise the
  // game reads it as "confirm", as it does Enter.
  if (io.NavVisible && buttonHeld(data, kButtonA)) io.NavInputs[ImGuiNavInput_Activate] = 1.f;
  if (buttonHeld(data, kButtonB)) io.NavInputs[ImGuiNavInput_Cancel] = 1.f;
}

}  // namespace

bool GamepadHeld() {
  PlatformData* data = platform();
  if (data == nullptr || !anyGamepad(*data)) return false;
  return readDirections(*data).any() || buttonHeld(*data, kButtonA) || buttonHeld(*data, kButtonB);
}

bool Init(sf::RenderWindow& window) {
  ImGuiIO& io = ImGui::GetIO();
  IM_ASSERT(io.BackendPlatformUserData == nullptr &&
            "imgui_sfml::Init called twice; call Shutdown first");
  auto* data = new PlatformData();
  data->window = &window;
  io.BackendPlatformUserData = data;
  io.BackendPlatformName = "esprit_imgui_sfml";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
  mapKeys(io);
  io.SetClipboardTextFn = writeClipboard;
  io.GetClipboardTextFn = readClipboard;
  io.ClipboardUserData = data;

  loadCursor(*data, ImGuiMouseCursor_Arrow, sf::Cursor::Arrow);
  loadCursor(*data, ImGuiMouseCursor_TextInput, sf::Cursor::Text);
  loadCursor(*data, ImGuiMouseCursor_ResizeAll, sf::Cursor::SizeAll);
  loadCursor(*data, ImGuiMouseCursor_ResizeNS, sf::Cursor::SizeVertical);
  loadCursor(*data, ImGuiMouseCursor_ResizeEW, sf::Cursor::SizeHorizontal);
  loadCursor(*data, ImGuiMouseCursor_ResizeNESW, sf::Cursor::SizeBottomLeftTopRight);
  loadCursor(*data, ImGuiMouseCursor_ResizeNWSE, sf::Cursor::SizeTopLeftBottomRight);
  loadCursor(*data, ImGuiMouseCursor_Hand, sf::Cursor::Hand);
  loadCursor(*data, ImGuiMouseCursor_NotAllowed, sf::Cursor::NotAllowed);
  return true;
}

bool ProcessEvent(const sf::Event& event) {
  PlatformData* data = platform();
  IM_ASSERT(data != nullptr && "imgui_sfml::ProcessEvent called before Init");
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
      const bool down = event.type == sf::Event::KeyPressed;
      const int key = event.key.code;
      if (down && revealFocusInstead(io, key)) {
        setModifiers(io, event.key);
        return true;
      }
      if (key == sf::Keyboard::Tab && (io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) &&
          !io.WantTextInput) {
        // ImGui 1.86's own Tab reaches text fields only; players expect it to
        // walk through every button, so it moves the focus like the arrows.
        if (down) data->pending_tab_moves += event.key.shift ? -1 : 1;
        setModifiers(io, event.key);
        return true;
      }
      if (key >= 0 && key < static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) io.KeysDown[key] = down;
      setModifiers(io, event.key);
      return io.WantCaptureKeyboard;
    }
    case sf::Event::TextEntered:
      // Control characters (backspace, enter, tab) arrive as KeyPressed too;
      // taking them here as well would type them twice.
      if (event.text.unicode >= ' ' && event.text.unicode != 127)
        io.AddInputCharacter(event.text.unicode);
      return io.WantTextInput;
    case sf::Event::MouseMoved:
      if (!data->touch_active) {
        io.MousePos =
            ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
      }
      return io.WantCaptureMouse;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
      const int button = mouseButtonIndex(event.mouseButton.button);
      const ImVec2 position(static_cast<float>(event.mouseButton.x),
                            static_cast<float>(event.mouseButton.y));
      if (button >= 0) {
        changeButton(*data, io,
                     ButtonChange{button, event.type == sf::Event::MouseButtonPressed, position});
      } else {
        io.MousePos = position;
      }
      return io.WantCaptureMouse;
    }
    case sf::Event::MouseWheelScrolled:
      if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) {
        io.MouseWheel += event.mouseWheelScroll.delta;
      } else {
        io.MouseWheelH += event.mouseWheelScroll.delta;
      }
      return io.WantCaptureMouse;
    case sf::Event::MouseLeft:
      if (!data->touch_active) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      return false;
    case sf::Event::TouchBegan:
    case sf::Event::TouchMoved:
    case sf::Event::TouchEnded:
      // Only the first finger points; a second one would fight it.
      if (event.touch.finger != 0) return false;
      {
        const ImVec2 position(static_cast<float>(event.touch.x), static_cast<float>(event.touch.y));
        if (event.type == sf::Event::TouchMoved) {
          if (data->held_changes.empty()) io.MousePos = position;
        } else {
          changeButton(*data, io,
                       ButtonChange{0, event.type == sf::Event::TouchBegan, position, true});
        }
      }
      return io.WantCaptureMouse;
    case sf::Event::LostFocus:
      releaseEverything(*data, io);
      io.AddFocusEvent(false);
      return false;
    case sf::Event::GainedFocus:
      io.AddFocusEvent(true);
      return false;
    case sf::Event::JoystickConnected:
    case sf::Event::JoystickDisconnected:
    case sf::Event::JoystickButtonPressed:
    case sf::Event::JoystickButtonReleased:
    case sf::Event::JoystickMoved:
      return processJoystickEvent(*data, event);
    default:
      return false;
  }
}

void NewFrame(sf::RenderWindow& window, float delta_seconds) {
  PlatformData* data = platform();
  IM_ASSERT(data != nullptr && "imgui_sfml::NewFrame called before Init");
  data->window = &window;
  ImGuiIO& io = ImGui::GetIO();
  const auto size = window.getSize();
  io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
  io.DisplayFramebufferScale = ImVec2(1.f, 1.f);
  // ImGui refuses a zero time step; a frame drawn at once after another gets the smallest one.
  io.DeltaTime = delta_seconds > 0.f ? delta_seconds : 1.f / 1000.f;
  // ImGui 1.86 activates the focused widget with Space only; players (and
  // the issue) expect Enter to do the same.
  if ((io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) && io.KeysDown[sf::Keyboard::Enter]) {
    io.NavInputs[ImGuiNavInput_Activate] = 1.f;
  }
  releaseHeldChanges(*data, io);
  if (data->frames_until_finger_lifts > 0 && --data->frames_until_finger_lifts == 0 &&
      !data->touch_active) {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  }
  feedGamepad(*data, io);
  if (data->pending_tab_moves != 0) {
    io.NavInputs[data->pending_tab_moves > 0 ? ImGuiNavInput_KeyDown_ : ImGuiNavInput_KeyUp_] = 1.f;
    data->pending_tab_moves = 0;
  }
  applyCursor(*data);
}

void Shutdown() {
  PlatformData* data = platform();
  if (data == nullptr) return;
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformUserData = nullptr;
  io.BackendPlatformName = nullptr;
  io.ClipboardUserData = nullptr;
  io.SetClipboardTextFn = nullptr;
  io.GetClipboardTextFn = nullptr;
  delete data;
}

}  // namespace esprit::ui::imgui_sfml
