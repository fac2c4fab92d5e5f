// `esprit report --kiosk-usage` and `esprit kiosk-pin` as a library's IT
// person runs them: the CSV written from the kiosk's figures, and clear
// refusals when there are none or the options are wrong.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KioskPinCommand.hpp"
#include "app/KioskUsageReport.hpp"
#include "core/kiosk/UsageRecorder.hpp"
#include "storage/StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace esprit;
using esprit::testing::TemporaryFolder;

namespace {

std::string readAll(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void countOneRound(const std::filesystem::path& folder) {
  auto store = storage::KioskUsageStore::open(folder);
  REQUIRE(store.ok());
  REQUIRE(store->countRoundStarted("2025-04-01").ok());
  storage::KioskAnswerCount answer;
  answer.day = "2025-04-01";
  answer.pack_id = "esprit.spotting-manipulation";
  answer.pack_language = "fr-BE";
  answer.pack_title = "Repérer la manipulation";
  answer.techniques = {"clickbait"};
  answer.right = true;
  answer.finishes_round = true;
  REQUIRE(store->countAnswer(answer).ok());
}

}  // namespace

TEST_CASE("the kiosk usage export writes the figures as a CSV file") {
  TemporaryFolder folder;
  countOneRound(folder.path());
  const auto output = folder.path() / "usage.csv";
  const std::string data = folder.path().string();
  CHECK(app::runKioskUsageReport({"--data-dir", data, "-o", output.string()}) == 0);
  const std::string csv = readAll(output);
  CHECK(csv.find("2025-04-01,day,,,,1,1,1,1,1.00") != std::string::npos);
  CHECK(csv.find("2025-04-01,pack,esprit.spotting-manipulation,fr-BE,Repérer la manipulation") !=
        std::string::npos);
  CHECK(csv.find("2025-04-01,technique,clickbait") != std::string::npos);

  CHECK(app::runKioskUsageReport(
            {"--data-dir", data, "--separator", "semicolon", "-o", output.string()}) == 0);
  CHECK(readAll(output).find("2025-04-01;day;;;;1;1;1;1;1,00") != std::string::npos);
}

TEST_CASE("the kiosk usage export finds the game's --data-dir layout too") {
  TemporaryFolder folder;
  countOneRound(folder.path() / "esprit");
  const auto output = folder.path() / "usage.csv";
  CHECK(app::runKioskUsageReport({"--data-dir", folder.path().string(), "-o", output.string()}) ==
        0);
  CHECK(std::filesystem::exists(output));
}

TEST_CASE("the kiosk usage export says so when there are no figures, and creates none") {
  TemporaryFolder folder;
  const auto output = folder.path() / "usage.csv";
  CHECK(app::runKioskUsageReport({"--data-dir", folder.path().string(), "-o", output.string()}) ==
        1);
  CHECK_FALSE(std::filesystem::exists(output));
  CHECK_FALSE(std::filesystem::exists(folder.path() / storage::kKioskUsageFileName));
}

TEST_CASE("the kiosk usage export refuses wrong options with a usage error") {
  CHECK(app::runKioskUsageReport({}) == 2);  // no -o
  CHECK(app::runKioskUsageReport({"-o", "x.csv", "--separator", "tab"}) == 2);
  CHECK(app::runKioskUsageReport({"-o", "x.csv", "--per", "answer"}) == 2);
}

TEST_CASE("kiosk-pin takes no arguments: the PIN is asked for, never given on the command line") {
  CHECK(app::runKioskPinCommand({"1234"}) == 2);
  CHECK(app::runKioskPinCommand({"--help"}) == 0);
}
