# SPDX-License-Identifier: GPL-3.0-or-later
"""A small client of Esprit's class-game protocol (docs/classroom.md) for the
tests and the benchmark: starts a headless host, joins, answers, and reads
event streams. Standard library only; it talks to 127.0.0.1 and nothing else,
and every wait in it has a deadline."""

import http.client
import json
import os
import select
import signal
import subprocess
import time
import urllib.parse

READY_SECONDS = 30


class Host:
    """One `esprit host` process on 127.0.0.1 (headless unless asked for a window)."""

    def __init__(self, esprit, pack, data_dir, extra=(), port=0, resume=False, env=None,
                 headless=True):
        arguments = [esprit, "host"]
        if not resume:
            arguments.append(pack)
        if headless:
            arguments.append("--headless")
        arguments += ["--bind", "127.0.0.1", "--data-dir", data_dir]
        if port is not None:
            arguments += ["--port", str(port)]
        if resume:
            arguments.append("--resume")
        arguments += list(extra)
        self.log_path = os.path.join(data_dir, "host-%d.log" % time.time_ns())
        os.makedirs(data_dir, exist_ok=True)
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=self.log,
                                        env=env)
        line = self._read_ready_line()
        self.ready = json.loads(line)
        self.code = self.ready["code"]
        self.host_token = self.ready["host_token"]
        address = urllib.parse.urlparse(self.ready["join"])
        assert address.hostname == "127.0.0.1", self.ready
        self.port = address.port

    def _read_ready_line(self):
        deadline = time.monotonic() + READY_SECONDS
        buffer = b""
        while b"\n" not in buffer:
            left = deadline - time.monotonic()
            if left <= 0 or self.process.poll() is not None:
                raise RuntimeError("the host printed no ready line; log: " + self.read_log())
            readable, _, _ = select.select([self.process.stdout], [], [], left)
            if readable:
                chunk = os.read(self.process.stdout.fileno(), 4096)
                if not chunk:
                    raise RuntimeError("the host closed its output; log: " + self.read_log())
                buffer += chunk
        return buffer.split(b"\n")[0].decode()

    def read_log(self):
        if not self.log.closed:
            self.log.flush()
        with open(self.log_path) as log:
            return log.read()

    def connection(self, timeout=10):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, raw=None, headers=None):
        connection = self.connection()
        try:
            payload = raw if raw is not None else (json.dumps(body) if body is not None else None)
            connection.request(method, path, body=payload, headers=headers or {})
            response = connection.getresponse()
            data = response.read()
            try:
                parsed = json.loads(data) if data else None
            except ValueError:
                parsed = None
            return response.status, parsed, data, response
        finally:
            connection.close()

    def join(self, name, field="nickname", code=None):
        return self.request("POST", "/api/join", {"code": code or self.code, field: name})

    def joined(self, name, field="nickname"):
        status, body, _, _ = self.join(name, field)
        assert status == 200, (status, body)
        return body["player"]

    def answer(self, player, question, answer, confidence=None):
        body = {"player": player, "question": question, "answer": answer}
        if confidence is not None:
            body["confidence"] = confidence
        status, reply, _, _ = self.request("POST", "/api/answer", body)
        return status, reply

    def next(self, token=None):
        return self.request("POST", "/api/host/next", {"host": token or self.host_token})

    def end(self, token=None):
        return self.request("POST", "/api/host/end", {"host": token or self.host_token})

    def state(self, token=None):
        return self.request("GET", "/api/host/state?host=" + (token or self.host_token))

    def events(self, player, last=None, timeout=10):
        return EventStream(self.port, player, last, timeout)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.process.stdout.close()
        self.log.close()

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=15)
        self.process.stdout.close()
        self.log.close()


class EventStream:
    """A Server-Sent Events stream of one player, read event by event."""

    def __init__(self, port, player, last=None, timeout=10):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        headers = {"Accept": "text/event-stream"}
        if last is not None:
            headers["Last-Event-ID"] = str(last)
        self.connection.request("GET", "/api/events?player=" + player, headers=headers)
        self.response = self.connection.getresponse()
        self.status = self.response.status

    def next_event(self):
        """The next event as (id, name, data); comments and retry lines are skipped."""
        event_id, name, data = None, None, None
        while True:
            line = self.response.readline()
            if not line:
                raise EOFError("the stream ended")
            line = line.decode().rstrip("\n")
            if line == "":
                if name is not None:
                    return event_id, name, data
                continue
            if line.startswith("id: "):
                event_id = int(line[4:])
            elif line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])

    def close(self):
        self.connection.close()


def right_answer(question_event, pack):
    """The right answer to a question event, from the pack's own file."""
    question = next(item for item in pack["questions"] if item["id"] == question_event["question"])
    kind = question["type"]
    if kind == "ordering":
        return list(range(1, len(question["items"] if "items" in question else question["options"]) + 1))
    if kind == "hotspot":
        answer = question["answer"]
        return answer[0] if isinstance(answer, list) else answer
    return question["answer"]


def wrong_answer(question_event, pack):
    question = next(item for item in pack["questions"] if item["id"] == question_event["question"])
    kind = question["type"]
    if kind == "true_false":
        return not question["answer"]
    if kind == "single":
        return 1 if question["answer"] != 1 else 2
    if kind == "multiple":
        return []
    if kind == "ordering":
        return list(range(len(question_event["items"]), 0, -1))
    return ""
