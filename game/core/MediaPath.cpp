// Media path checks.
#include "MediaPath.hpp"

#include "ByteSize.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
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
bool startsLikeAPicture(const std::filesystem::path& file) {
  unsigned char head[8] = {};
  std::ifstream stream(file, std::ios::binary);
  stream.read(reinterpret_cast<char*>(head), sizeof head);
  const bool png = stream.gcount() == 8 && std::memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0;
  const bool jpeg = stream.gcount() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
  return png || jpeg;
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
  if (!startsLikeAPicture(resolved)) {
    reader.errorAt(key, where +
                            " is not a PNG or JPEG picture, although its name says so. "
                            "Open it in an image program and save it again as PNG or JPEG.");
    return {};
  }
  return text;
}

}  // namespace esprit
