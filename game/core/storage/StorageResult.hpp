// The storage code names the core's one result shape (core/Result.hpp) in
// its own namespace, where it was first written.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"

namespace esprit::storage {

using esprit::Error;
using esprit::ErrorKind;
using esprit::Result;
using esprit::Status;

}  // namespace esprit::storage
