#!/usr/bin/env python3
"""Precision of the judged held-out sample (docs/accuracy/heldout-judged.md), overall, per rule family and per
rule id, each with a Wilson 95% score interval. 'unclear' counts as false."""
import math
import re
import sys

JUDGED = sys.argv[1] if len(sys.argv) > 1 else "docs/accuracy/heldout-judged.md"
SNAPSHOT = sys.argv[2] if len(sys.argv) > 2 else "tests/snapshots/abstracts-dev.findings.txt"
FAMILIES = {"1": "Counts CC1xxx", "2": "Estimates CC2xxx", "3": "Language CC3xxx", "4": "Summaries CC4xxx",
            "9": "Input CC9xxx"}
Z = 1.959964


def wilson(k, n):
    """Wilson score interval: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)."""
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    denom = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denom
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


row = re.compile(r"^\| (\d+) \| (CC\d+) \| (\w+) \| .* \| (true|false|unclear) \| [^|]*\|$")
rows = [m.groups() for m in map(row.match, open(JUDGED, encoding="utf-8")) if m]
assert rows, f"no judged rows in {JUDGED}"


# How many findings of each rule the sampled population (odd ids, Warning/Error) holds, from the snapshot.
finding = re.compile(r"^PMC(\d+)\.abst\(\d+,\d+\)\+\d+ (\w+) (CC\d+):")
population = []
with open(SNAPSHOT, encoding="utf-8") as f:
    for m in map(finding.match, f):
        if m and int(m.group(1)) % 2 == 1 and m.group(2).lower() in ("warning", "error"):
            population.append(m.group(3))


def line(label, in_population, verdicts):
    n = len(verdicts)
    k = sum(v == "true" for v in verdicts)
    unclear = sum(v == "unclear" for v in verdicts)
    if n == 0:
        return f"| {label} | {in_population} | 0 | — | — | — | — | — |"
    lo, hi = wilson(k, n)
    return (f"| {label} | {in_population} | {n} | {k} | {n - k - unclear} | {unclear} | {100 * k / n:.0f}% "
            f"| {100 * lo:.0f}%–{100 * hi:.0f}% |")


print(f"| group | in the {len(population)} | judged | true | false | unclear | precision | Wilson 95% |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
print(line("**all**", len(population), [r[3] for r in rows]))
for digit, name in FAMILIES.items():
    print(line(name, sum(p[2] == digit for p in population), [r[3] for r in rows if r[1][2] == digit]))
for rid in sorted(set(population)):
    print(line(rid, population.count(rid), [r[3] for r in rows if r[1] == rid]))
