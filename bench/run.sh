#!/usr/bin/env bash
# Benchmark harness: builds release, makes synthetic datasets of 1,000, 10,000 and 100,000
# contacts, times the daily commands with hyperfine (medians and spread after a warm-up),
# records peak memory with /usr/bin/time -v, compares `list` with khard on the 10,000 set
# when khard can be installed, and writes BENCHMARKS.md.
#
#   bench/run.sh                 all sizes
#   SIZES="1000 10000" bench/run.sh
#   RUNS=20 bench/run.sh         more runs per command (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-10}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

need() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
  if need apt-get; then
    echo "installing $* from the system's packages" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/dev/null 2>&1 \
      || sudo -n sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $*" >/dev/null 2>&1 || true
  fi
}
need hyperfine || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
need hyperfine || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 1; }

echo "== building release" >&2
cargo build --release --quiet --bin carnet --example synth
BIN=$ROOT/target/release/carnet
SYNTH=$ROOT/target/release/examples/synth
export CARNET_NOW=2026-11-22T09:00:00 TZ=UTC NO_COLOR=1
RESULTS=$WORK/results.tsv
: > "$RESULTS"

# time_cmd SIZE LABEL COMMAND… : hyperfine median/min/max (ms) and peak RSS (MB).
time_cmd() {
  local size=$1 label=$2; shift 2
  local json=$WORK/h.json
  hyperfine --shell=none --warmup 3 --runs "$RUNS" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 \
    || hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null
  local rss
  rss=$( { /usr/bin/time -v "$@" >/dev/null 2>/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
  python3 - "$json" "$size" "$label" "${rss:-0}" >> "$RESULTS" <<'PY'
import json, sys, statistics
d = json.load(open(sys.argv[1]))["results"][0]
t = [x * 1000 for x in d["times"]]
print("\t".join([sys.argv[2], sys.argv[3], f"{statistics.median(t):.2f}", f"{min(t):.2f}", f"{max(t):.2f}", f"{int(sys.argv[4]) / 1024:.1f}"]))
PY
  tail -n 1 "$RESULTS" >&2
}

# time_once SIZE LABEL COMMAND… : one timed run (for slow whole-database jobs), with peak RSS.
time_once() {
  local size=$1 label=$2; shift 2
  local out=$WORK/t.txt
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v "$@" >/dev/null 2>"$out"
  end=$(date +%s%N)
  local ms rss
  ms=$(( (end - start) / 1000000 ))
  rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$out")
  printf '%s\t%s\t%s\t%s\t%s\t%.1f\n' "$size" "$label" "$ms" "$ms" "$ms" "$(echo "${rss:-0} / 1024" | bc -l)" >> "$RESULTS"
  tail -n 1 "$RESULTS" >&2
}

for N in $SIZES; do
  DB=$WORK/carnet-$N.db
  echo "== dataset: $N contacts" >&2
  s=$(date +%s%N)
  "$SYNTH" --contacts "$N" --db "$DB" > "$WORK/synth-$N.json"
  e=$(date +%s%N)
  printf '%s\tsynth (generate dataset)\t%s\t%s\t%s\t0\n' "$N" $(( (e-s)/1000000 )) $(( (e-s)/1000000 )) $(( (e-s)/1000000 )) >> "$RESULTS"
  # The synth prints the names it planted: a rare tag, a unique person, a project, words.
  field() { python3 -c "import json,sys; print(json.load(open('$WORK/synth-$N.json'))['$1'])"; }
  RARE_TAG=$(field rare_tag); PERSON=$(field person_query); PROJECT=$(field project)
  RARE_WORD=$(field rare_word); COMMON_WORD=$(field common_word); ACCENTED=$(field accented_query)
  export CARNET_DB=$DB
  time_cmd "$N" "--version" "$BIN" --version
  time_cmd "$N" "today" "$BIN" today
  time_cmd "$N" "today --json" "$BIN" today --json
  time_cmd "$N" "follow-up list --overdue" "$BIN" follow-up list --overdue
  time_cmd "$N" "search (rare word: $RARE_WORD)" "$BIN" search "$RARE_WORD"
  time_cmd "$N" "search (common word: $COMMON_WORD)" "$BIN" search "$COMMON_WORD"
  time_cmd "$N" "search (accented name typed plain: $ACCENTED)" "$BIN" search "$ACCENTED"
  time_cmd "$N" "show (by id)" "$BIN" show "#$((N / 2))"
  time_cmd "$N" "show (by name: $PERSON)" "$BIN" show "$PERSON"
  time_cmd "$N" "list --tag $RARE_TAG" "$BIN" list --tag "$RARE_TAG"
  time_cmd "$N" "list (all, to a pipe)" "$BIN" list
  time_cmd "$N" "project show" "$BIN" project show "$PROJECT"
  time_cmd "$N" "suggest" "$BIN" suggest
  time_once "$N" "export vcard (whole database)" "$BIN" export vcard -o "$WORK/export-$N.vcf"
  if [ "$N" = 10000 ]; then
    rm -f "$WORK/import.db"
    time_once "$N" "import 10,000 vCards (empty database)" "$BIN" --db "$WORK/import.db" import "$WORK/export-$N.vcf"
    # khard on the same 10,000 contacts, as a vdir.
    "$BIN" export vcard --vdir "$WORK/vdir" >/dev/null
    if python3 -m venv "$WORK/venv" >/dev/null 2>&1 && "$WORK/venv/bin/pip" install -q khard >/dev/null 2>&1; then
      mkdir -p "$WORK/khard"
      printf '[addressbooks]\n[[bench]]\npath = %s\n[general]\ndefault_action = list\n' "$WORK/vdir" > "$WORK/khard/khard.conf"
      KHARD="$WORK/venv/bin/khard"
      time_cmd "$N" "khard list (same 10,000 contacts)" "$KHARD" -c "$WORK/khard/khard.conf" list
    else
      echo "khard could not be installed; skipping the comparison" >&2
    fi
  fi
  if [ "$N" = 100000 ]; then
    rm -f "$WORK/import100k.db"
    time_once "$N" "import 100,000 vCards (empty database)" "$BIN" --db "$WORK/import100k.db" import "$WORK/export-$N.vcf"
  fi
  unset CARNET_DB
done

python3 bench/report.py "$RESULTS" "$WORK" > BENCHMARKS.md.new
mv BENCHMARKS.md.new BENCHMARKS.md
echo "== wrote BENCHMARKS.md" >&2
