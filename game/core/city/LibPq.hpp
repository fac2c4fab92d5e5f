// libpq, PostgreSQL's client library, opened when a push starts instead of
// being linked: linked, it brings Kerberos, LDAP and GnuTLS into every
// start of the game (about 5 ms of its start-up budget) for a command a
// city runs once in a while.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"

#include <libpq-fe.h>

namespace esprit::city {

// The functions of libpq that a push uses, named without their "PQ": the
// struct's members and their lookups in LibPq.cpp are both made from this
// one list.
// clang-format off
#define ESPRIT_LIBPQ_FUNCTIONS(FUNCTION)                                                   \
  FUNCTION(connectdbParams) FUNCTION(status) FUNCTION(setNoticeProcessor) FUNCTION(finish) \
  FUNCTION(errorMessage) FUNCTION(exec) FUNCTION(execParams) FUNCTION(resultStatus)        \
  FUNCTION(resultErrorMessage) FUNCTION(clear) FUNCTION(ntuples) FUNCTION(getvalue)        \
  FUNCTION(cmdTuples)
// clang-format on

struct LibPq {
#define ESPRIT_LIBPQ_MEMBER(name) decltype(&PQ##name) name = nullptr;
  ESPRIT_LIBPQ_FUNCTIONS(ESPRIT_LIBPQ_MEMBER)
#undef ESPRIT_LIBPQ_MEMBER
};

// libpq, loaded once and kept for the life of the process; an error that
// says what to install when it cannot be loaded.
[[nodiscard]] Result<const LibPq*> loadLibPq();

}  // namespace esprit::city
