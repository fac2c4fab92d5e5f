# The screenshots a game script names ("screenshot NAME" lines), and the
# check that each was written, is not blank and is not the same as another.
# Included by the Run*.cmake scripts that play a script under Xvfb.
# SPDX-License-Identifier: GPL-3.0-or-later

# Sets OUTPUT to SHOTS_FOLDER/NAME.png for each screenshot line of SCRIPT.
function(script_screenshots script shots_folder output)
  file(STRINGS "${script}" lines REGEX "^screenshot ")
  set(files "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^screenshot +" "" name "${line}")
    list(APPEND files "${shots_folder}/${name}.png")
  endforeach()
  set(${output} "${files}" PARENT_SCOPE)
endfunction()

# Fails, naming WHAT, unless each file after WHAT is a real and distinct picture.
function(check_screenshots checker what)
  if(NOT ARGN)
    return()
  endif()
  execute_process(COMMAND "${checker}" ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} are missing, blank or repeated (see above)")
  endif()
endfunction()
