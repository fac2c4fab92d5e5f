// What a class session needs of the server its students reach: start it,
// stop it, and the address to show them. The HTTP server itself
// (host/HttpHost.cpp) is a module of its own, opened only when a class game
// starts (host/HttpHostModule.hpp), so that starting Esprit does not load
// cpp-httplib and OpenSSL (~4 ms of every start, bench/run-game).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"
#include "core/classroom/RateLimiter.hpp"

#include <filesystem>
#include <string>

namespace esprit::host {

inline constexpr int kDefaultPort = 8080;
inline constexpr int kPortsToTry = 20;  // 8080 … 8099 when the default is taken

struct HostOptions {
  std::string bind_address = "0.0.0.0";  // every interface
  int port = kDefaultPort;
  bool exact_port = false;  // --port given: that port or fail (0: any free port)
  classroom::RateLimit rate;
  std::filesystem::path asset_directory;  // holds classroom/ and i18n/classroom/
};

class ClassServer {
 public:
  virtual ~ClassServer() = default;

  // Reads the page's files, binds and starts serving on its own threads.
  // The error says which file is missing or which port could not be had.
  virtual Status start() = 0;
  // Ends every stream and stops serving; safe to call twice.
  virtual void stop() = 0;

  virtual int port() const = 0;
  // http://<address students can reach>:<port>/, as printed and shown as a QR code.
  virtual std::string joinAddress() const = 0;
  // The one line the host prints on standard output once it accepts players.
  virtual std::string readyLine() const = 0;
};

}  // namespace esprit::host
