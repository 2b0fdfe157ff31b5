#!/usr/bin/env python3
"""Turns bench/run.sh's results.tsv into BENCHMARKS.md: machine, commit, one table per
dataset size, the targets of issue 8 checked, the khard ratio, and the query plans."""
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

results_path, work = sys.argv[1], sys.argv[2]
rows = [line.rstrip("\n").split("\t") for line in open(results_path) if line.strip()]


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return ""


cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
mem = sh("free -h | awk '/Mem:/ {print $2}'")
commit = sh("git rev-parse --short HEAD") + (" (with uncommitted changes)" if sh("git status --porcelain") else "")
out = []
out.append("# Benchmarks\n")
out.append("Produced by `bench/run.sh` (release build, synthetic data from "
           "`cargo run --release --example synth`, times by hyperfine: median, min and max "
           "of the runs after a warm-up; peak memory by `/usr/bin/time -v`).\n")
out.append(f"- date: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
out.append(f"- machine: {os.cpu_count()} cores, {cpu}, {mem} memory, {platform.system()} {platform.release()}")
out.append(f"- commit: {commit}\n")

by_size = {}
for size, label, med, lo, hi, rss in rows:
    by_size.setdefault(int(size), []).append((label, float(med), float(lo), float(hi), float(rss)))

for size in sorted(by_size):
    out.append(f"## {size:,} contacts\n")
    out.append("| command | median ms | min ms | max ms | peak MB |")
    out.append("|---|---:|---:|---:|---:|")
    for label, med, lo, hi, rss in by_size[size]:
        out.append(f"| `{label}` | {med:.1f} | {lo:.1f} | {hi:.1f} | {rss:.1f} |")
    out.append("")


def find(size, prefix):
    for label, med, lo, hi, rss in by_size.get(size, []):
        if label.startswith(prefix):
            return med, rss
    return None, None


targets = [
    (100000, "today", 10), (100000, "search (rare", 10), (100000, "search (common", 10),
    (100000, "search (accented", 10), (100000, "follow-up list --overdue", 10),
    (100000, "project show", 10), (100000, "list --tag", 10), (100000, "show (by id)", 3),
    (100000, "show (by name", 3), (100000, "--version", 2), (10000, "list (all", 25),
    (10000, "import 10,000", 1000), (100000, "import 100,000", 10000),
    (100000, "export vcard", 3000),
]
out.append("## Targets\n")
out.append("| size | command | target | measured | peak MB | met |")
out.append("|---:|---|---:|---:|---:|---|")
for size, prefix, limit in targets:
    med, rss = find(size, prefix)
    if med is None:
        out.append(f"| {size:,} | `{prefix}…` | ≤ {limit} ms | not measured | | no |")
        continue
    whole_db = prefix.startswith(("import", "export"))
    ok = med <= limit and (whole_db or rss <= 40)
    out.append(f"| {size:,} | `{prefix}…` | ≤ {limit} ms | {med:.1f} ms | {rss:.1f} | {'yes' if ok else 'NO'} |")
out.append("")

khard, _ = find(10000, "khard list")
ours, _ = find(10000, "list (all")
out.append("## khard\n")
if khard and ours:
    out.append(f"`khard list` on the same 10,000 contacts (as a vdir): {khard:.0f} ms; "
               f"`carnet list`: {ours:.1f} ms — **{khard / ours:.0f}×** faster (target ≥ 200×).\n")
else:
    out.append("khard was not available in this run.\n")

out.append("## Growth from 10,000 to 100,000 contacts\n")
out.append("| command | 10,000 | 100,000 | ratio |")
out.append("|---|---:|---:|---:|")
for prefix in ["today", "show (by id)", "show (by name", "search (rare", "search (common",
               "search (accented", "follow-up list --overdue"]:
    a, _ = find(10000, prefix)
    b, _ = find(100000, prefix)
    if a and b:
        out.append(f"| `{prefix}…` | {a:.1f} ms | {b:.1f} ms | {b / a:.2f}× |")
out.append("")

plans = os.path.join(work, "plans.md")
if os.path.exists(plans):
    out.append(open(plans).read())
print("\n".join(out))
