#!/usr/bin/env bash
# Two-way sync, end to end: carnet → vdir → vdirsyncer → Radicale (CardDAV/CalDAV on
# 127.0.0.1) → vdirsyncer → a second vdir → a second, empty carnet database; then checks
# both databases hold the same contacts, and that an independent parser reads what carnet
# wrote (vobject for .vcf, icalendar for .ics). Radicale is stopped by its PID on every exit.
#
# Usage: scripts/sync-e2e.sh            (CARNET=path/to/carnet to skip the cargo build)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${CARNET:-}" ]; then
    (cd "$ROOT" && cargo build --quiet)
    # .cargo/config.toml names the host's target, so binaries are under its triple.
    HOST=$(rustc -vV | sed -n 's/^host: //p')
    CARNET="${CARGO_TARGET_DIR:-$ROOT/target}/$HOST/debug/carnet"
    [ -x "$CARNET" ] || CARNET="${CARGO_TARGET_DIR:-$ROOT/target}/debug/carnet"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/carnet-sync.XXXXXX")
SERVER_PID=""
cleanup() {
    status=$?
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -f "$WORK/radicale.log" ]; then
        echo "--- radicale log (last lines)" >&2
        tail -n 30 "$WORK/radicale.log" >&2 || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { echo "sync-e2e: $*"; }

step "installing vdirsyncer, radicale, vobject and icalendar into a temporary venv"
python3 -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check vdirsyncer radicale vobject icalendar khard

PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
USER_NAME=carnet
DATA="$WORK/radicale-data"
# Radicale's filesystem storage: one folder per collection, its kind in .Radicale.props.
mkdir -p "$DATA/collection-root/$USER_NAME/contacts" "$DATA/collection-root/$USER_NAME/calendar"
echo '{"tag": "VADDRESSBOOK"}' > "$DATA/collection-root/$USER_NAME/contacts/.Radicale.props"
echo '{"tag": "VCALENDAR", "C:supported-calendar-component-set": "VEVENT,VTODO"}' \
    > "$DATA/collection-root/$USER_NAME/calendar/.Radicale.props"
cat > "$WORK/radicale.conf" <<EOF
[server]
hosts = 127.0.0.1:$PORT
[auth]
type = none
[storage]
filesystem_folder = $DATA
[logging]
level = warning
EOF

step "starting Radicale on 127.0.0.1:$PORT"
"$PY" -m radicale --config "$WORK/radicale.conf" > "$WORK/radicale.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
    if "$PY" - "$PORT" <<'EOF' 2>/dev/null; then break; fi
import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=0.2).close()
EOF
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "Radicale did not start" >&2; exit 1; }
    sleep 0.1
done

DB_A="$WORK/a.db"
DB_B="$WORK/b.db"
carnet_a() { CARNET_DB="$DB_A" "$CARNET" --no-input "$@"; }
carnet_b() { CARNET_DB="$DB_B" "$CARNET" --no-input "$@"; }

step "filling the first database"
carnet_a add "Frédéric Duval" --company "Concours des vœux" --title Directeur \
    --email work=fred@example.org --phone "+33 6 12 34 56 78" --tag voeux \
    --city Québec --birthday 1975-03-05 --note "Rencontré au 5 à 7; parle de \"son\" projet" >/dev/null
carnet_a add "Zoë Łukasz" --email zoe@example.org --tag amis,voeux --how-met LinkedIn >/dev/null
carnet_a add "安藤 ロイド" --company "グーグル" --phone "+81 3 1234 5678" >/dev/null
carnet_a add "'; DROP TABLE contacts; --" --email "bobby@example.org" >/dev/null
"$PY" - "$DB_A" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("""INSERT INTO events (name, name_folded, date, venue, kind, created_at, updated_at)
              VALUES ('Afterwork Québec', 'afterwork quebec', '2026-12-03', 'Musée, salle 2',
                      'afterwork', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')""")
db.commit()
EOF

# Follow-ups come with `carnet follow-up` (another part of carnet): used when present.
EXPECT_TODOS=0
if carnet_a follow-up --help >/dev/null 2>&1; then
    carnet_a follow-up add "Zoë" "send the quote" --due 2026-12-01 --every 3m >/dev/null
    EXPECT_TODOS=1
fi

step "exporting contacts and calendar into vdirs"
mkdir -p "$WORK/contacts-a" "$WORK/contacts-b" "$WORK/calendar-a" "$WORK/calendar-b" "$WORK/status"
carnet_a export vcard --vdir "$WORK/contacts-a"
carnet_a export ics --vdir "$WORK/calendar-a"

step "validating the exported files with vobject and icalendar"
carnet_a export vcard --vcard-version 3 -o "$WORK/all-v3.vcf"
carnet_a export vcard -o "$WORK/all-v4.vcf"
"$PY" - "$WORK/contacts-a" "$WORK/calendar-a" "$WORK/all-v3.vcf" "$WORK/all-v4.vcf" <<'EOF'
import pathlib, sys
import icalendar, vobject
for whole in sys.argv[3:5]:
    n = sum(1 for _ in vobject.readComponents(pathlib.Path(whole).read_text(encoding="utf-8")))
    assert n == 4, (whole, n)
cards = sorted(pathlib.Path(sys.argv[1]).glob("*.vcf"))
assert len(cards) == 4, cards
for p in cards:
    card = vobject.readOne(p.read_text(encoding="utf-8"))
    assert card.fn.value and card.uid.value, p
cals = sorted(pathlib.Path(sys.argv[2]).glob("*.ics"))
assert cals, "no .ics written"
for p in cals:
    cal = icalendar.Calendar.from_ical(p.read_bytes())
    items = [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    assert items, p
    for item in items:
        assert item.get("UID") and item.get("SUMMARY"), p
print(f"  vobject read {len(cards)} cards, icalendar read {len(cals)} calendars")
EOF

cat > "$WORK/vdirsyncer.conf" <<EOF
[general]
status_path = "$WORK/status/"

[storage server_contacts]
type = "carddav"
url = "http://127.0.0.1:$PORT/$USER_NAME/contacts/"
username = "$USER_NAME"
password = "unused"

[storage server_calendar]
type = "caldav"
url = "http://127.0.0.1:$PORT/$USER_NAME/calendar/"
username = "$USER_NAME"
password = "unused"

[storage contacts_a]
type = "filesystem"
path = "$WORK/contacts-a/"
fileext = ".vcf"

[storage contacts_b]
type = "filesystem"
path = "$WORK/contacts-b/"
fileext = ".vcf"

[storage calendar_a]
type = "filesystem"
path = "$WORK/calendar-a/"
fileext = ".ics"

[storage calendar_b]
type = "filesystem"
path = "$WORK/calendar-b/"
fileext = ".ics"

[pair up_contacts]
a = "contacts_a"
b = "server_contacts"
collections = null

[pair down_contacts]
a = "contacts_b"
b = "server_contacts"
collections = null

[pair up_calendar]
a = "calendar_a"
b = "server_calendar"
collections = null

[pair down_calendar]
a = "calendar_b"
b = "server_calendar"
collections = null
EOF
VDS=("$WORK/venv/bin/vdirsyncer" -c "$WORK/vdirsyncer.conf")

step "syncing up to the server, then down to a second folder"
"${VDS[@]}" discover up_contacts up_calendar down_contacts down_calendar < /dev/null
"${VDS[@]}" sync up_contacts up_calendar
"${VDS[@]}" sync down_contacts down_calendar

step "importing the second folder into an empty database"
carnet_b import "$WORK/contacts-b"

step "comparing the two databases"
carnet_a list --archived --json > "$WORK/a.json"
carnet_b list --archived --json > "$WORK/b.json"
for i in $(seq 1 4); do
    carnet_a show "#$i" --json > "$WORK/a-$i.json"
done
"$PY" - "$WORK" "$CARNET" "$DB_B" "$EXPECT_TODOS" <<'EOF'
import json, pathlib, subprocess, sys, os
work, carnet, db_b = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
expect_todos = sys.argv[4] == "1"

def essence(c):
    keep = {k: c.get(k) for k in ("name", "company", "title", "city", "how_met", "birthday", "tags")}
    for k in ("emails", "phones", "links"):
        keep[k] = [e["value"] for e in c.get(k, [])]
    keep["notes"] = [(n["date"], n["text"]) for n in c.get("notes", [])]
    return keep

a = json.loads((work / "a.json").read_text())
b = json.loads((work / "b.json").read_text())
assert len(a) == len(b) == 4, (len(a), len(b))
env = dict(os.environ, CARNET_DB=db_b)
full_b = {}
for c in b:
    out = subprocess.run([carnet, "show", f"#{c['id']}", "--json"], env=env, check=True, capture_output=True)
    full = json.loads(out.stdout)
    full_b[full["name"]] = essence(full)
for i in range(1, 5):
    full = essence(json.loads((work / f"a-{i}.json").read_text()))
    other = full_b.get(full["name"])
    assert other == full, f"\nA: {full}\nB: {other}"
ics_a = sorted(p.name for p in (work / "calendar-a").glob("*.ics"))
ics_b = sorted(p.name for p in (work / "calendar-b").glob("*.ics"))
assert ics_a and ics_a == ics_b, (ics_a, ics_b)
todos = [p for p in (work / "calendar-b").glob("*.ics") if "BEGIN:VTODO" in p.read_text(encoding="utf-8")]
if expect_todos:
    assert todos, "no follow-up came back from the server"
    assert any("Zoë" in p.read_text(encoding="utf-8") for p in todos)
print(f"  {len(a)} contacts identical in both databases; {len(ics_b)} calendar items came back")
EOF

step "a second export is a no-op, and the synced-back folder imports as unchanged"
carnet_a export vcard --vdir "$WORK/contacts-a" --json | "$PY" -c 'import json,sys; r=json.load(sys.stdin); assert r["written"] == 0 and r["unchanged"] == 4, r'
carnet_b import "$WORK/contacts-b" --json | "$PY" -c 'import json,sys; r=json.load(sys.stdin); assert r["unchanged"] == 4 and r["added"] == 0, r'

step "the other way: an edit and a new card on the 'phone' side come back into the first database"
"$PY" - "$WORK/contacts-b" <<'EOF'
import pathlib, sys
folder = pathlib.Path(sys.argv[1])
zoe = next(p for p in folder.glob("*.vcf") if "FN:Zoë Łukasz" in p.read_text(encoding="utf-8"))
text = zoe.read_text(encoding="utf-8").replace("END:VCARD", "EMAIL:zoe@phone.example\r\nEND:VCARD")
zoe.write_text(text, encoding="utf-8", newline="")
(folder / "new-from-phone.vcf").write_text(
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Élodie Côté\r\nEMAIL:elodie@exemple.fr\r\nEND:VCARD\r\n",
    encoding="utf-8", newline="")
EOF
"${VDS[@]}" sync down_contacts
"${VDS[@]}" sync up_contacts
# contacts-a is carnet's own vdir: Zoë's card is merged against the copy carnet wrote.
carnet_a import "$WORK/contacts-a" --json | "$PY" -c 'import json,sys; r=json.load(sys.stdin); assert r["added"] == 1 and len(r["sync"]["merged"]) == 1, r'
carnet_a show zoe --json | "$PY" -c 'import json,sys; c=json.load(sys.stdin); assert "zoe@phone.example" in [e["value"] for e in c["emails"]], c'
carnet_a export vcard --vdir "$WORK/contacts-a" --json | "$PY" -c 'import json,sys; r=json.load(sys.stdin); assert r["unchanged"] + r["written"] == 5, r'
test "$(grep -l "UID:phone-1" "$WORK"/contacts-a/*.vcf | wc -l)" -eq 1
"${VDS[@]}" sync up_contacts

step "the second computer edits a filled field and adds a note: both come back to the first"
"${VDS[@]}" sync down_contacts
carnet_b import "$WORK/contacts-b" >/dev/null
carnet_b export vcard --vdir "$WORK/contacts-b" >/dev/null   # B's own vdir from now on
"${VDS[@]}" sync down_contacts
id_of() { "$PY" -c 'import json,sys; print(next(c["id"] for c in json.load(sys.stdin) if c["name"] == sys.argv[1]))' "$1"; }
FRED_B=$(carnet_b list --json | id_of "Frédéric Duval")
FRED_A=$(carnet_a list --json | id_of "Frédéric Duval")
carnet_b edit "$FRED_B" --company "Studio Nord" >/dev/null
carnet_b note "$FRED_B" "Vu au salon, veut un devis" >/dev/null
carnet_b export vcard --vdir "$WORK/contacts-b" >/dev/null
"${VDS[@]}" sync down_contacts
"${VDS[@]}" sync up_contacts
carnet_a import "$WORK/contacts-a" --json | "$PY" -c 'import json,sys; r=json.load(sys.stdin); assert len(r["sync"]["merged"]) == 1 and not r["sync"]["conflicts"], r'
carnet_a show "$FRED_A" --json | "$PY" -c '
import json,sys
c = json.load(sys.stdin)
assert c["company"] == "Studio Nord", c
assert "Vu au salon, veut un devis" in [n["text"] for n in c["notes"]], c'
carnet_a export vcard --vdir "$WORK/contacts-a" >/dev/null
"${VDS[@]}" sync up_contacts

step "both sides change the same field: reported, carnet's value kept, the other in a note"
"${VDS[@]}" sync down_contacts
carnet_b import "$WORK/contacts-b" >/dev/null
carnet_b edit "$FRED_B" --title "Gérant" >/dev/null
carnet_b export vcard --vdir "$WORK/contacts-b" >/dev/null
"${VDS[@]}" sync down_contacts
carnet_a edit "$FRED_A" --title "Président" >/dev/null
"${VDS[@]}" sync up_contacts
carnet_a import "$WORK/contacts-a" --json | "$PY" -c '
import json,sys
r = json.load(sys.stdin)
c = r["sync"]["conflicts"]
assert [(x["field"], x["ours"], x["theirs"]) for x in c] == [("title", "Président", "Gérant")], r'
carnet_a show "$FRED_A" --json | "$PY" -c '
import json,sys
c = json.load(sys.stdin)
assert c["title"] == "Président", c
assert any("Gérant" in n["text"] for n in c["notes"]), c'
carnet_a export vcard --vdir "$WORK/contacts-a" >/dev/null
"${VDS[@]}" sync up_contacts

step "khard reads carnet's vdir"
printf '[addressbooks]\n[[carnet]]\npath = %s/contacts-a/\n[general]\ndebug = no\ndefault_action = list\neditor = true\nmerge_editor = true\n' "$WORK" > "$WORK/khard.conf"
"$WORK/venv/bin/khard" -c "$WORK/khard.conf" list > "$WORK/khard.txt"
grep -q "Frédéric Duval" "$WORK/khard.txt"
grep -q "Zoë Łukasz" "$WORK/khard.txt"
grep -q "Élodie Côté" "$WORK/khard.txt"
echo "  khard lists $(grep -c . "$WORK/khard.txt") lines"

step "ok"

