#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `esprit validate PACK` against `python3 -c json.load(PACK/pack.json)`.

Both run as whole processes, interleaved so that machine load affects both
alike; prints the median wall time, the largest peak RSS, and their ratios.
Where valgrind is installed it also counts instructions, a figure that does
not change with how busy the machine is.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

PYTHON_LOAD = "import json,sys; json.load(open(sys.argv[1]))"


def timed(command):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        sys.exit(f"{command[0]} failed (status {status})")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def instructions(command):
    if shutil.which("valgrind") is None:
        return None
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    for line in out.splitlines():
        if "refs:" in line:
            return int(line.split("refs:")[1].replace(",", "").strip())
    return None


def main():
    esprit, pack, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ours = [esprit, "validate", pack]
    python = ["/usr/bin/python3", "-c", PYTHON_LOAD, os.path.join(pack, "pack.json")]
    esprit_runs, python_runs = [], []
    for _ in range(runs):
        esprit_runs.append(timed(ours))
        python_runs.append(timed(python))
    e_time = statistics.median(t for t, _ in esprit_runs)
    p_time = statistics.median(t for t, _ in python_runs)
    e_rss = max(r for _, r in esprit_runs)
    p_rss = max(r for _, r in python_runs)
    size = os.path.getsize(os.path.join(pack, "pack.json")) / 1e6
    print(f"pack: 10,000 questions, {size:.1f} MB; {runs} interleaved runs each")
    print(f"esprit validate   median {e_time * 1000:7.1f} ms   peak RSS {e_rss:6.1f} MB")
    print(f"python json.load  median {p_time * 1000:7.1f} ms   peak RSS {p_rss:6.1f} MB")
    print(f"ratio (esprit / python): time {e_time / p_time:.2f}, memory {e_rss / p_rss:.2f}")
    e_ins, p_ins = instructions(ours), instructions(python)
    if e_ins and p_ins:
        print(f"instructions: esprit {e_ins / 1e6:.0f} M, python {p_ins / 1e6:.0f} M, ratio {e_ins / p_ins:.2f}")
    if len(sys.argv) > 4:
        subprocess.run([sys.argv[4], pack, "9"])


if __name__ == "__main__":
    main()
