// The wire side of a class game, without any HTTP: what a request body may
// hold, how answers travel (1-based option ids, true/false, arrays, region
// ids, as in packs), and the reply a request gets. The HTTP adapter only
// moves these bodies and status codes; docs/classroom.md describes them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Answer.hpp"
#include "core/Pack.hpp"
#include "core/Result.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace esprit::classroom {

// Bodies are small JSON objects; anything bigger is a mistake or an attack.
inline constexpr std::size_t kMaxBodyBytes = 4096;
inline constexpr std::size_t kMaxNicknameCharacters = 24;
inline constexpr std::size_t kJoinCodeDigits = 6;
inline constexpr std::size_t kTokenCharacters = 32;  // 128 random bits in hex

// What a request gets back: an HTTP status and a JSON body. Errors carry
// {"error": "a sentence saying what to do"}.
struct Reply {
  int status = 200;
  nlohmann::json body = nlohmann::json::object();
};

Reply errorReply(int status, std::string message);

// Reads a body that must be one JSON object holding only `allowed` fields.
// The error is a 400 (or 413 past kMaxBodyBytes) reply saying which field.
std::variant<nlohmann::json, Reply> readBody(std::string_view body,
                                             std::initializer_list<std::string_view> allowed);

// A nickname or team name as typed, trimmed; an error sentence when it is
// empty, too long, not UTF-8, or holds control, invisible or bidirectional
// characters, or < and > (so no name can pass for markup anywhere).
Result<std::string> checkNickname(std::string_view typed);

// True for exactly kJoinCodeDigits digits / kTokenCharacters lower-case hex.
bool looksLikeJoinCode(std::string_view text);
bool looksLikeToken(std::string_view text);

// An answer as sent, in the question's terms; invalid_input says what is wrong.
// `confidence` must be absent unless `asks_confidence`, and within 0.5 to 1.
Result<AnswerChoice> answerFromWire(const Question& question, const nlohmann::json& answer,
                                    const nlohmann::json* confidence, bool asks_confidence);
// The same answer as a client sends it (for echoing and for the reveal).
nlohmann::json answerToWire(const AnswerChoice& choice);
// The right answer of a question, in the wire form.
nlohmann::json correctAnswerToWire(const Question& question);

// Two answers are the same when a client re-sending the first would mean it:
// the same choice (a set for "select all") and the same confidence.
bool sameAnswer(const AnswerChoice& first, const AnswerChoice& second);

}  // namespace esprit::classroom
