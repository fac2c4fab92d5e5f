// libFuzzer target: any bytes, read as CSV, as GIFT and as Open Trivia DB
// JSON, must give a pack the real validator accepts plus located problems,
// and must export again, never a crash, a hang or undefined behaviour.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssetPaths.hpp"
#include "core/PackLoader.hpp"
#include "core/interchange/CsvExporter.hpp"
#include "core/interchange/GiftExporter.hpp"
#include "core/interchange/Interchange.hpp"
#include "core/interchange/PackWriter.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const esprit::Taxonomy& taxonomy() {
  static const esprit::Taxonomy shipped = [] {
    std::vector<esprit::Problem> problems;
    return esprit::Taxonomy::load(esprit::assetDirectory() / "techniques.json", problems);
  }();
  return shipped;
}

void checkImport(esprit::interchange::InterchangeFormat format, std::string_view bytes) {
  using namespace esprit::interchange;
  const ImportResult result = importText(format, bytes, ImportOptions{"fuzz", "en", ""});
  for (const esprit::Problem& problem : result.problems) {
    if (problem.message.empty() || problem.line < 0 || problem.column < 0) __builtin_trap();
  }
  if (result.source_lines.size() != result.pack.questions.size()) __builtin_trap();
  if (result.pack.questions.empty()) return;
  // What an importer returns must always be a pack the game can play.
  const auto loaded =
      esprit::loadPackFromText(writePackText(result.pack), "fuzz.json", {}, taxonomy());
  if (!loaded.usable()) __builtin_trap();
  if (exportCsv(result.pack, CsvExportOptions{"fuzz", ',', true}).text.empty()) __builtin_trap();
  if (exportGift(result.pack, GiftExportOptions{"fuzz"}).text.empty()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  checkImport(esprit::interchange::InterchangeFormat::csv, bytes);
  checkImport(esprit::interchange::InterchangeFormat::gift, bytes);
  checkImport(esprit::interchange::InterchangeFormat::open_trivia, bytes);
  return 0;
}
