-- carnet schema 1: contacts with their emails, phones, links, tags and dated notes.
-- Append-only: never edit this file once landed; add 0002_….sql instead.

CREATE TABLE contacts (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_folded         TEXT NOT NULL,
    company             TEXT,
    title               TEXT,
    city                TEXT,
    how_met             TEXT,
    birthday            TEXT,
    keep_in_touch_days  INTEGER CHECK (keep_in_touch_days IS NULL OR keep_in_touch_days > 0),
    introduced_by       INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX contacts_name_folded ON contacts(name_folded);
CREATE INDEX contacts_introduced_by ON contacts(introduced_by) WHERE introduced_by IS NOT NULL;
CREATE INDEX contacts_created ON contacts(created_at);
CREATE INDEX contacts_updated ON contacts(updated_at);

-- Every folded word of a contact's name, so "duval" or "fred" finds "Frédéric Duval"
-- through an index rather than a scan.
CREATE TABLE contact_words (
    word        TEXT NOT NULL,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (word, contact_id)
) WITHOUT ROWID;
CREATE INDEX contact_words_contact ON contact_words(contact_id);

CREATE TABLE contact_emails (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (contact_id, value)
);
CREATE INDEX contact_emails_value ON contact_emails(value COLLATE NOCASE);

CREATE TABLE contact_phones (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (contact_id, value)
);

CREATE TABLE contact_links (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (contact_id, value)
);

CREATE TABLE tags (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    folded  TEXT NOT NULL UNIQUE
);

CREATE TABLE contact_tags (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_tag ON contact_tags(tag_id, contact_id);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX notes_contact ON notes(contact_id, date);
