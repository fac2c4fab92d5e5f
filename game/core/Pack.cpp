// Look-ups on a loaded pack.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pack.hpp"

#include <algorithm>

namespace esprit {

const Scenario* Pack::findScenario(std::string_view id) const {
  auto found = std::find_if(scenarios.begin(), scenarios.end(),
                            [id](const Scenario& scenario) { return scenario.id == id; });
  return found == scenarios.end() ? nullptr : &*found;
}

const Question* Pack::findQuestion(std::string_view id) const {
  auto found = std::find_if(questions.begin(), questions.end(),
                            [id](const Question& question) { return question.id == id; });
  return found == questions.end() ? nullptr : &*found;
}

bool Pack::hasAssessmentForms() const {
  return std::any_of(questions.begin(), questions.end(),
                     [](const Question& question) { return !question.form.empty(); });
}

bool Pack::hasForm(std::string_view form) const {
  return std::any_of(questions.begin(), questions.end(),
                     [form](const Question& question) { return question.form == form; });
}

}  // namespace esprit
