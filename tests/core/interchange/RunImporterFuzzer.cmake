# Copies the import fixtures into a fresh corpus folder and runs the importer
# fuzzer on it for SECONDS; fails when the fuzzer finds a problem.
# SPDX-License-Identifier: GPL-3.0-or-later
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(GLOB seeds "${SEEDS}/*")
foreach(seed IN LISTS seeds)
  get_filename_component(name "${seed}" NAME)
  configure_file("${seed}" "${WORK}/${name}" COPYONLY)
endforeach()
execute_process(
  COMMAND "${FUZZER}" "${WORK}" -max_total_time=${SECONDS} -max_len=16384 -timeout=10
          -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${WORK}/
  RESULT_VARIABLE outcome)
if(NOT outcome EQUAL 0)
  message(FATAL_ERROR "the importer fuzzer found a problem (exit ${outcome}); the input is in ${WORK}")
endif()
