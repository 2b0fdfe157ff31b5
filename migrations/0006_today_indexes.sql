-- carnet schema 6: indexes that let `carnet today` count what is due without reading rows.

-- Open follow-ups by due date, with the contact, so that counting the overdue ones of
-- unarchived contacts reads this index only.
DROP INDEX followups_open_due;
CREATE INDEX followups_open_due ON followups(due, contact_id) WHERE done_on IS NULL;

-- The few archived contacts, to leave them out without looking up every contact.
CREATE INDEX contacts_archived ON contacts(id) WHERE archived = 1;
