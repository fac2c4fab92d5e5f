// The few things the shared context does itself.
#include "ui/Context.hpp"

#include <algorithm>

namespace esprit::ui {

void Context::saveSettings() {
  if (auto error = esprit::saveSettings(settings, settings_path)) {
    notice = translations.format("notice.settings_not_saved", {{"detail", *error}});
  }
}

std::uint64_t Context::takeSeed() {
  if (fixed_seed) return *fixed_seed;
  // splitmix-style step: each round differs, no global random state needed.
  next_seed += 0x9E3779B97F4A7C15ull;
  return next_seed;
}

bool Context::startRound(std::shared_ptr<const PackEntry> entry) {
  if (!entry || !entry->result.usable()) return false;
  SessionOptions options;
  options.seed = takeSeed();
  options.ask_confidence = settings.confidence;
  options.form = round.form;
  // An assessment form is measured whole, so the round length does not apply.
  options.max_questions = round.form.empty() ? round.question_limit : 0;
  round.entry = std::move(entry);
  round.options = options;
  round.session = std::make_unique<Session>(round.pack(), options);
  round.last_answer.reset();
  round.last_evaluation.reset();
  if (round.session->questionCount() == 0) {
    round.session.reset();
    return false;
  }
  // The scenario renderers read pictures from the pack being played.
  media.usePack(round.pack().folder);
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
