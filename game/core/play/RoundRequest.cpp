// The rules that turn a round request into Session options.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/play/RoundRequest.hpp"

#include "core/EnumNames.hpp"

namespace esprit::play {
namespace {

constexpr EnumName<RoundKind> kKindNames[] = {
    {RoundKind::solo, "solo"},     {RoundKind::practice, "practice"},
    {RoundKind::review, "review"}, {RoundKind::assessment, "assessment"},
    {RoundKind::kiosk, "kiosk"},   {RoundKind::classroom, "classroom"},
};
static_assert(inEnumOrder(kKindNames), "the round kinds must follow the enum's order");

}  // namespace

std::string_view roundKindName(RoundKind kind) { return nameIn(kKindNames, kind); }

std::optional<RoundKind> parseRoundKind(std::string_view name) {
  return parseName<RoundKind>(kKindNames, name);
}

SessionOptions sessionOptionsFor(const RoundRequest& request) {
  SessionOptions options;
  options.seed = request.seed;
  options.ask_confidence = request.ask_confidence;
  options.question_ids = request.question_ids;
  if (request.kind == RoundKind::assessment) {
    // A form is a measuring instrument: every item of it, and nothing else.
    options.form = request.form;
    options.max_questions = 0;
  } else {
    options.max_questions = request.question_limit;
  }
  return options;
}

}  // namespace esprit::play
