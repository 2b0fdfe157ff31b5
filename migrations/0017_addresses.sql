-- Postal addresses of a contact, structured as vCard's ADR (RFC 6350 6.3.1) and read and
-- written whole: post office box, extended address, street, locality, region, postal code,
-- country, with a label (home, work, or one's own). Components are '' when absent, so that
-- the same address read twice is one row (UNIQUE). The contact's city stays its own field,
-- kept as it was: an address read from a file gives the city when the contact has none.
CREATE TABLE contact_addresses (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    label        TEXT,
    po_box       TEXT NOT NULL DEFAULT '',
    extended     TEXT NOT NULL DEFAULT '',
    street       TEXT NOT NULL DEFAULT '',
    locality     TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    postal_code  TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    UNIQUE (contact_id, po_box, extended, street, locality, region, postal_code, country)
);
