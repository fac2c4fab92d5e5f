// Opening the module esprit-http with dlopen (see HttpHostModule.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/HttpHostModule.hpp"

#include "core/AssetPaths.hpp"

#include <dlfcn.h>

#include <mutex>
#include <string>

namespace esprit::host {
namespace {

Result<MakeHttpHost> openModule() {
  const auto file = moduleFolder() / kHttpModuleFile;
  // Never closed: the server's threads and cpp-httplib's statics live in it
  // until the process ends.
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return Error{ErrorKind::cannot_open,
                 "The classroom's network part cannot be loaded from " + file.string() + " (" +
                     (why != nullptr ? why : "unknown reason") +
                     "). Reinstall Esprit (on Debian: sudo apt install --reinstall esprit; it "
                     "also needs libcpp-httplib0.11), or, in a build folder, build it again "
                     "(cmake --build build).",
                 0};
  }
  auto make = reinterpret_cast<MakeHttpHost>(dlsym(handle, kMakeHttpHostSymbol));
  if (make == nullptr) {
    return Error{ErrorKind::cannot_open,
                 file.string() +
                     " is not the classroom module of this version of Esprit. Reinstall Esprit "
                     "(on Debian: sudo apt install --reinstall esprit).",
                 0};
  }
  return make;
}

}  // namespace

Result<std::unique_ptr<ClassServer>> makeHttpHost(classroom::ClassGame& game,
                                                  PictureCache& pictures,
                                                  const HostOptions& options) {
  // Kept once opened: a second class game in the same process reuses it. A
  // failure is not kept, so that hosting after a reinstall works without a restart.
  static std::mutex opening;
  static MakeHttpHost make = nullptr;
  const std::lock_guard lock(opening);
  if (make == nullptr) {
    auto opened = openModule();
    if (!opened) return opened.error();
    make = *opened;
  }
  return std::unique_ptr<ClassServer>(make(&game, &pictures, &options));
}

}  // namespace esprit::host
