// Resuming a stored round and choosing a weak-spots round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/play/PlayerRounds.hpp"

#include "core/LanguageTag.hpp"
#include "core/storage/WeakSpots.hpp"

namespace esprit::play {
namespace {

// Practice and review rounds play exactly the questions chosen for them, and
// count in the player's history like any round.
Result<Round> startChosenRound(PlayerRecords& records, std::shared_ptr<const PackEntry> pack,
                               RoundKind kind, std::vector<std::string> question_ids,
                               std::uint64_t seed, bool ask_confidence) {
  RoundRequest request;
  request.kind = kind;
  request.seed = seed;
  request.ask_confidence = ask_confidence;
  request.question_ids = std::move(question_ids);
  auto round = Round::start(std::move(pack), request);
  if (round) round->recordTo(&records);
  return round;
}

}  // namespace

std::optional<ResumeOffer> newestResumeOffer(PlayerRecords& records, const PackLibrary& packs) {
  for (auto& summary : records.unfinishedSessions()) {
    if (auto pack = packs.findPlayable(summary.pack_id, summary.pack_version)) {
      return ResumeOffer{std::move(summary), std::move(pack)};
    }
  }
  return std::nullopt;
}

std::optional<ResumeOffer> resumeOfferOn(PlayerRecords& records,
                                         std::shared_ptr<const PackEntry> pack,
                                         const std::string& form) {
  if (!pack || !pack->result.usable()) return std::nullopt;
  auto unfinished = records.unfinishedOn(*pack->result.pack, form);
  if (!unfinished) return std::nullopt;
  return ResumeOffer{std::move(*unfinished), std::move(pack)};
}

Result<Round> resumeRound(PlayerRecords& records, const ResumeOffer& offer) {
  storage::ResultStore* store = records.store();
  if (store == nullptr) {
    return Error{ErrorKind::cannot_open,
                 "The results file is not open, so there is nothing to resume.", 0};
  }
  const storage::SessionId id = offer.session.id;
  auto state = store->resumeState(id);
  if (!state) return state.error();
  auto answers = store->sessionAnswers(id);
  if (!answers) return answers.error();
  const RoundKind kind = parseRoundKind(offer.session.mode).value_or(RoundKind::solo);
  auto round = Round::resume(offer.pack, kind, *state, *answers, id);
  if (!round) return round;
  round->recordTo(&records);
  if (round->finished()) {
    if (auto finished = store->finishSession(id); !finished) return finished.error();
  }
  return round;
}

Result<Round> startWeakSpotRound(PlayerRecords& records, std::shared_ptr<const PackEntry> pack,
                                 std::uint64_t seed, bool ask_confidence) {
  storage::ResultStore* store = records.store();
  if (store == nullptr || !records.player()) {
    return Error{ErrorKind::not_found, "Choose a player first: weak spots come from their answers.",
                 0};
  }
  if (!pack || !pack->result.usable()) {
    return Error{ErrorKind::invalid_input, "This pack cannot be played: it has errors.", 0};
  }
  auto history = store->practiceHistory(records.player()->id);
  if (!history) return history.error();
  const auto chosen =
      storage::chooseWeakSpotRound(*pack->result.pack, *history, kWeakSpotRoundLength, seed);
  if (chosen.question_ids.empty()) {
    return Error{ErrorKind::not_found, "This pack has no question for a practice round.", 0};
  }
  return startChosenRound(records, std::move(pack), RoundKind::practice, chosen.question_ids, seed,
                          ask_confidence);
}

std::optional<ReviewOffer> reviewOfferFor(PlayerRecords& records, const PackLibrary& packs,
                                          std::string_view language, review::Day day) {
  storage::ResultStore* store = records.store();
  if (store == nullptr || !records.player()) return std::nullopt;
  auto answers = store->datedAnswers(records.player()->id);
  if (!answers || answers->empty()) return std::nullopt;
  auto due = review::dueTechniques(*answers, day);
  if (due.empty()) return std::nullopt;

  // A review in the player's own language when a pack in it can give one;
  // otherwise any pack that can.
  const std::string wanted = primaryLanguage(language);
  for (const bool same_language : {true, false}) {
    std::vector<std::shared_ptr<const PackEntry>> candidates;
    std::vector<const Pack*> candidate_packs;
    for (const auto& entry : packs.entries()) {
      if (!entry->result.usable() || entry->result.pack->hasAssessmentForms()) continue;
      if (same_language && primaryLanguage(entry->result.pack->metadata.language) != wanted)
        continue;
      candidates.push_back(entry);
      candidate_packs.push_back(&*entry->result.pack);
    }
    const auto chosen =
        review::choosePackForReview(candidate_packs, due, *answers, day, kReviewRoundLength);
    if (chosen) return ReviewOffer{std::move(due), candidates[*chosen]};
  }
  return std::nullopt;
}

Result<Round> startReviewRound(PlayerRecords& records, const ReviewOffer& offer, review::Day day,
                               std::uint64_t seed, bool ask_confidence) {
  storage::ResultStore* store = records.store();
  if (store == nullptr || !records.player() || !offer.pack || !offer.pack->result.usable()) {
    return Error{ErrorKind::not_found, "There is no review to play now.", 0};
  }
  auto answers = store->datedAnswers(records.player()->id);
  if (!answers) return answers.error();
  const auto chosen = review::chooseReviewQuestions(*offer.pack->result.pack, offer.due, *answers,
                                                    day, kReviewRoundLength, seed);
  if (chosen.question_ids.empty()) {
    return Error{ErrorKind::not_found, "This pack has no question left to review today.", 0};
  }
  return startChosenRound(records, offer.pack, RoundKind::review, chosen.question_ids, seed,
                          ask_confidence);
}

}  // namespace esprit::play
