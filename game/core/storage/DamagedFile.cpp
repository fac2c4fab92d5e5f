// Moving a damaged database file aside (see DamagedFile.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedFile.hpp"

#include <chrono>
#include <ctime>
#include <string>
#include <system_error>

namespace esprit::storage {
namespace {

std::string compactUtcTime() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
  return text;
}

}  // namespace

Result<std::filesystem::path> setDamagedFileAside(const std::filesystem::path& file,
                                                  std::string_view noun) {
  const std::string stem = file.string() + ".damaged-" + compactUtcTime();
  std::filesystem::path aside = stem;
  std::error_code error;
  for (int attempt = 2; std::filesystem::exists(aside, error); ++attempt) {
    aside = stem + "-" + std::to_string(attempt);
  }
  std::filesystem::rename(file, aside, error);
  if (error) {
    return Error{ErrorKind::cannot_open,
                 "The " + std::string(noun) + " " + file.string() +
                     " is damaged and could not be moved aside (" + error.message() +
                     "). Move or delete it by hand, then start Esprit again.",
                 0};
  }
  std::error_code ignored;
  const auto wal = std::filesystem::path(file.string() + "-wal");
  if (std::filesystem::exists(wal, ignored)) {
    std::filesystem::rename(wal, aside.string() + "-wal", ignored);
  }
  std::filesystem::remove(file.string() + "-shm", ignored);
  return aside;
}

bool worthSettingAside(const Error& error, const std::filesystem::path& file) {
  std::error_code ignored;
  if (error.kind == ErrorKind::damaged) return true;
  // A file that exists but cannot be opened at all (not a regular file, no
  // read permission) is as lost to the game as a damaged one.
  return error.kind == ErrorKind::cannot_open && std::filesystem::exists(file, ignored);
}

}  // namespace esprit::storage
