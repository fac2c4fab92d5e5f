// Loading packs from disk: read pack.json safely, validate it, and build a
// Pack. Every front end (game, editor, command line) goes through here, so a
// pack means the same thing everywhere.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pack.hpp"
#include "PackLimits.hpp"
#include "Problem.hpp"
#include "Taxonomy.hpp"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace esprit {

struct PackLoadResult {
  std::filesystem::path path;     // the folder or file as given
  std::optional<Pack> pack;       // present when there is no error
  std::vector<Problem> problems;  // errors and warnings, in file order

  bool usable() const { return pack.has_value(); }
};

// Loads a pack folder (holding pack.json) or a pack.json file.
PackLoadResult loadPack(const std::filesystem::path& path, const Taxonomy& taxonomy,
                        const PackLimits& limits = {});

// Validates text already in memory. `file` names it in problems; `folder` is
// where media paths resolve (empty skips the media checks).
PackLoadResult loadPackFromText(std::string_view text, const std::string& file,
                                const std::filesystem::path& folder, const Taxonomy& taxonomy,
                                const PackLimits& limits = {});

// What the validator could read of the text, kept even when it has errors
// (the editor opens a broken pack so that its author can mend it); nullopt
// when the text is too large or is not JSON. Problems are added to `problems`.
std::optional<Pack> readPackText(std::string_view text, const std::string& file,
                                 const std::filesystem::path& folder, const Taxonomy& taxonomy,
                                 const PackLimits& limits, std::vector<Problem>& problems);

// Every pack in a folder of pack folders, sorted by folder name. A broken pack
// is returned with its problems and never stops the others from loading.
std::vector<PackLoadResult> loadPackDirectory(const std::filesystem::path& directory,
                                              const Taxonomy& taxonomy,
                                              const PackLimits& limits = {});

}  // namespace esprit
