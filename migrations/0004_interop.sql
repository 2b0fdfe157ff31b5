-- carnet schema 4 (interop): a stable UID per contact, the key vCard/CardDAV sync matches on.
-- Existing contacts get a random UUID; new ones get one from the trigger below unless the
-- insert names one (an imported vCard's UID, or a restored JSON export).

ALTER TABLE contacts ADD COLUMN uid TEXT;

UPDATE contacts SET uid = lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
    hex(randomblob(6)))
WHERE uid IS NULL;

CREATE UNIQUE INDEX contacts_uid ON contacts(uid);

CREATE TRIGGER contacts_uid_default AFTER INSERT ON contacts
WHEN NEW.uid IS NULL
BEGIN
    UPDATE contacts SET uid = lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
        substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
        hex(randomblob(6)))
    WHERE id = NEW.id;
END;
