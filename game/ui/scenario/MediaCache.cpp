// Loads each picture of a pack once, refusing anything outside the pack
// folder, too large, or not a PNG or JPEG.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/MediaCache.hpp"

#include "core/ImageHeader.hpp"

#include <SFML/Graphics/Image.hpp>

#include <algorithm>
#include <fstream>
#include <system_error>

namespace esprit::ui {
namespace {

bool isInside(const std::filesystem::path& file, const std::filesystem::path& folder) {
  auto folder_end = folder.end();
  if (!folder.empty() && !folder.has_filename()) --folder_end;  // "a/b/" ends with an empty part
  auto [folder_stop, file_stop] =
      std::mismatch(folder.begin(), folder_end, file.begin(), file.end());
  return folder_stop == folder_end && file_stop != file.end();
}

bool isSafeRelativePath(const std::string& media_path) {
  if (media_path.empty() || media_path.find('\\') != std::string::npos ||
      media_path.find('\0') != std::string::npos) {
    return false;
  }
  std::filesystem::path relative(media_path);
  if (relative.has_root_name() || relative.has_root_directory()) return false;
  return std::none_of(relative.begin(), relative.end(),
                      [](const std::filesystem::path& part) { return part == ".."; });
}

}  // namespace

MediaCache::MediaCache(std::filesystem::path pack_folder, MediaLimits limits)
    : pack_folder_(std::move(pack_folder)), limits_(limits) {}

void MediaCache::usePack(const std::filesystem::path& pack_folder) {
  if (pack_folder == pack_folder_) return;
  pack_folder_ = pack_folder;
  textures_.clear();
}

std::optional<std::filesystem::path> MediaCache::resolveMediaPath(
    const std::filesystem::path& pack_folder, const std::string& media_path) const {
  if (pack_folder.empty() || !isSafeRelativePath(media_path)) return std::nullopt;
  std::error_code error;
  auto folder = std::filesystem::canonical(pack_folder, error);
  if (error) return std::nullopt;
  // canonical() follows links, so a link pointing out of the pack is caught here.
  auto file = std::filesystem::canonical(folder / media_path, error);
  if (error || !isInside(file, folder)) return std::nullopt;
  if (!std::filesystem::is_regular_file(file, error) || error) return std::nullopt;
  auto size = std::filesystem::file_size(file, error);
  if (error || size > limits_.max_file_bytes) return std::nullopt;
  return file;
}

std::unique_ptr<sf::Texture> MediaCache::loadTexture(const std::filesystem::path& file) const {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return nullptr;
  // Read at most one byte past the limit: the file may have grown since it was checked.
  std::string bytes(static_cast<std::size_t>(limits_.max_file_bytes) + 1, '\0');
  stream.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(stream.gcount()));
  if (bytes.empty() || bytes.size() > limits_.max_file_bytes) return nullptr;

  auto size = readImageSize(bytes);
  if (!size || size->width == 0 || size->height == 0 || size->width > limits_.max_side_pixels ||
      size->height > limits_.max_side_pixels ||
      std::uint64_t{size->width} * size->height > limits_.max_pixels) {
    return nullptr;
  }
  sf::Image image;
  if (!image.loadFromMemory(bytes.data(), bytes.size())) return nullptr;
  auto texture = std::make_unique<sf::Texture>();
  if (!texture->loadFromImage(image)) return nullptr;
  texture->setSmooth(true);
  // Mipmaps keep a large photo shrunk onto a small card from shimmering.
  texture->generateMipmap();
  return texture;
}

const sf::Texture* MediaCache::texture(const std::filesystem::path& pack_folder,
                                       const std::string& media_path) {
  auto key = pack_folder / media_path;
  if (auto found = textures_.find(key); found != textures_.end()) return found->second.get();
  std::unique_ptr<sf::Texture> texture;
  if (auto file = resolveMediaPath(pack_folder, media_path)) texture = loadTexture(*file);
  // A failure is remembered too, so a broken file is not read again every frame.
  return textures_.emplace(key, std::move(texture)).first->second.get();
}

const sf::Texture* MediaCache::texture(const std::string& media_path) {
  return texture(pack_folder_, media_path);
}

}  // namespace esprit::ui
