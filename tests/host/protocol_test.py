# SPDX-License-Identifier: GPL-3.0-or-later
"""The class game through its protocol, as other clients would speak it: a
headless `esprit host` on 127.0.0.1 and simulated students joining,
answering, double-submitting, reconnecting, joining late, playing in teams,
sending bad bodies and wrong host tokens, and a host killed with SIGKILL
and resumed without losing a committed answer.

Run under xvfb-run (so scenario pictures are drawn):
  xvfb-run -a python3 protocol_test.py ESPRIT SOURCE_ROOT WORK_FOLDER"""

import json
import os
import random
import shutil
import sqlite3
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from classroom_client import EventStream, Host, right_answer, wrong_answer  # noqa: E402

ESPRIT, SOURCE_ROOT, WORK = sys.argv[1:4]
PACK = os.path.join(SOURCE_ROOT, "tests", "core", "packs", "valid", "every-kind")
with open(os.path.join(PACK, "pack.json")) as pack_file:
    PACK_JSON = json.load(pack_file)


def confidence_for(event):
    return 0.8 if event.get("confidence") else None


class ProtocolTest(unittest.TestCase):
    def setUp(self):
        self.data = os.path.join(WORK, self.id().split(".")[-1])
        shutil.rmtree(self.data, ignore_errors=True)
        self.hosts = []

    def tearDown(self):
        for host in self.hosts:
            if host.process.poll() is None:
                host.stop()

    def start(self, *extra, **options):
        # Any extra keyword (headless=False, resume=True, port=None, env=…) goes to Host.
        host = Host(ESPRIT, PACK, self.data, extra=extra, **options)
        self.hosts.append(host)
        return host

    def answers_in_database(self):
        database = sqlite3.connect(os.path.join(self.data, "esprit", "results.sqlite"))
        try:
            return database.execute(
                "SELECT p.nickname, a.question_id, a.answer FROM answers a "
                "JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id "
                "ORDER BY a.id").fetchall()
        finally:
            database.close()

    # ------------------------------------------------------------------
    def test_the_ready_line_and_the_page_never_show_the_host_token(self):
        host = self.start("--questions", "3")
        self.assertRegex(host.code, r"^[0-9]{6}$")
        self.assertRegex(host.host_token, r"^[0-9a-f]{32}$")
        self.assertEqual(host.ready["join"], "http://127.0.0.1:%d/" % host.port)
        for path in ("/", "/app.js", "/style.css", "/i18n.json?lang=fr", "/api/info"):
            status, _, raw, _ = host.request("GET", path)
            self.assertEqual(status, 200, path)
            self.assertNotIn(host.host_token.encode(), raw, path)
        _, french, _, _ = host.request("GET", "/i18n.json?lang=fr")
        self.assertEqual(french["join.button"], "Rejoindre")
        player = host.joined("Amina")
        host.next()
        stream = host.events(player)
        _, _, data = stream.next_event()
        self.assertNotIn(host.host_token, json.dumps(data))
        stream.close()
        self.assertNotIn(host.host_token, host.read_log())

    def test_the_students_page_is_plain_es5_and_loads_nothing_from_elsewhere(self):
        folder = os.path.join(SOURCE_ROOT, "assets", "classroom")
        for name in ("index.html", "app.js", "style.css"):
            with open(os.path.join(folder, name)) as page_file:
                text = page_file.read()
            self.assertNotRegex(text, r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", name)  # no other host
            self.assertNotIn("@import", text, name)
        with open(os.path.join(folder, "app.js")) as script_file:
            script = script_file.read()
        # What a 2019 phone browser may lack: ES2015+ syntax and fetch.
        for pattern in (r"\blet\s", r"\bconst\s", "=>", "`", r"\bclass\s", r"\basync\b",
                        r"\bawait\b", r"\bimport\b", r"\bfetch\(", r"\.\.\."):
            self.assertNotRegex(script, pattern)
        self.assertNotIn(".innerHTML", script)  # every text goes in as text

    def test_joining_refuses_a_wrong_code_a_taken_name_and_bad_bodies(self):
        host = self.start()
        self.assertEqual(host.join("Amina")[0], 200)
        wrong = "123456" if host.code != "123456" else "654321"
        self.assertEqual(host.join("Bo", code=wrong)[0], 403)
        self.assertEqual(host.join("amina")[0], 409)
        self.assertEqual(host.join("<img src=x onerror=alert(1)>")[0], 400)
        self.assertEqual(host.join("Bo\u202e")[0], 400)
        self.assertEqual(host.join("x" * 25)[0], 400)
        status, body, _, _ = host.request("POST", "/api/join", {"code": host.code, "nickname": "Bo", "admin": True})
        self.assertEqual(status, 400)
        self.assertIn("admin", body["error"])
        self.assertEqual(host.request("POST", "/api/join", raw="{not json")[0], 400)
        status, body, _, _ = host.request("POST", "/api/join", raw="{" + " " * 5000 + "}")
        self.assertEqual(status, 413)
        self.assertIn("error", body)
        self.assertEqual(host.request("GET", "/nothing/here")[0], 404)
        self.assertEqual(host.request("GET", "/api/events?player=" + "0" * 32)[0], 403)
        # The host is unaffected: the next student joins as usual.
        self.assertEqual(host.join("Bo")[0], 200)
        self.assertEqual(host.state()[1]["players"], 2)

    def test_a_wrong_host_token_gets_403_and_changes_nothing(self):
        host = self.start()
        host.joined("Amina")
        wrong = "0" * 32
        self.assertEqual(host.next(wrong)[0], 403)
        self.assertEqual(host.end(wrong)[0], 403)
        self.assertEqual(host.state(wrong)[0], 403)
        self.assertEqual(host.request("POST", "/api/host/remove", {"host": wrong, "nickname": "Amina"})[0], 403)
        state = host.state()[1]
        self.assertEqual((state["phase"], state["index"], state["players"]), ("lobby", 0, 1))

    def test_a_question_arrives_on_the_open_stream_and_is_answered_once(self):
        host = self.start("--questions", "10")
        player = host.joined("Amina")
        stream = host.events(player)
        self.assertEqual(stream.status, 200)
        lobby_id, name, lobby = stream.next_event()
        self.assertEqual(name, "lobby")
        self.assertEqual(lobby["nickname"], "Amina")
        saw_picture = saw_regions = False
        previous_id = lobby_id
        for index in range(1, 11):
            status, state, _, _ = host.next()
            self.assertEqual((status, state["phase"], state["index"]), (200, "question", index))
            event_id, name, question = stream.next_event()
            self.assertEqual(name, "question")
            self.assertGreater(event_id, previous_id)
            previous_id = event_id
            self.assertEqual((question["index"], question["count"]), (index, 10))
            for field in ("question", "type", "prompt", "image", "confidence"):
                self.assertIn(field, question)
            if question["type"] in ("single", "multiple"):
                self.assertTrue(all(set(option) == {"id", "label"} for option in question["options"]))
            if question["type"] == "true_false":
                self.assertNotIn("options", question)
            if question["image"]:
                status, _, png, response = host.request("GET", question["image"] + "&w=540")
                self.assertEqual(status, 200)
                self.assertEqual(response.getheader("Content-Type"), "image/png")
                self.assertTrue(png.startswith(b"\x89PNG"))
                saw_picture = True
            if question["type"] == "hotspot" and question["image"]:
                boxes = [region for region in question["regions"] if "x" in region]
                self.assertTrue(boxes)
                for box in boxes:
                    self.assertTrue(0 <= box["x"] <= 1 and 0 <= box["y"] <= 1)
                saw_regions = True
            right = right_answer(question, PACK_JSON)
            sure = confidence_for(question)
            first = host.answer(player, question["question"], right, sure)
            self.assertEqual(first[0], 200, first)
            self.assertEqual(host.answer(player, question["question"], right, sure), first)
            self.assertEqual(host.answer(player, question["question"], wrong_answer(question, PACK_JSON), sure)[0], 409)
            self.assertEqual(host.answer("f" * 32, question["question"], right, sure)[0], 403)
            self.assertEqual(host.state()[1]["answers"], 1)
            host.next()
            _, name, reveal = stream.next_event()
            self.assertEqual(name, "reveal")
            self.assertTrue(reveal["yours"]["correct"], reveal)
            # The same answer after closing still gets its reply.
            self.assertEqual(host.answer(player, question["question"], right, sure), first)
        self.assertTrue(saw_picture and saw_regions)
        # A future question's picture is not handed out early.
        self.assertEqual(host.request("GET", "/scenario.png?game=%s&index=11" % host.code)[0], 404)
        self.assertEqual(len(self.answers_in_database()), 10)
        host.next()
        _, name, end = stream.next_event()
        self.assertEqual((name, end["answered"], end["correct"]), ("end", 10, 10))
        self.assertEqual(host.next()[0], 409)
        self.assertEqual(host.state()[1]["phase"], "end")
        stream.close()

    def test_a_double_click_sends_two_answers_at_once_and_one_is_recorded(self):
        host = self.start("--questions", "2")
        player = host.joined("Amina")
        host.next()
        stream = host.events(player)
        _, _, question = stream.next_event()
        stream.close()
        results = []
        right = right_answer(question, PACK_JSON)

        def click():
            results.append(host.answer(player, question["question"], right, confidence_for(question)))

        clicks = [threading.Thread(target=click) for _ in range(6)]
        for thread in clicks:
            thread.start()
        for thread in clicks:
            thread.join(timeout=30)
        self.assertEqual([status for status, _ in results], [200] * 6)
        self.assertEqual(len({json.dumps(reply, sort_keys=True) for _, reply in results}), 1)
        self.assertEqual(len(self.answers_in_database()), 1)

    def test_a_reconnect_with_last_event_id_first_gets_the_current_state(self):
        host = self.start("--questions", "3")
        player = host.joined("Amina")
        stream = host.events(player)
        first_id, _, _ = stream.next_event()
        stream.close()  # the Wi-Fi drops
        host.next()
        host.next()  # the reveal of question 1 happened meanwhile
        again = host.events(player, last=first_id)
        event_id, name, data = again.next_event()
        self.assertEqual(name, "reveal")
        self.assertGreater(event_id, first_id)
        self.assertEqual(data["index"], 1)
        host.next()
        next_id, name, _ = again.next_event()
        self.assertEqual(name, "question")
        self.assertGreater(next_id, event_id)
        again.close()
        status, body, raw, _ = host.request("GET", "/api/events?player=%s&once=1" % player)
        self.assertEqual(status, 200)
        self.assertIn(b"event: question", raw)

    def test_a_player_keeps_two_streams_and_a_third_closes_the_oldest(self):
        host = self.start()
        player = host.joined("Amina")
        streams = [host.events(player, timeout=10) for _ in range(3)]
        for stream in streams:
            stream.next_event()  # each begins with the lobby
        with self.assertRaises(EOFError):
            streams[0].next_event()  # closed within a few seconds
        host.next()
        for stream in streams[1:]:
            self.assertEqual(stream.next_event()[1], "question")
            stream.close()

    def test_a_late_student_answers_the_open_question_and_one_joining_in_a_reveal_starts_at_the_next(self):
        host = self.start("--questions", "3")
        host.joined("Amina")
        host.next()
        late = host.joined("Late")
        stream = host.events(late)
        _, name, question = stream.next_event()
        self.assertEqual((name, question["index"]), ("question", 1))
        self.assertEqual(host.answer(late, question["question"], right_answer(question, PACK_JSON),
                                     confidence_for(question))[0], 200)
        stream.close()
        host.next()
        later = host.joined("Later")
        stream = host.events(later)
        _, name, reveal = stream.next_event()
        self.assertEqual(name, "reveal")
        self.assertIsNone(reveal["yours"])
        self.assertEqual(host.answer(later, question["question"], right_answer(question, PACK_JSON),
                                     confidence_for(question))[0], 409)
        host.next()
        _, name, second = stream.next_event()
        self.assertEqual((name, second["index"]), ("question", 2))
        self.assertEqual(host.answer(later, second["question"], right_answer(second, PACK_JSON),
                                     confidence_for(second))[0], 200)
        stream.close()
        self.assertEqual(sorted(row[0] for row in self.answers_in_database()), ["Late", "Later"])

    def test_in_team_mode_devices_join_with_a_team_name(self):
        host = self.start("--teams", "--questions", "2", "--class", "5C")
        status, info, _, _ = host.request("GET", "/api/info")
        self.assertEqual(info, {"teams": True})
        self.assertEqual(host.join("Amina")[0], 400)
        team = host.joined("Les Sceptiques", field="team")
        host.next()
        stream = host.events(team)
        _, _, question = stream.next_event()
        self.assertEqual(host.answer(team, question["question"], right_answer(question, PACK_JSON),
                                     confidence_for(question))[0], 200)
        host.next()
        _, _, reveal = stream.next_event()
        self.assertEqual(reveal["score"], reveal["yours"]["points"])
        stream.close()
        database = sqlite3.connect(os.path.join(self.data, "esprit", "results.sqlite"))
        self.assertEqual(database.execute("SELECT nickname, class_code FROM players").fetchall(),
                         [("Les Sceptiques", "5C")])
        database.close()

    def test_a_flood_from_one_address_gets_429_and_the_host_carries_on(self):
        host = self.start("--rate-limit", "5")
        statuses = [host.request("GET", "/api/info")[0] for _ in range(80)]
        self.assertIn(429, statuses)
        time.sleep(2.5)
        self.assertEqual(host.join("Amina")[0], 200)

    def test_the_teacher_removes_a_nickname_in_the_lobby(self):
        host = self.start()
        prank = host.joined("Prank")
        status, state, _, _ = host.request("POST", "/api/host/remove", {"host": host.host_token, "nickname": "prank"})
        self.assertEqual((status, state["players"]), (200, 0))
        self.assertEqual(host.request("GET", "/api/player?player=" + prank)[0], 403)
        self.assertEqual(host.join("Prank")[0], 200)

    def test_a_host_killed_mid_game_resumes_with_the_same_code_and_tokens_and_loses_no_committed_answer(self):
        host = self.start("--questions", "4")
        code, token, port = host.code, host.host_token, host.port
        players = {name: host.joined(name) for name in ["S%02d" % number for number in range(12)]}
        host.next()
        stream = host.events(players["S00"])
        last_id, _, question = stream.next_event()
        stream.close()
        accepted = {}
        lock = threading.Lock()

        def play(name):
            time.sleep(random.uniform(0, 0.3))
            try:
                status, reply = host.answer(players[name], question["question"],
                                            right_answer(question, PACK_JSON), confidence_for(question))
            except OSError:
                return  # the host died under this request: not accepted
            if status == 200:
                with lock:
                    accepted[name] = reply

        students = [threading.Thread(target=play, args=(name,)) for name in players]
        for thread in students:
            thread.start()
        time.sleep(random.uniform(0.05, 0.25))
        host.kill()  # SIGKILL, mid-answers
        for thread in students:
            thread.join(timeout=30)

        resumed = self.start(port=None, resume=True)
        self.assertEqual((resumed.code, resumed.host_token, resumed.port), (code, token, port))
        committed = {row[0] for row in self.answers_in_database()}
        self.assertTrue(set(accepted) <= committed, (accepted, committed))
        for name, player in players.items():
            again = resumed.events(player)
            event_id, name_of_event, data = again.next_event()
            again.close()
            self.assertGreater(event_id, last_id)
            self.assertEqual((name_of_event, data["index"]), ("question", 1))
            self.assertEqual(data["answered"] is not None, name in committed)
            status, reply = resumed.answer(player, question["question"], right_answer(question, PACK_JSON),
                                           confidence_for(question))
            self.assertEqual(status, 200)
            if name in accepted:
                self.assertEqual(reply, accepted[name])
        rows = self.answers_in_database()
        self.assertEqual(len(rows), len(players))
        self.assertEqual(len({row[0] for row in rows}), len(players))
        resumed.next()
        self.assertEqual(resumed.state()[1]["phase"], "reveal")

    def test_the_projector_window_follows_a_whole_game_and_stops_cleanly(self):
        host = self.start("--questions", "3", "--window", "960x540", headless=False)
        players = [host.joined(name) for name in ("Amina", "Bo##x", "Chloé")]
        for _ in range(3):
            host.next()
            stream = host.events(players[0])
            _, _, question = stream.next_event()
            stream.close()
            for player in players:
                self.assertEqual(host.answer(player, question["question"], right_answer(question, PACK_JSON),
                                             confidence_for(question))[0], 200)
            time.sleep(0.3)  # a few frames of the window with answers coming in
            host.next()
            time.sleep(0.3)
        host.next()
        time.sleep(0.5)
        self.assertIsNone(host.process.poll(), host.read_log())
        host.stop()
        self.assertEqual(host.process.returncode, 0, "exit %s; %s" % (host.process.returncode, host.read_log()))

    def test_without_a_display_the_phones_get_the_scenario_as_text(self):
        environment = dict(os.environ)
        environment.pop("DISPLAY", None)
        host = self.start("--questions", "10", env=environment)
        player = host.joined("Amina")
        host.next()
        stream = host.events(player)
        for _ in range(10):
            _, _, question = stream.next_event()
            self.assertIsNone(question["image"])
            if question["question"] != "q-order":
                self.assertTrue(question["scenario_text"])
            host.next()
            stream.next_event()
            host.next()
        stream.close()
        self.assertEqual(host.read_log().count("as text"), 1)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"] + sys.argv[4:])
