# The editor's recovery copy under Xvfb: part one changes the fixture pack's
# title and stops without saving; part two opens the pack again, restores the
# recovery copy and saves. Called by ctest as
#   cmake -DESPRIT=... -DSOURCE_ROOT=... -DWORK=... -DSCRIPTS=... -P RunEditorRecovery.cmake
# SPDX-License-Identifier: GPL-3.0-or-later
foreach(variable ESPRIT SOURCE_ROOT WORK SCRIPTS)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "RunEditorRecovery.cmake needs -D${variable}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/root/questions" "${WORK}/data/esprit/packs" "${WORK}/shots")
file(CREATE_LINK "${SOURCE_ROOT}/assets" "${WORK}/root/assets" SYMBOLIC)
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/every-kind" DESTINATION "${WORK}/data/esprit/packs")
set(pack "${WORK}/data/esprit/packs/every-kind")
set(ENV{ESPRIT_ROOT} "${WORK}/root")
set(ENV{LANG} "C.UTF-8")

function(run_part script)
  execute_process(
    COMMAND "${SOURCE_ROOT}/tests/with-xvfb" -s "-screen 0 1920x1080x24"
            "${ESPRIT}" --script "${SCRIPTS}/${script}" --screenshot "${WORK}/shots" --data-dir "${WORK}/data"
    WORKING_DIRECTORY "${WORK}"
    TIMEOUT 300
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${script} failed: ${result}")
  endif()
endfunction()

run_part(recovery-crash.txt)
if(NOT EXISTS "${pack}/pack.json.recovery")
  message(FATAL_ERROR "stopping with unsaved changes left no recovery copy")
endif()
file(READ "${pack}/pack.json" saved)
if(saved MATCHES "Recovered title")
  message(FATAL_ERROR "the unsaved change reached pack.json without a save")
endif()

run_part(recovery-restore.txt)
file(READ "${pack}/pack.json" saved)
if(NOT saved MATCHES "\"title\": \"Recovered title\"")
  message(FATAL_ERROR "the restored change was not saved")
endif()
if(EXISTS "${pack}/pack.json.recovery")
  message(FATAL_ERROR "the recovery copy is still there after saving")
endif()
execute_process(COMMAND "${ESPRIT}" validate "${pack}" RESULT_VARIABLE validate_result)
if(NOT validate_result EQUAL 0)
  message(FATAL_ERROR "esprit validate rejected the restored pack: ${validate_result}")
endif()
