// Safe media names and the copy into the pack folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/MediaImport.hpp"

#include "core/TrimmedText.hpp"
#include "core/interchange/Identifiers.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace esprit::editing {
namespace {

constexpr std::uintmax_t kMaximumMediaBytes = 16u * 1024 * 1024;  // docs/pack-format.md limits
constexpr std::size_t kMaximumStemLength = 48;

std::string lowerAscii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool isPictureExtension(const std::string& extension) {
  return extension == ".png" || extension == ".jpg" || extension == ".jpeg";
}

}  // namespace

std::string safeMediaName(std::string_view original_name, const std::set<std::string>& taken) {
  const std::filesystem::path original{std::string(original_name)};
  const std::string extension = lowerAscii(original.extension().string());
  std::string stem = interchange::slugify(original.stem().string(), kMaximumStemLength);
  if (stem.empty()) stem = "picture";
  std::string safe_extension;
  for (char c : extension) {
    if (c == '.' || std::isalnum(static_cast<unsigned char>(c))) safe_extension += c;
  }
  std::string name = stem + safe_extension;
  for (int number = 2; taken.count(name) != 0; ++number) {
    name = stem + "-" + std::to_string(number) + safe_extension;
  }
  return name;
}

std::string cleanPastedPath(std::string_view text) {
  std::string path = trimmed(text);
  if (path.size() >= 2 && (path.front() == '"' || path.front() == '\'') &&
      path.back() == path.front()) {
    path = path.substr(1, path.size() - 2);
  }
  constexpr std::string_view kFileScheme = "file://";
  if (path.rfind(kFileScheme, 0) == 0) path.erase(0, kFileScheme.size());
  // File managers escape spaces as %20 when they paste a file:// address.
  std::string decoded;
  for (std::size_t at = 0; at < path.size(); ++at) {
    if (path[at] == '%' && at + 2 < path.size() &&
        std::isxdigit(static_cast<unsigned char>(path[at + 1])) &&
        std::isxdigit(static_cast<unsigned char>(path[at + 2]))) {
      decoded += static_cast<char>(std::stoi(path.substr(at + 1, 2), nullptr, 16));
      at += 2;
    } else {
      decoded += path[at];
    }
  }
  return decoded;
}

MediaCopyResult copyMediaIntoPack(const std::filesystem::path& source,
                                  const std::filesystem::path& pack_folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (source.empty()) return MediaCopyError{"Type or paste the path of a picture first."};
  if (!fs::is_regular_file(source, error)) {
    return MediaCopyError{"There is no file at " + source.string() + "."};
  }
  if (!isPictureExtension(lowerAscii(source.extension().string()))) {
    return MediaCopyError{"Only PNG and JPEG pictures can be used (.png, .jpg, .jpeg)."};
  }
  const auto bytes = fs::file_size(source, error);
  if (error || bytes > kMaximumMediaBytes) {
    return MediaCopyError{"The picture is larger than 16 MiB; make it smaller first."};
  }
  if (pack_folder.empty()) return MediaCopyError{"Save the pack once before adding pictures."};

  // A picture already inside the pack keeps its place.
  const auto canonical_source = fs::weakly_canonical(source, error);
  const auto canonical_folder = fs::weakly_canonical(pack_folder, error);
  if (!error) {
    const auto relative = canonical_source.lexically_relative(canonical_folder);
    if (!relative.empty() && *relative.begin() != ".." && relative.is_relative()) {
      return relative.generic_string();
    }
  }

  const fs::path media_folder = pack_folder / "media";
  fs::create_directories(media_folder, error);
  if (error)
    return MediaCopyError{"The folder " + media_folder.string() +
                          " cannot be made: " + error.message()};
  std::set<std::string> taken;
  for (const auto& entry : fs::directory_iterator(media_folder, error)) {
    taken.insert(lowerAscii(entry.path().filename().string()));
  }
  const std::string name = safeMediaName(source.filename().string(), taken);
  fs::copy_file(source, media_folder / name, fs::copy_options::none, error);
  if (error) return MediaCopyError{"The picture could not be copied: " + error.message()};
  return "media/" + name;
}

}  // namespace esprit::editing
