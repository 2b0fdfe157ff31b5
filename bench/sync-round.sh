#!/usr/bin/env bash
# One sync round of carnet's part (issue 17): a notebook of N contacts (default 10,000)
# exported into a vdir, CHANGED of its cards edited as a phone would (a new company and a
# note), then `carnet import DIR` (the three-way merge) and `carnet export vcard --vdir DIR`
# (rewriting the changed files only). CPU (user+sys) and wall time of each, release build.
#
#   bench/sync-round.sh [N] [CHANGED]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
CHANGED=${2:-10}
# CARNET=path/to/carnet to skip the build.
. bench/commands.sh
carnet_bin
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 bench/import-files.py vcard "$N" "$WORK/cards.vcf" >/dev/null
"$BIN" --db "$WORK/a.db" --no-input import "$WORK/cards.vcf" >/dev/null 2>&1
"$BIN" --db "$WORK/a.db" --no-input export vcard --vdir "$WORK/vdir" >/dev/null 2>&1
python3 - "$WORK/vdir" "$CHANGED" <<'PY'
import pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).glob("*.vcf"))[: int(sys.argv[2])]
for i, p in enumerate(files):
    t = p.read_text(encoding="utf-8")
    t = t.replace("END:VCARD", f"NOTE:Vu sur le téléphone {i}\r\nEND:VCARD")
    lines = [l if not l.startswith("ORG:") else f"ORG:Studio Nord {i}" for l in t.split("\r\n")]
    p.write_text("\r\n".join(lines), encoding="utf-8", newline="")
PY
timed() { # LABEL COMMAND...
  local label=$1; shift
  local t
  /usr/bin/time -o "$WORK/time" -f '%U %S %e' "$@" >"$WORK/out" 2>/dev/null || true
  t=$(tail -1 "$WORK/time")
  python3 -c "import sys; u,s,e=map(float,sys.argv[2].split()); print(f'{sys.argv[1]}\tcpu {u+s:.2f} s\twall {e:.2f} s')" "$label" "$t"
}
timed "import DIR ($N cards, $CHANGED changed)" "$BIN" --db "$WORK/a.db" --no-input import "$WORK/vdir" --json
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); s=r['sync']; print(f\"  merged {len(s['merged'])}, unchanged {s['unchanged']}, conflicts {len(s['conflicts'])}\")" "$WORK/out"
timed "export vcard --vdir DIR" "$BIN" --db "$WORK/a.db" --no-input export vcard --vdir "$WORK/vdir" --json
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(f\"  written {r['written']}, unchanged {r['unchanged']}\")" "$WORK/out"
