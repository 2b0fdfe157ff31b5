#!/usr/bin/env bash
# The steps of `carnet log` that touch the database, alone, on one dataset (100,000
# contacts unless N says otherwise): the name question's lookup (a new person, a known one)
# and the save of one person with a card, a note and a follow-up, timed with hyperfine
# through examples/capture.rs, next to `carnet show` for scale. bench/run.sh times the same
# in its full report.
#
#   bench/capture.sh              N=100000 RUNS=20
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/commands.sh
. bench/commands.sh
N=${N:-100000}
RUNS=${RUNS:-20}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-capture.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
command -v hyperfine >/dev/null || { echo "hyperfine is required" >&2; exit 1; }
cargo build --release --quiet --bin carnet --example synth --example capture
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
HOST=$(rustc -vV | sed -n 's/^host: //p')
[ -x "$TARGET/$HOST/release/carnet" ] && TARGET=$TARGET/$HOST
BIN=$TARGET/release/carnet
DB=$WORK/carnet.db
bench_env
"$TARGET/release/examples/synth" --contacts "$N" --db "$DB" > "$WORK/synth.json"
synth_names "$WORK/synth.json"
sync; sleep 2
export CARNET_DB=$DB
one() {
  local label=$1; shift
  printf '%-50s ' "$label"
  hyperfine --shell=none --warmup 3 --runs "$RUNS" --export-json "$WORK/h.json" -- "$(quote "$@")" >/dev/null 2>&1
  python3 - "$WORK/h.json" <<'PY'
import json, sys, statistics
t = [x * 1000 for x in json.load(open(sys.argv[1]))["results"][0]["times"]]
print(f"median {statistics.median(t):6.2f} ms   min {min(t):6.2f}   max {max(t):6.2f}")
PY
}
capture_commands "$N" one "$TARGET/release/examples/capture"
one "show (by name: $PERSON), for scale" "$BIN" show "$PERSON"
