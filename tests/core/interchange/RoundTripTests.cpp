// Round trips through every format: import a fixture, save it as pack.json,
// load it with the real loader, export it, import the export, and compare.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.hpp"
#include "ImportTestHelpers.hpp"
#include "LoaderSupport.hpp"
#include "PackComparison.hpp"
#include "core/interchange/CsvExporter.hpp"
#include "core/interchange/GiftExporter.hpp"
#include "core/interchange/Interchange.hpp"
#include "core/interchange/PackWriter.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::checkPacksEqual;
using esprit::testing::checkQuestionsEquivalent;
using esprit::testing::describeProblems;

namespace {

// A folder of its own under the temporary folder, removed afterwards.
struct TemporaryFolder {
  std::filesystem::path path;
  explicit TemporaryFolder(const std::string& name)
      : path(std::filesystem::temp_directory_path() /
             ("esprit-round-trip-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
  }
  ~TemporaryFolder() { std::filesystem::remove_all(path); }
};

// import -> save -> load: the loaded pack equals the imported one, and the
// loader finds no error in what the importer made.
Pack importSaveAndLoad(InterchangeFormat format, const std::string& fixture) {
  const ImportResult imported =
      importText(format, esprit::testing::readFixture(fixture), ImportOptions{fixture, "en", ""});
  REQUIRE_FALSE(imported.pack.questions.empty());
  TemporaryFolder folder(fixture);
  REQUIRE(savePack(imported.pack, folder.path).ok());
  const PackLoadResult loaded = loadPack(folder.path, esprit::testing::shippedTaxonomy());
  INFO(describeProblems(loaded.problems));
  REQUIRE(loaded.usable());
  checkPacksEqual(imported.pack, *loaded.pack);
  return *loaded.pack;
}

ImportResult reimport(InterchangeFormat format, const std::string& text) {
  return importText(format, text, ImportOptions{"exported", "en", ""});
}

// Only the questions a format can carry take part in the comparison.
Pack withoutOrderingAndHotspots(Pack pack) {
  std::erase_if(pack.questions, [](const Question& question) {
    return question.type == QuestionType::ordering || question.type == QuestionType::hotspot;
  });
  return pack;
}

void checkCsvRoundTrip(const Pack& loaded) {
  const ExportResult exported = exportCsv(loaded, CsvExportOptions{"pack.json", ',', true});
  const ImportResult back = reimport(InterchangeFormat::csv, exported.text);
  INFO(describeProblems(back.problems));
  CHECK_FALSE(hasErrors(back.problems));
  checkQuestionsEquivalent(withoutOrderingAndHotspots(loaded), back.pack, true);
  // And once more: the second export is the same text as the first.
  CHECK(exportCsv(back.pack, CsvExportOptions{"pack.json", ',', true}).text == exported.text);
}

void checkGiftRoundTrip(const Pack& loaded) {
  const ExportResult exported = exportGift(loaded, GiftExportOptions{"pack.json"});
  const ImportResult back = reimport(InterchangeFormat::gift, exported.text);
  INFO(describeProblems(back.problems));
  CHECK_FALSE(hasErrors(back.problems));
  checkQuestionsEquivalent(withoutOrderingAndHotspots(loaded), back.pack, true);
  CHECK(back.pack.metadata.title == loaded.metadata.title);
  Pack back_with_language = back.pack;
  back_with_language.metadata.version = loaded.metadata.version;
  CHECK(exportGift(back_with_language, GiftExportOptions{"pack.json"}).text == exported.text);
}

}  // namespace

TEST_CASE("a classroom-quiz CSV survives import, save, load, export and import again") {
  const Pack loaded = importSaveAndLoad(InterchangeFormat::csv, "classroom-quiz.csv");
  checkCsvRoundTrip(loaded);
  checkGiftRoundTrip(loaded);
}

TEST_CASE("a French semicolon CSV survives the round trip") {
  const Pack loaded = importSaveAndLoad(InterchangeFormat::csv, "classroom-quiz-semicolon.csv");
  checkCsvRoundTrip(loaded);
}

TEST_CASE("the Moodle GIFT fixture survives import, save, load, export and import again") {
  const Pack loaded = importSaveAndLoad(InterchangeFormat::gift, "moodle-constructs.gift");
  checkGiftRoundTrip(loaded);
  checkCsvRoundTrip(loaded);
}

TEST_CASE("Open Trivia DB questions survive the round trip through CSV and GIFT") {
  const Pack loaded = importSaveAndLoad(InterchangeFormat::open_trivia, "opentdb.json");
  checkCsvRoundTrip(loaded);
  checkGiftRoundTrip(loaded);
}

TEST_CASE("every shipped pack exports to CSV and GIFT and imports back the questions they hold") {
  std::size_t packs = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(esprit::testing::sourceRoot() / "questions")) {
    const PackLoadResult original = loadPack(entry.path(), esprit::testing::shippedTaxonomy());
    if (!original.usable()) continue;
    INFO(entry.path().string());
    ++packs;
    const Pack& pack = *original.pack;
    const ImportResult from_csv = reimport(
        InterchangeFormat::csv, exportCsv(pack, CsvExportOptions{"pack.json", ',', true}).text);
    INFO(describeProblems(from_csv.problems));
    CHECK_FALSE(hasErrors(from_csv.problems));
    checkQuestionsEquivalent(withoutOrderingAndHotspots(pack), from_csv.pack, true);

    const ImportResult from_gift =
        reimport(InterchangeFormat::gift, exportGift(pack, GiftExportOptions{"pack.json"}).text);
    INFO(describeProblems(from_gift.problems));
    CHECK_FALSE(hasErrors(from_gift.problems));
    checkQuestionsEquivalent(withoutOrderingAndHotspots(pack), from_gift.pack, true);
  }
  CHECK(packs > 0);
}
