// The class game the window is hosting, kept in the Context while the host
// screens are open: the session (HTTP server, rules, records) and the
// painter that draws its scenarios for the phones with the window's OpenGL.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"
#include "host/ClassSession.hpp"
#include "ui/host/SfmlScenarioPainter.hpp"

#include <memory>
#include <string>

namespace esprit::ui {

struct Context;

struct ClassHosting {
  std::unique_ptr<SfmlScenarioPainter> painter;  // before the session: it outlives it
  std::unique_ptr<host::ClassSession> session;
  std::string join_address;
  std::string qr_text;  // the join address with the code, for the QR code
};

// Starts hosting: a painter for the pack, the session, and the ready line on
// standard output. The error is a sentence for the teacher.
Result<std::shared_ptr<ClassHosting>> startHosting(host::ClassSessionOptions options,
                                                   const std::filesystem::path& pack_folder,
                                                   const std::string& pack_language);

}  // namespace esprit::ui
