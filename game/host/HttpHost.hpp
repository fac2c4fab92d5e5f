// The class game over HTTP: a thin adapter from cpp-httplib requests to
// ClassGame calls, Server-Sent Events for the students' streams, the
// student's page from assets/classroom/, and the scenario pictures. Rules
// live in core/classroom; nothing here decides who may answer what.
//
//   [X] POST /api/join, /api/answer, /api/host/next, /api/host/end, /api/host/remove
//   [X] GET /api/host/state?host=, GET /api/events?player= (SSE, Last-Event-ID or ?last=;
//       ?once=1 for one event), GET /api/info, GET /api/player?player=
//   [X] GET /, /app.js, /style.css, /i18n.json?lang=, /scenario.png?game=&index=&w=
//   [X] 413 past 4 KB, 429 past the per-address rate, JSON errors everywhere
//   [X] Two live streams per player (two tabs); a third closes the oldest
//   [X] Port: the one asked for, or 8080 and the next free ones
//   [ ] HTTPS: a class LAN has no certificate to offer; nothing secret but
//       the tokens travels, and they are worthless after the game
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classroom/ClassGame.hpp"
#include "host/ClassServer.hpp"
#include "host/PictureCache.hpp"

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace esprit::host {

// Built into the module esprit-http (host/CMakeLists.txt), which makes one
// through esprit_make_http_host() for host/HttpHostModule.cpp.
class HttpHost final : public ClassServer {
 public:
  HttpHost(classroom::ClassGame& game, PictureCache& pictures, HostOptions options);
  ~HttpHost() override;
  HttpHost(const HttpHost&) = delete;
  HttpHost& operator=(const HttpHost&) = delete;

  Status start() override;
  void stop() override;
  int port() const override { return port_; }
  std::string joinAddress() const override;
  std::string readyLine() const override;

 private:
  void route();
  Status loadFiles();
  bool streamStillWanted(const std::string& token, std::uint64_t generation);

  classroom::ClassGame* game_;
  PictureCache* pictures_;
  HostOptions options_;
  classroom::RateLimiter limiter_;
  std::unique_ptr<httplib::Server> server_;
  std::thread listener_;
  int port_ = 0;
  std::atomic<int> listen_socket_{-1};
  std::atomic<bool> listening_{false};
  std::atomic<bool> stopping_{false};
  std::map<std::string, std::string> files_;      // served path → contents
  std::map<std::string, std::string> languages_;  // "fr" → i18n JSON text
  std::mutex streams_mutex_;
  std::uint64_t stream_count_ = 0;
  // The live streams of each player (by token), oldest first.
  std::map<std::string, std::vector<std::uint64_t>, std::less<>> live_streams_;
};

// The address students' devices can reach: `bind` itself unless it is every
// interface, else this machine's first private IPv4 address (127.0.0.1 when
// it has none).
std::string reachableAddress(const std::string& bind);

}  // namespace esprit::host
