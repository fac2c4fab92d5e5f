// Language tags and locale names.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LanguageTag.hpp"

#include <cctype>

namespace esprit {

bool isLanguageTag(std::string_view tag) {
  constexpr std::size_t kShortestPart = 2, kLongestLanguage = 3, kLongestPart = 8;
  std::size_t part_start = 0;
  for (bool first = true;; first = false) {
    const std::size_t dash = tag.find('-', part_start);
    const std::string_view part = tag.substr(part_start, dash - part_start);
    const std::size_t longest = first ? kLongestLanguage : kLongestPart;
    if (part.size() < kShortestPart || part.size() > longest) return false;
    for (const char character : part) {
      const auto byte = static_cast<unsigned char>(character);
      if (first ? !std::isalpha(byte) : !std::isalnum(byte)) return false;
    }
    if (dash == std::string_view::npos) return true;
    part_start = dash + 1;
  }
}

std::string primaryLanguage(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  for (auto& each : primary) each = static_cast<char>(std::tolower(static_cast<unsigned char>(each)));
  return primary;
}

std::string languageFromLocale(const char* locale_value) {
  if (locale_value == nullptr) return {};
  const std::string_view value(locale_value);
  const std::string primary(value.substr(0, value.find_first_of("_.@:")));
  if (primary == "C" || primary == "POSIX" || !isLanguageTag(primary)) return {};
  return primaryLanguage(primary);
}

}  // namespace esprit
