# Gathers every pack.json under SEEDS into a fresh corpus folder, then runs
# the fuzzer on it for SECONDS. Fails when the fuzzer finds a crash.
# SPDX-License-Identifier: GPL-3.0-or-later
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(GLOB_RECURSE seeds "${SEEDS}/*.json")
set(index 0)
foreach(seed IN LISTS seeds)
  math(EXPR index "${index} + 1")
  configure_file("${seed}" "${WORK}/seed-${index}.json" COPYONLY)
endforeach()
message(STATUS "fuzzing for ${SECONDS} s from ${index} seed packs")
execute_process(
  COMMAND "${FUZZER}" "${WORK}" -max_total_time=${SECONDS} -max_len=65536 -timeout=10
          -rss_limit_mb=2048 -dict=${DICTIONARY} -print_final_stats=1
          -artifact_prefix=${WORK}/
  RESULT_VARIABLE outcome)
if(NOT outcome EQUAL 0)
  message(FATAL_ERROR "the pack fuzzer found a problem (exit ${outcome}); the input that caused it is in ${WORK}")
endif()
