// Splits a post's text into plain words and the parts a network would show
// in its link colour: #hashtags, @mentions and web addresses (shortened the
// way networks shorten them).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scenario/TextLayout.hpp"

#include <string_view>
#include <vector>

namespace esprit::ui {

std::vector<StyledText> styleSocialText(std::string_view utf8, const TextStyle& plain,
                                        const TextStyle& highlighted);

// "https://nat-health.example/lemon-cure-2024" → "nat-health.example/lemon-cur…"
std::u32string shortenAddress(std::u32string_view address);

}  // namespace esprit::ui
