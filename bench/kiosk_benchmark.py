#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CPU while a library kiosk shows its attract screen (issue 11).

The kiosk starts fullscreen on the shipped packs, is left alone for a few
seconds to settle, then its CPU time (utime + stime from /proc/PID/stat) is
read over SECONDS seconds. The attract screen changes its example every 15 s,
so a minute holds four changes: the figure includes them.
Budget (shared/DESIGN.md): 0.5 % of one core averaged over the minute.
"""
import os
import subprocess
import sys
import tempfile
import time

SETTLE_SECONDS = 3


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def measure(esprit, seconds, data):
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(data, "config"),
               XDG_DATA_HOME=os.path.join(data, "data"))
    game = subprocess.Popen([esprit, "--kiosk", "--report-first-frame"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        game.stdout.readline()  # the first frame is on screen
        time.sleep(SETTLE_SECONDS)
        before, start = cpu_ticks(game.pid), time.monotonic()
        time.sleep(seconds)
        ticks, elapsed = cpu_ticks(game.pid) - before, time.monotonic() - start
    finally:
        game.terminate()
        game.wait(timeout=30)
    return ticks / os.sysconf("SC_CLK_TCK") / elapsed * 100


def main():
    esprit = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    shares = []
    with tempfile.TemporaryDirectory(prefix="esprit-kiosk-bench-") as data:
        for _ in range(runs):
            shares.append(measure(esprit, seconds, data))
    shares.sort()
    listed = ", ".join(f"{share:.2f}" for share in shares)
    print(f"CPU while the kiosk's attract screen shows: median {shares[len(shares) // 2]:.2f} % of "
          f"one core over {seconds:.0f} s (runs: {listed}; budget 0.5 %)")


if __name__ == "__main__":
    main()
