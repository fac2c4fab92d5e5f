// Loading and looking up the technique taxonomy.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Taxonomy.hpp"

#include "AssetPaths.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace esprit {

Taxonomy Taxonomy::fromTechniques(std::vector<Technique> techniques) {
  Taxonomy taxonomy;
  taxonomy.techniques_ = std::move(techniques);
  return taxonomy;
}

Taxonomy Taxonomy::loadShipped(std::vector<Problem>& problems) {
  return load(assetDirectory() / "techniques.json", problems);
}

Taxonomy Taxonomy::load(const std::filesystem::path& file, std::vector<Problem>& problems) {
  auto fail = [&](std::string message) {
    problems.push_back({Severity::error, file.string(), 0, 0, "", std::move(message)});
    return Taxonomy{};
  };
  std::ifstream stream(file);
  if (!stream)
    return fail(
        "the list of techniques cannot be read; Esprit's assets folder may be incomplete. "
        "Reinstall Esprit.");
  nlohmann::json document = nlohmann::json::parse(stream, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded() || !document.contains("techniques") ||
      !document["techniques"].is_array()) {
    return fail(
        "the list of techniques is damaged (it must hold \"techniques\": [ ... ]). Reinstall "
        "Esprit.");
  }
  std::vector<Technique> techniques;
  for (const auto& entry : document["techniques"]) {
    if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string()) continue;
    Technique technique;
    technique.id = entry["id"].get<std::string>();
    technique.family = entry.value("family", "");
    if (auto text = entry.find("text"); text != entry.end() && text->is_object()) {
      for (const auto& [language, words] : text->items()) {
        if (!words.is_object()) continue;
        technique.text_by_language[language] = {words.value("name", technique.id),
                                                words.value("definition", "")};
      }
    }
    techniques.push_back(std::move(technique));
  }
  return fromTechniques(std::move(techniques));
}

const Technique* Taxonomy::find(std::string_view id) const {
  auto found = std::find_if(techniques_.begin(), techniques_.end(),
                            [id](const Technique& technique) { return technique.id == id; });
  return found == techniques_.end() ? nullptr : &*found;
}

bool Taxonomy::contains(std::string_view id) const { return find(id) != nullptr; }

const TechniqueText* Taxonomy::describe(std::string_view id, std::string_view language) const {
  const Technique* technique = find(id);
  if (technique == nullptr) return nullptr;
  const auto& texts = technique->text_by_language;
  if (auto exact = texts.find(language); exact != texts.end()) return &exact->second;
  const auto base = language.substr(0, language.find('-'));
  if (auto general = texts.find(base); general != texts.end()) return &general->second;
  if (auto english = texts.find("en"); english != texts.end()) return &english->second;
  return texts.empty() ? nullptr : &texts.begin()->second;
}

}  // namespace esprit
