// "My progress": the player's rounds and scores over time (a bar per round),
// how well they know each technique over time (a line each), whether their
// discernment held up week after week, and "Practise my weak spots", which
// builds a round from the techniques they miss most.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/DiscernmentOverTime.hpp"
#include "core/storage/StoredRecords.hpp"
#include "core/storage/WeakSpots.hpp"
#include "ui/Screen.hpp"
#include "ui/screens/HistoryCharts.hpp"

#include <string>
#include <vector>

namespace esprit::ui {

class HistoryScreen : public ScreenWithId<ScreenId::history> {
 public:
  HistoryScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;
  void onRevealed() override { reload(); }

 private:
  // One technique's story: its share right after each round that met it.
  struct TechniqueProgress {
    std::string technique;
    std::vector<float> shares;  // running share right, oldest first
    int answered = 0;
    int correct = 0;
  };

  void reload();
  void buildRounds(float width);
  void buildTechniques(float width);
  void buildPractice(float width);
  void buildDiscernment(float width);
  std::string techniqueName(const std::string& tag) const;

  std::vector<storage::SessionSummary> sessions_;
  std::vector<TechniqueProgress> techniques_;
  std::vector<storage::TechniqueWeakness> weakest_;
  review::DiscernmentHistory discernment_;
  std::string discernment_latest_;  // d′ of the latest week, formatted
  std::string discernment_best_;    // the best d′ before it
  std::string problem_;
};

}  // namespace esprit::ui
