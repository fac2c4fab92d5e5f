// The real loader and taxonomy, as the round-trip tests use them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PackLoader.hpp"
#include "core/Taxonomy.hpp"

#include <filesystem>
#include <string>

namespace esprit::testing {

inline std::filesystem::path sourceRoot() {
  // The fixtures sit in tests/core/interchange/fixtures of the source tree.
  return std::filesystem::path(ESPRIT_INTERCHANGE_FIXTURES)
      .parent_path()
      .parent_path()
      .parent_path()
      .parent_path();
}

inline const Taxonomy& shippedTaxonomy() {
  static const Taxonomy taxonomy = [] {
    std::vector<Problem> problems;
    return Taxonomy::load(sourceRoot() / "assets" / "techniques.json", problems);
  }();
  return taxonomy;
}

// Loads pack.json text with the real loader; media paths resolve in `folder`
// (empty skips the media checks).
inline PackLoadResult loadText(const std::string& text, const std::filesystem::path& folder = {}) {
  return loadPackFromText(text, "pack.json", folder, shippedTaxonomy());
}

}  // namespace esprit::testing
