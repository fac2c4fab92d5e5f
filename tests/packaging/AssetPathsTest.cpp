// Where the game looks for assets/ and questions/: the environment, an
// installed layout, a build tree, and never the current or the binary's folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssetPaths.hpp"

#include <doctest/doctest.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace esprit;
namespace fs = std::filesystem;

namespace {

// A made-up machine under a fresh temporary folder.
struct Machine {
  fs::path top;

  explicit Machine(const std::string& name) {
    top =
        fs::temp_directory_path() / ("esprit-asset-paths-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(top);
    fs::create_directories(top);
  }
  ~Machine() {
    std::error_code ignored;
    fs::remove_all(top, ignored);
  }

  // A data root: a folder holding assets/ and questions/.
  fs::path dataRoot(const fs::path& relative) const {
    fs::create_directories(top / relative / "assets");
    fs::create_directories(top / relative / "questions");
    return top / relative;
  }
  fs::path executable(const fs::path& relative) const {
    fs::create_directories((top / relative).parent_path());
    std::ofstream(top / relative) << "not really a program";
    return top / relative;
  }

  // The clues of a game built in <top>/src/build and installed under /usr.
  DataRootClues clues(const fs::path& executable_file) const {
    DataRootClues clues;
    clues.executable = executable_file;
    clues.source_root = top / "src";
    clues.build_root = top / "out-of-source-build";
    clues.data_from_binary = "../share/esprit";
    clues.installed_data = top / "nowhere" / "usr" / "share" / "esprit";
    return clues;
  }
};

}  // namespace

TEST_CASE("ESPRIT_ROOT wins over an installed layout and a build tree") {
  Machine machine("environment");
  machine.dataRoot("usr/share/esprit");
  auto clues = machine.clues(machine.executable("usr/bin/esprit"));
  clues.environment_root = machine.dataRoot("chosen");
  CHECK(findDataRoot(clues) == machine.top / "chosen");
}

TEST_CASE("an installed game finds the data folder of its own prefix, wherever it was unpacked") {
  Machine machine("installed");
  const auto expected = machine.dataRoot("extracted/usr/share/esprit");
  const auto clues = machine.clues(machine.executable("extracted/usr/bin/esprit"));
  CHECK(findDataRoot(clues) == expected);
}

TEST_CASE("a package unpacked inside the build folder still uses its own data, not the sources") {
  Machine machine("unpacked-in-build");
  machine.dataRoot("src");
  const auto expected = machine.dataRoot("out-of-source-build/unpacked/usr/share/esprit");
  const auto clues =
      machine.clues(machine.executable("out-of-source-build/unpacked/usr/bin/esprit"));
  CHECK(findDataRoot(clues) == expected);
}

TEST_CASE("a game run from its build folder uses the source tree") {
  Machine machine("build-tree");
  const auto sources = machine.dataRoot("src");
  SUBCASE("a build folder outside the sources") {
    const auto clues = machine.clues(machine.executable("out-of-source-build/game/app/esprit"));
    CHECK(findDataRoot(clues) == sources);
  }
  SUBCASE("a build folder inside the sources") {
    const auto clues = machine.clues(machine.executable("src/build/game/app/esprit"));
    CHECK(findDataRoot(clues) == sources);
  }
  SUBCASE("a build folder reached through a symbolic link") {
    fs::create_directories(machine.top / "out-of-source-build");
    fs::create_directory_symlink(machine.top / "out-of-source-build", machine.top / "link");
    auto clues = machine.clues(machine.executable("out-of-source-build/game/app/esprit"));
    clues.build_root = machine.top / "link";
    CHECK(findDataRoot(clues) == sources);
  }
}

TEST_CASE("a folder whose name only starts like the build folder is not the build folder") {
  Machine machine("prefix-name");
  machine.dataRoot("src");
  const auto clues = machine.clues(machine.executable("out-of-source-build-old/esprit"));
  CHECK(findDataRoot(clues) == clues.installed_data);
}

TEST_CASE("an installed game never uses the current folder or the folder of its binary") {
  Machine machine("no-local-data");
  // Bait: data in the current folder and next to the binary.
  const auto binary_folder = machine.dataRoot("opt/esprit");
  const auto current = machine.dataRoot("somewhere");
  const auto clues = machine.clues(machine.executable("opt/esprit/esprit"));
  const auto previous = fs::current_path();
  fs::current_path(current);
  const auto found = findDataRoot(clues);
  fs::current_path(previous);
  CHECK(found == clues.installed_data);
  CHECK(found != binary_folder);
  CHECK(found != current);
}

TEST_CASE(
    "an install prefix without assets/ falls back to the installed data folder, named in errors") {
  Machine machine("broken-install");
  fs::create_directories(machine.top / "usr/share/esprit/questions");  // assets/ is missing
  const auto clues = machine.clues(machine.executable("usr/bin/esprit"));
  CHECK(findDataRoot(clues) == clues.installed_data);
}

TEST_CASE("without a known executable the installed data folder is used") {
  Machine machine("no-executable");
  machine.dataRoot("src");
  const auto clues = machine.clues({});
  CHECK(findDataRoot(clues) == clues.installed_data);
}

TEST_CASE("this test, run from the build folder, finds the real assets of the source tree") {
  const char* saved = std::getenv("ESPRIT_ROOT");
  const std::string saved_value = saved ? saved : "";
  unsetenv("ESPRIT_ROOT");
  const auto techniques = assetDirectory() / "techniques.json";
  const auto packs = shippedPackDirectory();
  if (saved) setenv("ESPRIT_ROOT", saved_value.c_str(), 1);
  CHECK(techniques == fs::path(ESPRIT_SOURCE_ROOT) / "assets" / "techniques.json");
  CHECK(fs::is_regular_file(techniques));
  CHECK(fs::is_regular_file(packs / "pack.schema.json"));
}

namespace {

// Where the game built in <top>/out-of-source-build and installed under /usr
// would look for its modules.
ModuleFolderClues moduleClues(const Machine& machine, const fs::path& executable_file) {
  ModuleFolderClues clues;
  clues.executable = executable_file;
  clues.build_root = machine.top / "out-of-source-build";
  clues.build_modules = machine.top / "out-of-source-build" / "modules";
  clues.modules_from_binary = "../lib/x86_64-linux-gnu/esprit";
  clues.installed_modules = machine.top / "nowhere" / "usr/lib/x86_64-linux-gnu/esprit";
  return clues;
}

}  // namespace

TEST_CASE("an installed game opens the modules of its own prefix, wherever it was unpacked") {
  Machine machine("modules-installed");
  fs::create_directories(machine.top / "extracted/usr/lib/x86_64-linux-gnu/esprit");
  const auto clues = moduleClues(machine, machine.executable("extracted/usr/bin/esprit"));
  CHECK(findModuleFolder(clues) == machine.top / "extracted/usr/lib/x86_64-linux-gnu/esprit");
}

TEST_CASE("a game run from its build folder opens the modules that build made") {
  Machine machine("modules-build");
  const auto clues =
      moduleClues(machine, machine.executable("out-of-source-build/game/app/esprit"));
  CHECK(findModuleFolder(clues) == clues.build_modules);
}

TEST_CASE("a game elsewhere, with no module folder beside it, names the installed one") {
  Machine machine("modules-missing");
  SUBCASE("an executable outside the build folder") {
    const auto clues = moduleClues(machine, machine.executable("opt/esprit/esprit"));
    CHECK(findModuleFolder(clues) == clues.installed_modules);
  }
  SUBCASE("no known executable") {
    const auto clues = moduleClues(machine, {});
    CHECK(findModuleFolder(clues) == clues.installed_modules);
  }
}
