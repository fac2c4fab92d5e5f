// In-memory validation through the shared loader.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/PackCheck.hpp"

#include "core/PackLoader.hpp"
#include "core/interchange/PackWriter.hpp"

namespace esprit::editing {

std::vector<Problem> checkPack(const Pack& pack, const Taxonomy& taxonomy) {
  const std::string text = interchange::writePackText(pack);
  return loadPackFromText(text, "pack.json", pack.folder, taxonomy).problems;
}

}  // namespace esprit::editing
