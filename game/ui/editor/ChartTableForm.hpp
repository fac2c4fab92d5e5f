// A chart's data as a table: one row per label, one column per series (up to
// four), each series' name and axis in its header; then the options that make
// the chart mislead on purpose (truncated axis, cherry-picked range, dual
// axis, area scaling).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void chartTableForm(FormState& form, ChartScenario& chart);
void chartMisleadingForm(FormState& form, ChartScenario& chart);

}  // namespace esprit::ui::editor
