// A scenario told in plain text, for a phone that gets no picture (a host
// without a display) and for screen readers beside the picture. It holds
// what the drawn card shows, in reading order, and nothing more.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <string>

namespace esprit::classroom {

std::string scenarioText(const Scenario& scenario);

}  // namespace esprit::classroom
