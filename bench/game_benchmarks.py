#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The game's performance budgets, measured inside one X server.

start-up:  process start to the first frame on screen, `esprit` (shipped packs
           loaded) against a bare SFML + ImGui window, interleaved, medians.
idle CPU:  share of one core used while a question waits for the player,
           over 30 seconds, from /proc/PID/stat.
memory:    RSS and PSS (/proc/PID/smaps_rollup) with a question on screen.
frame:     median CPU time of one frame with a full scenario on screen
           (`--benchmark-frames`).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

IDLE_SECONDS = 30
SETTLE_SECONDS = 3


def first_frame_delay(command, env):
    start = time.monotonic()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120).stdout
    for line in out.splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - start
    sys.exit(f"no first-frame line from {command[0]}:\n{out}")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def memory_kib(pid):
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            parts = line.split()
            if parts[0] in ("Rss:", "Pss:"):
                values[parts[0][:-1]] = int(parts[1])
    return values


def main():
    esprit, bare, pack, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    data = tempfile.mkdtemp(prefix="esprit-bench-")
    env = dict(os.environ, XDG_CONFIG_HOME=data, XDG_DATA_HOME=data)

    ours, baseline = [], []
    for _ in range(runs):
        baseline.append(first_frame_delay([bare], env))
        ours.append(first_frame_delay([esprit, "--data-dir", data, "--report-first-frame",
                                       "--benchmark-frames", "1"], env))
    e, b = statistics.median(ours), statistics.median(baseline)
    print(f"start-up to first frame: esprit {e * 1000:.0f} ms, bare SFML+ImGui window {b * 1000:.0f} ms, "
          f"ratio {e / b:.2f} (median of {runs}; budget 1.2)")

    game = subprocess.Popen([esprit, "--data-dir", data, "--report-first-frame", pack], env=env,
                            stdout=subprocess.PIPE, text=True)
    game.stdout.readline()
    time.sleep(SETTLE_SECONDS)
    ticks_before = cpu_ticks(game.pid)
    time.sleep(IDLE_SECONDS)
    ticks = cpu_ticks(game.pid) - ticks_before
    memory = memory_kib(game.pid)
    game.terminate()
    game.wait(timeout=30)
    share = ticks / os.sysconf("SC_CLK_TCK") / IDLE_SECONDS * 100
    print(f"CPU while a question waits: {share:.2f} % of one core over {IDLE_SECONDS} s (budget 0.5 %)")
    print(f"memory with a question on screen: RSS {memory['Rss'] / 1024:.0f} MB, PSS {memory['Pss'] / 1024:.0f} MB "
          f"(budget: PSS 100 MB)")

    frames = []
    for _ in range(max(3, runs // 3)):
        out = subprocess.run([esprit, "--data-dir", data, "--benchmark-frames", "120", pack], env=env,
                             capture_output=True, text=True, timeout=300).stdout
        frames += [float(line.split()[1]) for line in out.splitlines() if line.startswith("frame-cpu-ms ")]
    print(f"CPU time per frame, full post with picture on screen: {statistics.median(frames):.1f} ms "
          f"(median over {len(frames)} runs of 120 frames)")


if __name__ == "__main__":
    main()
