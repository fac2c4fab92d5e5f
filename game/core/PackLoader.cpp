// Reading pack files within their limits and handing them to the validator.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackLoader.hpp"

#include "ByteSize.hpp"
#include "JsonTree.hpp"
#include "MediaPath.hpp"
#include "ObjectReader.hpp"
#include "PackValidator.hpp"
#include "SourceText.hpp"

#include <algorithm>
#include <fstream>
#include <memory>
#include <system_error>

namespace esprit {
namespace {

constexpr const char* kPackFileName = "pack.json";

Problem fileProblem(const std::string& file, std::string message) {
  return {Severity::error, file, 0, 0, "", std::move(message)};
}

}  // namespace

std::optional<Pack> readPackText(std::string_view text, const std::string& file,
                                 const std::filesystem::path& folder, const Taxonomy& taxonomy,
                                 const PackLimits& limits, std::vector<Problem>& problems) {
  if (text.size() > limits.max_file_bytes) {
    problems.push_back(fileProblem(
        file, "the file is " + describeByteSize(text.size()) + "; a pack may be at most " +
                  describeByteSize(limits.max_file_bytes) + ". Split it into several packs."));
    return std::nullopt;
  }
  SourceText source(text);
  ProblemSink sink(source, file, problems);
  auto parsed = JsonTree::parse(text, limits.max_depth);
  if (!parsed.tree) {
    sink.error(parsed.error->offset, "", parsed.error->message);
    return std::nullopt;
  }
  const MediaPathChecker media(folder, limits);
  Pack pack = validatePackTree(parsed.tree->root(), sink, media, taxonomy, limits);
  pack.folder = folder;
  return pack;
}

PackLoadResult loadPackFromText(std::string_view text, const std::string& file,
                                const std::filesystem::path& folder, const Taxonomy& taxonomy,
                                const PackLimits& limits) {
  PackLoadResult result;
  result.path = file;
  auto pack = readPackText(text, file, folder, taxonomy, limits, result.problems);
  // Problems are found field by field; teachers read them top to bottom.
  std::stable_sort(result.problems.begin(), result.problems.end(),
                   [](const Problem& a, const Problem& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  if (pack && !hasErrors(result.problems)) result.pack = std::move(pack);
  return result;
}

PackLoadResult loadPack(const std::filesystem::path& path, const Taxonomy& taxonomy,
                        const PackLimits& limits) {
  std::error_code error;
  const bool is_folder = std::filesystem::is_directory(path, error);
  const auto file = is_folder ? path / kPackFileName : path;
  const auto folder = is_folder ? path : path.parent_path();
  const std::string file_name = file.string();
  PackLoadResult result;
  result.path = path;

  if (!std::filesystem::exists(file, error)) {
    result.problems.push_back(fileProblem(
        file_name, is_folder ? "this folder has no pack.json. A pack is a folder holding a file "
                               "named pack.json (see docs/pack-format.md)."
                             : "this file does not exist. Check the name and the folder."));
    return result;
  }
  const auto size = std::filesystem::file_size(file, error);
  if (error) {
    result.problems.push_back(
        fileProblem(file_name, "this file cannot be read (" + error.message() +
                                   "). Check that it is a file you may open."));
    return result;
  }
  if (size > limits.max_file_bytes) {
    result.problems.push_back(fileProblem(
        file_name, "the file is " + describeByteSize(size) + "; a pack may be at most " +
                       describeByteSize(limits.max_file_bytes) + ". Split it into several packs."));
    return result;
  }
  std::ifstream stream(file, std::ios::binary);
  // Uninitialised on purpose: the read fills it, and zeroing 10 MB first shows up in the benchmark.
  std::unique_ptr<char[]> buffer(new char[static_cast<std::size_t>(size)]);
  const std::string_view text(buffer.get(), static_cast<std::size_t>(size));
  if (!stream || !stream.read(buffer.get(), static_cast<std::streamsize>(size))) {
    result.problems.push_back(fileProblem(file_name,
                                          "this file cannot be read. Check that it is a "
                                          "file you may open."));
    return result;
  }
  result = loadPackFromText(text, file_name, folder, taxonomy, limits);
  result.path = path;
  return result;
}

std::vector<PackLoadResult> loadPackDirectory(const std::filesystem::path& directory,
                                              const Taxonomy& taxonomy, const PackLimits& limits) {
  std::vector<std::filesystem::path> folders;
  std::error_code error;
  for (std::filesystem::directory_iterator entry(directory, error), end; !error && entry != end;
       entry.increment(error)) {
    std::error_code entry_error;
    if (entry->is_directory(entry_error) &&
        std::filesystem::exists(entry->path() / kPackFileName, entry_error)) {
      folders.push_back(entry->path());
    }
  }
  std::sort(folders.begin(), folders.end());
  std::vector<PackLoadResult> results;
  results.reserve(folders.size());
  for (const auto& folder : folders) results.push_back(loadPack(folder, taxonomy, limits));
  return results;
}

}  // namespace esprit
