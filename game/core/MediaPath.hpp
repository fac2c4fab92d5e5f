// Checks that a media path named by a pack stays inside the pack's folder,
// exists, is a picture Esprit can show and is not too big. A pack is
// untrusted: "..", absolute paths and links that lead outside are refused.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ObjectReader.hpp"

#include <filesystem>
#include <string>

namespace esprit {

class MediaPathChecker {
 public:
  // An empty folder checks only the path's shape (for text not yet on disk).
  MediaPathChecker(std::filesystem::path folder, const PackLimits& limits);

  // Reads `key` from the object as a media path; returns it when acceptable,
  // "" otherwise (and when absent).
  std::string read(ObjectReader& reader, std::string_view key, Need need) const;

 private:
  std::filesystem::path folder_;
  std::filesystem::path canonical_folder_;
  const PackLimits& limits_;
};

}  // namespace esprit
