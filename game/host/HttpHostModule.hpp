// Opens the module esprit-http (Esprit's HTTP server with cpp-httplib and,
// through it, OpenSSL) when a class game starts, and makes its server. The
// executable does not link them, so a start of the game does not pay for
// loading them (see host/ClassServer.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"
#include "core/classroom/ClassGame.hpp"
#include "host/ClassServer.hpp"
#include "host/PictureCache.hpp"

#include <filesystem>
#include <memory>

namespace esprit::host {

// The module's file name and its one entry point, as both sides name them.
inline constexpr const char* kHttpModuleFile = "esprit-http.so";
inline constexpr const char* kMakeHttpHostSymbol = "esprit_make_http_host";
using MakeHttpHost = ClassServer* (*)(classroom::ClassGame*, PictureCache*, const HostOptions*);

// A server for this game, not started yet. The error names the module's file
// and says what to do when it is missing or broken.
Result<std::unique_ptr<ClassServer>> makeHttpHost(classroom::ClassGame& game,
                                                  PictureCache& pictures,
                                                  const HostOptions& options);

}  // namespace esprit::host
