// Routes, event streams and static files of the class game's HTTP side.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/HttpHost.hpp"

#include "host/HttpHostModule.hpp"
#include "host/WorkerPool.hpp"

#include <httplib.h>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <type_traits>

namespace esprit::host {
namespace {

// A stream says something at least this often, so a dead connection is
// noticed (the write fails) and proxies keep it open.
constexpr auto kHeartbeat = std::chrono::seconds(15);
// How often a waiting stream checks whether it has been replaced.
constexpr auto kStreamCheck = std::chrono::seconds(2);
// Browsers retry a dropped stream after this long (the page adds its own
// reconnect for old ones that do not).
constexpr int kRetryMilliseconds = 2000;
constexpr int kListenBacklog = 512;  // a whole class connecting in the same second
// Two tabs of one student both stay live; a third stream closes the oldest.
constexpr std::size_t kStreamsPerPlayer = 2;

const char* const kPageFiles[][3] = {
    {"/", "index.html", "text/html; charset=utf-8"},
    {"/app.js", "app.js", "application/javascript; charset=utf-8"},
    {"/style.css", "style.css", "text/css; charset=utf-8"},
};
const char* const kPageLanguages[] = {"en", "fr", "nl", "de"};

std::optional<std::string> readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void sendJson(httplib::Response& response, const classroom::Reply& reply) {
  response.status = reply.status;
  response.set_header("Cache-Control", "no-store");
  response.set_content(reply.body.dump(), "application/json");
}

void sendError(httplib::Response& response, int status, const std::string& message) {
  sendJson(response, classroom::errorReply(status, message));
}

bool isPrivateAddress(std::uint32_t host_order) {
  return (host_order >> 24) == 10 || (host_order >> 20) == (172u << 4 | 1) ||
         (host_order >> 16) == (192u << 8 | 168);
}

}  // namespace

std::string reachableAddress(const std::string& bind) {
  if (bind != "0.0.0.0" && bind != "::" && !bind.empty()) return bind;
  ifaddrs* interfaces = nullptr;
  if (getifaddrs(&interfaces) != 0) return "127.0.0.1";
  std::string private_address, other_address;
  for (const ifaddrs* item = interfaces; item != nullptr; item = item->ifa_next) {
    if (item->ifa_addr == nullptr || item->ifa_addr->sa_family != AF_INET) continue;
    const auto* address = reinterpret_cast<const sockaddr_in*>(item->ifa_addr);
    const std::uint32_t host_order = ntohl(address->sin_addr.s_addr);
    if ((host_order >> 24) == 127) continue;
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address->sin_addr, text, sizeof text);
    if (isPrivateAddress(host_order) && private_address.empty()) private_address = text;
    if (other_address.empty()) other_address = text;
  }
  freeifaddrs(interfaces);
  if (!private_address.empty()) return private_address;
  return other_address.empty() ? "127.0.0.1" : other_address;
}

HttpHost::HttpHost(classroom::ClassGame& game, PictureCache& pictures, HostOptions options)
    : game_(&game), pictures_(&pictures), options_(std::move(options)), limiter_(options_.rate) {}

HttpHost::~HttpHost() { stop(); }

Status HttpHost::loadFiles() {
  const auto page = options_.asset_directory / "classroom";
  for (const auto& file : kPageFiles) {
    auto text = readFile(page / file[1]);
    if (!text) {
      return Error{ErrorKind::cannot_open,
                   "The student's page is missing: " + (page / file[1]).string() +
                       " cannot be read. Reinstall Esprit or set ESPRIT_ROOT.",
                   0};
    }
    files_[file[0]] = std::move(*text);
  }
  for (const char* language : kPageLanguages) {
    if (auto text = readFile(options_.asset_directory / "i18n" / "classroom" /
                             (std::string(language) + ".json"))) {
      languages_[language] = std::move(*text);
    }
  }
  if (languages_.count("en") == 0) {
    return Error{ErrorKind::cannot_open,
                 "The student's page has no words: " +
                     (options_.asset_directory / "i18n" / "classroom" / "en.json").string() +
                     " cannot be read.",
                 0};
  }
  return {};
}

bool HttpHost::streamStillWanted(const std::string& token, std::uint64_t generation) {
  if (stopping_ || game_->stopped()) return false;
  std::lock_guard lock(streams_mutex_);
  const auto found = live_streams_.find(token);
  return found != live_streams_.end() &&
         std::find(found->second.begin(), found->second.end(), generation) != found->second.end();
}

void HttpHost::route() {
  httplib::Server& server = *server_;
  server.new_task_queue = [] { return new WorkerPool(); };
  server.set_payload_max_length(classroom::kMaxBodyBytes);
  server.set_keep_alive_timeout(2);
  server.set_keep_alive_max_count(100);
  server.set_read_timeout(5);
  server.set_write_timeout(5);
  server.set_tcp_nodelay(true);
  server.set_socket_options([this](int socket) {
    // Only SO_REUSEADDR: no second host may share the port (SO_REUSEPORT
    // would let two games answer on one address).
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (!listening_) listen_socket_ = socket;
  });

  server.set_pre_routing_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (!limiter_.allow(request.remote_addr)) {
          sendError(response, 429, "Too many requests from this device: wait a moment.");
          return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
      });
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    if (response.status == 413) {
      sendError(response, 413, "The request is too large: at most 4096 bytes are read.");
    } else if (response.status == 404) {
      sendError(response, 404, "There is nothing at this address.");
    } else {
      sendError(response, response.status, "The request could not be handled.");
    }
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        sendError(response, 500, "The host met an error; the game goes on.");
      });

  for (const auto& file : kPageFiles) {
    const std::string path = file[0];
    const std::string type = file[2];
    server.Get(path, [this, path, type](const httplib::Request&, httplib::Response& response) {
      response.set_header("Cache-Control", "no-cache");
      response.set_header("X-Content-Type-Options", "nosniff");
      response.set_header("Referrer-Policy", "no-referrer");
      response.set_header("Content-Security-Policy",
                          "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                          "script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
      response.set_content(files_[path], type.c_str());
    });
  }
  server.Get("/i18n.json", [this](const httplib::Request& request, httplib::Response& response) {
    const auto found = languages_.find(request.get_param_value("lang"));
    response.set_header("Cache-Control", "no-cache");
    response.set_content(found != languages_.end() ? found->second : languages_.at("en"),
                         "application/json");
  });

  // What the join form needs before joining: a nickname or a team name.
  server.Get("/api/info", [this](const httplib::Request&, httplib::Response& response) {
    sendJson(response, classroom::Reply{200, nlohmann::json{{"teams", game_->setup().teams}}});
  });
  // Lets a page that lost its stream tell "the host is away" from "this
  // player was removed" (an EventSource cannot read a status code).
  server.Get("/api/player", [this](const httplib::Request& request, httplib::Response& response) {
    const auto nickname = game_->nicknameOf(request.get_param_value("player"));
    if (!nickname) {
      sendError(response, 403, "Unknown player: join the game again.");
      return;
    }
    sendJson(response, classroom::Reply{200, nlohmann::json{{"nickname", *nickname},
                                                            {"team", game_->setup().teams}}});
  });
  // Each POST hands its body to the game, which reads and checks it.
  using GameAction = classroom::Reply (classroom::ClassGame::*)(std::string_view);
  const std::pair<const char*, GameAction> posts[] = {
      {"/api/join", &classroom::ClassGame::join},
      {"/api/answer", &classroom::ClassGame::answer},
      {"/api/host/next", &classroom::ClassGame::hostNext},
      {"/api/host/end", &classroom::ClassGame::hostEnd},
      {"/api/host/remove", &classroom::ClassGame::hostRemove},
  };
  for (const auto& post : posts) {
    const GameAction action = post.second;  // clang 14 cannot capture a structured binding
    server.Post(post.first,
                [this, action](const httplib::Request& request, httplib::Response& response) {
                  sendJson(response, (game_->*action)(request.body));
                });
  }
  server.Get("/api/host/state",
             [this](const httplib::Request& request, httplib::Response& response) {
               sendJson(response, game_->hostState(request.get_param_value("host")));
             });

  server.Get("/scenario.png", [this](const httplib::Request& request, httplib::Response& response) {
    if (request.get_param_value("game") != game_->code()) {
      sendError(response, 404, "That picture belongs to another game.");
      return;
    }
    const std::string index_text = request.get_param_value("index");
    const std::string width_text = request.get_param_value("w");
    std::size_t index = 0;
    int width = kDefaultPictureWidth;
    if (index_text.empty() || index_text.size() > 4 ||
        index_text.find_first_not_of("0123456789") != std::string::npos ||
        (!width_text.empty() &&
         (width_text.size() > 5 ||
          width_text.find_first_not_of("0123456789") != std::string::npos))) {
      sendError(response, 400, "Ask for /scenario.png?game=CODE&index=N&w=WIDTH.");
      return;
    }
    index = static_cast<std::size_t>(std::stoul(index_text));
    if (!width_text.empty()) width = std::stoi(width_text);
    const auto shown = game_->shownQuestion(index);
    if (!shown || shown->second == nullptr) {
      sendError(response, 404, "That question has no picture to show yet.");
      return;
    }
    const auto picture = pictures_->picture(index, width, *shown->first, *shown->second);
    if (!picture) {
      sendError(response, 503, "The picture cannot be drawn here: read the text instead.");
      return;
    }
    response.set_header("Cache-Control", "private, max-age=86400");
    response.set_content(picture->png, "image/png");
  });

  server.Get("/api/events", [this](const httplib::Request& request, httplib::Response& response) {
    const std::string token = request.get_param_value("player");
    if (!game_->knowsPlayer(token)) {
      sendError(response, 403, "Unknown player: join the game again.");
      return;
    }
    // ?once=1: the current event alone, for clients without streaming.
    if (request.get_param_value("once") == "1") {
      const auto event = game_->currentEvent(token);
      if (!event) {
        sendError(response, 403, "Unknown player: join the game again.");
        return;
      }
      response.set_header("Cache-Control", "no-store");
      response.set_content("id: " + std::to_string(event->id) + "\nevent: " + event->name +
                               "\ndata: " + event->data + "\n\n",
                           "text/event-stream");
      return;
    }
    std::uint64_t generation;
    {
      std::lock_guard lock(streams_mutex_);
      generation = ++stream_count_;
      auto& live = live_streams_[token];
      live.push_back(generation);
      // The oldest goes: most often a phone's stream left half-open by a
      // lock screen, which would otherwise hold a worker for minutes.
      if (live.size() > kStreamsPerPlayer) live.erase(live.begin());
    }
    // Last-Event-ID (or ?last= for clients that cannot set it) is accepted
    // but the stream always begins with the current state: it is one event,
    // and a client that missed several needs only the latest.
    struct Stream {
      std::string token;
      std::uint64_t generation = 0;
      std::uint64_t sent = 0;
      bool started = false;
      std::chrono::steady_clock::time_point said{};
    };
    auto stream = std::make_shared<Stream>();
    stream->token = token;
    stream->generation = generation;
    response.set_header("Cache-Control", "no-store");
    response.set_header("X-Accel-Buffering", "no");
    response.set_chunked_content_provider(
        "text/event-stream",
        [this, stream](std::size_t, httplib::DataSink& sink) {
          auto say = [&](const std::string& text) {
            stream->said = std::chrono::steady_clock::now();
            return sink.write(text.data(), text.size());
          };
          auto sendCurrent = [&]() {
            const auto event = game_->currentEvent(stream->token);
            if (!event) return false;  // removed by the teacher
            if (event->id <= stream->sent) return true;
            stream->sent = event->id;
            return say("id: " + std::to_string(event->id) + "\nevent: " + event->name +
                       "\ndata: " + event->data + "\n\n");
          };
          if (!stream->started) {
            stream->started = true;
            if (!say("retry: " + std::to_string(kRetryMilliseconds) + "\n\n") || !sendCurrent()) {
              sink.done();
            }
            return true;
          }
          game_->waitForEvent(stream->sent, std::chrono::steady_clock::now() + kStreamCheck);
          if (!streamStillWanted(stream->token, stream->generation)) {
            sink.done();
            return true;
          }
          if (game_->eventId() > stream->sent) {
            if (!sendCurrent()) sink.done();
            return true;
          }
          if (std::chrono::steady_clock::now() - stream->said >= kHeartbeat && !say(": ping\n\n"))
            return false;
          return true;
        },
        [this, stream](bool) {
          std::lock_guard lock(streams_mutex_);
          const auto found = live_streams_.find(stream->token);
          if (found == live_streams_.end()) return;
          auto& live = found->second;
          live.erase(std::remove(live.begin(), live.end(), stream->generation), live.end());
          if (live.empty()) live_streams_.erase(found);
        });
  });
}

Status HttpHost::start() {
  if (auto loaded = loadFiles(); !loaded) return loaded;
  server_ = std::make_unique<httplib::Server>();
  route();
  int bound = -1;
  if (options_.exact_port && options_.port == 0) {
    bound = server_->bind_to_any_port(options_.bind_address);
  } else if (options_.exact_port) {
    if (server_->bind_to_port(options_.bind_address, options_.port)) bound = options_.port;
  } else {
    for (int port = options_.port; port < options_.port + kPortsToTry && bound < 0; ++port) {
      if (server_->bind_to_port(options_.bind_address, port)) bound = port;
    }
  }
  if (bound <= 0) {
    return Error{ErrorKind::cannot_open,
                 options_.exact_port
                     ? "Cannot listen on " + options_.bind_address + " port " +
                           std::to_string(options_.port) +
                           ": another program uses it, or the address is not this computer's. "
                           "Choose another --port."
                     : "Cannot listen on any port from " + std::to_string(options_.port) + " to " +
                           std::to_string(options_.port + kPortsToTry - 1) + " on " +
                           options_.bind_address + ": choose one with --port.",
                 0};
  }
  port_ = bound;
  listening_ = true;
  // cpp-httplib listens with a backlog of 5; a class tapping "Join" in the
  // same second needs more, or phones wait a second for a retried SYN.
  if (listen_socket_ >= 0) ::listen(listen_socket_, kListenBacklog);
  // Connections wait in the backlog from here on, so the ready line may go
  // out before the thread below reaches accept().
  listener_ = std::thread([this] { server_->listen_after_bind(); });
  return {};
}

void HttpHost::stop() {
  if (!server_ || stopping_.exchange(true)) return;
  game_->stop();
  server_->stop();
  if (listener_.joinable()) listener_.join();
}

std::string HttpHost::joinAddress() const {
  return "http://" + reachableAddress(options_.bind_address) + ":" + std::to_string(port_) + "/";
}

std::string HttpHost::readyLine() const {
  return nlohmann::json{
      {"join", joinAddress()}, {"code", game_->code()}, {"host_token", game_->hostToken()}}
      .dump();
}

}  // namespace esprit::host

// The module's entry point (host/HttpHostModule.cpp finds it by name).
extern "C" __attribute__((visibility("default"))) esprit::host::ClassServer* esprit_make_http_host(
    esprit::classroom::ClassGame* game, esprit::host::PictureCache* pictures,
    const esprit::host::HostOptions* options) {
  return new esprit::host::HttpHost(*game, *pictures, *options);
}
static_assert(std::is_same_v<decltype(&esprit_make_http_host), esprit::host::MakeHttpHost>,
              "the entry point and HttpHostModule.hpp must agree");
