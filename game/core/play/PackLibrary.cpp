// Scanning pack folders and reloading only the packs whose pack.json changed.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/play/PackLibrary.hpp"

#include <algorithm>
#include <system_error>

namespace esprit::play {
namespace {

std::filesystem::path packFile(const std::filesystem::path& location) {
  std::error_code error;
  return std::filesystem::is_directory(location, error) ? location / "pack.json" : location;
}

std::vector<std::filesystem::path> packFolders(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> folders;
  std::error_code error;
  for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end;
       it.increment(error)) {
    std::error_code kind_error;
    const auto name = it->path().filename().string();
    // Hidden folders are editors' and file managers' business, not packs.
    if (name.empty() || name.front() == '.') continue;
    if (it->is_directory(kind_error)) folders.push_back(it->path());
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

}  // namespace

PackLibrary::PackLibrary(const Taxonomy& taxonomy, std::filesystem::path shipped_directory,
                         std::filesystem::path user_directory,
                         std::vector<std::filesystem::path> named_packs)
    : taxonomy_(&taxonomy),
      shipped_directory_(std::move(shipped_directory)),
      user_directory_(std::move(user_directory)),
      named_packs_(std::move(named_packs)) {
  std::error_code error;
  // The chooser offers to open this folder, so it must exist.
  std::filesystem::create_directories(user_directory_, error);
}

std::shared_ptr<const PackEntry> PackLibrary::findByLocation(
    const std::filesystem::path& location) const {
  for (const auto& entry : entries_) {
    if (entry->location == location) return entry;
  }
  return nullptr;
}

std::shared_ptr<const PackEntry> PackLibrary::findPlayable(const std::string& id,
                                                          const std::string& version) const {
  for (const auto& entry : entries_) {
    if (!entry->result.usable()) continue;
    const auto& metadata = entry->result.pack->metadata;
    if (metadata.id == id && metadata.version == version) return entry;
  }
  return nullptr;
}

std::shared_ptr<const PackEntry> PackLibrary::loadOrReuse(const std::filesystem::path& location,
                                                          PackOrigin origin) {
  std::error_code error;
  const auto file = packFile(location);
  const auto modified = std::filesystem::last_write_time(file, error);
  const auto bytes = error ? 0 : std::filesystem::file_size(file, error);
  if (auto known = findByLocation(location)) {
    if (known->modified == modified && known->bytes == bytes && known->origin == origin)
      return known;
  }
  auto entry = std::make_shared<PackEntry>();
  entry->location = location;
  entry->origin = origin;
  entry->modified = modified;
  entry->bytes = bytes;
  entry->result = loadPack(location, *taxonomy_);
  return entry;
}

bool PackLibrary::rescan() {
  std::vector<std::shared_ptr<const PackEntry>> found;
  // A pack named on the command line may also be one of the shipped or own
  // packs (`esprit questions/assessment-en`): list it once, at the top.
  std::vector<std::filesystem::path> listed;
  auto alreadyListed = [&listed](const std::filesystem::path& folder) {
    std::error_code error;
    auto same = std::filesystem::weakly_canonical(folder, error);
    if (error) same = folder;
    if (std::find(listed.begin(), listed.end(), same) != listed.end()) return true;
    listed.push_back(same);
    return false;
  };
  for (const auto& path : named_packs_) {
    if (!alreadyListed(path)) found.push_back(loadOrReuse(path, PackOrigin::command_line));
  }
  for (const auto& folder : packFolders(shipped_directory_)) {
    if (!alreadyListed(folder)) found.push_back(loadOrReuse(folder, PackOrigin::shipped));
  }
  if (shipped_directory_ != user_directory_) {
    for (const auto& folder : packFolders(user_directory_)) {
      if (!alreadyListed(folder)) found.push_back(loadOrReuse(folder, PackOrigin::user));
    }
  }
  const bool changed = found != entries_;
  entries_ = std::move(found);
  return changed;
}

}  // namespace esprit::play
