// This PC's random key for the city's server (see CityPush.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityPush.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace esprit::city {
namespace {

constexpr std::size_t kKeyDigits = 32;

bool looksLikeKey(const std::string& text) {
  return text.size() == kKeyDigits &&
         text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

std::string randomKey() {
  std::random_device entropy;  // /dev/urandom on Linux
  std::string key;
  constexpr char kDigits[] = "0123456789abcdef";
  while (key.size() < kKeyDigits) {
    const unsigned int bits = entropy();
    for (int shift = 0; shift < 32 && key.size() < kKeyDigits; shift += 4) {
      key += kDigits[(bits >> shift) & 0xF];
    }
  }
  return key;
}

storage::Error fileError(const std::filesystem::path& file, const std::string& what) {
  return storage::Error{storage::ErrorKind::input_output,
                        "Could not " + what + " " + file.string() + " (" + std::strerror(errno) +
                            "). Check that the data folder exists and that you may write in it.",
                        0};
}

std::optional<std::string> readKey(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return std::nullopt;
  std::string key;
  std::getline(in, key);
  return key;
}

}  // namespace

storage::Result<std::string> deviceKey(const std::filesystem::path& folder) {
  const auto file = folder / kDeviceKeyFileName;
  if (auto existing = readKey(file)) {
    if (looksLikeKey(*existing)) return *existing;
    return storage::Error{storage::ErrorKind::invalid_input,
                          "The file " + file.string() +
                              " does not hold a device key (32 hex digits). Restore it from a "
                              "backup, or delete it to give this PC a new key.",
                          0};
  }
  // Written beside, synced, then linked into place: link() fails when the key
  // exists already, so two pushes starting together keep one key.
  std::string pattern = (folder / ".device-key-XXXXXX").string();
  const int descriptor = mkstemp(pattern.data());
  if (descriptor < 0) return fileError(folder, "create a file in");
  const std::string line = randomKey() + "\n";
  const bool written =
      ::write(descriptor, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
      ::fsync(descriptor) == 0;
  ::close(descriptor);
  if (!written) {
    ::unlink(pattern.c_str());
    return fileError(file, "write");
  }
  const bool linked = ::link(pattern.c_str(), file.c_str()) == 0 || errno == EEXIST;
  const int link_error = errno;
  ::unlink(pattern.c_str());
  if (!linked) {
    errno = link_error;
    return fileError(file, "create");
  }
  const int folder_descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder_descriptor >= 0) {
    ::fsync(folder_descriptor);  // the new name itself survives a power cut
    ::close(folder_descriptor);
  }
  auto key = readKey(file);
  if (!key || !looksLikeKey(*key)) return fileError(file, "read back");
  return *key;
}

}  // namespace esprit::city
