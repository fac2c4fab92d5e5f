// Pictures are loaded only from inside the pack, only when small and sane.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ImageHeader.hpp"
#include "ui/scenario/MediaCache.hpp"

#include <doctest/doctest.h>
#include <SFML/Graphics/Image.hpp>

#include <fstream>
#include <random>

using namespace esprit;
using namespace esprit::ui;
namespace fs = std::filesystem;

namespace {

// A fresh folder holding pack/media/dot.png and, beside the pack, secret.png.
struct TemporaryPack {
  TemporaryPack() {
    std::random_device random;
    root = fs::temp_directory_path() / ("esprit-media-" + std::to_string(random()));
    pack = root / "pack";
    fs::create_directories(pack / "media");
    sf::Image dot;
    dot.create(4, 3, sf::Color::Red);
    REQUIRE(dot.saveToFile((pack / "media/dot.png").string()));
    REQUIRE(dot.saveToFile((root / "secret.png").string()));
  }
  ~TemporaryPack() {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }
  fs::path root;
  fs::path pack;
};

void writeBytes(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("a picture inside the pack is loaded once and kept") {
  TemporaryPack folder;
  MediaCache media(folder.pack);
  const sf::Texture* texture = media.texture("media/dot.png");
  REQUIRE(texture != nullptr);
  CHECK(texture->getSize() == sf::Vector2u(4, 3));
  CHECK(media.texture("media/dot.png") == texture);
}

TEST_CASE("a media path that leaves the pack folder is refused") {
  TemporaryPack folder;
  MediaCache media(folder.pack);
  CHECK(media.texture("../secret.png") == nullptr);
  CHECK(media.texture("media/../../secret.png") == nullptr);
  CHECK(media.texture((folder.root / "secret.png").string()) == nullptr);
  CHECK(media.texture("media\\..\\..\\secret.png") == nullptr);
  CHECK(media.texture("") == nullptr);
  CHECK(media.texture("media") == nullptr);  // a folder is not a picture
}

TEST_CASE("a link inside the pack that points outside it is refused") {
  TemporaryPack folder;
  std::error_code error;
  fs::create_symlink(folder.root / "secret.png", folder.pack / "media/link.png", error);
  if (error) return;  // the file system has no links: nothing to test
  MediaCache media(folder.pack);
  CHECK(media.texture("media/link.png") == nullptr);
}

TEST_CASE("a file over the size limit is refused before it is read") {
  TemporaryPack folder;
  MediaLimits limits;
  limits.max_file_bytes = 16;
  MediaCache media(folder.pack, limits);
  CHECK(media.texture("media/dot.png") == nullptr);
  CHECK_FALSE(media.resolveMediaPath(folder.pack, "media/dot.png"));
}

TEST_CASE("a picture that claims enormous dimensions is refused before it is decoded") {
  TemporaryPack folder;
  // A PNG header claiming 100,000 × 100,000 pixels, and nothing after it.
  std::string huge("\x89PNG\r\n\x1a\n\0\0\0\x0DIHDR\0\x01\x86\xA0\0\x01\x86\xA0\x08\x06\0\0\0", 33);
  writeBytes(folder.pack / "media/huge.png", huge);
  writeBytes(folder.pack / "media/text.png", "this is not a picture");
  MediaCache media(folder.pack);
  CHECK(media.texture("media/huge.png") == nullptr);
  CHECK(media.texture("media/text.png") == nullptr);
}

TEST_CASE("switching packs forgets the previous pack's pictures") {
  TemporaryPack folder;
  MediaCache media;
  CHECK(media.texture("media/dot.png") == nullptr);  // no pack chosen yet
  media.usePack(folder.pack);
  CHECK(media.texture("media/dot.png") != nullptr);
  CHECK(media.texture(folder.pack, "media/dot.png") != nullptr);
}

TEST_CASE("picture sizes are read from PNG and JPEG headers") {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0DIHDR\0\0\x03\xC0\0\0\x02\x58\x08\x06\0\0\0", 33);
  auto png_size = readImageSize(png);
  REQUIRE(png_size);
  CHECK(png_size->width == 960);
  CHECK(png_size->height == 600);

  // Start of image, an APP0 segment of 4 bytes, then a baseline frame header.
  std::string jpeg("\xFF\xD8\xFF\xE0\0\x04\0\0\xFF\xC0\0\x11\x08\x01\x2C\x02\x80\x03", 18);
  auto jpeg_size = readImageSize(jpeg);
  REQUIRE(jpeg_size);
  CHECK(jpeg_size->width == 640);
  CHECK(jpeg_size->height == 300);

  CHECK_FALSE(readImageSize("GIF89a"));
  CHECK_FALSE(readImageSize(std::string("\xFF\xD8\xFF", 3)));
  CHECK_FALSE(readImageSize(png.substr(0, 20)));
}
