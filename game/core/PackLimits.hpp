// Limits that keep an untrusted pack from exhausting memory or time.
// docs/pack-format.md lists them for teachers; keep the two in step.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace esprit {

struct PackLimits {
  std::uintmax_t max_file_bytes = 32u * 1024 * 1024;
  std::uintmax_t max_media_bytes = 16u * 1024 * 1024;
  // A small compressed file can decode into gigabytes: pictures are also
  // bounded by their pixels, as their headers give them.
  unsigned max_picture_side_pixels = 8192;
  std::uint64_t max_picture_pixels = 40'000'000;
  std::size_t max_string_bytes = 10'000;
  std::size_t max_questions = 20'000;
  std::size_t max_scenarios = 20'000;
  std::size_t min_options = 2;
  std::size_t max_options = 10;
  std::size_t max_regions = 20;
  std::size_t max_messages = 100;
  std::size_t max_chart_labels = 500;
  std::size_t max_chart_series = 4;
  std::size_t max_list_items = 20;  // sources, techniques, authors
  std::size_t max_depth = 16;
};

}  // namespace esprit
