// POSIX implementation of the atomic replace: mkstemp, write, fsync, rename,
// then fsync the folder so the new name itself survives a power cut.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AtomicFile.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <vector>

namespace esprit {
namespace {

Error describeError(std::string_view action, const std::filesystem::path& path, int error) {
  const ErrorKind kind = error == ENOSPC || error == EDQUOT ? ErrorKind::disk_full
                         : error == EROFS || error == EACCES || error == EPERM
                             ? ErrorKind::read_only
                             : ErrorKind::input_output;
  return Error{kind,
               std::string(action) + " " + path.string() + " failed: " + std::strerror(error) + ".",
               0};
}

bool writeAll(int descriptor, std::string_view contents) {
  while (!contents.empty()) {
    const ssize_t written = ::write(descriptor, contents.data(), contents.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    contents.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

Status writeFileAtomically(const std::filesystem::path& file, std::string_view contents) {
  const std::filesystem::path folder =
      file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  const std::string pattern = (folder / ("." + file.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> temporary_name(pattern.begin(), pattern.end());
  temporary_name.push_back('\0');

  const int descriptor = ::mkstemp(temporary_name.data());
  if (descriptor < 0) return describeError("Creating a temporary file in", folder, errno);
  const std::filesystem::path temporary(temporary_name.data());

  auto abandon = [&](std::string_view action) {
    const int error = errno;
    ::close(descriptor);
    ::unlink(temporary_name.data());
    return describeError(action, temporary, error);
  };
  // mkstemp creates the file readable by its owner only; a pack is shared.
  if (::fchmod(descriptor, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH) != 0) {
    return abandon("Setting permissions of");
  }
  if (!writeAll(descriptor, contents)) return abandon("Writing");
  if (::fsync(descriptor) != 0) return abandon("Flushing");
  if (::close(descriptor) != 0) {
    const int error = errno;
    ::unlink(temporary_name.data());
    return describeError("Closing", temporary, error);
  }
  if (::rename(temporary_name.data(), file.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary_name.data());
    return describeError("Replacing", file, error);
  }
  // Without this the rename may not survive a power cut; failing here is not
  // worth reporting, the data itself is already safe.
  const int folder_descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder_descriptor >= 0) {
    ::fsync(folder_descriptor);
    ::close(folder_descriptor);
  }
  return {};
}

Status writeFileAtomicallyCreatingFolder(const std::filesystem::path& file,
                                         std::string_view contents) {
  if (file.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    if (error) {
      return Error{ErrorKind::cannot_open,
                   "The folder " + file.parent_path().string() +
                       " could not be created: " + error.message() + ".",
                   0};
    }
  }
  return writeFileAtomically(file, contents);
}

}  // namespace esprit
