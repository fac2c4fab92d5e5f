// Slugs and unique ids for imported packs.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/Identifiers.hpp"

#include <cctype>
#include <utility>

namespace esprit::interchange {
namespace {

constexpr std::size_t kQuestionIdLength = 48;
constexpr std::size_t kPackIdLength = 64;
constexpr std::string_view kPackIdPrefix = "imported.";

// Two-byte UTF-8 Latin letters (U+00C0..U+017F) folded to ASCII, so French,
// Dutch and German names keep readable ids.
std::string_view foldLatinLetter(char32_t code_point) {
  static constexpr std::string_view kLatin1Folds[] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0
  if (code_point >= 0xC0 && code_point <= 0xFF) return kLatin1Folds[code_point - 0xC0];
  if (code_point == 0x152 || code_point == 0x153) return "oe";
  if (code_point == 0x160 || code_point == 0x161) return "s";
  if (code_point == 0x17D || code_point == 0x17E) return "z";
  if (code_point == 0x178) return "y";
  return {};
}

}  // namespace

std::string slugify(std::string_view text, std::size_t maximum_length) {
  std::string slug;
  bool pending_dash = false;
  auto append = [&](std::string_view piece) {
    if (pending_dash && !slug.empty()) slug += '-';
    pending_dash = false;
    slug += piece;
  };
  std::size_t index = 0;
  while (index < text.size() && slug.size() < maximum_length) {
    const auto byte = static_cast<unsigned char>(text[index]);
    if (byte < 0x80) {
      if (std::isalnum(byte)) {
        const char lower = static_cast<char>(std::tolower(byte));
        append(std::string_view(&lower, 1));
      } else {
        pending_dash = true;
      }
      ++index;
      continue;
    }
    std::size_t length = (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : 4;
    if (length == 2 && index + 1 < text.size()) {
      const char32_t code_point = ((byte & 0x1F) << 6) | (text[index + 1] & 0x3F);
      const std::string_view folded = foldLatinLetter(code_point);
      if (!folded.empty()) {
        append(folded);
      } else {
        pending_dash = true;
      }
    } else {
      pending_dash = true;
    }
    index += length;
  }
  if (slug.size() > maximum_length) slug.resize(maximum_length);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

bool QuestionIdAllocator::isValidQuestionId(std::string_view id) {
  if (id.empty() || id.size() > kQuestionIdLength) return false;
  for (const char character : id) {
    if (!std::isalnum(static_cast<unsigned char>(character)) && character != '-' &&
        character != '_') {
      return false;
    }
  }
  return true;
}

std::string QuestionIdAllocator::allocate(std::string_view wanted, std::size_t question_number) {
  std::string base =
      isValidQuestionId(wanted) ? std::string(wanted) : slugify(wanted, kQuestionIdLength);
  if (base.empty()) base = "q-" + std::to_string(question_number);
  std::string candidate = base;
  for (int suffix = 2; used_.contains(candidate); ++suffix) {
    candidate = base + '-' + std::to_string(suffix);
  }
  used_.insert(candidate);
  return candidate;
}

std::string packIdFromTitle(std::string_view title) {
  std::string slug = slugify(title, kPackIdLength - kPackIdPrefix.size());
  if (slug.empty()) slug = "pack";
  return std::string(kPackIdPrefix) + slug;
}

}  // namespace esprit::interchange
