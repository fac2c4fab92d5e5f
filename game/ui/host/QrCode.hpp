// A QR code of the join address (libqrencode), as a texture the lobby
// shows: phones scan it and land on the join form with the code filled in.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics/Texture.hpp>

#include <string>

namespace esprit::ui {

// Black modules on white with the standard four-module quiet zone, each
// module `pixels_per_module` square. False when the text cannot be encoded.
bool makeQrTexture(const std::string& text, unsigned pixels_per_module, sf::Texture& texture);

}  // namespace esprit::ui
