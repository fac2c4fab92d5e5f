// Finding, reading and checking kiosk.json (see KioskConfig.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskConfig.hpp"

#include "core/AssetPaths.hpp"
#include "core/JsonTree.hpp"
#include "core/SourceText.hpp"
#include "core/kiosk/StaffPin.hpp"

#include <cmath>
#include <fstream>
#include <sstream>
#include <system_error>

namespace esprit::kiosk {
namespace {

// kiosk.json is a handful of settings; anything bigger is not one.
constexpr std::size_t kMaximumFileBytes = 64 * 1024;
constexpr std::size_t kMaximumDepth = 8;
constexpr std::size_t kMaximumListLength = 200;
constexpr double kSmallestScreenMillimetres = 100;
constexpr double kLargestScreenMillimetres = 5000;

// Collects problems with their place in the text.
class Checker {
 public:
  Checker(std::string_view text, std::string file_name, std::vector<Problem>& problems)
      : source_(text), file_name_(std::move(file_name)), problems_(&problems) {}

  void report(std::size_t offset, std::string pointer, std::string message,
              Severity severity = Severity::error) {
    const TextPosition position = source_.positionOf(offset);
    problems_->push_back(Problem{severity, file_name_, position.line, position.column,
                                 std::move(pointer), std::move(message)});
  }

 private:
  SourceText source_;
  std::string file_name_;
  std::vector<Problem>* problems_;
};

std::string fallback(const std::string& value) {
  return " The kiosk uses " + value + " until this is mended.";
}

std::vector<std::string> readTextList(const JsonValue& value, const std::string& pointer,
                                      Checker& checker, const char* what,
                                      const std::string& meanwhile, bool& ok) {
  std::vector<std::string> list;
  ok = false;
  if (!value.isArray()) {
    checker.report(value.offset(), pointer,
                   std::string("must be a list of ") + what + " in square brackets, not " +
                       std::string(describeKind(value.kind())) + "." + meanwhile);
    return {};
  }
  if (value.size() > kMaximumListLength) {
    checker.report(
        value.offset(), pointer,
        "lists more than " + std::to_string(kMaximumListLength) + " entries." + meanwhile);
    return {};
  }
  for (std::size_t index = 0; index < value.size(); ++index) {
    const JsonValue item = value.at(index);
    if (!item.isString() || item.asString().empty()) {
      checker.report(item.offset(), pointer + "/" + std::to_string(index),
                     std::string("each entry must be ") + what + " in quotes." + meanwhile);
      return {};
    }
    list.emplace_back(item.asString());
  }
  ok = true;
  return list;
}

bool isLanguageTag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 12) return false;
  for (const char each : tag) {
    const bool allowed = (each >= 'a' && each <= 'z') || (each >= 'A' && each <= 'Z') ||
                         each == '-' || (each >= '0' && each <= '9');
    if (!allowed) return false;
  }
  return true;
}

std::optional<std::int64_t> wholeNumber(const JsonValue& value) {
  if (value.isInteger()) return value.asInteger();
  if (value.kind() == JsonKind::floating) {
    const double number = value.asNumber();
    if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e12)
      return static_cast<std::int64_t>(number);
  }
  return std::nullopt;
}

void readInteger(const JsonValue& value, const std::string& pointer, Checker& checker,
                 std::int64_t low, std::int64_t high, const std::string& unit, int& target) {
  const auto number = wholeNumber(value);
  if (!number || *number < low || *number > high) {
    checker.report(value.offset(), pointer,
                   "must be a whole number " + unit + "from " + std::to_string(low) + " to " +
                       std::to_string(high) + "." + fallback(std::to_string(target)));
    return;
  }
  target = static_cast<int>(*number);
}

void readMember(std::string_view key, const JsonValue& value, Checker& checker,
                KioskConfig& config) {
  const std::string pointer = "/" + std::string(key);
  bool ok = false;
  if (key == "packs") {
    auto packs = readTextList(value, pointer, checker, "pack ids",
                              " Every playable pack is offered meanwhile.", ok);
    if (ok) config.packs = std::move(packs);
  } else if (key == "languages") {
    auto languages = readTextList(value, pointer, checker, "language codes such as \"fr\"",
                                  " Every language is offered meanwhile.", ok);
    for (std::size_t index = 0; ok && index < languages.size(); ++index) {
      if (!isLanguageTag(languages[index])) {
        checker.report(value.at(index).offset(), pointer + "/" + std::to_string(index),
                       "'" + languages[index] +
                           "' is not a language code; write codes such as \"fr\", \"nl\", "
                           "\"de\" or \"en\". Every language is offered meanwhile.");
        ok = false;
      }
    }
    if (ok) config.languages = std::move(languages);
  } else if (key == "idle_timeout_seconds") {
    readInteger(value, pointer, checker, kMinimumIdleSeconds, kMaximumIdleSeconds, "of seconds ",
                config.idle_seconds);
  } else if (key == "round_length") {
    int length = static_cast<int>(config.round_length);
    readInteger(value, pointer, checker, 1, static_cast<std::int64_t>(kMaximumKioskRoundLength),
                "of questions ", length);
    config.round_length = static_cast<std::size_t>(length);
  } else if (key == "text_size_percent") {
    readInteger(value, pointer, checker, 100, 250, "(a percentage) ", config.text_size_percent);
  } else if (key == "show_cursor") {
    if (!value.isBool()) {
      checker.report(value.offset(), pointer,
                     "must be true or false, without quotes." +
                         fallback(config.show_cursor ? "true" : "false"));
    } else {
      config.show_cursor = value.asBool();
    }
  } else if (key == "staff_pin_hash") {
    if (!value.isString()) {
      checker.report(value.offset(), pointer,
                     "must be the text `esprit kiosk-pin` prints, in quotes. The staff menu "
                     "stays shut until it is mended.");
      return;
    }
    const std::string hash(value.asString());
    if (hash.empty()) return;
    if (const auto problem = pinHashProblem(hash)) {
      checker.report(value.offset(), pointer,
                     *problem + " The staff menu stays shut until it is mended.");
      return;
    }
    config.staff_pin_hash = hash;
  } else if (key == "data_folder") {
    if (!value.isString() || value.asString().empty()) {
      checker.report(value.offset(), pointer,
                     "must be a folder's path in quotes, such as \"/var/lib/esprit-kiosk\". "
                     "The usual data folder is used meanwhile.");
      return;
    }
    const std::filesystem::path folder{std::string(value.asString())};
    if (!folder.is_absolute()) {
      checker.report(value.offset(), pointer,
                     "must be an absolute path (starting with /), so it does not depend on the "
                     "folder the kiosk starts in. The usual data folder is used meanwhile.");
      return;
    }
    config.data_folder = folder;
  } else if (key == "screen_width_mm") {
    if (!value.isNumber() || !std::isfinite(value.asNumber()) ||
        value.asNumber() < kSmallestScreenMillimetres ||
        value.asNumber() > kLargestScreenMillimetres) {
      checker.report(value.offset(), pointer,
                     "must be the screen's visible width in millimetres, from 100 to 5000 (a "
                     "24-inch screen is about 530). A 110 dpi screen is assumed meanwhile.");
      return;
    }
    config.screen_width_mm = value.asNumber();
  } else if (key == "$comment" || key == "comment") {
    // A note for whoever maintains the file.
  } else {
    checker.report(value.offset(), pointer,
                   "'" + std::string(key) +
                       "' is not a kiosk setting, so it is ignored. The settings are: packs, "
                       "languages, idle_timeout_seconds, round_length, text_size_percent, "
                       "staff_pin_hash, show_cursor, data_folder, screen_width_mm.",
                   Severity::warning);
  }
}

}  // namespace

std::filesystem::path userKioskConfigFile() { return userConfigDirectory() / "kiosk.json"; }

KioskConfigLoad parseKioskConfig(std::string_view text, const std::string& file_name) {
  KioskConfigLoad loaded;
  Checker checker(text, file_name, loaded.problems);
  auto parsed = JsonTree::parse(text, kMaximumDepth);
  if (parsed.error) {
    checker.report(parsed.error->offset, "",
                   parsed.error->message + " The kiosk runs on its defaults until it is mended.");
    return loaded;
  }
  const JsonValue root = parsed.tree->root();
  if (!root.isObject()) {
    checker.report(root.offset(), "",
                   "kiosk.json must hold one object in curly brackets, such as { \"round_length\": "
                   "5 }, not " +
                       std::string(describeKind(root.kind())) +
                       ". The kiosk runs on its defaults until it is mended.");
    return loaded;
  }
  for (std::size_t index = 0; index < root.size(); ++index) {
    readMember(root.keyAt(index), root.at(index), checker, loaded.config);
  }
  return loaded;
}

KioskConfigLoad readKioskConfig(const std::filesystem::path& file) {
  std::error_code error;
  const auto bytes = std::filesystem::file_size(file, error);
  if (!error && bytes > kMaximumFileBytes) {
    KioskConfigLoad loaded;
    loaded.file = file;
    loaded.problems.push_back(Problem{Severity::error, file.string(), 0, 0, "",
                                      "is " + std::to_string(bytes) +
                                          " bytes long; a kiosk.json is a few hundred. Is it the "
                                          "right file? The kiosk runs on its defaults."});
    return loaded;
  }
  std::ifstream in(file, std::ios::binary);
  if (error || !in) {
    KioskConfigLoad loaded;
    loaded.problems.push_back(Problem{
        Severity::error, file.string(), 0, 0, "",
        "cannot be read (" + (error ? error.message() : std::string("no permission?")) +
            "). Check the name and that the kiosk's user may read it. The kiosk runs on its "
            "defaults."});
    return loaded;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto loaded = parseKioskConfig(text.str(), file.string());
  loaded.file = file;
  return loaded;
}

KioskConfigLoad loadKioskConfig(const std::optional<std::filesystem::path>& command_line,
                                const std::filesystem::path& system_file) {
  if (command_line) return readKioskConfig(*command_line);
  std::error_code error;
  for (const auto& candidate : {userKioskConfigFile(), system_file}) {
    if (std::filesystem::exists(candidate, error)) return readKioskConfig(candidate);
  }
  return {};
}

}  // namespace esprit::kiosk
