// The packs a kiosk offers per language, its short anonymous rounds, and the
// attract screen's examples.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Taxonomy.hpp"
#include "core/interchange/PackWriter.hpp"
#include "core/kiosk/KioskPacks.hpp"
#include "storage/StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace esprit;
using namespace esprit::kiosk;
using esprit::testing::TemporaryFolder;

namespace {

const Taxonomy& shippedTaxonomy() {
  static const Taxonomy taxonomy = [] {
    std::vector<Problem> problems;
    return Taxonomy::load(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "techniques.json",
                          problems);
  }();
  return taxonomy;
}

Pack packIn(std::string id, std::string language) {
  Pack pack = esprit::testing::fixturePack();
  pack.metadata.id = std::move(id);
  pack.metadata.language = std::move(language);
  Scenario post{"s1", PostScenario{}};
  std::get<PostScenario>(post.content).text = "Look at this!";
  std::get<PostScenario>(post.content).platform = "Chirp";
  std::get<PostScenario>(post.content).author.name = "Someone";
  pack.scenarios.push_back(post);
  pack.questions[0].scenario_id = "s1";
  return pack;
}

struct Shelf {
  TemporaryFolder folder;
  play::PackLibrary library{
      shippedTaxonomy(), folder.path() / "shipped", folder.path() / "own", {}};
  Shelf() {
    save(packIn("club.news", "en"), "news-en");
    save(packIn("club.news", "fr-BE"), "news-fr");
    save(packIn("club.science", "en"), "science-en");
    save(esprit::testing::assessmentPack(), "assessment-en");
    library.rescan();
  }
  void save(const Pack& pack, const std::string& name) {
    REQUIRE(interchange::savePack(pack, folder.path() / "shipped" / name).ok());
  }
};

std::set<std::string> describe(const PackList& packs) {
  std::set<std::string> names;
  for (const auto& entry : packs)
    names.insert(entry->result.pack->metadata.id + "/" + entry->result.pack->metadata.language);
  return names;
}

}  // namespace

TEST_CASE("a kiosk offers the packs written in the visitor's language") {
  Shelf shelf;
  KioskConfig config;
  CHECK(describe(offeredPacks(shelf.library, config, "fr")) ==
        std::set<std::string>{"club.news/fr-BE"});
  CHECK(describe(offeredPacks(shelf.library, config, "en")) ==
        std::set<std::string>{"club.news/en", "club.science/en"});
}

TEST_CASE("only the configured packs are offered, and never an assessment pack") {
  Shelf shelf;
  KioskConfig config;
  config.packs = {"club.science", "esprit.assessment"};
  CHECK(describe(offeredPacks(shelf.library, config, "en")) ==
        std::set<std::string>{"club.science/en"});
  CHECK(missingPacks(shelf.library, config) == std::vector<std::string>{"esprit.assessment"});
}

TEST_CASE("a language with no pack of its own still gets a round in another language") {
  Shelf shelf;
  KioskConfig config;
  CHECK(offeredPacks(shelf.library, config, "de").size() == 3);
}

TEST_CASE("a kiosk round is short, anonymous and asks no confidence") {
  Shelf shelf;
  KioskConfig config;
  config.round_length = 4;
  auto round = startKioskRound(offeredPacks(shelf.library, config, "en"), config, 11);
  REQUIRE(round.ok());
  CHECK(round->kind() == play::RoundKind::kiosk);
  CHECK(round->questionCount() == 4);
  CHECK_FALSE(round->asksConfidence());
  CHECK(play::roundKindName(round->kind()) == "kiosk");
}

TEST_CASE("no pack to offer is an error, not a crash") {
  KioskConfig config;
  CHECK_FALSE(startKioskRound({}, config, 1).ok());
}

TEST_CASE("attract examples are drawn scenarios from every pack, never pictures") {
  auto entry = std::make_shared<play::PackEntry>();
  Pack pack = packIn("club.news", "en");
  pack.scenarios.push_back(Scenario{"picture", ImageScenario{}});
  pack.scenarios.push_back(Scenario{"quote", QuoteScenario{}});
  entry->result.pack = pack;
  auto other = std::make_shared<play::PackEntry>();
  other->result.pack = packIn("club.science", "en");
  const PackList packs{entry, other};
  const auto examples = attractExamples(packs, 10, 3);
  CHECK(examples.size() == 3);
  for (const auto& example : examples) {
    CHECK_FALSE(std::holds_alternative<ImageScenario>(
        example.pack->result.pack->scenarios[example.scenario].content));
  }
  CHECK(attractExamples(packs, 1, 3).size() == 1);
}

TEST_CASE("speaking a language ignores the region") {
  CHECK(speaks("fr-BE", "fr"));
  CHECK(speaks("fr", "fr-BE"));
  CHECK_FALSE(speaks("nl-BE", "fr"));
  CHECK_FALSE(speaks("en", ""));
}
