// Opening an Esprit SQLite file (see StoreFile.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFile.hpp"

#include "DamagedFile.hpp"

#include <sqlite3.h>

#include <system_error>

namespace esprit::storage {
namespace {

Result<Connection> openConfigured(const StoreFileSpec& spec, bool allow_create) {
  const int flags = SQLITE_OPEN_READWRITE | (allow_create ? SQLITE_OPEN_CREATE : 0);
  auto connection = Connection::open(spec.file, flags);
  if (!connection) return connection.error();
  if (auto configured = spec.configure(*connection); !configured) return configured.error();
  // Reading every page is what finds a damaged file before it loses answers
  // mid-game; quick_check skips the slow index cross-checks.
  auto verdict = connection->queryText("PRAGMA quick_check");
  if (!verdict) return verdict.error();
  if (*verdict != "ok") {
    return Error{ErrorKind::damaged,
                 "The " + spec.noun + " " + spec.file.string() + " is damaged (" + *verdict + ").",
                 SQLITE_CORRUPT};
  }
  if (auto migrated = migrate(*connection, spec.migrations); !migrated) return migrated.error();
  return std::move(connection).value();
}

}  // namespace

Result<OpenedStoreFile> openStoreFile(const StoreFileSpec& spec) {
  std::error_code error;
  const bool existed = std::filesystem::exists(spec.file, error);
  if (!existed && !spec.create_if_missing) return Error{ErrorKind::cannot_open, spec.missing, 0};
  if (!existed && spec.file.has_parent_path()) {
    std::filesystem::create_directories(spec.file.parent_path(), error);
    if (error) {
      return Error{ErrorKind::cannot_open,
                   spec.cannot_make_folder + " (" + error.message() + ")." + spec.folder_advice, 0};
    }
  }

  std::vector<std::string> notices;
  auto connection = openConfigured(spec, spec.create_if_missing);
  if (!connection && spec.set_aside_if_damaged &&
      worthSettingAside(connection.error(), spec.file)) {
    const std::string why = connection.error().message;
    // Close our handle before renaming, so SQLite does not write to the old file.
    connection = Error{};
    auto aside = setDamagedFileAside(spec.file, spec.noun);
    if (!aside) return aside.error();
    notices.push_back(why + " It was moved aside to " + aside->string() + spec.started_again);
    connection = openConfigured(spec, true);
  }
  if (!connection) return connection.error();
  return OpenedStoreFile{std::move(connection).value(), std::move(notices)};
}

}  // namespace esprit::storage
