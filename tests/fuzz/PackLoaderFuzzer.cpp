// libFuzzer target: any bytes given to the pack loader must come back as a
// pack or as located problems, never as a crash, a hang or undefined behaviour
// (the fuzz tree is built with AddressSanitizer and UBSan).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssetPaths.hpp"
#include "core/PackLoader.hpp"

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // No folder: media paths are checked for shape only, so the fuzzer never
  // touches the file system.
  const auto result = esprit::loadPackFromText(text, "fuzz.json", {}, taxonomy());
  for (const auto& problem : result.problems) {
    if (problem.message.empty()) __builtin_trap();  // every problem must say something
    if (problem.line < 0 || problem.column < 0) __builtin_trap();
  }
  if (result.pack && esprit::hasErrors(result.problems)) __builtin_trap();
  return 0;
}
