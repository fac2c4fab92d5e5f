// The scenario pictures the phones load: rendered once per question and
// width by a ScenarioPainter (the game's own renderer, in game/ui/host) on
// the main thread, then kept as PNG bytes for every student who asks. With
// no painter (no display could be opened), questions go out without a
// picture and the phones show the scenario as text.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classroom/ClassGame.hpp"
#include "host/MainThreadTasks.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace esprit::host {

// Widths a phone may ask for; text grows with the width, so a region's
// place in fractions of the picture is the same at each.
inline constexpr int kPictureWidths[] = {360, 540, 720, 1080};
inline constexpr int kDefaultPictureWidth = 720;

struct RenderedPicture {
  std::string png;
  std::vector<classroom::RegionBox> regions;  // hotspot regions in fractions of the picture
};

class ScenarioPainter {
 public:
  virtual ~ScenarioPainter() = default;
  // Main thread only (it draws with OpenGL). Nothing when it cannot draw.
  virtual std::optional<RenderedPicture> paint(const Question& question, const Scenario& scenario,
                                               int width) = 0;
};

class PictureCache : public classroom::PictureSource {
 public:
  PictureCache(MainThreadTasks& tasks, ScenarioPainter* painter)
      : tasks_(&tasks), painter_(painter) {}

  classroom::QuestionPicture prepare(std::size_t index, const Question& question,
                                     const Scenario& scenario) override;
  // The picture of question `index` at the allowed width nearest `width`;
  // nullptr when it cannot be drawn.
  std::shared_ptr<const RenderedPicture> picture(std::size_t index, int width,
                                                 const Question& question,
                                                 const Scenario& scenario);
  static int allowedWidth(int requested);
  bool canPaint() const { return painter_ != nullptr; }

 private:
  MainThreadTasks* tasks_;
  ScenarioPainter* painter_;
  std::mutex mutex_;
  std::map<std::pair<std::size_t, int>, std::shared_ptr<const RenderedPicture>> cache_;
};

}  // namespace esprit::host
