// The few things the shared context does itself.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Context.hpp"

#include <malloc.h>

#include <algorithm>
#include <cstdio>

namespace esprit::ui {

void Context::saveSettings() {
  Settings kept = settings;
  if (high_contrast_forced) {
    // Turning it off in the settings ends what the command line asked for.
    if (!settings.high_contrast) high_contrast_forced = false;
    kept.high_contrast = high_contrast_forced ? own_high_contrast : false;
  }
  if (const Status saved = esprit::saveSettings(kept, settings_path); !saved) {
    notice = translations.format("notice.settings_not_saved", {{"detail", saved.error().message}});
  }
}

std::uint64_t Context::takeSeed() {
  if (fixed_seed) return *fixed_seed;
  // splitmix-style step: each round differs, no global random state needed.
  next_seed += 0x9E3779B97F4A7C15ull;
  return next_seed;
}

bool Context::startRound(std::shared_ptr<const PackEntry> entry) {
  play::RoundRequest request;
  request.kind = round_choice.form.empty() ? play::RoundKind::solo : play::RoundKind::assessment;
  request.seed = takeSeed();
  request.ask_confidence = settings.confidence;
  request.question_limit = round_choice.question_limit;
  request.form = round_choice.form;
  auto started = play::Round::start(std::move(entry), request);
  if (!started) return false;
  playRound(std::move(started).value());
  return true;
}

void Context::releaseFreedMemory() {
  // Each scenario is drawn into a render texture of its own size, and each
  // pack's pictures are decoded into textures of theirs; glibc keeps the
  // freed blocks, so over a day of rounds (a kiosk, a class) the resident
  // memory crept up by some 25 MB with nothing in use (bench/run-rounds).
  // Handing them back once per round costs well under a millisecond.
  malloc_trim(0);
}

void Context::playRound(play::Round started) {
  round.reset();
  releaseFreedMemory();
  round.emplace(std::move(started));
  round->recordTo(&records);
  // The scenario renderers read pictures from the pack being played.
  media.usePack(round->pack().folder);
}

bool Context::answerQuestion(const Answer& answer) {
  if (!round || !round->answer(answer)) return false;
  if (const auto& failure = round->recordingFailure()) {
    std::fprintf(stderr, "esprit: an answer was not saved: %s\n", failure->message.c_str());
    // A kiosk tells its staff, in the staff menu, never the visitor.
    if (kiosk == nullptr) records_problem = records.describeFailure(*failure, translations);
    round->clearRecordingFailure();
  }
  return true;
}

ScenarioStyle Context::scenarioStyle(const Question* question) const {
  ScenarioStyle style;
  style.regular = &fonts.regularSfml();
  style.bold = &fonts.boldSfml();
  style.fallback = fonts.symbolsSfml();
  style.serif_bold = fonts.serifBoldSfml();
  style.text_size = fonts.pixelSize();
  style.language = translations.language();
  if (question != nullptr) style.regions = question->regions;
  return style;
}

float Context::motionProgress(double start, double duration) const {
  if (settings.reduced_motion || duration <= 0) return 1.f;
  return static_cast<float>(std::clamp((now - start) / duration, 0.0, 1.0));
}

}  // namespace esprit::ui
