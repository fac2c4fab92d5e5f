// Playing rounds by itself for the long-run memory benchmark.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RoundAutoplay.hpp"

#include "ui/Context.hpp"
#include "ui/ScreenStack.hpp"

#include <cstdio>
#include <fstream>
#include <string>

namespace esprit::ui {
namespace {

constexpr int kFirstReport = 100;
constexpr int kReportEvery = 1000;

long residentKibibytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// An answer that fits the question, as a player who always takes the first
// choice would give it; right or wrong does not matter here.
Answer firstChoice(const play::Round& round) {
  const Question& question = round.currentQuestion();
  Answer answer;
  answer.seconds_taken = 4;
  switch (question.type) {
    case QuestionType::single_choice:
      answer.choice = SingleChoiceAnswer{round.optionOrder().front()};
      break;
    case QuestionType::true_false:
      answer.choice = BinaryAnswer{true, round.asksConfidence() ? std::optional<double>(0.8)
                                                                : std::nullopt};
      break;
    case QuestionType::multiple_choice:
      answer.choice = MultipleChoiceAnswer{{round.optionOrder().front()}};
      break;
    case QuestionType::ordering:
      answer.choice = OrderingAnswer{round.optionOrder()};
      break;
    case QuestionType::hotspot:
      answer.choice = HotspotAnswer{question.regions.empty() ? std::string()
                                                             : question.regions.front().id};
      break;
  }
  return answer;
}

}  // namespace

bool RoundAutoplay::playNextRound(Context& context, ScreenStack& stack,
                                  const std::function<void()>& draw_frame) {
  if (played_ >= rounds_ || !context.packs) return false;
  // Every usable pack in turn, so each one's pictures pass through the cache.
  const auto& entries = context.packs->entries();
  std::shared_ptr<const play::PackEntry> pack;
  for (std::size_t tried = 0; tried < entries.size() && !pack; ++tried) {
    const auto& candidate = entries[next_pack_++ % entries.size()];
    if (candidate->result.usable() && !candidate->result.pack->hasAssessmentForms())
      pack = candidate;
  }
  if (!pack || !context.startRound(pack)) return false;

  stack.push(ScreenId::play);
  stack.applyPendingChanges();
  while (!context.round->finished()) {
    draw_frame();  // each question on screen, as a player sees it
    if (!context.answerQuestion(firstChoice(*context.round))) break;
    context.round->next();
    stack.top()->onRevealed();  // as when the feedback screen closes
  }
  stack.pop();
  stack.applyPendingChanges();
  context.round.reset();

  ++played_;
  if (played_ == 1 || played_ == kFirstReport || played_ % kReportEvery == 0 ||
      played_ == rounds_) {
    // Measured between rounds, as a kiosk sits between visitors: the last
    // round's pictures are let go first, so the figure does not depend on
    // which pack that round happened to use.
    context.media.usePack({});
    context.releaseFreedMemory();
    std::printf("autoplay round=%d rss_kib=%ld\n", played_, residentKibibytes());
    std::fflush(stdout);
  }
  return played_ < rounds_;
}

}  // namespace esprit::ui
