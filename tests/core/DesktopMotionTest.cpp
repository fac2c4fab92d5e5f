// Reading the desktop's wish for reduced motion from GTK, KDE and GNOME settings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DesktopMotion.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace esprit;

TEST_CASE("GTK's settings.ini turns animations off with false or 0") {
  CHECK(animationsFromGtkSettings("[Settings]\ngtk-enable-animations = false\n") == false);
  CHECK(animationsFromGtkSettings(
            "[Settings]\ngtk-theme-name=Adwaita\ngtk-enable-animations=0\n") == false);
  CHECK(animationsFromGtkSettings("[Settings]\ngtk-enable-animations=true\n") == true);
  CHECK_FALSE(animationsFromGtkSettings("[Settings]\ngtk-theme-name=Adwaita\n"));
  // The key counts only in its own section.
  CHECK_FALSE(animationsFromGtkSettings("[Other]\ngtk-enable-animations=false\n"));
  CHECK_FALSE(animationsFromGtkSettings(""));
}

TEST_CASE("KDE's animation speed of zero means no animation") {
  CHECK(animationsFromKdeGlobals("[KDE]\nAnimationDurationFactor=0\n") == false);
  CHECK(animationsFromKdeGlobals("[KDE]\nAnimationDurationFactor=0.5\n") == true);
  CHECK_FALSE(animationsFromKdeGlobals("[General]\nColorScheme=Breeze\n"));
  CHECK_FALSE(animationsFromKdeGlobals("[KDE]\nAnimationDurationFactor=fast\n"));
}

TEST_CASE("gsettings' answer is read as it prints it") {
  CHECK(animationsFromGsettings("false\n") == false);
  CHECK(animationsFromGsettings("true\n") == true);
  CHECK_FALSE(animationsFromGsettings(""));
}

TEST_CASE("a GTK settings file in the config folder asks for reduced motion") {
  const auto folder = std::filesystem::temp_directory_path() / "esprit-desktop-motion";
  std::filesystem::remove_all(folder);
  CHECK_FALSE(configFilesAskReducedMotion(folder));
  std::filesystem::create_directories(folder / "gtk-3.0");
  std::ofstream(folder / "gtk-3.0" / "settings.ini") << "[Settings]\ngtk-enable-animations=false\n";
  CHECK(configFilesAskReducedMotion(folder));
}
