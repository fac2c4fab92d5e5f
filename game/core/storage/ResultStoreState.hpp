// What a ResultStore holds, shared by the files that implement it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultStore.hpp"
#include "SqliteConnection.hpp"

namespace esprit::storage {

struct ResultStore::State {
  Connection connection;
  std::vector<std::string> notices;
  int schema_version = 0;
};

// The current UTC time as SQL, in the format every timestamp column uses.
inline constexpr const char* kSqlNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

}  // namespace esprit::storage
