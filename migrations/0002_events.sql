-- carnet schema 2: events, invitations, encounters, business cards and the user's own card.

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_folded  TEXT NOT NULL,
    date         TEXT NOT NULL,
    venue        TEXT,
    kind         TEXT NOT NULL DEFAULT 'other'
                 CHECK (kind IN ('breakfast', 'afterwork', 'meetup', 'training', 'conference', 'other')),
    organizer    TEXT,
    note         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_name_folded ON events(name_folded);

-- Invitations to events the user organises; rsvp is NULL until the guest answers.
CREATE TABLE invitations (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    rsvp        TEXT CHECK (rsvp IS NULL OR rsvp IN ('yes', 'no', 'maybe')),
    invited_at  TEXT NOT NULL,
    PRIMARY KEY (event_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX invitations_contact ON invitations(contact_id);

-- One meeting with one contact. A contact's "last seen" is its latest encounter's date.
CREATE TABLE encounters (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    event_id     INTEGER REFERENCES events(id) ON DELETE SET NULL,
    date         TEXT NOT NULL,
    how          TEXT NOT NULL DEFAULT 'other'
                 CHECK (how IN ('event', 'coffee', 'lunch', 'call', 'email', 'video', 'other')),
    note         TEXT,
    -- The log session's "follow up when?" answer as typed, so nothing typed is lost.
    follow_up    TEXT,
    -- Whether the contact was first recorded at this encounter (new vs already known).
    new_contact  INTEGER NOT NULL DEFAULT 0 CHECK (new_contact IN (0, 1)),
    created_at   TEXT NOT NULL
);
CREATE INDEX encounters_contact_date ON encounters(contact_id, date);
CREATE INDEX encounters_event ON encounters(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX encounters_date ON encounters(date);

-- Business cards: one person may hand out several, one per activity.
CREATE TABLE cards (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    company      TEXT,
    title        TEXT,
    emails       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails)),
    phones       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    website      TEXT,
    address      TEXT,
    note         TEXT,
    received_on  TEXT NOT NULL,
    event_id     INTEGER REFERENCES events(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX cards_contact ON cards(contact_id);
CREATE INDEX cards_event ON cards(event_id) WHERE event_id IS NOT NULL;

-- The user's own card (one row).
CREATE TABLE me (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT,
    company     TEXT,
    title       TEXT,
    email       TEXT,
    phone       TEXT,
    url         TEXT,
    updated_at  TEXT NOT NULL
);
