// Where the interchange fixtures live, and reading them as bytes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace esprit::testing {

inline std::filesystem::path fixturePath(const std::string& name) {
  return std::filesystem::path(ESPRIT_INTERCHANGE_FIXTURES) / name;
}

inline std::string readFixture(const std::string& name) {
  std::ifstream stream(fixturePath(name), std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  return contents.str();
}

}  // namespace esprit::testing
