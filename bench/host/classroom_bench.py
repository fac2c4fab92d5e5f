# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark of the live classroom (issue 12): 100 simulated students on
127.0.0.1 join one headless host, hold their event streams open, load each
question's picture like a phone, and answer (some twice, like a double
click). It reports the answer latency the students saw, the host's memory
(PSS and RSS, from /proc) and its threads, and checks that no accepted
answer is missing from results.sqlite. A benchmark, not a test: run it by
hand (bench/run-classroom) on an otherwise idle machine.

  xvfb-run -a python3 classroom_bench.py ESPRIT SOURCE_ROOT WORK [--students N] [--spread S]"""

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "host"))
from classroom_client import Host  # noqa: E402

DEADLINE_SECONDS = 120  # no wait in this file lasts longer


def memory_of(pid):
    values = {}
    with open("/proc/%d/smaps_rollup" % pid) as rollup:
        for line in rollup:
            parts = line.split()
            if parts[0] in ("Rss:", "Pss:"):
                values[parts[0][:-1]] = int(parts[1]) / 1024
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith(("VmHWM:", "Threads:")):
                key, value = line.split(":")
                values[key] = int(value.split()[0]) / (1024 if key == "VmHWM" else 1)
    return values


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def answer_for(question):
    kind = question["type"]
    if kind == "true_false":
        return random.random() < 0.6
    if kind == "single":
        return random.choice(question["options"])["id"]
    if kind == "multiple":
        return [option["id"] for option in question["options"] if random.random() < 0.5]
    if kind == "ordering":
        items = [item["id"] for item in question["items"]]
        random.shuffle(items)
        return items
    return random.choice(question["regions"])["id"]


class Student(threading.Thread):
    def __init__(self, host, name, spread, results):
        super().__init__(daemon=True)
        self.host, self.name, self.spread, self.results = host, name, spread, results
        self.player = None
        self.events_seen = 0
        self.ended = threading.Event()

    def run(self):
        started = time.monotonic()
        self.player = self.host.joined(self.name)
        self.results.record("join", time.monotonic() - started)
        stream = self.host.events(self.player, timeout=DEADLINE_SECONDS)
        try:
            while True:
                _, name, data = stream.next_event()
                self.events_seen += 1
                if name == "question" and data["answered"] is None:
                    threading.Thread(target=self.answer, args=(data,), daemon=True).start()
                if name == "end":
                    break
        except (EOFError, OSError) as error:
            self.results.problem("%s: stream: %s" % (self.name, error))
        finally:
            stream.close()
            self.ended.set()

    def answer(self, question):
        if question["image"]:
            started = time.monotonic()
            status = self.host.request("GET", question["image"] + "&w=720")[0]
            self.results.record("picture", time.monotonic() - started)
            if status != 200:
                self.results.problem("%s: picture %d" % (self.name, status))
        time.sleep(random.uniform(0, self.spread))
        answer = answer_for(question)
        confidence = round(random.uniform(0.5, 1.0), 1) if question.get("confidence") else None
        for attempt in range(2 if random.random() < 0.1 else 1):  # a double click now and then
            started = time.monotonic()
            status, reply = self.host.answer(self.player, question["question"], answer, confidence)
            self.results.record("answer", time.monotonic() - started)
            if status == 200:
                self.results.accept(self.name, question["question"])
            else:
                self.results.problem("%s: answer %d %s" % (self.name, status, reply))


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = {"join": [], "answer": [], "picture": []}
        self.accepted = set()
        self.problems = []

    def record(self, kind, seconds):
        with self.lock:
            self.times[kind].append(seconds * 1000)

    def accept(self, name, question):
        with self.lock:
            self.accepted.add((name, question))

    def problem(self, text):
        with self.lock:
            self.problems.append(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("esprit")
    parser.add_argument("source_root")
    parser.add_argument("work")
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--spread", type=float, default=3.0,
                        help="students answer within this many seconds of a question opening")
    arguments = parser.parse_args()
    random.seed(12)
    shutil.rmtree(arguments.work, ignore_errors=True)
    pack = os.path.join(arguments.source_root, "questions", "spotting-manipulation-en")
    host = Host(arguments.esprit, pack, arguments.work,
                extra=["--questions", str(arguments.questions), "--rate-limit", "0", "--seed", "3"])
    results = Results()
    memory_idle = memory_of(host.process.pid)
    try:
        students = [Student(host, "Student %03d" % number, arguments.spread, results)
                    for number in range(arguments.students)]
        for student in students:
            student.start()
            time.sleep(0.01)  # a class arriving, not one packet
        deadline = time.monotonic() + DEADLINE_SECONDS
        while host.state()[1]["players"] < arguments.students and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)
        memory_lobby = memory_of(host.process.pid)
        peak = memory_lobby
        for _ in range(arguments.questions):
            host.next()
            deadline = time.monotonic() + DEADLINE_SECONDS
            while host.state()[1]["answers"] < arguments.students and time.monotonic() < deadline:
                time.sleep(0.1)
                sample = memory_of(host.process.pid)
                if sample["Pss"] > peak["Pss"]:
                    peak = sample
            host.next()
        host.next()  # the end
        for student in students:
            student.ended.wait(timeout=30)
        memory_end = memory_of(host.process.pid)
    finally:
        host.stop()

    database = sqlite3.connect(os.path.join(arguments.work, "esprit", "results.sqlite"))
    stored = database.execute(
        "SELECT p.nickname, a.question_id FROM answers a JOIN sessions s ON s.id = a.session_id "
        "JOIN players p ON p.id = s.player_id").fetchall()
    database.close()
    lost = results.accepted - set(stored)
    doubled = len(stored) - len(set(stored))

    answer_times = results.times["answer"]
    print("classroom benchmark: %d students, %d questions, answers spread over %.1f s"
          % (arguments.students, arguments.questions, arguments.spread))
    print("  answers: %d requests, %d accepted answers, %d stored, %d lost, %d stored twice"
          % (len(answer_times), len(results.accepted), len(stored), len(lost), doubled))
    print("  answer latency ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f"
          % (statistics.median(answer_times), percentile(answer_times, 0.95),
             percentile(answer_times, 0.99), max(answer_times)))
    print("  join latency ms: median %.1f, p95 %.1f; picture ms: median %.1f, p95 %.1f"
          % (statistics.median(results.times["join"]), percentile(results.times["join"], 0.95),
             statistics.median(results.times["picture"] or [0]),
             percentile(results.times["picture"] or [0], 0.95)))
    for label, sample in (("before joining", memory_idle), ("lobby, 100 streams", memory_lobby),
                          ("peak while answering", peak), ("at the end", memory_end)):
        print("  host memory %-22s PSS %.1f MB, RSS %.1f MB, threads %d"
              % (label + ":", sample["Pss"], sample["Rss"], sample["Threads"]))
    print("  host peak RSS (VmHWM): %.1f MB" % memory_end["VmHWM"])
    if results.problems:
        print("  problems (%d): %s" % (len(results.problems), "; ".join(results.problems[:5])))
    ok = not lost and not doubled and not results.problems
    print("  verdict: %s" % ("none lost" if ok else "ANSWERS LOST OR REFUSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
