#!/usr/bin/env python3
"""Draw the issue-12 held-out sample: 60 Warning/Error findings on odd PMC ids (the check half,
docs/accuracy/splits.md), reproducibly, from the findings snapshot."""
import random
import re
import sys

SNAPSHOT = sys.argv[1] if len(sys.argv) > 1 else "tests/snapshots/abstracts-dev.findings.txt"
SEED = 20261203
SIZE = 60

line_re = re.compile(r"^PMC(\d+)\.abst\(\d+,\d+\)\+\d+ (\w+) ")
kept = []
with open(SNAPSHOT, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        m = line_re.match(line)
        if m and int(m.group(1)) % 2 == 1 and m.group(2).lower() in ("warning", "error"):
            kept.append(line)
kept.sort()
print(f"# {len(kept)} odd-id Warning/Error findings; seed {SEED}; drawing {SIZE}", file=sys.stderr)
for i, line in enumerate(random.Random(SEED).sample(kept, SIZE), 1):
    print(f"{i}\t{line}")
