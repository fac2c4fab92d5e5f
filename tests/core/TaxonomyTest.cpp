// The shipped taxonomy: every tag of the design, named and defined in every UI language.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Taxonomy.hpp"

#include <doctest/doctest.h>

using namespace esprit;

namespace {
Taxonomy shippedTaxonomy() {
  std::vector<Problem> problems;
  auto taxonomy = Taxonomy::load(ESPRIT_SOURCE_ROOT "/assets/techniques.json", problems);
  REQUIRE(problems.empty());
  return taxonomy;
}
}  // namespace

TEST_CASE(
    "the shipped taxonomy holds every technique of the design, defined in all four languages") {
  const auto taxonomy = shippedTaxonomy();
  for (const char* tag : {"impersonation",
                          "emotional-language",
                          "polarisation",
                          "conspiracy",
                          "discrediting",
                          "trolling-and-bots",
                          "fake-experts",
                          "cherry-picking",
                          "logical-fallacy",
                          "impossible-expectations",
                          "out-of-context",
                          "manipulated-media",
                          "clickbait",
                          "satire-mistaken",
                          "hypothesis",
                          "control-group",
                          "sample-size",
                          "correlation-causation",
                          "replication-peer-review",
                          "base-rates",
                          "relative-vs-absolute-risk",
                          "misleading-chart",
                          "uncertainty-consensus",
                          "lateral-reading",
                          "source-check",
                          "date-check",
                          "reverse-image",
                          "primary-source"}) {
    CAPTURE(tag);
    REQUIRE(taxonomy.contains(tag));
    for (const char* language : {"en", "fr", "nl", "de"}) {
      const auto* text = taxonomy.describe(tag, language);
      REQUIRE(text != nullptr);
      CHECK_FALSE(text->name.empty());
      CHECK_FALSE(text->definition.empty());
    }
  }
  CHECK(taxonomy.techniques().size() == 28);
}

TEST_CASE("a regional language falls back to its base language, then to English") {
  const auto taxonomy = shippedTaxonomy();
  CHECK(taxonomy.describe("clickbait", "fr-BE")->name ==
        taxonomy.describe("clickbait", "fr")->name);
  CHECK(taxonomy.describe("clickbait", "nl-BE")->name ==
        taxonomy.describe("clickbait", "nl")->name);
  CHECK(taxonomy.describe("clickbait", "es")->name ==
        taxonomy.describe("clickbait", "en")->name);
  CHECK(taxonomy.describe("no-such-tag", "en") == nullptr);
}

TEST_CASE("a missing taxonomy file is reported, not fatal") {
  std::vector<Problem> problems;
  const auto taxonomy = Taxonomy::load("/nonexistent/techniques.json", problems);
  CHECK(problems.size() == 1);
  CHECK(taxonomy.techniques().empty());
}
