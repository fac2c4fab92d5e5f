// Loads each picture of a pack once and keeps it while the pack is in use.
// A pack is untrusted: only PNG and JPEG files inside its folder, at most
// 16 MiB and of sensible pixel dimensions, are ever decoded.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics/Texture.hpp>

#include <cstdint>
#include <filesystem>
#include "core/PackLimits.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace esprit::ui {

// The validator's limits (core/PackLimits.hpp), checked again when a
// picture is read: the file may have changed since the pack was checked.
struct MediaLimits {
  std::uintmax_t max_file_bytes = PackLimits{}.max_media_bytes;
  unsigned max_side_pixels = PackLimits{}.max_picture_side_pixels;
  std::uint64_t max_pixels = PackLimits{}.max_picture_pixels;
};

class MediaCache {
 public:
  explicit MediaCache(std::filesystem::path pack_folder = {}, MediaLimits limits = {});

  // Chooses the pack whose pictures `texture(media_path)` returns; switching
  // to another pack forgets the previous pack's pictures.
  void usePack(const std::filesystem::path& pack_folder);
  const std::filesystem::path& packFolder() const { return pack_folder_; }

  // The texture for a media path inside `pack_folder`; nullptr when it cannot
  // be read (the caller draws a labelled placeholder instead of failing).
  const sf::Texture* texture(const std::filesystem::path& pack_folder,
                             const std::string& media_path);
  // The same, inside the folder given to usePack.
  const sf::Texture* texture(const std::string& media_path);
  void clear() { textures_.clear(); }

  // The file a media path names, when it is a regular file inside the pack
  // folder (after following links) and within the size limit; empty otherwise.
  std::optional<std::filesystem::path> resolveMediaPath(const std::filesystem::path& pack_folder,
                                                        const std::string& media_path) const;

 private:
  std::unique_ptr<sf::Texture> loadTexture(const std::filesystem::path& file) const;

  std::filesystem::path pack_folder_;
  MediaLimits limits_;
  std::map<std::filesystem::path, std::unique_ptr<sf::Texture>> textures_;
};

}  // namespace esprit::ui
