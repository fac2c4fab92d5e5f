// Starting xdg-open with posix_spawnp and reaping it later.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FolderOpener.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <string>
#include <vector>

extern char** environ;

namespace esprit::ui {
namespace {

std::vector<pid_t> running_openers;

}  // namespace

bool openFolderInFileManager(const std::filesystem::path& folder) {
  reapFinishedOpeners();
  std::string program = "xdg-open";
  std::string argument = folder.string();
  char* arguments[] = {program.data(), argument.data(), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, program.c_str(), nullptr, nullptr, arguments, environ) != 0) return false;
  running_openers.push_back(pid);
  return true;
}

void reapFinishedOpeners() {
  std::erase_if(running_openers, [](pid_t pid) {
    int status = 0;
    return waitpid(pid, &status, WNOHANG) != 0;
  });
}

}  // namespace esprit::ui
