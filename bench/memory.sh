#!/usr/bin/env bash
# Peak memory and time of the whole-file jobs (issue 13; issue 23 sets the later targets):
# importing large vCard and CSV files into an empty database, and exporting every contact
# of a large database in each format, for one or two builds. Writes bench/MEMORY.md.
#
#   bench/memory.sh NEW_BIN [OLD_BIN]
#   CARDS=130000 ROWS=1000000 EXPORTS="100000 300000" IMPORTS="10000 100000" bench/memory.sh BIN
#
# The files come from bench/import-files.py (deterministic: 130,000 vCard 3.0 cards ≈ 55 MB,
# 1,000,000 CSV rows ≈ 35 MB, and 10,000 / 100,000 cards for the import times); the
# databases to export from from the synth example (SYNTH, else the one beside NEW_BIN).
# Each job runs once under /usr/bin/time -v: wall time (ms) and maximum resident set (MB).
# Those are single runs on whatever machine this is: on a shared machine, say so.
set -euo pipefail
cd "$(dirname "$0")/.."
NEW=${1:?usage: bench/memory.sh NEW_BIN [OLD_BIN]}
OLD=${2:-}
SYNTH=${SYNTH:-$(dirname "$NEW")/examples/synth}
CARDS=${CARDS:-130000}
ROWS=${ROWS:-1000000}
EXPORTS=${EXPORTS:-"100000 300000"}
IMPORTS=${IMPORTS:-"10000 100000"}
OUT=${OUT:-bench/MEMORY.md}
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 1; }
[ -x "$SYNTH" ] || { echo "no synth at $SYNTH (cargo build --release --example synth, or SYNTH=PATH)" >&2; exit 1; }
# shellcheck source=bench/commands.sh
. bench/commands.sh
bench_env
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-memory.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
RESULTS=$WORK/results.tsv
: > "$RESULTS"

# run LABEL BUILD COMMAND…: one run under /usr/bin/time -v; a row of results.tsv.
run() {
  local label=$1 build=$2; shift 2
  local t=$WORK/time.txt start end status=0
  start=$(date +%s%N)
  /usr/bin/time -v -o "$t" "$@" >/dev/null 2>"$WORK/err.txt" || status=$?
  end=$(date +%s%N)
  local rss
  rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$t")
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$build" $(( (end - start) / 1000000 )) \
    "$(python3 -c "print(f'{int(\"${rss:-0}\") / 1024:.0f}')")" "$status" >> "$RESULTS"
  tail -n 1 "$RESULTS" >&2
}

size_mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$1"; }

echo "== files" >&2
python3 bench/import-files.py vcard "$CARDS" "$WORK/cards.vcf"
python3 bench/import-files.py csv "$ROWS" "$WORK/rows.csv"
for n in $IMPORTS; do python3 bench/import-files.py vcard "$n" "$WORK/cards-$n.vcf"; done
for n in $EXPORTS; do "$SYNTH" --contacts "$n" --db "$WORK/synth-$n.db" >/dev/null; done

builds=(new)
[ -n "$OLD" ] && builds=(old new)
for build in "${builds[@]}"; do
  bin=$NEW
  [ "$build" = old ] && bin=$OLD
  echo "== $build: $bin" >&2
  fresh() { rm -f "$WORK/import.db"*; }
  fresh; run "import $(printf "%'d" "$CARDS") vCards ($(size_mb "$WORK/cards.vcf") MB)" "$build" \
    "$bin" --db "$WORK/import.db" --no-input import "$WORK/cards.vcf"
  fresh; run "import $(printf "%'d" "$ROWS") CSV rows ($(size_mb "$WORK/rows.csv") MB)" "$build" \
    "$bin" --db "$WORK/import.db" --no-input import "$WORK/rows.csv"
  for n in $IMPORTS; do
    fresh; run "import $(printf "%'d" "$n") vCards ($(size_mb "$WORK/cards-$n.vcf") MB)" "$build" \
      "$bin" --db "$WORK/import.db" --no-input import "$WORK/cards-$n.vcf"
  done
  fresh
  for n in $EXPORTS; do
    for f in vcard csv json ics; do
      # Each build works on its own copy (a newer build may migrate it).
      cp "$WORK/synth-$n.db" "$WORK/export.db"
      run "export $f of $(printf "%'d" "$n") contacts" "$build" \
        "$bin" --db "$WORK/export.db" export "$f" -o "$WORK/out.$f"
      rm -f "$WORK/export.db"* "$WORK/out.$f"
    done
  done
done

python3 - "$RESULTS" "$OUT" "$NEW" "$OLD" <<'PY'
import datetime, os, subprocess, sys
results, out, new, old = sys.argv[1:5]
rows = [l.rstrip("\n").split("\t") for l in open(results) if l.strip()]
labels = list(dict.fromkeys(r[0] for r in rows))
by = {(r[0], r[1]): r for r in rows}
def commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"
def cell(r):
    if r is None:
        return "–", "–"
    ms, mb, status = r[2], r[3], r[4]
    note = "" if status in ("0", "3") else f" (exit {status})"
    return f"{int(ms):,} ms{note}", f"{mb} MB"
with open(out, "w") as f:
    f.write("# Peak memory of whole-file jobs\n\n")
    f.write(f"Written by `bench/memory.sh` on {datetime.date.today()}, commit {commit()}, "
            f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the end: one run each, "
            "wall time and maximum resident set (`/usr/bin/time -v`). Release builds.\n\n")
    if old:
        f.write(f"Before: `{old}`. After: `{new}`.\n\n")
        f.write("| job | time before | time after | peak before | peak after |\n|---|---:|---:|---:|---:|\n")
        for l in labels:
            (tb, mb), (ta, ma) = cell(by.get((l, "old"))), cell(by.get((l, "new")))
            f.write(f"| {l} | {tb} | {ta} | {mb} | {ma} |\n")
    else:
        f.write("| job | time | peak |\n|---|---:|---:|\n")
        for l in labels:
            t, m = cell(by.get((l, "new")))
            f.write(f"| {l} | {t} | {m} |\n")
print(open(out).read())
PY
