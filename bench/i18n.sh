#!/usr/bin/env bash
# What the interface language costs at start-up: instructions (callgrind, exact and
# repeatable on a shared machine) and wall-clock medians (hyperfine) of short commands,
# for a build before the localisation layer and the current one, in English and French.
#
#   bench/i18n.sh BEFORE_BINARY              # e.g. a release build of an older commit
#   N=10000 bench/i18n.sh BEFORE_BINARY      # dataset size (default 100000)
#   RUNS=50 bench/i18n.sh BEFORE_BINARY      # hyperfine runs (default 30)
#
# Builds the current release binary and the synthetic dataset, then prints one table:
# command, language, instructions before/after, instructions spent in the layer (choosing
# the language, reading the settings file, parsing catalogue files, formatting messages),
# median ms before/after. Instruction counts are the figures to compare; medians on a
# shared machine move by more than the layer costs.
# Needs valgrind and hyperfine (apt-get install valgrind hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:?usage: bench/i18n.sh BEFORE_BINARY}
N=${N:-100000}
RUNS=${RUNS:-30}
command -v valgrind >/dev/null || { echo "valgrind is required" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is required" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-i18n.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin carnet --example synth
HOST=$(rustc -vV | sed -n 's/^host: //p')
TARGET=${CARGO_TARGET_DIR:-target}
[ -x "$TARGET/$HOST/release/carnet" ] && TARGET=$TARGET/$HOST
AFTER=$TARGET/release/carnet
"$TARGET/release/examples/synth" --contacts "$N" --db "$WORK/carnet.db" >/dev/null
sync

export CARNET_DB=$WORK/carnet.db CARNET_NOW=2026-11-22T09:00:00 HOME=$WORK/home
unset CARNET_LANG LC_ALL LC_MESSAGES
mkdir -p "$HOME"

instructions() { # LANG BINARY [TOGGLE] ARGS…
  local lang=$1 bin=$2 toggle=$3; shift 3
  local opts=(--tool=callgrind --callgrind-out-file="$WORK/cg.out")
  # Toggles must not nest (a nested match turns collection off again): `choose` and
  # `lookup` are disjoint, and hold every cost of the layer (lookup parses the files).
  [ -n "$toggle" ] && opts+=(--toggle-collect=carnet::i18n::choose --toggle-collect=carnet::i18n::lookup)
  { LANG=$lang valgrind "${opts[@]}" "$bin" "$@" 2>&1 >/dev/null || true; } | sed -n 's/.*Collected : //p'
}
median_ms() { # LANG BINARY ARGS…
  local lang=$1; shift
  LANG=$lang hyperfine -N --runs "$RUNS" --warmup 3 -i --export-json "$WORK/h.json" \
    "$(printf '%q ' "$@")" >/dev/null 2>&1 || true
  python3 -c "import json; print('%.2f' % (json.load(open('$WORK/h.json'))['results'][0]['median']*1000))"
}

printf '%-22s %-6s %12s %12s %10s %9s %9s\n' command lang "Ir before" "Ir after" "Ir i18n" "ms before" "ms after"
for args in "--version" "today" "show #$((N / 2))" "show nobody"; do
  for lang in C.UTF-8 fr_FR.UTF-8; do
    # shellcheck disable=SC2086
    b=$(instructions "$lang" "$BEFORE" "" $args)
    # shellcheck disable=SC2086
    a=$(instructions "$lang" "$AFTER" "" $args)
    # shellcheck disable=SC2086
    i=$(instructions "$lang" "$AFTER" i18n $args)
    # shellcheck disable=SC2086
    mb=$(median_ms "$lang" "$BEFORE" $args)
    # shellcheck disable=SC2086
    ma=$(median_ms "$lang" "$AFTER" $args)
    printf '%-22s %-6s %12s %12s %10s %9s %9s\n' "$args" "$([ "$lang" = C.UTF-8 ] && echo en || echo fr)" "$b" "$a" "$i" "$mb" "$ma"
  done
done
