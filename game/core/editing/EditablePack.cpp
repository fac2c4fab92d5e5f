// Reading packs the way the loader does, keeping the Pack when it has errors.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditablePack.hpp"

#include "core/PackLoader.hpp"
#include "core/WholeFile.hpp"

namespace esprit::editing {

EditablePack readEditablePack(std::string_view text, const std::filesystem::path& folder,
                              const Taxonomy& taxonomy) {
  EditablePack result;
  result.pack =
      readPackText(text, (folder / "pack.json").string(), folder, taxonomy, {}, result.problems);
  return result;
}

EditablePack openEditablePack(const std::filesystem::path& path, const Taxonomy& taxonomy) {
  std::error_code error;
  const bool is_folder = std::filesystem::is_directory(path, error);
  const auto file = is_folder ? path / "pack.json" : path;
  const auto text = readWholeFile(file);
  if (!text) {
    EditablePack result;
    result.problems.push_back(
        {Severity::error, file.string(), 0, 0, "", "there is no pack.json here that can be read."});
    return result;
  }
  return readEditablePack(*text, is_folder ? path : path.parent_path(), taxonomy);
}

}  // namespace esprit::editing
