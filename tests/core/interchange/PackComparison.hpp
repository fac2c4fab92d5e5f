// Field-by-field comparison of two packs for the round-trip tests, so a
// failure names the field that changed rather than just "not equal".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

namespace esprit::testing {

// Checks (with doctest CHECKs) that every field of the two packs is equal,
// except `folder`, which says where a pack was loaded from.
void checkPacksEqual(const Pack& expected, const Pack& actual);

// Checks only what a quiz format can carry: prompt, type, options, answers
// and explanation of each question, in order, and the ids.
void checkQuestionsEquivalent(const Pack& expected, const Pack& actual, bool compare_explanations);

}  // namespace esprit::testing
