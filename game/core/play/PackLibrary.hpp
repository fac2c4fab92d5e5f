// Every pack the player can choose: the shipped questions/ folder, the
// user's own packs folder and packs named on the command line. Rescanning is
// cheap (one directory listing and one stat per pack), so the chooser can
// rescan every few seconds and a teacher's newly copied pack simply appears.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PackLoader.hpp"

#include <string>

#include <filesystem>
#include <memory>
#include <vector>

namespace esprit::play {

enum class PackOrigin { shipped, user, command_line };

struct PackEntry {
  std::filesystem::path location;  // the folder, or the pack.json given on the command line
  PackOrigin origin = PackOrigin::shipped;
  PackLoadResult result;
  // What pack.json looked like when it was loaded; a change reloads it.
  std::filesystem::file_time_type modified{};
  std::uintmax_t bytes = 0;
};

class PackLibrary {
 public:
  PackLibrary(const Taxonomy& taxonomy, std::filesystem::path shipped_directory,
              std::filesystem::path user_directory, std::vector<std::filesystem::path> named_packs);

  // Reloads what changed on disk; true when the list or a pack changed.
  bool rescan();

  const std::vector<std::shared_ptr<const PackEntry>>& entries() const { return entries_; }
  const std::filesystem::path& userDirectory() const { return user_directory_; }
  std::shared_ptr<const PackEntry> findByLocation(const std::filesystem::path& location) const;
  // The pack with this id and version among the usable ones (a stored round
  // names its pack so); nullptr when it is not here or no longer loads.
  std::shared_ptr<const PackEntry> findPlayable(const std::string& id,
                                                const std::string& version) const;

 private:
  std::shared_ptr<const PackEntry> loadOrReuse(const std::filesystem::path& location,
                                               PackOrigin origin);

  const Taxonomy* taxonomy_;
  std::filesystem::path shipped_directory_;
  std::filesystem::path user_directory_;
  std::vector<std::filesystem::path> named_packs_;
  std::vector<std::shared_ptr<const PackEntry>> entries_;
};

}  // namespace esprit::play
