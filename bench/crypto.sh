#!/usr/bin/env bash
# An encrypted notebook against the same notebook in clear: median wall time (hyperfine,
# after a warm-up) of `today`, `show` and `search` on one synthetic dataset, key retrieval
# included, for each way of giving the key:
#   raw key    CARNET_KEY_COMMAND prints the derived key (x'…'): a fork of the shell, no
#              derivation
#   keyring    the derived key read from the system keyring (the kernel's key store on
#              Linux), when this machine has one
#   passphrase CARNET_KEY_COMMAND prints the passphrase: a PBKDF2 derivation every run (the
#              cost the keyring saves)
# and the instruction counts (valgrind, repeatable on a busy machine) of the plain and the
# raw-key runs.
#
#   bench/crypto.sh [CONTACTS]      (default 100000; RUNS=10)
# The keyring column needs a session keyring (a login session has one; see tests/cli/crypto.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/commands.sh
N=${1:-100000}
RUNS=${RUNS:-10}
cargo build --release --quiet --bin carnet --example synth
TARGET=target/$(rustc -vV | sed -n 's/host: //p')
BIN=$PWD/$TARGET/release/carnet
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-crypto.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$TARGET/release/examples/synth" --contacts "$N" --db "$WORK/plain.db" >"$WORK/synth.json"
synth_names "$WORK/synth.json"
bench_env
PASS='bench passphrase'
export CARNET_KEYRING=off
CARNET_DB=$WORK/plain.db "$BIN" today >/dev/null
cp "$WORK/plain.db" "$WORK/enc.db"
CARNET_DB=$WORK/enc.db CARNET_NEW_KEY_COMMAND="echo '$PASS'" "$BIN" encrypt 2>/dev/null
RAW=$(python3 -c "
import hashlib, sys
salt = open(sys.argv[1], 'rb').read(16)
print(\"x'\" + hashlib.pbkdf2_hmac('sha512', sys.argv[2].encode(), salt, 256000, 32).hex() + \"'\")
" "$WORK/enc.db" "$PASS")
echo "$RAW" >"$WORK/raw.key"

# The keyring: given once through the key command, then read from there.
KEYRING=0
if CARNET_KEYRING=on CARNET_DB=$WORK/enc.db CARNET_KEY_COMMAND="cat $WORK/raw.key" "$BIN" today >/dev/null 2>&1 &&
  CARNET_KEYRING=on CARNET_DB=$WORK/enc.db CARNET_KEY_COMMAND="exit 1" "$BIN" today >/dev/null 2>&1; then
  KEYRING=1
fi

median() { # LABEL ENV… -- ARG… → median in ms
  local json=$WORK/h.json
  hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$json" "$@" >/dev/null 2>&1
  python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median'] * 1000))" "$json"
}
run_plain() { median "env CARNET_DB=$WORK/plain.db $BIN $(printf "%q " "$@")"; }
run_raw() { median "env CARNET_DB=$WORK/enc.db CARNET_KEY_COMMAND='cat $WORK/raw.key' $BIN $(printf "%q " "$@")"; }
run_keyring() { median "env CARNET_DB=$WORK/enc.db CARNET_KEYRING=on CARNET_KEY_COMMAND='exit 1' $BIN $(printf "%q " "$@")"; }
run_pass() { median "env CARNET_DB=$WORK/enc.db CARNET_KEY_COMMAND='echo $PASS' $BIN $(printf "%q " "$@")"; }
instr() { # DB KEYCMD ARG… → millions of instructions
  local db=$1 key=$2; shift 2
  CARNET_DB=$db CARNET_KEY_COMMAND=$key valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$BIN" "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d , | awk '{printf "%.1f", $1 / 1e6}'
}

echo "| command ($N contacts) | plain (ms) | raw key (ms) | keyring (ms) | passphrase (ms) | raw / plain | plain (M instr) | raw key (M instr) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
row() {
  local label=$1; shift
  local p r k s
  p=$(run_plain "$@"); r=$(run_raw "$@"); s=$(run_pass "$@")
  if [ "$KEYRING" = 1 ]; then k=$(run_keyring "$@"); else k="n/a"; fi
  local ip ir
  if command -v valgrind >/dev/null; then
    ip=$(instr "$WORK/plain.db" "" "$@"); ir=$(instr "$WORK/enc.db" "cat $WORK/raw.key" "$@")
  else ip="-"; ir="-"; fi
  echo "| $label | $p | $r | $k | $s | $(awk -v a="$p" -v b="$r" 'BEGIN { printf "%.2f", b / a }') | $ip | $ir |"
}
row "today" today
row "show (by id)" show "#$((N / 2))"
row "show (by name: $PERSON)" show "$PERSON"
row "search (rare word: $RARE_WORD)" search "$RARE_WORD"
row "search (common word: $COMMON_WORD)" search "$COMMON_WORD"
