// libpq, PostgreSQL's client library, opened when a push starts instead of
// being linked: linked, it brings Kerberos, LDAP and GnuTLS into every
// start of the game (about 5 ms of its start-up budget) for a command a
// city runs once in a while.
#pragma once

#include "core/Result.hpp"

#include <libpq-fe.h>

namespace esprit::city {

// The functions of libpq that a push uses.
struct LibPq {
  decltype(&PQconnectdbParams) connectdbParams;
  decltype(&PQstatus) status;
  decltype(&PQsetNoticeProcessor) setNoticeProcessor;
  decltype(&PQfinish) finish;
  decltype(&PQerrorMessage) errorMessage;
  decltype(&PQexec) exec;
  decltype(&PQexecParams) execParams;
  decltype(&PQresultStatus) resultStatus;
  decltype(&PQresultErrorMessage) resultErrorMessage;
  decltype(&PQclear) clear;
  decltype(&PQntuples) ntuples;
  decltype(&PQgetvalue) getvalue;
  decltype(&PQcmdTuples) cmdTuples;
};

// libpq, loaded once and kept for the life of the process; an error that
// says what to install when it cannot be loaded.
[[nodiscard]] Result<const LibPq*> loadLibPq();

}  // namespace esprit::city
