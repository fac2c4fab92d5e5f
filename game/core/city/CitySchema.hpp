// The schema of the city's PostgreSQL server, created and migrated by Esprit
// itself on every push: ordered migrations, and the version kept in the
// table esprit_schema. docs/city.md shows it with the queries a city analyst
// runs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace esprit::city {

struct ServerMigration {
  int version;
  const char* sql;
};

std::span<const ServerMigration> serverMigrations();
int latestServerSchemaVersion();

}  // namespace esprit::city
