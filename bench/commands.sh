# Sourced by bench/run.sh and bench/compare.sh: what both time, so that a comparison of two
# builds measures exactly the commands of the report.

# The environment every timed command runs in: a fixed clock and zone, no colour, no query
# plans.
bench_env() {
  export CARNET_NOW=2026-11-22T09:00:00 TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8
  unset CARNET_EXPLAIN
}

# carnet_bin: sets BIN to $CARNET when given (to skip the build), else builds the release
# binary and sets BIN to it (target/<host>/release with .cargo/config.toml's host target).
carnet_bin() {
  if [ -n "${CARNET:-}" ]; then
    BIN=$CARNET
    return
  fi
  cargo build --release --quiet
  local host
  host=$(rustc -vV | sed -n 's/^host: //p')
  BIN=${CARGO_TARGET_DIR:-$PWD/target}/$host/release/carnet
  [ -x "$BIN" ] || BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/carnet
}

# synth_names FILE: reads the names the synth planted (its JSON on stdout) into RARE_TAG,
# PERSON, PROJECT, RARE_WORD, COMMON_WORD, ACCENTED, and the search queries TWO_FIELDS,
# THREE_FIELDS, NAME_AND_TAG, TYPO and the completed prefix PREFIX (empty from a synth
# that does not plant them).
synth_names() {
  local file=$1
  field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], ''))" "$file" "$1"; }
  RARE_TAG=$(field rare_tag); COMMON_TAG=$(field common_tag); PERSON=$(field person_query); PROJECT=$(field project)
  RARE_WORD=$(field rare_word); COMMON_WORD=$(field common_word); ACCENTED=$(field accented_query)
  TWO_FIELDS=$(field two_fields); THREE_FIELDS=$(field three_fields)
  NAME_AND_TAG=$(field name_and_tag); TYPO=$(field typo); PREFIX=$(field completion_prefix)
}

# timed_commands N FN: calls `FN LABEL ARG…` for each command timed on a dataset of N
# contacts, ARG… being carnet's arguments without the binary. Needs synth_names first.
timed_commands() {
  local n=$1 fn=$2
  "$fn" "--version" --version
  "$fn" "today" today
  "$fn" "today --json" today --json
  "$fn" "follow-up list --overdue" follow-up list --overdue
  "$fn" "search (rare word: $RARE_WORD)" search "$RARE_WORD"
  "$fn" "search (common word: $COMMON_WORD)" search "$COMMON_WORD"
  "$fn" "search (accented name typed plain: $ACCENTED)" search "$ACCENTED"
  if [ -n "${TWO_FIELDS:-}" ]; then
    # Words found in different fields of one person (each query word a separate argument).
    # shellcheck disable=SC2086
    "$fn" "search (two fields: $TWO_FIELDS)" search $TWO_FIELDS
    # shellcheck disable=SC2086
    "$fn" "search (three fields: $THREE_FIELDS)" search $THREE_FIELDS
    # shellcheck disable=SC2086
    "$fn" "search (name and tag: $NAME_AND_TAG)" search $NAME_AND_TAG
    # shellcheck disable=SC2086
    "$fn" "search (a typo: $TYPO)" search $TYPO
  fi
  "$fn" "show (by id)" show "#$((n / 2))"
  "$fn" "show (by name: $PERSON)" show "$PERSON"
  "$fn" "list --tag $RARE_TAG" list --tag "$RARE_TAG"
  if [ -n "${COMMON_TAG:-}" ]; then
    "$fn" "list --tag $COMMON_TAG (about 10% of contacts)" list --tag "$COMMON_TAG"
  fi
  "$fn" "list (all, to a pipe)" list
  # The selection of bulk commands (issue 22): a tag on one contact in ten, when the
  # dataset has one (bench/select.sh makes it and also times tagging them all).
  if [ -n "${TENTH_TAG:-}" ]; then
    "$fn" "list --tag $TENTH_TAG (10 %)" list --tag "$TENTH_TAG"
  fi
  "$fn" "project show" project show "$PROJECT"
  "$fn" "suggest" suggest
  "$fn" "suggest --json (with strength)" suggest --json
  "$fn" "show --json (with strength)" show "#$((n / 2))" --json
  "$fn" "event stats (a year)" event stats
  "$fn" "brief next" brief next
}

# The completion of a contact's name as bash asks for it at each Tab (`COMPLETE=bash carnet
# -- carnet show PREFIX`), timed by run.sh on the datasets whose synth plants PREFIX.
completion_label() { echo "complete a name (bash, 3 letters: ${PREFIX:-})"; }

# capture_commands N FN CAPTURE: calls `FN LABEL COMMAND…` for the steps of `carnet log`
# that touch the database, timed through examples/capture.rs (CAPTURE, its binary; DB the
# dataset): the name question's lookup for a new person (no contact of that name: the
# prefix lookup, then near spellings over every name) and for a known one, and the save of
# one person with a card, a note and a follow-up (a new name each run).
capture_commands() {
  local n=$1 fn=$2 capture=$3
  "$fn" "log: name lookup (new person)" "$capture" --db "$DB" lookup "Karine Lavoie-Ouellette"
  "$fn" "log: name lookup (known: $PERSON)" "$capture" --db "$DB" lookup "$PERSON"
  "$fn" "log: save one person (card, note, follow-up)" "$capture" --db "$DB" save \
    "Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142 #seo"
}

# Whole-database jobs, timed once by run.sh (and a few times by compare.sh): the export of
# every contact, and on 10,000, 100,000 and 300,000 the import of that export into an empty database.
export_label() { echo "export vcard (whole database)"; }
import_label() { echo "import $(python3 -c "print(f'{int($1):,}')") vCards (empty database)"; }
times_import() { [ "$1" = 10000 ] || [ "$1" = 100000 ] || [ "$1" = 300000 ]; }

# One command line for hyperfine --shell=none: every argument single-quoted (hyperfine splits
# it like a POSIX shell; bash's printf %q would write $'…' for accented words).
quote() {
  local out="" a
  for a in "$@"; do out+="'${a//\'/\'\\\'\'}' "; done
  printf '%s' "$out"
}

# The operation log (`carnet undo`): commands timed by bench/history.sh, each after its
# --prepare step, which makes the operation to undo. `history_commands FN` calls
# `FN LABEL PREPARE ARG…`, PREPARE being shell command lines where `carnet` stands for the
# binary, run before each timed run.
history_commands() {
  local fn=$1
  "$fn" "undo (of the last add)" "carnet add 'Zoë Undo' --email zoe.undo@example.org" undo
  "$fn" "undo (of the last note)" "carnet note '#1' 'une note à reprendre'" undo
  "$fn" "redo (of the last undo)" "carnet add 'Zoë Redo' && carnet undo" redo
  "$fn" "add (recorded in the log)" "" add 'Łukasz Log' --email lukasz.log@example.org
}
