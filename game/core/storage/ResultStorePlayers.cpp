// Players: create, list, find and erase (see ResultStore.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultStore.hpp"

#include "ResultStoreState.hpp"

#include "core/TrimmedText.hpp"
#include "core/Utf8.hpp"

#include <sqlite3.h>

namespace esprit::storage {
namespace {

bool hasControlCharacter(std::string_view text) {
  for (const char byte : text) {
    if (static_cast<unsigned char>(byte) < 0x20 || byte == 0x7F) return true;
  }
  return false;
}

Error refused(std::string message) {
  return Error{ErrorKind::invalid_input, std::move(message), 0};
}

constexpr const char* kSelectPlayer =
    "SELECT id, nickname, class_code, created FROM players WHERE id = ?1";

Player playerFrom(const Statement& row) {
  return Player{row.integer(0), row.text(1), row.text(2), row.text(3)};
}

}  // namespace

Result<Player> ResultStore::createPlayer(std::string_view nickname, std::string_view class_code) {
  const std::string name = trimmed(nickname);
  const std::string code = trimmed(class_code);
  if (name.empty()) return refused("A nickname is needed: type at least one letter.");
  if (countCharacters(name) > kMaxNicknameCharacters) {
    return refused("That nickname is too long: use at most " +
                   std::to_string(kMaxNicknameCharacters) + " characters.");
  }
  if (countCharacters(code) > kMaxClassCodeCharacters) {
    return refused("That class code is too long: use at most " +
                   std::to_string(kMaxClassCodeCharacters) + " characters.");
  }
  if (hasControlCharacter(name) || hasControlCharacter(code)) {
    return refused(
        "Nicknames and class codes cannot hold tabs, line breaks or control characters.");
  }

  Connection& connection = state_->connection;
  {
    auto insert = connection.prepare(
        std::string("INSERT INTO players (nickname, class_code, created) VALUES (?1, ?2, ") +
        kSqlNow + ")");
    if (!insert) return insert.error();
    insert->bind(1, name).bind(2, code);
    if (auto inserted = insert->run(); !inserted) {
      if (inserted.error().sqlite_code == SQLITE_CONSTRAINT_UNIQUE) {
        std::string where = code.empty() ? std::string(" (without a class code)")
                                         : " in class " + std::string(code);
        return refused("The nickname \"" + std::string(name) + "\" is already taken" + where +
                       ". Choose another one, or pick it from the list.");
      }
      return inserted.error();
    }
  }
  return findPlayer(connection.lastInsertId());
}

Result<std::vector<Player>> ResultStore::listPlayers(const std::optional<std::string>& class_code) {
  auto query = state_->connection.prepare(
      "SELECT id, nickname, class_code, created FROM players "
      "WHERE ?1 IS NULL OR class_code = ?1 ORDER BY nickname, class_code");
  if (!query) return query.error();
  if (class_code) query->bind(1, std::string_view(*class_code));
  return readRows(*query, playerFrom);
}

Result<Player> ResultStore::findPlayer(PlayerId id) {
  auto query = state_->connection.prepare(kSelectPlayer);
  if (!query) return query.error();
  query->bind(1, id);
  auto row = query->step();
  if (!row) return row.error();
  if (!*row) {
    return Error{ErrorKind::not_found, "There is no player number " + std::to_string(id) + ".", 0};
  }
  return playerFrom(*query);
}

Status ResultStore::deletePlayer(PlayerId id) {
  Connection& connection = state_->connection;
  // ON DELETE CASCADE erases their sessions, and through them their answers,
  // in the same statement: either all of it goes or none.
  if (auto erased = connection.run("DELETE FROM players WHERE id = ?1", id); !erased) return erased;
  if (connection.changes() == 0) {
    return Error{ErrorKind::not_found, "There is no player number " + std::to_string(id) + ".", 0};
  }
  // The write-ahead log still holds page images with their answers until a
  // checkpoint; fold it into the file now. Best effort: another running copy
  // may be reading, and then its own next checkpoint does it.
  (void)connection.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  return {};
}

}  // namespace esprit::storage
