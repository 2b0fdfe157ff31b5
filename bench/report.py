#!/usr/bin/env python3
"""Turns bench/run.sh's results into the report, two files in OUTDIR (default: bench/):
BENCHMARKS.md (machine, commit, one table per dataset size, the targets of issue 8 checked,
the khard ratio, the growth from 10,000 to 100,000 contacts, the full scans of large tables
found in the query plans, and the history of optimisations kept in bench/optimisations.md
and bench/search-notes.md) and plans.md (the query plans themselves).

    python3 bench/report.py RESULTS.tsv WORKDIR [OUTDIR]
"""
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone

if len(sys.argv) not in (3, 4):
    sys.exit("usage: report.py RESULTS.tsv WORKDIR [OUTDIR]")
results_path, work = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
outdir = sys.argv[3] if len(sys.argv) == 4 else here
rows = [line.rstrip("\n").split("\t") for line in open(results_path) if line.strip()]


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return ""


cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
mem = sh("free -h | awk '/Mem:/ {print $2}'")
load = sh("cut -d' ' -f1-3 /proc/loadavg")
commit = sh("git rev-parse --short HEAD") + (
    " (with uncommitted changes)" if sh("git status --porcelain --untracked-files=no") else "")
date = datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
plans = os.path.join(work, "plans.md")
out = []
out.append("# Benchmarks\n")
out.append("Produced by `bench/run.sh` (release build, synthetic data from "
           "`cargo run --release --example synth`, times by hyperfine: median, min and max "
           "of the runs after a warm-up, output to a pipe; peak memory by `/usr/bin/time -v`). "
           "Run it again with `bench/run.sh`; see the README for the options. The query "
           "plans of the indexed commands, from the same run, are in [plans.md](plans.md).\n")
out.append(f"- date: {date}")
out.append(f"- machine: {os.cpu_count()} cores, {cpu}, {mem} memory, "
           f"{platform.system()} {platform.release()}; load average at the end: {load}")
out.append(f"- commit: {commit}\n")

# size -> list of (label, med, lo, hi, rss) or (label, status, reason)
by_size = {}
for r in rows:
    size, label = int(r[0]), r[1]
    if r[2] in ("skipped", "failed"):
        by_size.setdefault(size, []).append((label, r[2], r[3] if len(r) > 3 else ""))
    else:
        by_size.setdefault(size, []).append(
            (label, float(r[2]), float(r[3]), float(r[4]), float(r[5])))

for size in sorted(by_size):
    out.append(f"## {size:,} contacts\n")
    out.append("| command | median ms | min ms | max ms | peak MB |")
    out.append("|---|---:|---:|---:|---:|")
    for entry in by_size[size]:
        if len(entry) == 3:
            label, status, reason = entry
            out.append(f"| `{label}` | {status}: {reason} | | | |")
        else:
            label, med, lo, hi, rss = entry
            rss_text = f"{rss:.1f}" if rss else ""
            out.append(f"| `{label}` | {med:.1f} | {lo:.1f} | {hi:.1f} | {rss_text} |")
    out.append("")


def find(size, prefix):
    """(median, rss) of the first row of `size` whose label starts with `prefix`,
    (None, status: reason) when it was skipped or failed, (None, None) when absent."""
    for entry in by_size.get(size, []):
        if entry[0].startswith(prefix):
            if len(entry) == 3:
                return None, f"{entry[1]}: {entry[2]}"
            return entry[1], entry[4]
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
out.append("Release build, median, on the 100,000-contact set unless stated; peak memory "
           "≤ 40 MB except for whole-database export and import.\n")
out.append("| size | command | target | measured | peak MB | met |")
out.append("|---:|---|---:|---:|---:|---|")
for size, prefix, limit in targets:
    med, rss = find(size, prefix)
    if med is None:
        why = rss or "not measured (size not in this run)"
        out.append(f"| {size:,} | `{prefix}…` | ≤ {limit:,} ms | {why} | | not measured |")
        continue
    whole_db = prefix.startswith(("import", "export"))
    ok = med <= limit and (whole_db or rss <= 40)
    out.append(f"| {size:,} | `{prefix}…` | ≤ {limit:,} ms | {med:.1f} ms | {rss:.1f} | "
               f"{'yes' if ok else '**NO**'} |")
out.append("")

# Issue 23: the notebook at 300,000 contacts.
targets_300k = [
    ("today", 10), ("show (by id)", 10), ("show (by name", 10), ("search (rare", 10),
    ("search (common", 10), ("search (accented", 10), ("list --tag jazz", 60),
    ("list (all", 600), ("import 300,000", 30000), ("export vcard", 5000),
]
if 300000 in by_size:
    out.append("## Targets at 300,000 contacts (issue 23)\n")
    out.append("Median; import and export ≤ 150 MB of peak memory.\n")
    out.append("| command | target | measured | peak MB | met |")
    out.append("|---|---:|---:|---:|---|")
    for prefix, limit in targets_300k:
        med, rss = find(300000, prefix)
        if med is None:
            out.append(f"| `{prefix}…` | ≤ {limit:,} ms | {rss or 'not measured'} | | not measured |")
            continue
        whole_db = prefix.startswith(("import", "export"))
        ok = med <= limit and (not whole_db or rss <= 150)
        out.append(f"| `{prefix}…` | ≤ {limit:,} ms | {med:.1f} ms | {rss:.1f} | "
                   f"{'yes' if ok else '**NO**'} |")
    out.append("")
    out.append("## Growth from 100,000 to 300,000 contacts (issue 23)\n")
    out.append("Target: ≤ 3.5× for the commands that read every row (list, export, import), "
               "≤ 1.5× for the others.\n")
    out.append("| command | 100,000 | 300,000 | ratio | target | met |")
    out.append("|---|---:|---:|---:|---:|---|")
    for label, *_ in by_size[300000]:
        if label.startswith(("synth", "--version")):
            continue
        a, _ = find(100000, label)
        b, _ = find(300000, label)
        if not (a and b):
            continue
        limit = 3.5 if label.startswith(("list (all", "export", "import")) else 1.5
        out.append(f"| `{label}` | {a:.1f} ms | {b:.1f} ms | {b / a:.2f}× | ≤ {limit}× | "
                   f"{'yes' if b / a <= limit else '**NO**'} |")
    out.append("")

khard, why = find(10000, "khard list")
ours, _ = find(10000, "list (all")
out.append("## khard\n")
khard_info = os.path.join(work, "khard.txt")
if os.path.exists(khard_info):
    version, cards, listed = open(khard_info).read().split()
    out.append(f"khard {version} (from PyPI, in a temporary venv), on a vdir of {cards} "
               f"cards written by `carnet export vcard --vdir`; `khard list` printed {listed} "
               "contacts.\n")
if khard and ours:
    ratio = khard / ours
    out.append(f"`khard list` on the same 10,000 contacts: {khard:.0f} ms; "
               f"`carnet list`: {ours:.1f} ms — **{ratio:.0f}×** faster "
               f"(target ≥ 200×: {'met' if ratio >= 200 else '**missed**'}).\n")
else:
    out.append(f"Not compared in this run ({why or 'the 10,000 set was not measured'}).\n")

out.append("## Growth from 10,000 to 100,000 contacts\n")
out.append("Target: less than 2× for the indexed commands.\n")
out.append("| command | 10,000 | 100,000 | ratio |")
out.append("|---|---:|---:|---:|")
for prefix in ["today", "show (by id)", "show (by name", "search (rare", "search (common",
               "search (accented", "follow-up list --overdue"]:
    a, _ = find(10000, prefix)
    b, _ = find(100000, prefix)
    if a and b:
        out.append(f"| `{prefix}…` | {a:.1f} ms | {b:.1f} ms | {b / a:.2f}× |")
    else:
        out.append(f"| `{prefix}…` | | | not measured |")
out.append("")

# Tables that stay small whatever the number of contacts: a scan of them is fine.
SMALL = {"tags", "events", "projects", "me", "sqlite_schema", "json_each"}
# Partial indexes of the few: contacts_archived holds archived contacts only.
PARTIAL = {"contacts_archived"}
partial_scans = set()
KEYWORDS = {"WHERE", "ON", "JOIN", "LEFT", "INNER", "CROSS", "GROUP", "ORDER", "LIMIT", "USING",
            "NATURAL", "UNION", "SELECT", "AS"}


def aliases(sql):
    """alias -> table for the FROM and JOIN clauses of one statement; common table
    expressions (WITH name AS …) map to themselves and count as small: they hold what the
    statement found, not a table."""
    found = {}
    for m in re.finditer(r"(?:\bWITH|,)\s+(\w+)\s+AS\s*(?:MATERIALIZED\s*|NOT MATERIALIZED\s*)?\(", sql, re.I):
        SMALL.add(m.group(1))
    for m in re.finditer(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, re.I):
        table, alias = m.group(1), m.group(2)
        found[table] = table
        if alias and alias.upper() not in KEYWORDS:
            found[alias] = table
    return found


plans_out = None
if os.path.exists(plans):
    text = open(plans).read()
    scans = set()
    for block in re.finditer(r"```sql\n(.*?)\n```\n```text\n(.*?)```", text, re.S):
        names = aliases(block.group(1))
        for line in block.group(2).splitlines():
            m = re.match(r"\s*SCAN (\S+)(.*)", line)
            if not m or "VIRTUAL TABLE" in m.group(2) or m.group(1) == "CONSTANT":
                continue
            # A statement's own subquery result (e.g. a count over a LIMIT), not a table.
            if re.fullmatch(r"\(subquery-\d+\)", m.group(1)):
                continue
            # A partial index that holds only a few rows whatever the number of contacts.
            partial = re.search(r"INDEX (\w+)", m.group(2))
            if partial and partial.group(1) in PARTIAL:
                partial_scans.add(f"{line.strip()}")
                continue
            table = names.get(m.group(1), m.group(1))
            name = table.split(".")[-1]
            # FTS5's own small tables (search_index_config: a few settings).
            if name not in SMALL and not name.endswith("_config"):
                scans.add(f"{line.strip()} ({table})")
    # plans.md: run.sh's heading, then which run it is, then the plans.
    heading, _, body = text.partition("\n")
    plans_out = f"{heading}\n\n- date: {date}\n- commit: {commit}\n{body.rstrip()}\n"
    out.append("## Full scans\n")
    if scans:
        out.append("Scans of a table that grows with the contacts, in "
                   "[plans.md](plans.md):\n")
        out.extend(f"- `{s}`" for s in sorted(scans))
        out.append("")
    else:
        out.append("No plan in [plans.md](plans.md) scans a table that grows with the "
                   "number of contacts "
                   "(scans of `tags`, `events` and `projects`, which stay small, of FTS5's "
                   "settings table, of json_each and FTS5 virtual tables, and of a "
                   "statement's own intermediate results — `WITH` tables such as `hits` — "
                   "are not counted).\n")
    if partial_scans:
        out.append("Scans of a partial index that holds only the few rows it is for (the "
                   "archived contacts, to leave out their follow-ups), not counted above:\n")
        out.extend(f"- `{s}`" for s in sorted(partial_scans))
        out.append("")

for name in ("scale.md", "optimisations.md", "search-notes.md"):
    path = os.path.join(here, name)
    if os.path.exists(path):
        out.append(open(path).read().rstrip("\n") + "\n")


def write(name, text):
    """Writes OUTDIR/name whole or not at all."""
    path = os.path.join(outdir, name)
    with open(path + ".new", "w") as f:
        f.write(text)
    os.replace(path + ".new", path)
    print(f"wrote {path}", file=sys.stderr)


write("BENCHMARKS.md", "\n".join(out) + "\n")
write("plans.md", plans_out or f"# Query plans\n\n- date: {date}\n- commit: {commit}\n\n"
      "None recorded in this run.\n")
