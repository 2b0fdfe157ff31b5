#!/usr/bin/env bash
# The import's matching rule at scale (issue 17): 100,000 vCards imported into an empty
# database (every record looked up by UID, email, phone in E.164 and name within the file),
# then the same file imported again into the full database (every record found by its UID
# through the index), then 100,000 cards as phones export them — no UID, no email, a phone —
# imported again into the database that holds them (found by phone, through the phones of the
# database read once and normalised). CPU time (user+sys) and wall time of the release
# binary, best of ROUNDS (default 1).
#
#   bench/import-match.sh [N] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
ROUNDS=${2:-1}
# CARNET=path/to/carnet to skip the build.
. bench/commands.sh
carnet_bin
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 bench/import-files.py vcard "$N" "$WORK/cards.vcf" >/dev/null
python3 - "$N" "$WORK/phones.vcf" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", encoding="utf-8", newline="") as f:
    for i in range(n):
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Personne;Numéro {0};;;\r\nFN:Numéro {0} Personne\r\n"
                "TEL;type=CELL:(514) {1:03d}-{2:04d}\r\nEND:VCARD\r\n".format(i, 200 + i // 10000, i % 10000))
PY
run() { # LABEL DB FILE
  local best=""
  for _ in $(seq "$ROUNDS"); do
    [ "$4" = fresh ] && rm -f "$2" "$2-wal" "$2-shm"
    local t
    t=$( { /usr/bin/time -f '%U %S %e' env LANG=fr_CA.UTF-8 "$BIN" --db "$2" --no-input import "$3" --json >"$WORK/out.json"; } 2>&1 | tail -1)
    best=$(python3 -c "import sys; a=sys.argv[1].split(); b=sys.argv[2].split() if sys.argv[2] else None; c=float(a[0])+float(a[1]); print(sys.argv[1] if not b or c < float(b[0])+float(b[1]) else sys.argv[2])" "$t" "$best")
  done
  python3 - "$1" "$best" "$WORK/out.json" <<'PY'
import json, sys
u, s, e = map(float, sys.argv[2].split())
r = json.load(open(sys.argv[3]))
print(f"{sys.argv[1]}\tcpu {u+s:.2f} s\twall {e:.2f} s\tadded {r['added']} updated {r['updated']} unchanged {r['unchanged']} possible duplicates {len(r.get('possible_duplicates', []))}")
PY
}
run "import $N vCards, empty database" "$WORK/a.db" "$WORK/cards.vcf" fresh
run "import the same $N again (by UID)" "$WORK/a.db" "$WORK/cards.vcf" again
run "import $N phone cards, empty database" "$WORK/b.db" "$WORK/phones.vcf" fresh
run "import the same $N phone cards again (by phone)" "$WORK/b.db" "$WORK/phones.vcf" again
