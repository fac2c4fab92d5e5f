// Reading colour themes from JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeFile.hpp"

#include "WholeFile.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace esprit {
namespace {

// A theme is a page of colours; anything far bigger is not one.
constexpr std::uintmax_t kLargestThemeBytes = 256 * 1024;

int hexDigit(char digit) {
  if (digit >= '0' && digit <= '9') return digit - '0';
  if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
  if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
  return -1;
}

double linearChannel(std::uint8_t channel) {
  const double value = channel / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(ThemeColour colour) {
  return 0.2126 * linearChannel(colour.red) + 0.7152 * linearChannel(colour.green) +
         0.0722 * linearChannel(colour.blue);
}

Error invalid(const std::string& file_name, const std::string& what) {
  return Error{ErrorKind::invalid_input, file_name + ": " + what};
}

}  // namespace

std::optional<ThemeColour> parseThemeColour(std::string_view text) {
  if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
  std::uint8_t channels[4] = {0, 0, 0, 255};
  for (std::size_t index = 0; index * 2 + 1 < text.size(); ++index) {
    const int high = hexDigit(text[1 + index * 2]);
    const int low = hexDigit(text[2 + index * 2]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[index] = static_cast<std::uint8_t>(high * 16 + low);
  }
  return ThemeColour{channels[0], channels[1], channels[2], channels[3]};
}

Result<ThemeFile> parseThemeFile(std::string_view text, const std::string& file_name) {
  const auto document = nlohmann::json::parse(text, nullptr, false);
  if (document.is_discarded() || !document.is_object())
    return invalid(file_name,
                   "not a JSON object; a theme is {\"interface\": {...}, \"scenario\": {...}}");
  ThemeFile theme;
  for (const auto& [section, fields] : document.items()) {
    if (section == "name" || section == "description") continue;
    if (!fields.is_object())
      return invalid(file_name, "/" + section + " must be an object of named colours");
    for (const auto& [name, value] : fields.items()) {
      const std::string where = section + "." + name;
      if (value.is_number()) {
        theme.numbers[where] = value.get<double>();
      } else if (value.is_string()) {
        const auto colour = parseThemeColour(value.get<std::string>());
        if (!colour)
          return invalid(file_name, "/" + section + "/" + name + ": '" + value.get<std::string>() +
                                        "' is not a colour; write it as #rrggbb or #rrggbbaa");
        theme.colours[where] = *colour;
      } else if (value.is_array()) {
        std::vector<ThemeColour> list;
        for (const auto& item : value) {
          const auto colour =
              item.is_string() ? parseThemeColour(item.get<std::string>()) : std::nullopt;
          if (!colour)
            return invalid(file_name, "/" + section + "/" + name +
                                          ": every item must be a colour written as #rrggbb");
          list.push_back(*colour);
        }
        theme.colour_lists[where] = std::move(list);
      } else {
        return invalid(file_name, "/" + section + "/" + name +
                                      " must be a colour (#rrggbb), a list of colours or a number");
      }
    }
  }
  return theme;
}

Result<ThemeFile> loadThemeFile(const std::filesystem::path& file) {
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (error)
    return Error{ErrorKind::cannot_open,
                 file.string() + ": cannot be read (" + error.message() + ")"};
  if (size > kLargestThemeBytes) return invalid(file.string(), "far too big to be a theme");
  const auto text = readWholeFile(file);
  if (!text) return Error{ErrorKind::input_output, file.string() + ": cannot be read"};
  return parseThemeFile(*text, file.string());
}

double contrastRatio(ThemeColour first, ThemeColour second) {
  double lighter = relativeLuminance(first);
  double darker = relativeLuminance(second);
  if (lighter < darker) std::swap(lighter, darker);
  return (lighter + 0.05) / (darker + 0.05);
}

}  // namespace esprit
