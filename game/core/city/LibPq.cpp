// Opening libpq with dlopen (see LibPq.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibPq.hpp"

#include <dlfcn.h>

#include <mutex>
#include <optional>
#include <string>

namespace esprit::city {
namespace {

// Debian's libpq5 package: the same soname since PostgreSQL 8.x.
constexpr const char* kLibraryName = "libpq.so.5";

Result<LibPq> openLibPq() {
  void* handle = dlopen(kLibraryName, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    return Error{ErrorKind::cannot_open,
                 std::string("PostgreSQL's client library (") + kLibraryName +
                     ") is not installed, so Esprit cannot reach the city's server. Install "
                     "it (on Debian: sudo apt install libpq5), then push again.",
                 0};
  }
  LibPq pq;
  bool all_found = true;
#define ESPRIT_LIBPQ_FIND(name)                                             \
  pq.name = reinterpret_cast<decltype(pq.name)>(dlsym(handle, "PQ" #name)); \
  all_found = all_found && pq.name != nullptr;
  ESPRIT_LIBPQ_FUNCTIONS(ESPRIT_LIBPQ_FIND)
#undef ESPRIT_LIBPQ_FIND
  if (!all_found) {
    dlclose(handle);
    return Error{ErrorKind::cannot_open,
                 std::string(kLibraryName) +
                     " lacks functions Esprit uses; reinstall it (on Debian: sudo apt install "
                     "--reinstall libpq5), then push again.",
                 0};
  }
  return pq;
}

}  // namespace

Result<const LibPq*> loadLibPq() {
  // Kept once opened: a second push in the same process reuses it. A failure
  // is not kept, so that a push after installing libpq5 works without a restart.
  static std::mutex opening;
  static std::optional<LibPq> loaded;
  const std::lock_guard lock(opening);
  if (!loaded) {
    auto opened = openLibPq();
    if (!opened) return opened.error();
    loaded = std::move(opened).value();
  }
  return &*loaded;
}

}  // namespace esprit::city
