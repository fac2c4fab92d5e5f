// Rendering on the main thread once, serving from memory after.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/PictureCache.hpp"

#include <cstdlib>

namespace esprit::host {
namespace {

// Long enough for a slow software-OpenGL frame, short enough that a phone's
// request does not hang when the window is busy.
constexpr std::chrono::milliseconds kPaintTimeout{10000};

}  // namespace

int PictureCache::allowedWidth(int requested) {
  int best = kDefaultPictureWidth;
  for (const int width : kPictureWidths) {
    if (std::abs(width - requested) < std::abs(best - requested)) best = width;
  }
  return best;
}

std::shared_ptr<const RenderedPicture> PictureCache::picture(std::size_t index, int width,
                                                             const Question& question,
                                                             const Scenario& scenario) {
  if (painter_ == nullptr) return nullptr;
  width = allowedWidth(width);
  const auto key = std::make_pair(index, width);
  {
    std::lock_guard lock(mutex_);
    if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  }
  // The result lives in shared memory: a task given up on may still finish.
  auto result = std::make_shared<std::optional<RenderedPicture>>();
  ScenarioPainter* painter = painter_;
  const Question* asked = &question;
  const Scenario* shown = &scenario;
  if (!tasks_->run([result, painter, asked, shown,
                    width] { *result = painter->paint(*asked, *shown, width); },
                   kPaintTimeout) ||
      !result->has_value()) {
    return nullptr;
  }
  auto picture = std::make_shared<const RenderedPicture>(std::move(**result));
  std::lock_guard lock(mutex_);
  cache_[key] = picture;
  return picture;
}

classroom::QuestionPicture PictureCache::prepare(std::size_t index, const Question& question,
                                                 const Scenario& scenario) {
  classroom::QuestionPicture prepared;
  const auto rendered = picture(index, kDefaultPictureWidth, question, scenario);
  if (!rendered) return prepared;
  prepared.available = true;
  prepared.regions = rendered->regions;
  return prepared;
}

}  // namespace esprit::host
