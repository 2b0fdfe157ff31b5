#!/usr/bin/env bash
# card scan: one 3,000 × 2,000 phone photo of a card (JPEG, the card filling two thirds of
# the width, turned 2°), read end to end — decoding, the QR search, straightening, Tesseract,
# the sorting — by the release build, with --json (nothing filed). Targets: ≤ 2 s, ≤ 300 MB.
#
#   bench/scan.sh            5 timed runs after one warm-up
#   RUNS=10 bench/scan.sh
#
# Wall time by hyperfine (median, min, max); peak memory by /usr/bin/time, which reports the
# largest process of the run (carnet or the tesseract it starts). Needs Tesseract with its
# French and English data and fonts-dejavu-core (installed with apt-get when missing, if it
# may), hyperfine and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-scan-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

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
need tesseract || apt_install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_install fonts-dejavu-core
need hyperfine || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
need tesseract || { echo "Tesseract is required (apt-get install tesseract-ocr tesseract-ocr-fra)" >&2; exit 1; }
need hyperfine || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 1; }

echo "== building release" >&2
cargo build --release --quiet --bin carnet --example card_photo
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
HOST=$(rustc -vV | sed -n 's/^host: //p')
[ -x "$TARGET/$HOST/release/carnet" ] && TARGET=$TARGET/$HOST
BIN=$TARGET/release/carnet
PHOTO=$("$TARGET/release/examples/card_photo" "$WORK" --big)
export CARNET_DB=$WORK/bench.db

echo "== $(tesseract --version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/h.json" \
  "$BIN card scan '$PHOTO' --json" >/dev/null
/usr/bin/time -f '%M' -o "$WORK/mem" "$BIN" card scan "$PHOTO" --json > "$WORK/out.json"
python3 - "$WORK/h.json" "$WORK/mem" "$WORK/out.json" <<'PY'
import json, sys
times = json.load(open(sys.argv[1]))["results"][0]
peak_mb = int(open(sys.argv[2]).read().split()[-1]) / 1024
reading = json.load(open(sys.argv[3]))[0]["reading"]
print("card scan of one 3000 x 2000 JPEG (%d runs)" % len(times["times"]))
print("  wall time  median %.2f s  min %.2f s  max %.2f s   target <= 2 s"
      % (times["median"], times["min"], times["max"]))
print("  peak RSS   %.0f MB                                  target <= 300 MB" % peak_mb)
print("  read: %s" % ", ".join(str(reading[k]) for k in ("name", "company", "title")),
      reading["emails"], reading["phones"], reading["website"])
ok = times["median"] <= 2.0 and peak_mb <= 300
print("  targets %s" % ("met" if ok else "NOT met"))
PY
