# Runs one accessibility scenario under Xvfb in a fresh folder (the fixture
# pack as the only shipped pack) and checks what it must show. Called by ctest:
#   cmake -DESPRIT=... -DCHECKER=... -DSOURCE_ROOT=... -DWORK=... -DSCRIPT=... [options] -P RunAccessibilityGame.cmake
# Options:
#   -DSETTINGS=JSON            settings.json written before the run
#   -DGAME_ARGS=a;b            more arguments for the game (--high-contrast)
#   -DCONTRAST=PROGRAM         every screenshot's text must reach 7:1, measured from its pixels
#   -DANSWERS=N                exactly N answers were committed (ESPRIT_ANSWER_LOG)
#   -DSPEECH="a|b|c"           the speech log (ESPRIT_SPEECH_LOG) has lines holding a, b and c, in
#                              that order ("stop" must be a whole line)
#   -DCOLOUR_BLIND=PROGRAM     right, partly right and wrong stay apart in simulated protanopia
#   -DTHEME=NAME               and deuteranopia (with the colours of assets/themes/NAME.json)
#   -DGTK_SETTINGS=TEXT        a gtk-3.0/settings.ini written into the config folder first
#   -DSETTINGS_AFTER=TEXT      settings.json holds this text after the run
# SPDX-License-Identifier: GPL-3.0-or-later
foreach(variable ESPRIT CHECKER SOURCE_ROOT WORK SCRIPT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "RunAccessibilityGame.cmake needs -D${variable}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/root/questions" "${WORK}/data/esprit/packs" "${WORK}/shots")
file(CREATE_LINK "${SOURCE_ROOT}/assets" "${WORK}/root/assets" SYMBOLIC)
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/every-kind" DESTINATION "${WORK}/root/questions")
if(DEFINED SETTINGS)
  file(WRITE "${WORK}/data/esprit/settings.json" "${SETTINGS}\n")
endif()
if(DEFINED GTK_SETTINGS)
  file(WRITE "${WORK}/data/gtk-3.0/settings.ini" "${GTK_SETTINGS}\n")
endif()
set(ENV{ESPRIT_ROOT} "${WORK}/root")
set(ENV{LANG} "C.UTF-8")
set(ENV{ESPRIT_ANSWER_LOG} "${WORK}/committed-answers.txt")
set(ENV{ESPRIT_SPEECH_LOG} "${WORK}/speech.txt")
# No desktop of the test machine may leak in: GNOME's answer comes from
# gsettings, which reads the real user's settings.
set(ENV{GSETTINGS_BACKEND} "memory")

execute_process(
  COMMAND "${SOURCE_ROOT}/tests/with-xvfb" -s "-screen 0 1920x1080x24"
          "${ESPRIT}" --script "${SCRIPT}" --screenshot "${WORK}/shots" --data-dir "${WORK}/data"
          --seed 7 ${GAME_ARGS}
  WORKING_DIRECTORY "${WORK}" TIMEOUT 300 RESULT_VARIABLE game_result)
if(NOT game_result EQUAL 0)
  message(FATAL_ERROR "the scripted game failed: ${game_result}")
endif()

include("${CMAKE_CURRENT_LIST_DIR}/ScriptScreenshots.cmake")
script_screenshots("${SCRIPT}" "${WORK}/shots" shots)
check_screenshots("${CHECKER}" "the screenshots" ${shots})

if(DEFINED CONTRAST)
  execute_process(COMMAND "${CONTRAST}" --least 7 --map "${WORK}/contrast-failures" ${shots}
                  RESULT_VARIABLE contrast_result)
  if(NOT contrast_result EQUAL 0)
    message(FATAL_ERROR "text below 7:1 (failing tiles framed in ${WORK}/contrast-failures)")
  endif()
endif()

if(DEFINED COLOUR_BLIND)
  execute_process(COMMAND "${COLOUR_BLIND}" "${SOURCE_ROOT}/assets/themes/${THEME}.json"
                          --simulated "${WORK}/simulated" ${shots}
                  RESULT_VARIABLE colour_result)
  if(NOT colour_result EQUAL 0)
    message(FATAL_ERROR "right, partly right and wrong are too close for colour-blind eyes (see above)")
  endif()
endif()

if(DEFINED ANSWERS)
  set(logged "")
  if(EXISTS "${WORK}/committed-answers.txt")
    file(STRINGS "${WORK}/committed-answers.txt" logged)
  endif()
  list(LENGTH logged count)
  if(NOT count EQUAL ANSWERS)
    message(FATAL_ERROR "${count} answers were committed, expected ${ANSWERS}")
  endif()
endif()

if(DEFINED SPEECH)
  if(NOT EXISTS "${WORK}/speech.txt")
    message(FATAL_ERROR "nothing was spoken (no ${WORK}/speech.txt)")
  endif()
  file(STRINGS "${WORK}/speech.txt" spoken)
  string(REPLACE "|" ";" wanted_lines "${SPEECH}")
  set(position 0)
  list(LENGTH spoken spoken_count)
  foreach(wanted IN LISTS wanted_lines)
    set(found FALSE)
    while(position LESS spoken_count)
      list(GET spoken ${position} line)
      string(FIND "${line}" "${wanted}" at)
      if(wanted STREQUAL "stop" AND line STREQUAL "stop")
        # A stop is used up; later fragments look after it.
        math(EXPR position "${position} + 1")
        set(found TRUE)
        break()
      elseif(NOT wanted STREQUAL "stop" AND NOT at EQUAL -1)
        # Several fragments may come from the same spoken line.
        set(found TRUE)
        break()
      endif()
      math(EXPR position "${position} + 1")
    endwhile()
    if(NOT found)
      string(REPLACE ";" "\n  " said "${spoken}")
      message(FATAL_ERROR "the speech log lacks, in order: '${wanted}'\nIt holds:\n  ${said}")
    endif()
  endforeach()
endif()

if(DEFINED SETTINGS_AFTER)
  file(READ "${WORK}/data/esprit/settings.json" saved)
  string(FIND "${saved}" "${SETTINGS_AFTER}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "settings.json lacks '${SETTINGS_AFTER}':\n${saved}")
  endif()
endif()
