#!/usr/bin/env bash
# The cost of the operation log (`carnet undo`) on a synthetic dataset, for one build or
# compared with a build without it:
#
#   bench/history.sh BIN [BASE_BIN]
#
# With BASE_BIN (e.g. a release build of main before the log), the read commands of
# bench/commands.sh are counted in instructions (valgrind, repeatable on a busy machine) for
# both builds, each on its own copy of the dataset. Then, for BIN: `undo` of the last add,
# of the last note, `redo`, a recorded `add` (hyperfine, each run after its --prepare), and
# the import of the whole dataset exported as vCards into an empty database (recorded as
# one operation), timed once; with BASE_BIN the same import by BASE_BIN.
#
#   N=100000 (default) the dataset size; SYNTH the synth binary (default: BIN's folder's
#   examples/synth, which must make a dataset BASE_BIN can open).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
BIN=$1 BASE=${2:-}
N=${N:-100000}
SYNTH=${SYNTH:-$(dirname "$BIN")/examples/synth}
RUNS=${RUNS:-10}
. bench/commands.sh
bench_env
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-history.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== dataset: $N contacts" >&2
"$SYNTH" --contacts "$N" --db "$WORK/data.db" > "$WORK/synth.json"
synth_names "$WORK/synth.json"

if [ -n "$BASE" ]; then
  echo "== read commands, instructions: $(basename "$BASE") then $(basename "$BIN")" >&2
  bench/instructions.sh "$WORK/data.db" "$WORK/synth.json" "$BASE" "$BIN"
fi

cp "$WORK/data.db" "$WORK/log.db"
export CARNET_DB=$WORK/log.db
"$BIN" today >/dev/null
echo
echo "| command ($N contacts, $(basename "$BIN")) | median ms | min ms | max ms |"
echo "|---|---:|---:|---:|"
timed() { # LABEL PREPARE ARG…
  local label=$1 prepare=$2; shift 2
  local json=$WORK/h.json args=()
  [ -z "$prepare" ] || args=(--prepare "${prepare//carnet /$BIN }")
  hyperfine --shell=bash --warmup 2 --runs "$RUNS" "${args[@]}" --export-json "$json" \
    -- "$BIN $(quote "$@")" >/dev/null 2>"$WORK/err.txt" || { echo "| $label | failed: $(tail -n 1 "$WORK/err.txt") | | |"; return 0; }
  python3 - "$json" "$label" <<'PY'
import json, sys, statistics
t = [x * 1000 for x in json.load(open(sys.argv[1]))["results"][0]["times"]]
print(f"| {sys.argv[2]} | {statistics.median(t):.2f} | {min(t):.2f} | {max(t):.2f} |")
PY
}
history_commands timed

if command -v valgrind >/dev/null; then
  # Instructions (repeatable on a busy machine): a recorded add, then its undo.
  count() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
      sed -n 's/.*I *refs: *//p' | tr -d , | awk '{printf "%.1f", $1 / 1e6}'
  }
  echo "| add, instructions (M) | $(count "$BIN" add 'Zoë Compte') | | |"
  echo "| undo of that add, instructions (M) | $(count "$BIN" undo) | | |"
  if [ -n "$BASE" ]; then
    cp "$WORK/data.db" "$WORK/base.db"
    CARNET_DB=$WORK/base.db "$BASE" today >/dev/null
    echo "| add, instructions (M), $(basename "$BASE") | $(CARNET_DB=$WORK/base.db count "$BASE" add 'Zoë Compte') | | |"
  fi
fi

echo "== import of $N vCards into an empty database" >&2
"$BIN" export vcard -o "$WORK/all.vcf" >/dev/null 2>&1
once() { # LABEL BIN
  rm -f "$WORK/import.db"*
  local s e
  s=$(date +%s%N)
  "$2" --db "$WORK/import.db" --no-input import "$WORK/all.vcf" >/dev/null 2>&1
  e=$(date +%s%N)
  echo "| $1 | $(( (e - s) / 1000000 )) | | |"
}
once "import $N vCards, empty database (recorded)" "$BIN"
ops=$(CARNET_DB=$WORK/import.db "$BIN" undo --list --json | python3 -c "import json,sys; o=json.load(sys.stdin)[0]; print(o['id'], sum(t['added'] for t in o['changes']))")
echo "| (the log: one operation, its id and rows added: $ops) | | | |"
rows=$(sqlite3 "$WORK/import.db" "SELECT count(*) FROM operation_changes" 2>/dev/null || echo "?")
echo "| (statements recorded for it: $rows) | | | |"
s=$(date +%s%N)
CARNET_DB=$WORK/import.db "$BIN" undo >/dev/null 2>&1
e=$(date +%s%N)
echo "| undo of that import | $(( (e - s) / 1000000 )) | | |"
if [ -n "$BASE" ]; then
  once "import $N vCards, empty database ($(basename "$BASE"), no log)" "$BASE"
fi
