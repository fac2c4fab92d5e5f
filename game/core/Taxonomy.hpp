// The technique tags packs, scores and reports use, with a name and a
// one-line definition in every UI language. Loaded from assets/techniques.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit {

struct TechniqueText {
  std::string name;
  std::string definition;
};

struct Technique {
  std::string id;      // "emotional-language"
  std::string family;  // "manipulation", "science", "verification"
  std::map<std::string, TechniqueText, std::less<>> text_by_language;
};

class Taxonomy {
 public:
  // Reads techniques.json; problems name the file and the field.
  static Taxonomy load(const std::filesystem::path& file, std::vector<Problem>& problems);
  // The taxonomy Esprit ships, assets/techniques.json (core/AssetPaths.hpp).
  static Taxonomy loadShipped(std::vector<Problem>& problems);
  static Taxonomy fromTechniques(std::vector<Technique> techniques);

  bool contains(std::string_view id) const;
  const Technique* find(std::string_view id) const;
  // The name and definition in `language` ("fr-BE" falls back to "fr", then to
  // English); nullptr for a tag the taxonomy does not know.
  const TechniqueText* describe(std::string_view id, std::string_view language) const;
  const std::vector<Technique>& techniques() const { return techniques_; }

 private:
  std::vector<Technique> techniques_;
};

}  // namespace esprit
