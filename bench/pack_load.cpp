// Times the stages of loading one pack inside one process: reading the file,
// parsing it into the positional tree, and the whole load + validation.
// Usage: esprit_bench_pack_load PACK_FOLDER [RUNS]. Prints medians in ms.
//        esprit_bench_pack_load PACK_FOLDER --once: load once, print nothing,
//        so that a driver can time the whole process against another program.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssetPaths.hpp"
#include "core/JsonTree.hpp"
#include "core/PackLoader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

template <typename Work>
double medianMilliseconds(int runs, Work work) {
  std::vector<double> times;
  for (int run = 0; run < runs; ++run) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "Usage: %s PACK_FOLDER [RUNS]\n", argv[0]);
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  if (argc > 2 && std::string_view(argv[2]) == "--once") {
    std::vector<esprit::Problem> taxonomy_problems;
    const auto taxonomy =
        esprit::Taxonomy::load(esprit::assetDirectory() / "techniques.json", taxonomy_problems);
    return esprit::loadPack(folder, taxonomy).usable() ? 0 : 1;
  }
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
  std::vector<esprit::Problem> problems;
  const auto taxonomy =
      esprit::Taxonomy::load(esprit::assetDirectory() / "techniques.json", problems);

  std::ifstream stream(folder / "pack.json", std::ios::binary);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  const std::string text = buffer.str();

  std::size_t nodes = 0;
  const double parse_ms = medianMilliseconds(runs, [&] {
    auto parsed = esprit::JsonTree::parse(text, 16);
    nodes = parsed.tree ? parsed.tree->nodeCount() : 0;
  });
  std::size_t questions = 0;
  const double load_ms = medianMilliseconds(runs, [&] {
    auto result = esprit::loadPack(folder, taxonomy);
    questions = result.pack ? result.pack->questions.size() : 0;
  });
  std::printf("file: %.1f MB, %zu JSON values, %zu questions\n", text.size() / 1e6, nodes,
              questions);
  std::printf("parse into positional tree: %.1f ms (median of %d)\n", parse_ms, runs);
  std::printf("read + parse + validate + build pack: %.1f ms (median of %d)\n", load_ms, runs);
  return questions > 0 ? 0 : 1;
}
