# Runs COMMAND (words joined by "|") and checks its exit code against EXIT and, when
# given, its standard output against the regular expression OUTPUT.
# SPDX-License-Identifier: GPL-3.0-or-later
string(REPLACE "|" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code STREQUAL "${EXIT}")
  message(FATAL_ERROR "expected exit ${EXIT}, got ${code}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED OUTPUT AND NOT out MATCHES "${OUTPUT}")
  message(FATAL_ERROR "stdout does not match '${OUTPUT}':\n${out}")
endif()
if(DEFINED ERROR_OUTPUT AND NOT err MATCHES "${ERROR_OUTPUT}")
  message(FATAL_ERROR "stderr does not match '${ERROR_OUTPUT}':\n${err}")
endif()
