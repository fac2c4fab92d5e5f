// The Leitner-style choice of a "weak spots" round (see WeakSpots.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeakSpots.hpp"

#include <algorithm>
#include <map>

namespace esprit::storage {
namespace {

constexpr double kUnknownWeakness = 0.5;

// splitmix64: a tiny, well-mixed generator, enough for tie-breaking.
std::uint64_t mix(std::uint64_t value) {
  value += 0x9E3779B97F4A7C15ULL;
  value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
  value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
  return value ^ (value >> 31);
}

std::uint64_t hashText(std::string_view text) {
  std::uint64_t hash = 0xCBF29CE484222325ULL;  // FNV-1a
  for (const char character : text) {
    hash ^= static_cast<unsigned char>(character);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

struct QuestionRecord {
  std::vector<bool> results;  // oldest first
  int last_round = 0;
};

struct Candidate {
  const Question* question = nullptr;
  int tier = 0;         // 0 missed and due, 1 due or new, 2 not yet due
  double weakness = 0;  // of its weakest technique
  int box = 0;
  int rounds_to_wait = 0;  // tier 2 only
  std::uint64_t tie_breaker = 0;
};

}  // namespace

int leitnerBox(const std::vector<bool>& results_oldest_first) {
  int box = 0;
  for (const bool correct : results_oldest_first) {
    box = correct ? std::min(std::max(box, 1) + 1, kLeitnerBoxes) : 1;
  }
  return box;
}

int roundsUntilDue(int box) { return box <= 1 ? 1 : 1 << (std::min(box, kLeitnerBoxes) - 1); }

std::vector<TechniqueWeakness> rankWeakTechniques(const PracticeHistory& history) {
  std::map<std::string, TechniqueWeakness, std::less<>> by_technique;
  // Newest first, so only the recent answers on each technique count.
  for (auto answer = history.answers.rbegin(); answer != history.answers.rend(); ++answer) {
    for (const std::string& technique : answer->techniques) {
      TechniqueWeakness& entry = by_technique[technique];
      entry.technique = technique;
      if (entry.answers >= kRecentAnswersPerTechnique) continue;
      ++entry.answers;
      if (!answer->correct) ++entry.misses;
    }
  }
  std::vector<TechniqueWeakness> ranked;
  for (auto& [name, entry] : by_technique) {
    entry.weakness = (entry.misses + 1.0) / (entry.answers + 2.0);
    ranked.push_back(entry);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& left, const auto& right) {
    if (left.weakness != right.weakness) return left.weakness > right.weakness;
    return left.misses > right.misses;
  });
  return ranked;
}

WeakSpotRound chooseWeakSpotRound(const Pack& pack, const PracticeHistory& history,
                                  std::size_t count, std::uint64_t seed) {
  const auto ranked = rankWeakTechniques(history);
  std::map<std::string, double, std::less<>> weakness_of;
  for (const auto& entry : ranked) weakness_of[entry.technique] = entry.weakness;

  std::map<std::string, QuestionRecord, std::less<>> records;
  for (const PracticeAnswer& answer : history.answers) {
    if (answer.pack_id != pack.metadata.id) continue;
    QuestionRecord& record = records[answer.question_id];
    record.results.push_back(answer.correct);
    record.last_round = std::max(record.last_round, answer.round);
  }

  std::vector<Candidate> candidates;
  for (const Question& question : pack.questions) {
    Candidate candidate;
    candidate.question = &question;
    candidate.weakness = question.techniques.empty() ? kUnknownWeakness : 0;
    for (const std::string& technique : question.techniques) {
      const auto known = weakness_of.find(technique);
      candidate.weakness = std::max(candidate.weakness,
                                    known == weakness_of.end() ? kUnknownWeakness : known->second);
    }
    candidate.tie_breaker = mix(seed ^ hashText(question.id));
    const auto record = records.find(question.id);
    if (record == records.end()) {
      candidate.tier = 1;
    } else {
      candidate.box = leitnerBox(record->second.results);
      const int waited = history.rounds_played - record->second.last_round;
      const int needed = roundsUntilDue(candidate.box);
      const bool due = waited >= needed;
      const bool missed_last = !record->second.results.back();
      candidate.tier = due ? (missed_last ? 0 : 1) : 2;
      candidate.rounds_to_wait = due ? 0 : needed - waited;
    }
    candidates.push_back(candidate);
  }

  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& left, const Candidate& right) {
              if (left.tier != right.tier) return left.tier < right.tier;
              if (left.rounds_to_wait != right.rounds_to_wait)
                return left.rounds_to_wait < right.rounds_to_wait;
              if (left.weakness != right.weakness) return left.weakness > right.weakness;
              if (left.box != right.box) return left.box < right.box;
              return left.tie_breaker < right.tie_breaker;
            });

  WeakSpotRound round;
  for (std::size_t index = 0; index < candidates.size() && index < count; ++index) {
    round.question_ids.push_back(candidates[index].question->id);
  }
  // Mix the chosen questions so one technique does not come in a block.
  std::uint64_t state = seed;
  for (std::size_t index = round.question_ids.size(); index > 1; --index) {
    state = mix(state);
    std::swap(round.question_ids[index - 1], round.question_ids[state % index]);
  }

  constexpr std::size_t kFocusTechniques = 3;
  for (const auto& entry : ranked) {
    if (round.focus_techniques.size() == kFocusTechniques) break;
    if (entry.misses == 0) continue;
    const bool in_pack = std::any_of(
        pack.questions.begin(), pack.questions.end(), [&entry](const Question& question) {
          return std::find(question.techniques.begin(), question.techniques.end(),
                           entry.technique) != question.techniques.end();
        });
    if (in_pack) round.focus_techniques.push_back(entry.technique);
  }
  return round;
}

}  // namespace esprit::storage
