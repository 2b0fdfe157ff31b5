-- carnet schema 9: the operation log behind `carnet undo` and `carnet redo`.
-- Append-only: never edit this file once landed.
--
-- Every write transaction (Store::write) that changes data is one operation. While it
-- runs, TEMP triggers generated from the schema (src/store/history.rs) write into
-- operation_changes, for each row inserted, updated or deleted in any data table, the
-- statement that puts the row back as it was ("Automatic Undo/Redo Using SQLite",
-- sqlite.org/undoredo.html). Undoing runs those statements newest first; the triggers
-- record as they do so the statements that redo it, which replace them.

CREATE TABLE operations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    -- When (RFC 3339, UTC) and the command line that did it.
    at            TEXT NOT NULL,
    command       TEXT NOT NULL,
    -- 'do': a command's changes; 'undo', 'redo': the undoing or redoing of `target`.
    kind          TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo', 'redo')),
    target        INTEGER,
    -- What it changed, per table (JSON), as said when it was done.
    summary       TEXT NOT NULL DEFAULT '[]',
    -- A 'do' operation is in effect (undone = 0) or undone; `redoable` while no new
    -- operation came after its undoing.
    undone        INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    redoable      INTEGER NOT NULL DEFAULT 0 CHECK (redoable IN (0, 1)),
    -- The operation that last applied it (itself, or the redo that re-applied it) or that
    -- undid it: orders operations by when they took effect.
    applied_by    INTEGER,
    undone_by     INTEGER,
    -- Its statements in operation_changes (seq first_change..last_change): the inverse
    -- of its changes while in effect, their redo while undone.
    first_change  INTEGER,
    last_change   INTEGER
);
CREATE INDEX operations_undone ON operations(undone, kind);

CREATE TABLE operation_changes (
    seq     INTEGER PRIMARY KEY,
    -- The table and the row: its rowid, or its primary key (WITHOUT ROWID tables, quoted).
    tbl     TEXT NOT NULL,
    key     NOT NULL,
    -- A range of rowids key..key_hi inserted by a bulk write (kind 'R'): undone by one
    -- DELETE rather than one statement per row.
    key_hi  INTEGER,
    -- What happened to the row: 'I' inserted, 'U' updated, 'D' deleted, 'R' range inserted.
    kind    TEXT NOT NULL CHECK (kind IN ('I', 'U', 'D', 'R')),
    -- Rows counted (a range's rows); the row's `name`, when its table has one.
    n       INTEGER NOT NULL DEFAULT 1,
    label   TEXT,
    -- The statement that reverses the change (NULL for a range).
    sql     TEXT
);
-- Which operations changed a row: an undo's checks.
CREATE INDEX operation_changes_row ON operation_changes(tbl, key);
