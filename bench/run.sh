#!/usr/bin/env bash
# Benchmark harness: builds release, makes synthetic datasets of 1,000, 10,000 and 100,000
# contacts, times the daily commands with hyperfine (medians and spread after a warm-up),
# records peak memory with /usr/bin/time -v, compares `list` with khard on the 10,000 set
# when khard can be installed, records the query plans of the indexed commands on the largest
# set, and writes the report: bench/BENCHMARKS.md (the figures) and bench/plans.md (the plans).
#
#   bench/run.sh                 sizes 1,000, 10,000 and 100,000
#   bench/run.sh 300000          one size (or several: bench/run.sh 10000 100000 300000);
#                                the 300,000 set alone takes about 15 minutes on a quiet
#                                2-core machine (generating it ~1 min, the import of its
#                                export ~30 s, ten runs of each command); 10k+100k+300k ~25
#   SIZES="1000 10000" bench/run.sh
#   RUNS=20 bench/run.sh         more runs per command (default 10)
#   KHARD=0 bench/run.sh         no khard comparison (no download from PyPI)
#   KEEP=1 bench/run.sh          keep the work folder (results.tsv, plans.md), so that
#                                bench/report.py can write the report again from them
#
# To compare two builds of carnet on the same datasets, see bench/compare.sh.
#
# A command this build does not have yet is skipped and named as such in the report; a
# command that fails is recorded as failed, with its first line of error. Neither stops
# the run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# shellcheck source=bench/commands.sh
. bench/commands.sh
if [ $# -gt 0 ]; then SIZES="$*"; fi
SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-3}
KHARD=${KHARD:-1}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-bench.XXXXXX")
if [ -n "${KEEP:-}" ]; then
  trap 'echo "== results kept in $WORK (python3 bench/report.py $WORK/results.tsv $WORK)" >&2' EXIT
else
  trap 'rm -rf "$WORK"' EXIT
fi

need() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
  if need apt-get; then
    echo "installing $* from the system's packages" >&2
    if [ "$(id -u)" = 0 ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/dev/null 2>&1 || true
    else
      sudo -n sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $*" >/dev/null 2>&1 || true
    fi
  fi
}
need hyperfine || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
need hyperfine || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 1; }
need python3 || { echo "python3 is required (for the report)" >&2; exit 1; }

# Commands write to a pipe, as in `carnet list | …` (hyperfine ≥ 1.13; else to /dev/null).
PIPE=()
if hyperfine --help 2>/dev/null | grep -q -- '--output'; then PIPE=(--output=pipe); fi

echo "== building release" >&2
cargo build --release --quiet --bin carnet --example synth --example capture
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
# .cargo/config.toml names the host's target, so binaries are under its triple.
HOST=$(rustc -vV | sed -n 's/^host: //p')
[ -x "$TARGET/$HOST/release/carnet" ] && TARGET=$TARGET/$HOST
BIN=$TARGET/release/carnet
SYNTH=$TARGET/release/examples/synth
CAPTURE=$TARGET/release/examples/capture
bench_env
RESULTS=$WORK/results.tsv
PLANS=$WORK/plans.md
: > "$RESULTS"

# Rows of results.tsv: size, label, median ms, min ms, max ms, peak MB — or, for a command
# that was not measured, size, label, "skipped"/"failed", reason.
row() { (IFS=$'\t'; echo "$*") >> "$RESULTS"; tail -n 1 "$RESULTS" >&2; }

# has SUBCOMMAND… [-- FLAG]: whether this build knows the subcommand (and the flag).
has() {
  local words=() flag=""
  while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then flag=$2; break; fi
    words+=("$1"); shift
  done
  local help
  help=$("$BIN" "${words[@]}" --help 2>/dev/null) || return 1
  [ -z "$flag" ] || grep -q -- "$flag" <<<"$help"
}

peak_mb() {
  local rss
  /usr/bin/time -v -o "$WORK/rss.txt" "$@" >/dev/null 2>/dev/null || true
  rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$WORK/rss.txt")
  python3 -c "print(f'{int(\"${rss:-0}\") / 1024:.1f}')"
}

# time_cmd SIZE LABEL COMMAND… : hyperfine median/min/max (ms) and peak RSS (MB), output
# to a pipe.
time_cmd() {
  local size=$1 label=$2; shift 2
  local err=$WORK/err.txt
  if ! "$@" >/dev/null 2>"$err"; then
    row "$size" "$label" failed "$(head -n 1 "$err")"
    return 0
  fi
  local json=$WORK/h.json
  if ! hyperfine --shell=none "${PIPE[@]}" --warmup "$WARMUP" --runs "$RUNS" \
      --export-json "$json" -- "$(quote "$@")" >/dev/null 2>"$err"; then
    row "$size" "$label" failed "hyperfine: $(tail -n 1 "$err")"
    return 0
  fi
  local stats
  stats=$(python3 - "$json" <<'PY'
import json, sys, statistics
d = json.load(open(sys.argv[1]))["results"][0]
t = [x * 1000 for x in d["times"]]
print(f"{statistics.median(t):.2f}\t{min(t):.2f}\t{max(t):.2f}")
PY
)
  row "$size" "$label" "$stats" "$(peak_mb "$@")"
}

# time_once SIZE LABEL COMMAND… : one timed run (for slow whole-database jobs), with peak RSS.
time_once() {
  local size=$1 label=$2; shift 2
  local out=$WORK/t.txt start end
  start=$(date +%s%N)
  if ! /usr/bin/time -v "$@" >/dev/null 2>"$out"; then
    row "$size" "$label" failed "$(grep -v -e '^\s' -e 'Command exited' "$out" | head -n 1)"
    return 0
  fi
  end=$(date +%s%N)
  local ms rss
  ms=$(( (end - start) / 1000000 ))
  rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$out")
  row "$size" "$label" "$ms" "$ms" "$ms" "$(python3 -c "print(f'{int(\"${rss:-0}\") / 1024:.1f}')")"
}

# bench SIZE LABEL COMMAND… : time_cmd when this build has the command, else a skipped row.
bench() {
  local size=$1 label=$2; shift 2
  local words=("${@:2}") sub=()
  # The subcommand words are the leading ones without a dash, e.g. `follow-up list`.
  for w in "${words[@]}"; do
    case $w in -*) break ;; esac
    sub+=("$w")
    [ ${#sub[@]} -lt 2 ] || break
  done
  while [ ${#sub[@]} -gt 0 ] && ! has "${sub[@]}"; do
    if [ ${#sub[@]} -eq 1 ] || ! has "${sub[0]}"; then
      row "$size" "$label" skipped "this build has no \`carnet ${sub[0]}\` yet"
      return 0
    fi
    unset 'sub[1]'
  done
  time_cmd "$size" "$label" "$@"
}

# explain LABEL COMMAND… : appends the query plans of the command to plans.md.
explain() {
  local label=$1; shift
  local raw=$WORK/explain.md
  rm -f "$raw"
  if CARNET_EXPLAIN=$raw "$@" >/dev/null 2>&1 && [ -s "$raw" ]; then
    { echo "### \`carnet $label\`"; echo; tail -n +2 "$raw"; } >> "$PLANS"
  fi
}

# bench_this_size LABEL ARG…: `bench` for the dataset of the loop below, with this build.
bench_this_size() {
  local label=$1; shift
  bench "$N" "$label" "$BIN" "$@"
}

# time_this_size LABEL COMMAND…: `time_cmd` for the dataset of the loop below.
time_this_size() {
  time_cmd "$N" "$@"
}

commas() { python3 -c "print(f'{int($1):,}')"; }
LARGEST=$(printf '%s\n' $SIZES | sort -n | tail -n 1)

for N in $SIZES; do
  DB=$WORK/carnet-$N.db
  echo "== dataset: $N contacts" >&2
  s=$(date +%s%N)
  "$SYNTH" --contacts "$N" --db "$DB" > "$WORK/synth-$N.json"
  e=$(date +%s%N)
  # The new file's pages are still being written back to disk: let that finish before
  # timing, so that the kernel's writeback does not share the cores with the first rows.
  sync; sleep 2
  row "$N" "synth (generate dataset)" $(( (e-s)/1000000 )) $(( (e-s)/1000000 )) $(( (e-s)/1000000 )) 0
  # The synth prints the names it planted: a rare tag, a unique person, a project, words.
  synth_names "$WORK/synth-$N.json"
  export CARNET_DB=$DB
  timed_commands "$N" bench_this_size
  if [ -n "${PREFIX:-}" ]; then
    time_cmd "$N" "$(completion_label)" env COMPLETE=bash _CLAP_COMPLETE_INDEX=2 \
      "$BIN" -- carnet show "$PREFIX"
  fi
  capture_commands "$N" time_this_size "$CAPTURE"
  if has export vcard; then
    time_once "$N" "$(export_label)" "$BIN" export vcard -o "$WORK/export-$N.vcf"
  else
    row "$N" "$(export_label)" skipped "this build has no \`carnet export vcard\` yet"
  fi
  if times_import "$N"; then
    label=$(import_label "$N")
    if has import && [ -s "$WORK/export-$N.vcf" ]; then
      rm -f "$WORK/import-$N.db"*
      time_once "$N" "$label" "$BIN" --db "$WORK/import-$N.db" --no-input import "$WORK/export-$N.vcf"
      rm -f "$WORK/import-$N.db"*
    else
      row "$N" "$label" skipped "needs \`carnet import\` and \`carnet export vcard\`"
    fi
  fi
  if [ "$N" = 10000 ]; then
    # khard on the same 10,000 contacts, as a vdir.
    if [ "$KHARD" = 0 ]; then
      row "$N" "khard list (same 10,000 contacts)" skipped "KHARD=0"
    elif ! has export vcard -- --vdir; then
      echo "this build has no \`carnet export vcard --vdir\` yet; skipping the khard comparison" >&2
      row "$N" "khard list (same 10,000 contacts)" skipped "needs \`carnet export vcard --vdir\`"
    elif ! { python3 -m venv "$WORK/venv" >/dev/null 2>&1 && "$WORK/venv/bin/pip" install -q khard >/dev/null 2>&1; }; then
      echo "khard could not be installed from PyPI; skipping the comparison" >&2
      row "$N" "khard list (same 10,000 contacts)" skipped "khard could not be installed from PyPI"
    else
      KHARD_BIN="$WORK/venv/bin/khard"
      version_args=()
      if has export vcard -- --vcard-version; then version_args=(--vcard-version 3); fi
      "$BIN" export vcard --vdir "$WORK/vdir" "${version_args[@]}" >/dev/null 2>&1 || true
      mkdir -p "$WORK/khard"
      printf '[addressbooks]\n[[bench]]\npath = %s\n[general]\ndefault_action = list\n' "$WORK/vdir" > "$WORK/khard/khard.conf"
      cards=$(find "$WORK/vdir" -name '*.vcf' | wc -l)
      listed=$("$KHARD_BIN" -c "$WORK/khard/khard.conf" list 2>/dev/null | grep -c '^[0-9]' || true)
      echo "khard $("$KHARD_BIN" --version 2>&1 | awk '{print $NF}'): $cards cards in the vdir, $listed listed" >&2
      echo "$("$KHARD_BIN" --version 2>&1 | awk '{print $NF}')	$cards	$listed" > "$WORK/khard.txt"
      if [ "$listed" -lt "$N" ]; then
        row "$N" "khard list (same 10,000 contacts)" failed "khard listed $listed of $cards cards"
      else
        # khard takes seconds per run: fewer runs (KHARD_RUNS, default 3, after one warm-up).
        RUNS=${KHARD_RUNS:-3} WARMUP=1 time_cmd "$N" "khard list (same 10,000 contacts)" "$KHARD_BIN" -c "$WORK/khard/khard.conf" list
      fi
    fi
  fi
  if [ "$N" = "$LARGEST" ]; then
    {
      echo "# Query plans ($(commas "$N") contacts)"
      echo
      echo "Written by \`bench/run.sh\` with \`CARNET_EXPLAIN=FILE\`: the EXPLAIN QUERY PLAN of every SELECT each command ran, on the largest dataset of the run reported in [BENCHMARKS.md](BENCHMARKS.md)."
      echo
    } > "$PLANS"
    ! has today || explain "today" "$BIN" today
    ! has follow-up list || explain "follow-up list --overdue" "$BIN" follow-up list --overdue
    ! has search || explain "search $RARE_WORD" "$BIN" search "$RARE_WORD"
    ! has search || explain "search $ACCENTED" "$BIN" search "$ACCENTED"
    explain "show #$((N / 2))" "$BIN" show "#$((N / 2))"
    explain "show $PERSON" "$BIN" show "$PERSON"
    explain "list --tag $RARE_TAG" "$BIN" list --tag "$RARE_TAG"
    ! has project show || explain "project show $PROJECT" "$BIN" project show "$PROJECT"
  fi
  unset CARNET_DB
done

python3 bench/report.py "$RESULTS" "$WORK"
