// Whether the desktop asks for reduced motion, read where that can be read:
// GTK's settings.ini (gtk-enable-animations), KDE's kdeglobals
// (AnimationDurationFactor=0) and GNOME's gsettings (enable-animations).
// Used once, on a first start, to turn Esprit's own reduced motion on.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace esprit {

// Each reader says false when the text turns animations off, true when it
// turns them on, and nothing when it says neither.
std::optional<bool> animationsFromGtkSettings(std::string_view settings_ini);
std::optional<bool> animationsFromKdeGlobals(std::string_view kdeglobals);
// The output of `gsettings get org.gnome.desktop.interface enable-animations`.
std::optional<bool> animationsFromGsettings(std::string_view output);

// Reads gtk-4.0/settings.ini, gtk-3.0/settings.ini and kdeglobals in
// `config_directory` (XDG_CONFIG_HOME): true when one of them turns
// animations off. A few small file reads: cheap enough for start-up.
bool configFilesAskReducedMotion(const std::filesystem::path& config_directory);

// Runs gsettings (when it is installed) and reads its answer: true when
// GNOME's animations are off. Takes tens of milliseconds, so the game calls
// it on a thread of its own and never waits for it.
bool gnomeAsksReducedMotion();

}  // namespace esprit
