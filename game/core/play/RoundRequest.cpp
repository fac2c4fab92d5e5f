// The rules that turn a round request into Session options.
#include "core/play/RoundRequest.hpp"

#include <array>
#include <utility>

namespace esprit::play {
namespace {

constexpr std::array<std::pair<RoundKind, std::string_view>, 6> kKindNames{{
    {RoundKind::solo, "solo"},
    {RoundKind::practice, "practice"},
    {RoundKind::review, "review"},
    {RoundKind::assessment, "assessment"},
    {RoundKind::kiosk, "kiosk"},
    {RoundKind::classroom, "classroom"},
}};

}  // namespace

std::string_view roundKindName(RoundKind kind) {
  for (const auto& [known, name] : kKindNames) {
    if (known == kind) return name;
  }
  return "solo";
}

std::optional<RoundKind> parseRoundKind(std::string_view name) {
  for (const auto& [kind, known] : kKindNames) {
    if (known == name) return kind;
  }
  return std::nullopt;
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
