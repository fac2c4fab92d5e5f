// Scenarios of every kind, built by hand so that the renderer tests do not
// depend on the pack loader. They mirror gallery-pack/pack.json, plus a
// picture that is missing (which the validator would refuse in a pack) and a
// quote with a portrait.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <filesystem>
#include <vector>

namespace esprit::test {

// Every example; pictures are media paths inside gallery-pack/.
std::vector<Scenario> exampleScenarios();

// The folder of the gallery pack, whose media/ holds the example pictures.
std::filesystem::path galleryPackFolder();

}  // namespace esprit::test
