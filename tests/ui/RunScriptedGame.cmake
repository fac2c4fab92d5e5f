# Runs a scripted game under Xvfb in a fresh, isolated folder, then checks its
# screenshots (exist, not blank, all different). Called by ctest as
#   cmake -DESPRIT=... -DCHECKER=... -DSOURCE_ROOT=... -DWORK=... -DSCRIPT=... -P RunScriptedGame.cmake
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
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/every-kind" DESTINATION "${WORK}/root/questions")
# The teacher's own packs folder holds a broken pack, shown greyed out.
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/broken-pack" DESTINATION "${WORK}/data/esprit/packs")

set(ENV{ESPRIT_ROOT} "${WORK}/root")
set(ENV{LANG} "C.UTF-8")
execute_process(
  COMMAND xvfb-run -a -s "-screen 0 1920x1080x24"
          "${ESPRIT}" --script "${SCRIPT}" --screenshot "${WORK}/shots" --data-dir "${WORK}/data" --seed 7
  WORKING_DIRECTORY "${WORK}"
  TIMEOUT 300
  RESULT_VARIABLE game_result)
if(NOT game_result EQUAL 0)
  message(FATAL_ERROR "the scripted game failed: ${game_result}")
endif()
if(EXISTS "${WORK}/imgui.ini")
  message(FATAL_ERROR "the game wrote imgui.ini into the current folder")
endif()

# Every screenshot the script names must be there.
file(STRINGS "${SCRIPT}" screenshot_lines REGEX "^screenshot ")
set(expected "")
foreach(line IN LISTS screenshot_lines)
  string(REGEX REPLACE "^screenshot +" "" name "${line}")
  list(APPEND expected "${WORK}/shots/${name}.png")
endforeach()
execute_process(COMMAND "${CHECKER}" ${expected} RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
  message(FATAL_ERROR "the screenshots are missing, blank or repeated (see above)")
endif()
