// Encoding with libqrencode and painting the modules into an sf::Image.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/host/QrCode.hpp"

#include <qrencode.h>

#include <SFML/Graphics/Image.hpp>

#include <memory>

namespace esprit::ui {
namespace {

constexpr unsigned kQuietModules = 4;

}  // namespace

bool makeQrTexture(const std::string& text, unsigned pixels_per_module, sf::Texture& texture) {
  // Level M survives a smudged projector or a glare spot on a quarter of it.
  std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
  if (!code || pixels_per_module == 0) return false;
  const unsigned modules = static_cast<unsigned>(code->width);
  const unsigned side = (modules + 2 * kQuietModules) * pixels_per_module;
  sf::Image image;
  image.create(side, side, sf::Color::White);
  for (unsigned row = 0; row < modules; ++row) {
    for (unsigned column = 0; column < modules; ++column) {
      if ((code->data[row * modules + column] & 1) == 0) continue;
      for (unsigned y = 0; y < pixels_per_module; ++y) {
        for (unsigned x = 0; x < pixels_per_module; ++x) {
          image.setPixel((column + kQuietModules) * pixels_per_module + x,
                         (row + kQuietModules) * pixels_per_module + y, sf::Color::Black);
        }
      }
    }
  }
  return texture.loadFromImage(image);
}

}  // namespace esprit::ui
