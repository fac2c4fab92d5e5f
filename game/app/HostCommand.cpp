// The host subcommand: options, the pack, the session, and the main loop
// (the window's, or a quiet one that draws pictures with --headless).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/HostCommand.hpp"

#include "app/CommandArguments.hpp"
#include "app/CommandLine.hpp"
#include "core/AssetPaths.hpp"
#include "core/Taxonomy.hpp"
#include "core/play/PackLibrary.hpp"
#include "host/ClassSession.hpp"
#include "ui/host/HostWindow.hpp"
#include "ui/host/SfmlScenarioPainter.hpp"

#include <malloc.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace esprit::app {
namespace {

constexpr const char* kHostUsage =
    "Usage: esprit host PACK [OPTIONS]\n"
    "       esprit host --resume [OPTIONS]\n"
    "  Hosts a live class game: students join from a browser on this network with the\n"
    "  code shown, and you move the game on from this computer.\n"
    "\n"
    "  PACK                 a pack folder (holding pack.json), a pack.json, or a pack id\n"
    "  --port N             listen on port N (default: 8080, or the next free one; 0: any)\n"
    "  --bind ADDRESS       listen on this address only (default: every interface)\n"
    "  --class CODE         every player who joins belongs to this class in the results\n"
    "                       (default: the game's six-digit code)\n"
    "  --questions N        how many questions (default 10; 0 plays the whole pack)\n"
    "  --teams              devices join with a team name instead of a nickname\n"
    "  --leaderboard        show the top five after each reveal (off by default)\n"
    "  --countdown SECONDS  close each question after this long (default: no timer)\n"
    "  --data-dir DIR       keep results and the game's state in DIR, as the game does\n"
    "  --headless           no window: for tests, or to project from another screen\n"
    "  --resume             carry on the game that was running when the host stopped\n"
    "  --rate-limit N       requests per second one address may make (default 20; 0: off)\n"
    "  --window WxH         the projector window's size (default 1280x720)\n"
    "  --seed N             choose and order the questions the same way every time\n"
    "\n"
    "When it is ready, it prints one JSON line on standard output:\n"
    "  {\"join\": \"http://ADDRESS:PORT/\", \"code\": \"CODE\", \"host_token\": \"SECRET\"}\n"
    "The host token moves the game on (POST /api/host/next); keep it to yourself.\n";

volatile std::sig_atomic_t stop_requested = 0;

void requestStop(int) { stop_requested = 1; }

int usageError(const std::string& message) {
  return printUsageError("host", message, "Try 'esprit host --help' for the options.\n");
}

std::optional<long> wholeNumber(const std::optional<std::string>& text, long low, long high) {
  if (!text || text->empty() || text->size() > 9 ||
      text->find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const long value = std::stol(*text);
  if (value < low || value > high) return std::nullopt;
  return value;
}

std::filesystem::path folderOf(const std::filesystem::path& location) {
  return location.filename() == "pack.json" ? location.parent_path() : location;
}

}  // namespace

int runHostCommand(const std::vector<std::string_view>& arguments) {
  for (const auto argument : arguments) {
    if (argument == "--help" || argument == "-h") {
      std::fputs(kHostUsage, stdout);
      return kExitSuccess;
    }
  }
  const ParsedArguments parsed = parseArguments(arguments,
                                                {"port", "bind", "class", "questions", "data-dir",
                                                 "countdown", "rate-limit", "window", "seed"},
                                                {"teams", "headless", "resume", "leaderboard"});
  if (!parsed.error.empty()) return usageError(parsed.error);
  const bool resume = parsed.hasFlag("resume");
  if (parsed.positional.size() > 1) return usageError("give one PACK.");
  if (parsed.positional.empty() && !resume) return usageError("name the PACK to play.");

  host::ClassSessionOptions options;
  options.resume = resume;
  options.teams = parsed.hasFlag("teams");
  options.leaderboard = parsed.hasFlag("leaderboard");
  options.class_code = parsed.option("class").value_or("");
  if (options.class_code.size() > storage::kMaxClassCodeCharacters)
    return usageError("--class: use at most 20 characters.");
  if (const auto text = parsed.option("port")) {
    const auto port = wholeNumber(text, 0, 65535);
    if (!port) return usageError("--port: give a port number from 0 to 65535.");
    options.http.port = static_cast<int>(*port);
    options.http.exact_port = true;
    options.port_given = true;
  }
  if (const auto bind = parsed.option("bind")) {
    options.http.bind_address = *bind;
    options.bind_given = true;
  }
  if (const auto text = parsed.option("questions")) {
    const auto count = wholeNumber(text, 0, 100000);
    if (!count) return usageError("--questions: give a number (0 plays the whole pack).");
    options.question_limit = static_cast<std::size_t>(*count);
  }
  if (const auto text = parsed.option("countdown")) {
    const auto seconds = wholeNumber(text, 0, 3600);
    if (!seconds) return usageError("--countdown: give a number of seconds, 0 to 3600.");
    options.countdown_seconds = static_cast<int>(*seconds);
  }
  if (const auto text = parsed.option("rate-limit")) {
    const auto rate = wholeNumber(text, 0, 100000);
    if (!rate) return usageError("--rate-limit: give requests per second (0 turns it off).");
    options.http.rate.per_second = static_cast<double>(*rate);
    options.http.rate.burst = std::max(60.0, 3.0 * static_cast<double>(*rate));
  }
  if (const auto text = parsed.option("seed")) {
    const auto seed = wholeNumber(text, 1, 999999999);
    if (!seed) return usageError("--seed: give a number from 1 to 999999999.");
    options.seed = static_cast<std::uint64_t>(*seed);
  }
  std::optional<std::pair<unsigned, unsigned>> window_size;
  if (const auto text = parsed.option("window")) {
    const auto cross = text->find('x');
    const auto width = wholeNumber(text->substr(0, cross), 320, 10000);
    const auto height = cross == std::string::npos
                            ? std::nullopt
                            : wholeNumber(text->substr(cross + 1), 240, 10000);
    if (!width || !height) return usageError("--window: give WIDTHxHEIGHT, such as 1920x1080.");
    window_size = std::make_pair(static_cast<unsigned>(*width), static_cast<unsigned>(*height));
  }
  if (const auto folder = parsed.option("data-dir")) {
    // As the game does: everything of the teacher's then lives under DIR/esprit.
    std::error_code error;
    std::filesystem::create_directories(*folder, error);
    const auto absolute = std::filesystem::absolute(*folder, error).string();
    setenv("XDG_DATA_HOME", absolute.c_str(), 1);
    setenv("XDG_CONFIG_HOME", absolute.c_str(), 1);
  }
  options.data_folder = userDataDirectory();
  options.http.asset_directory = assetDirectory();

  // A phone that vanishes mid-write must not take the host down with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  // Each HTTP thread would otherwise get its own malloc arena of up to 64 MB.
  mallopt(M_ARENA_MAX, 2);

  std::vector<Problem> problems;
  const Taxonomy taxonomy = Taxonomy::loadShipped(problems);
  for (const auto& problem : problems) std::fprintf(stderr, "%s\n", formatProblem(problem).c_str());
  options.taxonomy = &taxonomy;

  std::unique_ptr<play::PackLibrary> library;
  std::filesystem::path pack_folder;
  std::string pack_language = "en";
  if (resume) {
    auto saved = classroom::readSavedGame(host::ClassSession::stateFile(options.data_folder));
    if (!saved) {
      std::fprintf(stderr, "esprit host: %s\n", saved.error().message.c_str());
      return kExitInvalidInput;
    }
    pack_folder = folderOf(saved->pack_location);
  } else {
    const std::filesystem::path named(parsed.positional.front());
    std::error_code error;
    const bool is_path = std::filesystem::exists(named, error);
    library = std::make_unique<play::PackLibrary>(
        taxonomy, shippedPackDirectory(), userPackDirectory(),
        is_path ? std::vector<std::filesystem::path>{named} : std::vector<std::filesystem::path>{});
    library->rescan();
    options.pack = is_path ? library->findByLocation(named) : nullptr;
    if (!is_path) {
      for (const auto& entry : library->entries()) {
        if (entry->result.usable() && entry->result.pack->metadata.id == parsed.positional.front())
          options.pack = entry;
      }
      if (!options.pack) {
        std::fprintf(stderr,
                     "esprit host: no pack folder or pack id \"%s\": give the folder holding "
                     "pack.json.\n",
                     std::string(parsed.positional.front()).c_str());
        return kExitInvalidInput;
      }
    }
    if (!options.pack || !options.pack->result.usable()) {
      std::fprintf(stderr, "esprit host: %s cannot be played:\n", named.c_str());
      if (options.pack) {
        for (const auto& problem : options.pack->result.problems)
          std::fprintf(stderr, "%s\n", formatProblem(problem).c_str());
      }
      return kExitInvalidInput;
    }
    pack_folder = options.pack->result.pack->folder;
    pack_language = options.pack->result.pack->metadata.language;
  }

  if (!parsed.hasFlag("headless")) {
    ui::HostWindowRequest request;
    request.session = std::move(options);
    request.pack_folder = pack_folder;
    request.window_size = window_size;
    request.library = std::move(library);
    return ui::runHostWindow(std::move(request));
  }

  // Before the ready line: whoever reads it may ask the host to stop at once.
  std::signal(SIGINT, requestStop);
  std::signal(SIGTERM, requestStop);
  std::string why;
  auto painter = ui::SfmlScenarioPainter::create(pack_folder, pack_language, why);
  if (!painter) std::fprintf(stderr, "esprit host: %s.\n", why.c_str());
  auto session = host::ClassSession::start(std::move(options), painter.get());
  if (!session) {
    std::fprintf(stderr, "esprit host: %s\n", session.error().message.c_str());
    return kExitInvalidInput;
  }
  if (painter)
    painter->setLanguage((*session)->game().setup().pack->result.pack->metadata.language);
  (*session)->game().preparePicture();
  std::printf("%s\n", (*session)->http().readyLine().c_str());
  std::fflush(stdout);
  while (stop_requested == 0) (*session)->serveMainThread(std::chrono::milliseconds(100));
  (*session)->stop();
  return kExitSuccess;
}

}  // namespace esprit::app
