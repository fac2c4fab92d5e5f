// Media path checks.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaPath.hpp"

#include "ByteSize.hpp"
#include "ImageHeader.hpp"
#include "WholeFile.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

namespace esprit {
namespace {

bool hasPictureExtension(const std::filesystem::path& path) {
  auto extension = path.extension().string();
  std::transform(
      extension.begin(), extension.end(), extension.begin(),
      [](unsigned char character) { return static_cast<char>(std::tolower(character)); });
  return extension == ".png" || extension == ".jpg" || extension == ".jpeg";
}

// The first bytes of every PNG file, and of every JPEG file.
bool startsLikeAPicture(std::string_view head) {
  const bool png = head.size() >= 8 && std::memcmp(head.data(), "\x89PNG\r\n\x1a\n", 8) == 0;
  const bool jpeg = head.size() >= 3 && static_cast<unsigned char>(head[0]) == 0xFF &&
                    static_cast<unsigned char>(head[1]) == 0xD8 &&
                    static_cast<unsigned char>(head[2]) == 0xFF;
  return png || jpeg;
}

// The whole file (already known to be within max_media_bytes): a JPEG's size
// may sit after a long block of camera data.
std::string readPicture(const std::filesystem::path& file) {
  return readWholeFile(file).value_or(std::string());
}

bool isInside(const std::filesystem::path& path, const std::filesystem::path& folder) {
  auto [folder_end, path_position] =
      std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return folder_end == folder.end();
}

}  // namespace

MediaPathChecker::MediaPathChecker(std::filesystem::path folder, const PackLimits& limits)
    : folder_(std::move(folder)), limits_(limits) {
  std::error_code error;
  if (!folder_.empty()) canonical_folder_ = std::filesystem::canonical(folder_, error);
}

std::string MediaPathChecker::read(ObjectReader& reader, std::string_view key, Need need) const {
  const std::string text = reader.text(key, need);
  if (text.empty()) return {};
  const std::string where = reader.label() + ": the file \"" + text + "\"";
  if (text.front() == '/' || text.front() == '\\' || (text.size() > 1 && text[1] == ':')) {
    reader.errorAt(key, where +
                            " is an absolute path. Media paths are relative to the pack "
                            "folder, such as \"media/photo.png\".");
    return {};
  }
  if (text.find('\\') != std::string::npos) {
    reader.errorAt(key, where + " uses \\. Write media paths with /, such as \"media/photo.png\".");
    return {};
  }
  const std::filesystem::path relative(text);
  for (const auto& part : relative) {
    if (part == "..") {
      reader.errorAt(key, where +
                              " leaves the pack folder (it contains \"..\"). Copy the file "
                              "into the pack's media folder and name it from there.");
      return {};
    }
  }
  if (!hasPictureExtension(relative)) {
    reader.errorAt(key, where + " is not a PNG or JPEG picture. Save it as .png or .jpg.");
    return {};
  }
  if (folder_.empty()) return text;

  std::error_code error;
  const auto full = folder_ / relative;
  if (!std::filesystem::exists(full, error)) {
    reader.errorAt(key, where + " is not in the pack folder. Copy it to " + full.string() +
                            " or correct the name (names are case-sensitive).");
    return {};
  }
  const auto resolved = std::filesystem::canonical(full, error);
  if (error || canonical_folder_.empty() || !isInside(resolved, canonical_folder_)) {
    reader.errorAt(key, where +
                            " is a link that points outside the pack folder. Copy the "
                            "picture itself into the pack folder.");
    return {};
  }
  if (!std::filesystem::is_regular_file(resolved, error)) {
    reader.errorAt(key, where + " is not a file.");
    return {};
  }
  const auto size = std::filesystem::file_size(resolved, error);
  if (error || size > limits_.max_media_bytes) {
    reader.errorAt(key, where + " is larger than the limit: it is " + describeByteSize(size) +
                            " and a picture may be at most " +
                            describeByteSize(limits_.max_media_bytes) +
                            ". Save it smaller (a width of 1600 pixels is plenty).");
    return {};
  }
  const std::string bytes = readPicture(resolved);
  if (!startsLikeAPicture(bytes)) {
    reader.errorAt(key, where +
                            " is not a PNG or JPEG picture, although its name says so. "
                            "Open it in an image program and save it again as PNG or JPEG.");
    return {};
  }
  const auto pixels = readImageSize(bytes);
  if (!pixels || pixels->width == 0 || pixels->height == 0) {
    reader.errorAt(key, where +
                            " is damaged: its size in pixels cannot be read. Open it in an "
                            "image program and save it again as PNG or JPEG.");
    return {};
  }
  if (pixels->width > limits_.max_picture_side_pixels ||
      pixels->height > limits_.max_picture_side_pixels ||
      std::uint64_t{pixels->width} * pixels->height > limits_.max_picture_pixels) {
    reader.errorAt(key, where + " is " + std::to_string(pixels->width) + " × " +
                            std::to_string(pixels->height) + " pixels; a picture may be at most " +
                            std::to_string(limits_.max_picture_side_pixels) +
                            " pixels on a side and " +
                            std::to_string(limits_.max_picture_pixels / 1'000'000) +
                            " million pixels in all. Save it smaller (a width of 1600 pixels is "
                            "plenty).");
    return {};
  }
  return text;
}

}  // namespace esprit
