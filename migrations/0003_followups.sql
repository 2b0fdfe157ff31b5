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

-- Reconnect reads only the contacts with a cadence of their own or from a tag.
CREATE INDEX contacts_keep_in_touch ON contacts(keep_in_touch_days)
    WHERE keep_in_touch_days IS NOT NULL;
CREATE INDEX tags_keep_in_touch ON tags(keep_in_touch_days)
    WHERE keep_in_touch_days IS NOT NULL;
-- Birthdays are found by their month and day ("MM-DD"), with or without a year.
CREATE INDEX contacts_birthday_md ON contacts(substr(birthday, -5))
    WHERE birthday IS NOT NULL;
