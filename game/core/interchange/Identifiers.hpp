// Makes the identifiers a pack needs out of free text: question ids from
// Moodle question names, a pack id from its title. Ids must stay stable and
// unique, and use only the characters docs/pack-format.md allows.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace esprit::interchange {

// "Qui a écrit ça ?" -> "qui-a-ecrit-ca": ASCII letters, digits and '-',
// common accented Latin letters folded to their base letter. May be empty.
std::string slugify(std::string_view text, std::size_t maximum_length);

// Hands out question ids that are unique within one pack.
class QuestionIdAllocator {
 public:
  // Reserves and returns `wanted` made valid (slugged if needed), or
  // "q-<number>" when nothing usable is left; "-2", "-3" make it unique.
  std::string allocate(std::string_view wanted, std::size_t question_number);
  // Whether `id` is already valid as written (letters, digits, '-' and '_').
  static bool isValidQuestionId(std::string_view id);

 private:
  std::set<std::string, std::less<>> used_;
};

// A pack id (lower-case letters, digits, '.' and '-', 3 to 64 characters)
// made from a title: "Fake posts" -> "imported.fake-posts".
std::string packIdFromTitle(std::string_view title);

}  // namespace esprit::interchange
