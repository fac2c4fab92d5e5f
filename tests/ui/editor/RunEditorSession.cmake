# Runs the scripted editor session under Xvfb in a fresh folder, then checks
# that the pack it saved passes `esprit validate` (exit 0) and holds one
# question of every type. Called by ctest as
#   cmake -DESPRIT=... -DSOURCE_ROOT=... -DWORK=... -DSCRIPT=... [-DCHECKER=...] -P RunEditorSession.cmake
# SPDX-License-Identifier: GPL-3.0-or-later
foreach(variable ESPRIT SOURCE_ROOT WORK SCRIPT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "RunEditorSession.cmake needs -D${variable}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/root/questions" "${WORK}/data/esprit/packs" "${WORK}/shots")
file(CREATE_LINK "${SOURCE_ROOT}/assets" "${WORK}/root/assets" SYMBOLIC)
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/every-kind" DESTINATION "${WORK}/root/questions")

set(ENV{ESPRIT_ROOT} "${WORK}/root")
set(ENV{LANG} "C.UTF-8")
execute_process(
  COMMAND "${SOURCE_ROOT}/tests/with-xvfb" -s "-screen 0 1920x1080x24"
          "${ESPRIT}" --script "${SCRIPT}" --screenshot "${WORK}/shots" --data-dir "${WORK}/data"
  WORKING_DIRECTORY "${WORK}"
  TIMEOUT 300
  RESULT_VARIABLE game_result)
if(NOT game_result EQUAL 0)
  message(FATAL_ERROR "the scripted editor session failed: ${game_result}")
endif()

set(pack "${WORK}/data/esprit/packs/every-type")
if(NOT EXISTS "${pack}/pack.json")
  message(FATAL_ERROR "the editor saved no pack in ${pack}")
endif()
execute_process(COMMAND "${ESPRIT}" validate "${pack}" RESULT_VARIABLE validate_result)
if(NOT validate_result EQUAL 0)
  message(FATAL_ERROR "esprit validate rejected the pack the editor saved: ${validate_result}")
endif()
file(READ "${pack}/pack.json" saved)
foreach(type single true_false multiple ordering hotspot)
  if(NOT saved MATCHES "\"type\": \"${type}\"")
    message(FATAL_ERROR "the saved pack has no ${type} question")
  endif()
endforeach()

if(DEFINED CHECKER)
  include("${CMAKE_CURRENT_LIST_DIR}/../ScriptScreenshots.cmake")
  script_screenshots("${SCRIPT}" "${WORK}/shots" expected)
  check_screenshots("${CHECKER}" "the editor screenshots" ${expected})
endif()
