// Recovery copies beside pack.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/RecoveryCopy.hpp"

#include "core/AtomicFile.hpp"
#include "core/WholeFile.hpp"
#include "core/interchange/PackWriter.hpp"

#include <system_error>

namespace esprit::editing {
std::filesystem::path recoveryFile(const std::filesystem::path& pack_folder) {
  return pack_folder / "pack.json.recovery";
}

Status writeRecoveryCopy(const Pack& pack) {
  if (pack.folder.empty()) return Error{ErrorKind::invalid_input, "The pack has no folder yet.", 0};
  return writeFileAtomicallyCreatingFolder(recoveryFile(pack.folder),
                                           interchange::writePackText(pack));
}

void discardRecoveryCopy(const std::filesystem::path& pack_folder) {
  std::error_code error;
  std::filesystem::remove(recoveryFile(pack_folder), error);
}

std::optional<std::string> pendingRecovery(const std::filesystem::path& pack_folder) {
  auto copy = readWholeFile(recoveryFile(pack_folder));
  if (!copy) return std::nullopt;
  const auto saved = readWholeFile(pack_folder / "pack.json");
  if (saved && *saved == *copy) return std::nullopt;
  return copy;
}

}  // namespace esprit::editing
