// `esprit report --to-postgresql CONNINFO`: pushes anonymous results to the
// PostgreSQL server a city runs for all its schools and libraries (libpq).
//
//   [X] Sends no nickname and no player id: a random key for this PC (kept
//       in the data folder), the class code, pack and question ids,
//       techniques, correctness, confidence, and the day, not the time
//   [X] Creates and migrates the server's schema itself (CitySchema.hpp),
//       under an advisory lock, so PCs that push at once do not collide
//   [X] Idempotent: each answer has a stable random key; what the server
//       already holds from this PC is not sent again, and a key sent twice
//       is stored once (ON CONFLICT DO NOTHING)
//   [X] Batches, each in its own transaction: a push cut off halfway leaves
//       whole answers only, and the next push sends the rest
//   [ ] Encryption and passwords: whatever CONNINFO says (sslmode, passfile,
//       ~/.pgpass), as for any libpq program
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ResultStore.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace esprit::city {

inline constexpr const char* kDeviceKeyFileName = "device-key";
inline constexpr std::size_t kPushBatchSize = 500;
// libpq waits this long for a server that does not answer, unless CONNINFO
// says otherwise.
inline constexpr int kConnectTimeoutSeconds = 10;

struct PushOptions {
  std::string conninfo;  // libpq's: "host=… dbname=… user=…" or "postgresql://…"
  std::optional<std::string> class_code;  // only this class, like every report
  std::size_t batch_size = kPushBatchSize;
  // Called after each batch is inserted, before it is committed; tests kill
  // the pushing process there to show that a cut-off push is harmless.
  std::function<void(int batch)> before_commit;
};

struct PushSummary {
  std::string device_key;
  int answers = 0;         // of this PC (and class), on the server after the push
  int sent = 0;            // new this time
  int batches = 0;         // transactions committed this time
  int schema_version = 0;  // of the server, after migrating it
};

// This PC's key, from `folder`/device-key, made on first use: 32 random hex
// digits. Two processes making it at once end up with the same key.
storage::Result<std::string> deviceKey(const std::filesystem::path& folder);

// Pushes the answers of `store` that the server lacks. The device key lives
// beside the store's file.
storage::Result<PushSummary> pushToPostgresql(storage::ResultStore& store,
                                              const PushOptions& options);

}  // namespace esprit::city
