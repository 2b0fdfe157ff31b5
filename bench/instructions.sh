#!/usr/bin/env bash
# Instruction counts (valgrind's cachegrind, no cache simulation) of the timed commands of
# bench/commands.sh for one or more builds, on the same synthetic dataset. Unlike wall-clock
# times, the counts are repeatable whatever else the machine is doing, so two builds can be
# compared on a busy machine.
#
#   bench/instructions.sh DATASET.db SYNTH.json BIN [BIN…]
#
# Each build gets its own copy of the dataset (opened once first, so that a schema upgrade
# happens before counting). Prints a Markdown table: one row per command, one column of
# millions of instructions per build, and the ratio of the last build to the first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 3 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is required (apt-get install valgrind)" >&2; exit 1; }
DATASET=$1 NAMES=$2; shift 2
BINS=("$@")
. bench/commands.sh
bench_env
synth_names "$NAMES"
N=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['contacts'])" "$NAMES")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-instr.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

for i in "${!BINS[@]}"; do
  cp "$DATASET" "$WORK/db$i.db"
  CARNET_DB="$WORK/db$i.db" "${BINS[$i]}" today >/dev/null 2>&1 || true
done

count() { # BIN DB ARG… → millions of instructions
  local bin=$1 db=$2; shift 2
  CARNET_DB=$db valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$bin" "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d , |
    awk '{printf "%.2f", $1 / 1e6}'
}

header="| command ($N contacts) |"
rule="|---|"
for b in "${BINS[@]}"; do header+=" $(basename "$b") (M) |"; rule+="---:|"; done
header+=" last / first |"; rule+="---:|"
echo "$header"; echo "$rule"

row() {
  local label=$1; shift
  local line="| $label |" first="" last=""
  for i in "${!BINS[@]}"; do
    local m
    m=$(count "${BINS[$i]}" "$WORK/db$i.db" "$@")
    line+=" $m |"
    [ -n "$first" ] || first=$m
    last=$m
  done
  line+=" $(awk -v a="$first" -v b="$last" 'BEGIN { if (a > 0) printf "%.3f", b / a; else print "-" }') |"
  echo "$line"
}
timed_commands "$N" row
