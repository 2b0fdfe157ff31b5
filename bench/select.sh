#!/usr/bin/env bash
# The selection of many people (issue 22) at 100,000 contacts: selecting 10,000 of them
# (`list --tag` on a tag held by one contact in ten, to a pipe and as JSON) and tagging
# them all in one transaction (`tag --tag … NEW --yes`, each run on a fresh copy of the
# dataset). The 10 % tag is made by one SQL step on a copy of the synthetic database
# (examples/synth.rs does not plant one). Also prints the query plan of the selection.
#
#   bench/select.sh              100,000 contacts, 10 runs
#   N=20000 RUNS=5 bench/select.sh
#   DATASET=path.db bench/select.sh   an existing synthetic database (copied, not changed)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/commands.sh
. bench/commands.sh
N=${N:-100000}
RUNS=${RUNS:-10}
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-select.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin carnet --example synth
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
HOST=$(rustc -vV | sed -n 's/^host: //p')
[ -x "$TARGET/$HOST/release/carnet" ] && TARGET=$TARGET/$HOST
BIN=$TARGET/release/carnet
bench_env

DB=$WORK/base.db
if [ -n "${DATASET:-}" ]; then
  cp "$DATASET" "$DB"
else
  echo "== generating $N contacts" >&2
  "$TARGET/release/examples/synth" --contacts "$N" --db "$DB" > "$WORK/synth.json"
fi
# One contact in ten (not archived) gets the tag bench-tenth.
python3 - "$DB" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT OR IGNORE INTO tags (name, folded) VALUES ('bench-tenth', 'bench-tenth')")
c.execute("""INSERT OR IGNORE INTO contact_tags (contact_id, tag_id)
             SELECT id, (SELECT id FROM tags WHERE folded = 'bench-tenth')
               FROM contacts WHERE id % 10 = 0 AND archived = 0""")
c.commit()
PY
CARNET_DB=$DB "$BIN" today >/dev/null 2>&1 || true
SELECTED=$(CARNET_DB=$DB "$BIN" list --tag bench-tenth | wc -l)
echo "== $SELECTED contacts selected by --tag bench-tenth" >&2

export CARNET_DB=$DB
hyperfine --style basic --warmup 2 --runs "$RUNS" --output=pipe \
  -n "list --tag bench-tenth (select $SELECTED, to a pipe)" "$BIN list --tag bench-tenth" \
  -n "list --tag bench-tenth --json" "$BIN list --tag bench-tenth --json" \
  -n "list --tag bench-tenth --city a (narrowed)" "$BIN list --tag bench-tenth --city a"
export CARNET_DB=$WORK/run.db
hyperfine --style basic --runs "$RUNS" --output=pipe \
  --prepare "cp $DB $WORK/run.db; rm -f $WORK/run.db-wal $WORK/run.db-shm" \
  -n "tag --tag bench-tenth bench-new --yes (tag $SELECTED)" \
  "$BIN tag --tag bench-tenth bench-new --yes"
echo "== plan of the selection" >&2
CARNET_DB=$DB CARNET_EXPLAIN=$WORK/plan.txt "$BIN" list --tag bench-tenth >/dev/null
cat "$WORK/plan.txt"
