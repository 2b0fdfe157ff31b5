-- carnet schema 3: follow-ups, and a keep-in-touch cadence per tag.

-- Something to do by a date, about a contact, an event, or both. `every` makes it recurring
-- (a period such as 2w, 3m, 1y): completing it schedules the next from the completion date.
CREATE TABLE followups (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
    due         TEXT NOT NULL,
    every       TEXT,
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (contact_id IS NOT NULL OR event_id IS NOT NULL)
);
-- `today` reads open follow-ups by due date only.
CREATE INDEX followups_open_due ON followups(due) WHERE done_on IS NULL;
CREATE INDEX followups_contact ON followups(contact_id, due) WHERE contact_id IS NOT NULL;
CREATE INDEX followups_event ON followups(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX followups_done ON followups(done_on) WHERE done_on IS NOT NULL;

-- A follow-up about an event alone goes with the event; one that also names a contact stays.
CREATE TRIGGER followups_event_deleted BEFORE DELETE ON events
BEGIN
    DELETE FROM followups WHERE event_id = old.id AND contact_id IS NULL;
END;

-- The default keep-in-touch cadence of the contacts carrying the tag, in days.
ALTER TABLE tags ADD COLUMN keep_in_touch_days INTEGER
    CHECK (keep_in_touch_days IS NULL OR keep_in_touch_days > 0);

-- The day a contact falls due to reconnect: last seen (the latest encounter, or the day the
-- contact was added) + its cadence (its own, else the shortest of its tags'); NULL without a
-- cadence. Kept by the triggers below, so that `carnet today` reads the due contacts through
-- one index instead of working it out for every contact with a cadence.
ALTER TABLE contacts ADD COLUMN reconnect_on TEXT;
CREATE INDEX contacts_reconnect_on ON contacts(reconnect_on)
    WHERE reconnect_on IS NOT NULL AND archived = 0;

CREATE VIEW contact_reconnect AS
SELECT c.id,
       date(coalesce(substr((SELECT max(e.date) FROM encounters e WHERE e.contact_id = c.id), 1, 10),
                     substr(c.created_at, 1, 10)),
            '+' || coalesce(c.keep_in_touch_days,
                            (SELECT min(t.keep_in_touch_days) FROM contact_tags ct
                               JOIN tags t ON t.id = ct.tag_id
                              WHERE ct.contact_id = c.id)) || ' days') AS reconnect_on
  FROM contacts c;

UPDATE contacts SET reconnect_on =
    (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id);

CREATE TRIGGER reconnect_contact_added AFTER INSERT ON contacts
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.id;
END;

CREATE TRIGGER reconnect_contact_cadence AFTER UPDATE OF keep_in_touch_days, created_at ON contacts
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.id;
END;

CREATE TRIGGER reconnect_encounter_added AFTER INSERT ON encounters
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.contact_id;
END;

CREATE TRIGGER reconnect_encounter_deleted AFTER DELETE ON encounters
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = old.contact_id;
END;

CREATE TRIGGER reconnect_encounter_changed AFTER UPDATE OF contact_id, date ON encounters
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id IN (old.contact_id, new.contact_id);
END;

CREATE TRIGGER reconnect_tagged AFTER INSERT ON contact_tags
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.contact_id;
END;

CREATE TRIGGER reconnect_untagged AFTER DELETE ON contact_tags
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = old.contact_id;
END;

CREATE TRIGGER reconnect_tag_cadence AFTER UPDATE OF keep_in_touch_days ON tags
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = new.id);
END;
-- Birthdays are found by their month and day ("MM-DD"), with or without a year.
CREATE INDEX contacts_birthday_md ON contacts(substr(birthday, -5))
    WHERE birthday IS NOT NULL;
