-- carnet schema 10: ties between people (`carnet relate`).
-- Append-only: never edit this file once landed.
--
-- One row per tie: contact_id is `kind` of other_id ("Michel partner Chana", "André
-- works-for Zoë"). Symmetric kinds (partner, family, friend, colleague, came-with) are
-- stored once, either way round; `works-for` reads from contact_id to other_id. The kind
-- is stored under its English name (French names are accepted when typed), or as typed
-- for a custom one. Removing either contact removes the tie; merging moves it.
CREATE TABLE relations (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    other_id    INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    CHECK (contact_id <> other_id),
    UNIQUE (contact_id, other_id, kind)
);
CREATE INDEX relations_other ON relations(other_id);
