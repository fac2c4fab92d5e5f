# Runs a scripted game under Xvfb in a fresh, isolated folder, then checks its
# screenshots (exist, not blank, all different). Called by ctest as
#   cmake -DESPRIT=... -DCHECKER=... -DSOURCE_ROOT=... -DWORK=... -DSCRIPT=... -P RunScriptedGame.cmake
# Optional: -DFIXTURE=every-kind-nl (the pack under tests/ui/fixtures to ship),
# -DLOCALE=nl_BE.UTF-8 (LANG for the game) and -DEXPECT_LANGUAGE=nl (the
# language the game must have picked from LANG on its first start, read back
# from the settings file the script makes it save).
# SPDX-License-Identifier: GPL-3.0-or-later
foreach(variable ESPRIT CHECKER SOURCE_ROOT WORK SCRIPT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "RunScriptedGame.cmake needs -D${variable}=...")
  endif()
endforeach()

# A root of our own: the real assets, and the fixture pack as the only shipped
# pack, so the test never depends on the content being written in questions/.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/root/questions" "${WORK}/data/esprit/packs" "${WORK}/shots")
file(CREATE_LINK "${SOURCE_ROOT}/assets" "${WORK}/root/assets" SYMBOLIC)
if(NOT DEFINED FIXTURE)
  set(FIXTURE every-kind)
endif()
if(NOT DEFINED LOCALE)
  set(LOCALE C.UTF-8)
endif()
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/${FIXTURE}" DESTINATION "${WORK}/root/questions")
# The teacher's own packs folder holds a broken pack, shown greyed out.
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/broken-pack" DESTINATION "${WORK}/data/esprit/packs")

set(ENV{ESPRIT_ROOT} "${WORK}/root")
set(ENV{LANG} "${LOCALE}")
unset(ENV{LC_ALL})
unset(ENV{LC_MESSAGES})
execute_process(
  COMMAND "${SOURCE_ROOT}/tests/with-xvfb" -s "-screen 0 1920x1080x24"
          "${ESPRIT}" --script "${SCRIPT}" --screenshot "${WORK}/shots" --data-dir "${WORK}/data" --seed 7
  WORKING_DIRECTORY "${WORK}"
  TIMEOUT 300
  RESULT_VARIABLE game_result
  ERROR_VARIABLE game_log)
message("${game_log}")
if(NOT game_result EQUAL 0)
  message(FATAL_ERROR "the scripted game failed: ${game_result}")
endif()
if(game_log MATCHES "missing translation key")
  message(FATAL_ERROR "the game drew a text that no language table has (see the log above)")
endif()
if(DEFINED EXPECT_LANGUAGE)
  set(settings_file "${WORK}/data/esprit/settings.json")
  if(NOT EXISTS "${settings_file}")
    message(FATAL_ERROR "the script must change a setting so that ${settings_file} is written")
  endif()
  file(READ "${settings_file}" settings_text)
  if(NOT settings_text MATCHES "\"language\": *\"${EXPECT_LANGUAGE}\"")
    message(FATAL_ERROR "LANG=${LOCALE} should start the game in '${EXPECT_LANGUAGE}': ${settings_text}")
  endif()
endif()
if(EXISTS "${WORK}/imgui.ini")
  message(FATAL_ERROR "the game wrote imgui.ini into the current folder")
endif()

# Every screenshot the script names must be there.
include("${CMAKE_CURRENT_LIST_DIR}/ScriptScreenshots.cmake")
script_screenshots("${SCRIPT}" "${WORK}/shots" expected)
check_screenshots("${CHECKER}" "the screenshots" ${expected})
