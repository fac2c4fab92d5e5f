// The results database's schema as an ordered list of migrations, and the
// code that brings any older file up to date. PRAGMA user_version holds the
// number of migrations applied; docs/storage.md describes the tables.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteConnection.hpp"

#include <span>

namespace esprit::storage {

struct Migration {
  int version;      // the user_version after this migration: 1, 2, 3, ...
  const char* sql;  // one or more statements
};

// Every migration, oldest first. Never edit a shipped one: add the next.
std::span<const Migration> schemaMigrations();
int latestSchemaVersion();

// Applies the migrations the file lacks, in order, in one immediate
// transaction, so two instances opening a new file at once cannot both
// migrate it. A file newer than `migrations` knows is left untouched and
// refused with ErrorKind::newer_version.
Status migrate(Connection& connection, std::span<const Migration> migrations);

}  // namespace esprit::storage
