// `esprit host PACK` with a window: the game's window opens straight on the
// class game's lobby, hosting the session the command line describes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/play/PackLibrary.hpp"
#include "host/ClassSession.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <utility>

namespace esprit::ui {

struct HostWindowRequest {
  host::ClassSessionOptions session;
  std::filesystem::path pack_folder;
  std::optional<std::pair<unsigned, unsigned>> window_size;
  std::unique_ptr<play::PackLibrary> library;  // keeps the pack's entry alive
};

int runHostWindow(HostWindowRequest request);

// True once SIGTERM or SIGINT asked `esprit host` to stop: the window then
// quits as if closed, so the session stops cleanly (exit code 0).
bool hostStopRequested();

}  // namespace esprit::ui
