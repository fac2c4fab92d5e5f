// Starting hosting, from the command line or from the title screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/host/HostWindow.hpp"

#include "ui/Context.hpp"
#include "ui/Game.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/host/ClassHosting.hpp"

#include <csignal>
#include <cstdio>

namespace esprit::ui {
namespace {

volatile std::sig_atomic_t stop_requested = 0;

void requestStop(int) { stop_requested = 1; }

}  // namespace

bool hostStopRequested() { return stop_requested != 0; }

Result<std::shared_ptr<ClassHosting>> startHosting(host::ClassSessionOptions options,
                                                   const std::filesystem::path& pack_folder,
                                                   const std::string& pack_language) {
  auto hosting = std::make_shared<ClassHosting>();
  std::string why;
  hosting->painter = SfmlScenarioPainter::create(pack_folder, pack_language, why);
  if (!hosting->painter) std::fprintf(stderr, "esprit host: %s.\n", why.c_str());
  auto session = host::ClassSession::start(std::move(options), hosting->painter.get());
  if (!session) return session.error();
  hosting->session = std::move(session).value();
  auto& game = hosting->session->game();
  if (hosting->painter) {
    hosting->painter->setLanguage(game.setup().pack->result.pack->metadata.language);
  }
  game.preparePicture();
  hosting->join_address = hosting->session->http().joinAddress();
  hosting->qr_text = hosting->join_address + "?code=" + game.code();
  std::printf("%s\n", hosting->session->http().readyLine().c_str());
  std::fflush(stdout);
  return hosting;
}

int runHostWindow(HostWindowRequest request) {
  GameOptions options;
  if (request.window_size)
    options.window_size = sf::Vector2u(request.window_size->first, request.window_size->second);
  Game game(std::move(options), std::nullopt);
  auto shared_request = std::make_shared<HostWindowRequest>(std::move(request));
  game.startWith([shared_request](Context& context, ScreenStack& screens) {
    const auto& pack = shared_request->session.pack;
    const std::string language =
        pack && pack->result.usable() ? pack->result.pack->metadata.language : "en";
    // Before the ready line: whoever reads it may ask the host to stop at once.
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    auto hosting =
        startHosting(std::move(shared_request->session), shared_request->pack_folder, language);
    if (!hosting) {
      std::fprintf(stderr, "esprit host: %s\n", hosting.error().message.c_str());
      return false;
    }
    context.class_hosting = std::move(hosting).value();
    screens.push(ScreenId::host_game);
    return true;
  });
  return game.run();
}

}  // namespace esprit::ui
