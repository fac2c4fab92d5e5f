// Choosing the kiosk's packs, rounds and attract-screen examples.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskPacks.hpp"

#include <algorithm>
#include <random>

namespace esprit::kiosk {
namespace {

bool offerable(const play::PackEntry& entry) {
  return entry.result.usable() && !entry.result.pack->hasAssessmentForms() &&
         !entry.result.pack->questions.empty();
}

bool configured(const KioskConfig& config, const Pack& pack) {
  return config.packs.empty() || std::find(config.packs.begin(), config.packs.end(),
                                           pack.metadata.id) != config.packs.end();
}

bool drawnByTheGame(const Scenario& scenario) {
  return !std::holds_alternative<ImageScenario>(scenario.content);
}

}  // namespace

bool speaks(std::string_view pack_language, std::string_view ui_language) {
  auto base = [](std::string_view tag) { return tag.substr(0, tag.find_first_of("-_")); };
  return !ui_language.empty() && base(pack_language) == base(ui_language);
}

PackList offeredPacks(const play::PackLibrary& library, const KioskConfig& config,
                      std::string_view language) {
  PackList all, in_language;
  for (const auto& entry : library.entries()) {
    if (!offerable(*entry) || !configured(config, *entry->result.pack)) continue;
    all.push_back(entry);
    if (speaks(entry->result.pack->metadata.language, language)) in_language.push_back(entry);
  }
  return in_language.empty() ? all : in_language;
}

std::vector<std::string> missingPacks(const play::PackLibrary& library, const KioskConfig& config) {
  std::vector<std::string> missing;
  for (const auto& id : config.packs) {
    const bool found =
        std::any_of(library.entries().begin(), library.entries().end(), [&id](const auto& entry) {
          return offerable(*entry) && entry->result.pack->metadata.id == id;
        });
    if (!found) missing.push_back(id);
  }
  return missing;
}

Result<play::Round> startKioskRound(const PackList& packs, const KioskConfig& config,
                                    std::uint64_t seed) {
  if (packs.empty()) {
    return Error{ErrorKind::not_found,
                 "No pack can be played: check the packs listed in kiosk.json and run `esprit "
                 "validate` on them.",
                 0};
  }
  play::RoundRequest request;
  request.kind = play::RoundKind::kiosk;
  request.seed = seed;
  request.ask_confidence = false;
  request.question_limit = config.round_length;
  return play::Round::start(packs[seed % packs.size()], request);
}

std::vector<AttractExample> attractExamples(const PackList& packs, std::size_t count,
                                            std::uint64_t seed) {
  std::vector<AttractExample> candidates;
  for (const auto& entry : packs) {
    if (!entry->result.usable()) continue;
    const auto& scenarios = entry->result.pack->scenarios;
    for (std::size_t index = 0; index < scenarios.size(); ++index) {
      if (drawnByTheGame(scenarios[index])) candidates.push_back({entry, index});
    }
  }
  std::mt19937_64 shuffle(seed);
  std::shuffle(candidates.begin(), candidates.end(), shuffle);
  if (candidates.size() > count) candidates.resize(count);
  return candidates;
}

}  // namespace esprit::kiosk
