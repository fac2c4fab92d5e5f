# A player quits mid-round and carries on next time: plays the first half of
# a round under Xvfb, checks with sqlite3 that the three answers are stored,
# starts the game again, resumes, finishes, and checks that all eight answers
# are there once each, in the stored order, with the session finished.
# Then the player deletes themselves, and nothing of theirs is left.
#   cmake -DESPRIT=... -DCHECKER=... -DSQLITE3=... -DSOURCE_ROOT=... -DWORK=... -P PlayersAndResume.cmake
# SPDX-License-Identifier: GPL-3.0-or-later
foreach(variable ESPRIT CHECKER SQLITE3 SOURCE_ROOT WORK)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "PlayersAndResume.cmake needs -D${variable}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/root/questions" "${WORK}/data" "${WORK}/shots")
file(CREATE_LINK "${SOURCE_ROOT}/assets" "${WORK}/root/assets" SYMBOLIC)
file(COPY "${SOURCE_ROOT}/tests/ui/fixtures/every-kind" DESTINATION "${WORK}/root/questions")
set(ENV{ESPRIT_ROOT} "${WORK}/root")
set(ENV{LANG} "C.UTF-8")
set(ENV{ESPRIT_ANSWER_LOG} "${WORK}/committed-answers.txt")
set(database "${WORK}/data/esprit/results.sqlite")

function(play script)
  execute_process(
    COMMAND "${SOURCE_ROOT}/tests/with-xvfb" -s "-screen 0 1920x1080x24"
            "${ESPRIT}" --script "${SOURCE_ROOT}/tests/ui/scripts/${script}"
            --screenshot "${WORK}/shots" --data-dir "${WORK}/data" --seed 7
    WORKING_DIRECTORY "${WORK}" TIMEOUT 300 RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "the scripted game ${script} failed: ${result}")
  endif()
endfunction()

# sqlite3 prints the answer of `sql` into `variable`; the test fails if it cannot.
function(ask variable sql)
  execute_process(COMMAND "${SQLITE3}" "${database}" "${sql}"
    OUTPUT_VARIABLE answer OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "sqlite3 could not run: ${sql}")
  endif()
  set(${variable} "${answer}" PARENT_SCOPE)
endfunction()

function(expect sql wanted)
  ask(answer "${sql}")
  if(NOT answer STREQUAL "${wanted}")
    message(FATAL_ERROR "${sql}\n  gave '${answer}', expected '${wanted}'")
  endif()
endfunction()

play(players-first-run.txt)
expect("SELECT nickname || '/' || class_code FROM players" "Alex/2B")
expect("SELECT count(*) FROM answers" "3")
expect("SELECT group_concat(position, ',') FROM (SELECT position FROM answers ORDER BY position)" "0,1,2")
expect("SELECT status FROM sessions" "playing")
ask(order_before "SELECT resume_state FROM sessions")

play(players-resume.txt)
expect("PRAGMA integrity_check" "ok")
expect("SELECT count(*) FROM sessions" "1")
expect("SELECT status FROM sessions" "finished")
expect("SELECT resume_state FROM sessions" "${order_before}")
expect("SELECT count(*) || ' ' || count(DISTINCT position) || ' ' || min(position) || ' ' || max(position) FROM answers"
       "8 8 0 7")
# The answers follow the stored order: the question at each position is the
# one the session planned there.
expect("SELECT count(*) FROM answers a JOIN sessions s ON s.id = a.session_id, json_each(s.resume_state, '$.question_ids') q WHERE q.key = a.position AND q.value = a.question_id"
       "8")
# Every answer the game logged as committed is in the file, and no other.
file(STRINGS "${WORK}/committed-answers.txt" logged)
list(JOIN logged "," logged_ids)
expect("SELECT group_concat(id, ',') FROM (SELECT id FROM answers ORDER BY id)" "${logged_ids}")

# Deleting the player erases everything of theirs, and the file stays sound.
play(players-delete.txt)
expect("PRAGMA integrity_check" "ok")
expect("SELECT (SELECT count(*) FROM players) || ' ' || (SELECT count(*) FROM sessions) || ' ' || (SELECT count(*) FROM answers)"
       "0 0 0")

# Stopping with the Stop button, then choosing the same pack again, offers
# the same round: Noor's three answers are in one session, at 0, 1 and 2.
play(players-stop-and-choose.txt)
expect("SELECT count(DISTINCT s.id) || ' ' || group_concat(a.position, ',') FROM players p JOIN sessions s ON s.player_id = p.id JOIN answers a ON a.session_id = s.id WHERE p.nickname = 'Noor'"
       "1 0,1,2")

# The resumed question looks exactly as it did before quitting: same
# question, same option order, same score in the header.
file(SHA256 "${WORK}/shots/05-question-4.png" before_quitting)
file(SHA256 "${WORK}/shots/07-resumed-question-4.png" after_resuming)
if(NOT before_quitting STREQUAL after_resuming)
  message(FATAL_ERROR "the resumed question differs from the one left (05 and 07 screenshots)")
endif()
# With the only player deleted, the player screen is back to its first-start state.
file(SHA256 "${WORK}/shots/02-players-first-time.png" first_start)
file(SHA256 "${WORK}/shots/11-players-after-delete.png" after_delete)
if(NOT first_start STREQUAL after_delete)
  message(FATAL_ERROR "after deleting the only player, the player screen differs from a first start")
endif()
file(GLOB shots "${WORK}/shots/*.png")
list(FILTER shots EXCLUDE REGEX "07-resumed-question-4|11-players-after-delete")
execute_process(COMMAND "${CHECKER}" ${shots} RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
  message(FATAL_ERROR "the screenshots are missing, blank or repeated (see above)")
endif()
