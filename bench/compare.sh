#!/usr/bin/env bash
# Compares two builds of carnet on the same synthetic datasets: the commands of bench/run.sh
# (bench/commands.sh), timed by hyperfine for both binaries in alternating rounds, then a
# table of the medians before and after, with their ratio.
#
#   bench/compare.sh OLD_BIN NEW_BIN
#   SIZES=1000 bench/compare.sh OLD NEW     sizes (default "10000 100000")
#   ROUNDS=7 RUNS=5 bench/compare.sh …      rounds, and runs per binary per round (5 and 3)
#   SLOW_ROUNDS=3 bench/compare.sh …        rounds of the whole-database export and import
#                                           (default 5, one run each)
#
# It builds nothing. OLD_BIN and NEW_BIN are release builds, e.g. of main and of a branch:
#
#   git worktree add /tmp/carnet-old main
#   (cd /tmp/carnet-old && cargo build --release --bin carnet --example synth)
#   cargo build --release --bin carnet
#   bench/compare.sh /tmp/carnet-old/target/x86_64-unknown-linux-gnu/release/carnet \
#                    target/x86_64-unknown-linux-gnu/release/carnet
#
# The datasets come from the synth (examples/synth.rs) found beside OLD_BIN (its
# examples/synth), else SYNTH=PATH, so that they have the OLD build's schema: the NEW build
# may then migrate its copy, the OLD one could not read a newer schema. Each binary gets its
# own copy of each dataset, opened once before timing (a migration, if any, happens there and
# is reported). Datasets are kept in DATA (default ${TMPDIR:-/tmp}/carnet-compare-data),
# named after the synth's checksum, and reused by the next comparison with the same synth.
#
# Rounds alternate the order (old then new, new then old…) so that a drift of the machine
# weighs on both. A median is taken over all the runs of a binary; "per round" is the range
# of the ratio of the two medians round by round. "noise" is the larger of the two binaries'
# spread (median absolute deviation / median). The verdict calls a command slower (faster)
# only when the ratio is off 1 by more than twice the noise and by 5 % at least, and every
# round agrees, over 5 runs or more each; "unclear" when the rounds disagree. The machine
# should be quiet: on a shared one, say so next to the figures.
set -euo pipefail
if [ $# -ne 2 ]; then
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/commands.sh
. "$here/commands.sh"

abs() { (cd "$(dirname "$1")" && echo "$PWD/$(basename "$1")"); }
for b in "$1" "$2"; do
  [ -x "$b" ] || { echo "not an executable: $b" >&2; exit 2; }
done
OLD=$(abs "$1")
NEW=$(abs "$2")
SYNTH=${SYNTH:-$(dirname "$OLD")/examples/synth}
if [ ! -x "$SYNTH" ]; then
  echo "no synth at $SYNTH: build it beside the old binary (cargo build --release --example synth) or name it with SYNTH=PATH" >&2
  exit 2
fi
SIZES=${SIZES:-"10000 100000"}
ROUNDS=${ROUNDS:-5}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-2}
SLOW_ROUNDS=${SLOW_ROUNDS:-5}
DATA=${DATA:-${TMPDIR:-/tmp}/carnet-compare-data}
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 1; }
PIPE=()
if hyperfine --help 2>/dev/null | grep -q -- '--output'; then PIPE=(--output=pipe); fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-compare.XXXXXX")
if [ -n "${KEEP:-}" ]; then
  trap 'echo "== work files kept in $WORK" >&2' EXIT
else
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$DATA"
TIMES=$WORK/times.tsv     # size, label, round, which (old/new), ms — one row per run
ROWS=$WORK/rows.tsv       # size, label, "timed" or "failed"/"skipped" and why
: > "$TIMES"; : > "$ROWS"
bench_env
unset CARNET_DB

user_version() {
  python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA user_version').fetchone()[0])" "$1"
}

# hyper WHICH SIZE LABEL ROUND RUNS WARMUP [--prepare CMD] -- COMMAND…: one hyperfine call,
# its run times appended to times.tsv.
hyper() {
  local which=$1 size=$2 label=$3 round=$4 runs=$5 warmup=$6; shift 6
  local extra=()
  while [ "$1" != "--" ]; do extra+=("$1"); shift; done
  shift
  local json=$WORK/h.json
  hyperfine --shell=none "${PIPE[@]}" --warmup "$warmup" --runs "$runs" "${extra[@]}" \
    --export-json "$json" -- "$(quote "$@")" >/dev/null 2>"$WORK/h.err" || return 1
  python3 - "$json" "$size" "$label" "$round" "$which" >> "$TIMES" <<'PY'
import json, sys
_, path, size, label, round_, which = sys.argv
for t in json.load(open(path))["results"][0]["times"]:
    print(f"{size}\t{label}\t{round_}\t{which}\t{t * 1000:.4f}")
PY
}

# compare SIZE LABEL ROUNDS RUNS WARMUP [--prepare-old CMD --prepare-new CMD] -- OLD_ARGV -- NEW_ARGV
# Runs each command once (a failure is recorded, not timed), then ROUNDS rounds in
# alternating order.
compare() {
  local size=$1 label=$2 rounds=$3 runs=$4 warmup=$5; shift 5
  local prep_old=() prep_new=()
  while [ "$1" != "--" ]; do
    case $1 in
      --prepare-old) prep_old=(--prepare "$2") ;;
      --prepare-new) prep_new=(--prepare "$2") ;;
    esac
    shift 2
  done
  shift
  local old_cmd=() new_cmd=()
  while [ "$1" != "--" ]; do old_cmd+=("$1"); shift; done
  shift
  new_cmd=("$@")
  echo "== $size: $label" >&2
  local which cmd prep
  for which in old new; do
    if [ "$which" = old ]; then cmd=("${old_cmd[@]}") prep=("${prep_old[@]}")
    else cmd=("${new_cmd[@]}") prep=("${prep_new[@]}"); fi
    if [ ${#prep[@]} -gt 0 ]; then sh -c "${prep[1]}"; fi
    if ! "${cmd[@]}" >/dev/null 2>"$WORK/err.txt"; then
      printf '%s\t%s\tfailed\t%s: %s\n' "$size" "$label" "$which" "$(head -n 1 "$WORK/err.txt")" >> "$ROWS"
      return 0
    fi
  done
  local r order
  for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order="old new"; else order="new old"; fi
    for which in $order; do
      if [ "$which" = old ]; then cmd=("${old_cmd[@]}") prep=("${prep_old[@]}")
      else cmd=("${new_cmd[@]}") prep=("${prep_new[@]}"); fi
      if ! hyper "$which" "$size" "$label" "$r" "$runs" "$warmup" "${prep[@]}" -- "${cmd[@]}"; then
        printf '%s\t%s\tfailed\t%s: hyperfine: %s\n' "$size" "$label" "$which" "$(tail -n 1 "$WORK/h.err")" >> "$ROWS"
        return 0
      fi
    done
  done
  printf '%s\t%s\ttimed\t\n' "$size" "$label" >> "$ROWS"
}

# compare_both LABEL ARG…: one of the timed commands, each binary on its own copy.
compare_both() {
  local label=$1; shift
  compare "$N" "$label" "$ROUNDS" "$RUNS" "$WARMUP" -- \
    "$OLD" --db "$WORK/old-$N.db" "$@" -- "$NEW" --db "$WORK/new-$N.db" "$@"
}

sum=$(sha256sum "$SYNTH" | cut -c1-12)
echo "old: $OLD" >&2
echo "new: $NEW" >&2
echo "synth: $SYNTH ($sum)" >&2
for N in $SIZES; do
  dataset=$DATA/synth-$sum-$N.db
  if [ -s "$dataset" ] && [ -s "$dataset.json" ]; then
    echo "== dataset: $N contacts, reused from $dataset" >&2
  else
    echo "== dataset: $N contacts, made in $dataset" >&2
    rm -f "$dataset.tmp"*
    "$SYNTH" --contacts "$N" --db "$dataset.tmp" > "$dataset.json.tmp"
    # Fold any WAL into the file, so that one file is the whole dataset.
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.execute('PRAGMA journal_mode=DELETE'); c.close()" "$dataset.tmp"
    rm -f "$dataset.tmp-wal" "$dataset.tmp-shm"
    mv "$dataset.json.tmp" "$dataset.json"
    mv "$dataset.tmp" "$dataset"
  fi
  synth_names "$dataset.json"
  made=$(user_version "$dataset")
  for which in old new; do
    bin=$OLD; [ "$which" = new ] && bin=$NEW
    cp "$dataset" "$WORK/$which-$N.db"
    # Opened once before timing: a migration happens here, not in a timed run.
    if ! "$bin" --db "$WORK/$which-$N.db" --no-input today >/dev/null 2>"$WORK/open.err"; then
      echo "the $which build cannot open the dataset (schema $made): $(head -n 1 "$WORK/open.err")" >&2
      echo "hint: make the datasets with the old build's synth (SYNTH=…)" >&2
      exit 1
    fi
    now=$(user_version "$WORK/$which-$N.db")
    if [ "$now" != "$made" ]; then
      echo "   the $which build migrated its copy from schema $made to $now" >&2
    fi
  done
  sync; sleep 1

  timed_commands "$N" compare_both

  # The whole-database jobs: fewer rounds, one run each; the export of a fresh file, and the
  # import of the same export (the old build's) into an empty database.
  compare "$N" "$(export_label)" "$SLOW_ROUNDS" 1 0 \
    --prepare-old "$(quote rm -f "$WORK/export-old-$N.vcf")" \
    --prepare-new "$(quote rm -f "$WORK/export-new-$N.vcf")" -- \
    "$OLD" --db "$WORK/old-$N.db" export vcard -o "$WORK/export-old-$N.vcf" -- \
    "$NEW" --db "$WORK/new-$N.db" export vcard -o "$WORK/export-new-$N.vcf"
  if times_import "$N"; then
    if [ -s "$WORK/export-old-$N.vcf" ]; then
      compare "$N" "$(import_label "$N")" "$SLOW_ROUNDS" 1 0 \
        --prepare-old "$(quote rm -f "$WORK/import-old-$N".db{,-wal,-shm})" \
        --prepare-new "$(quote rm -f "$WORK/import-new-$N".db{,-wal,-shm})" -- \
        "$OLD" --db "$WORK/import-old-$N.db" --no-input import "$WORK/export-old-$N.vcf" -- \
        "$NEW" --db "$WORK/import-new-$N.db" --no-input import "$WORK/export-old-$N.vcf"
    else
      printf '%s\t%s\tskipped\tno export to import\n' "$N" "$(import_label "$N")" >> "$ROWS"
    fi
  fi
  rm -f "$WORK"/export-*-"$N".vcf "$WORK"/import-*-"$N".db*
done

python3 - "$TIMES" "$ROWS" "$OLD" "$NEW" <<'PY'
import statistics, sys
times_path, rows_path, old, new = sys.argv[1:]
times = {}   # (size, label, which) -> every run
rounds = {}  # (size, label, which) -> {round: runs}
for line in open(times_path):
    size, label, round_, which, ms = line.rstrip("\n").split("\t")
    times.setdefault((size, label, which), []).append(float(ms))
    rounds.setdefault((size, label, which), {}).setdefault(round_, []).append(float(ms))


def spread(t):
    """Median absolute deviation, relative to the median."""
    m = statistics.median(t)
    return statistics.median(abs(x - m) for x in t) / m if m else 0.0


print(f"old: {old}\nnew: {new}")
size_now = None
for line in open(rows_path):
    size, label, status, why = line.rstrip("\n").split("\t")
    if size != size_now:
        size_now = size
        print(f"\n## {int(size):,} contacts\n")
        print("| command | old median ms | new median ms | new/old | per round | noise | verdict |")
        print("|---|---:|---:|---:|---:|---:|---|")
    if status != "timed":
        print(f"| `{label}` | {status}: {why} | | | | | |")
        continue
    a, b = times[(size, label, "old")], times[(size, label, "new")]
    ma, mb = statistics.median(a), statistics.median(b)
    ratio = mb / ma
    ra, rb = rounds[(size, label, "old")], rounds[(size, label, "new")]
    per_round = sorted(statistics.median(rb[r]) / statistics.median(ra[r]) for r in ra)
    noise = max(spread(a), spread(b))
    margin = max(0.05, 2 * noise)
    if min(len(a), len(b)) < 5:
        verdict = f"too few runs ({len(a)})"
    elif abs(ratio - 1) <= margin:
        verdict = "same"
    elif ratio > 1 and per_round[0] > 1:
        verdict = "**slower**"
    elif ratio < 1 and per_round[-1] < 1:
        verdict = "faster"
    else:
        verdict = "unclear (rounds disagree)"
    print(f"| `{label}` | {ma:.2f} | {mb:.2f} | {ratio:.3f} | "
          f"{per_round[0]:.2f}–{per_round[-1]:.2f} | ±{noise * 100:.1f} % | {verdict} |")
PY
