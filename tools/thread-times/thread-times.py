#!/usr/bin/env python3
"""Runs a command and prints, per thread, its time on a CPU, its time runnable but waiting for one (run queue) and the
rest of its life (blocked), read from Linux's /proc/PID/task/*/schedstat every 50 ms. On a busy machine the wall time
of a parallel run says little; these show whether its threads waited for each other or only for a CPU.

    python3 tools/thread-times/thread-times.py taskset -c 0,1 claimcheck check DIR --format json --jobs 2 -o r.json

(docs/performance.md, "Two cores against one"). Threads that ran under 50 ms are left out."""
import os
import subprocess
import sys
import time

cmd = sys.argv[1:]
t0 = time.monotonic()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
last = {}
while p.poll() is None:
    try:
        for tid in os.listdir(f"/proc/{p.pid}/task"):
            try:
                comm = open(f"/proc/{p.pid}/task/{tid}/comm").read().strip()
                run, wait, _ = map(int, open(f"/proc/{p.pid}/task/{tid}/schedstat").read().split())
                first = last.get(tid, (comm, run, wait, time.monotonic()))[3]
                last[tid] = (comm, run, wait, first, time.monotonic())
            except (FileNotFoundError, ProcessLookupError, ValueError):
                pass
    except FileNotFoundError:
        break
    time.sleep(0.05)
wall = time.monotonic() - t0
print(f"wall {wall:.2f} s")
for tid, (comm, run, wait, first, seen) in sorted(last.items(), key=lambda kv: -kv[1][1]):
    if run < 5e7: continue
    life = seen - first
    print(f"{comm:28s} run {run/1e9:6.2f} s  runqueue wait {wait/1e9:6.2f} s  alive {life:6.2f} s  blocked {life - run/1e9 - wait/1e9:6.2f} s")
