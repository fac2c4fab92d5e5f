// Reading packs the way the loader does, keeping the Pack when it has errors.
#include "core/editing/EditablePack.hpp"

#include "core/ObjectReader.hpp"
#include "core/PackLimits.hpp"
#include "core/PackValidator.hpp"
#include "core/SourceText.hpp"

#include <fstream>
#include <sstream>

namespace esprit::editing {

EditablePack readEditablePack(std::string_view text, const std::filesystem::path& folder,
                              const Taxonomy& taxonomy) {
  EditablePack result;
  const PackLimits limits;
  const std::string file = (folder / "pack.json").string();
  if (text.size() > limits.max_file_bytes) {
    result.problems.push_back(
        {Severity::error, file, 0, 0, "", "the file is over the size limit of a pack."});
    return result;
  }
  SourceText source(text);
  ProblemSink sink(source, file, result.problems);
  auto parsed = JsonTree::parse(text, limits.max_depth);
  if (!parsed.tree) {
    sink.error(parsed.error->offset, "", parsed.error->message);
    return result;
  }
  const MediaPathChecker media(folder, limits);
  Pack pack = validatePackTree(parsed.tree->root(), sink, media, taxonomy, limits);
  pack.folder = folder;
  result.pack = std::move(pack);
  return result;
}

EditablePack openEditablePack(const std::filesystem::path& path, const Taxonomy& taxonomy) {
  std::error_code error;
  const bool is_folder = std::filesystem::is_directory(path, error);
  const auto file = is_folder ? path / "pack.json" : path;
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    EditablePack result;
    result.problems.push_back(
        {Severity::error, file.string(), 0, 0, "", "there is no pack.json here that can be read."});
    return result;
  }
  std::ostringstream text;
  text << stream.rdbuf();
  return readEditablePack(text.str(), is_folder ? path : path.parent_path(), taxonomy);
}

}  // namespace esprit::editing
