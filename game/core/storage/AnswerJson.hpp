// How an answer is kept as text in the database (the answers.answer column)
// and read back: a small JSON object in the pack's own option numbering, such
// as {"type":"true_false","says_real":false,"confidence":0.8}. "type" is the
// question type's name in core/Vocabulary, as in pack.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageResult.hpp"

#include "core/Answer.hpp"
#include "core/Pack.hpp"

#include <string>
#include <string_view>

namespace esprit::storage {

std::string answerToJson(const AnswerChoice& choice);
// seconds_taken is not part of the text; the caller fills it in.
Result<AnswerChoice> answerFromJson(std::string_view text);

}  // namespace esprit::storage
