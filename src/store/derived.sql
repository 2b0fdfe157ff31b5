-- The machinery that keeps derived data in step: the search index (`search_…` triggers,
-- `search_dirty`) and each contact's reconnect date (`reconnect_…` triggers,
-- `contact_reconnect`). Created as TEMP objects on carnet's connection before its first
-- write (Store::write, see migrations/0007_derived_in_code.sql for why they are not stored
-- in the file). The reconnect triggers' bodies are those of migration 0003.
--
-- A program other than carnet writing to the file does not maintain them: `carnet check`
-- finds a stale search index and `carnet check --repair` rebuilds it and the reconnect dates.

CREATE TEMP VIEW IF NOT EXISTS contact_reconnect AS
SELECT c.id,
       date(coalesce(substr((SELECT max(e.date) FROM encounters e WHERE e.contact_id = c.id), 1, 10),
                     substr(c.created_at, 1, 10)),
            '+' || coalesce(c.keep_in_touch_days,
                            (SELECT min(t.keep_in_touch_days) FROM contact_tags ct
                               JOIN tags t ON t.id = ct.tag_id
                              WHERE ct.contact_id = c.id)) || ' days') AS reconnect_on
  FROM contacts c;

CREATE TEMP TRIGGER IF NOT EXISTS reconnect_contact_added AFTER INSERT ON main.contacts
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_contact_cadence AFTER UPDATE OF keep_in_touch_days, created_at ON main.contacts
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_encounter_added AFTER INSERT ON main.encounters
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.contact_id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_encounter_deleted AFTER DELETE ON main.encounters
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = old.contact_id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_encounter_changed AFTER UPDATE OF contact_id, date ON main.encounters
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id IN (old.contact_id, new.contact_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_tagged AFTER INSERT ON main.contact_tags
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = new.contact_id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_untagged AFTER DELETE ON main.contact_tags
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id = old.contact_id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS reconnect_tag_cadence AFTER UPDATE OF keep_in_touch_days ON main.tags
BEGIN
    UPDATE contacts SET reconnect_on =
        (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)
     WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = new.id);
END;


-- The search index holds one document per contact (migration 0015). A write marks the
-- contacts whose document it changes in `search_dirty`; Store::write rebuilds their
-- documents from store/search_source.sql once, just before it commits (Db::search_flush),
-- however many of their rows the write touched. (No key: a conflict clause in a trigger
-- gives way to the statement's, and a foreign key's cascade would turn OR IGNORE into an
-- error; the flush reads the ids once each.) A new source of searchable text needs a
-- trigger here marking its contact, on insert, update and delete.
CREATE TEMP TABLE IF NOT EXISTS search_dirty (contact_id INTEGER NOT NULL);


CREATE TEMP TRIGGER IF NOT EXISTS search_contacts_ai AFTER INSERT ON main.contacts BEGIN
    INSERT INTO search_dirty VALUES (NEW.id);
    INSERT INTO search_dirty SELECT NEW.introduced_by WHERE NEW.introduced_by IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contacts_au
AFTER UPDATE OF name, company, title, city, how_met, introduced_by ON main.contacts BEGIN
    INSERT INTO search_dirty VALUES (NEW.id);
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.introduced_by AS x UNION SELECT NEW.introduced_by) WHERE x IS NOT NULL;
    -- Those this person introduced, and those tied to them, show their name.
    INSERT INTO search_dirty
    SELECT id FROM contacts WHERE introduced_by = NEW.id AND OLD.name IS NOT NEW.name;
    INSERT INTO search_dirty
    SELECT other_id FROM relations WHERE contact_id = NEW.id AND OLD.name IS NOT NEW.name
    UNION ALL
    SELECT contact_id FROM relations WHERE other_id = NEW.id AND OLD.name IS NOT NEW.name;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contacts_ad AFTER DELETE ON main.contacts BEGIN
    INSERT INTO search_dirty VALUES (OLD.id);
    INSERT INTO search_dirty SELECT OLD.introduced_by WHERE OLD.introduced_by IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contact_tags_ai AFTER INSERT ON main.contact_tags BEGIN
    INSERT INTO search_dirty VALUES (NEW.contact_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contact_tags_au AFTER UPDATE ON main.contact_tags BEGIN
    INSERT INTO search_dirty VALUES (OLD.contact_id), (NEW.contact_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contact_tags_ad AFTER DELETE ON main.contact_tags BEGIN
    INSERT INTO search_dirty VALUES (OLD.contact_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_tags_au AFTER UPDATE OF name ON main.tags BEGIN
    INSERT INTO search_dirty SELECT contact_id FROM contact_tags WHERE tag_id = NEW.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_emails_ai AFTER INSERT ON main.contact_emails BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_emails_au AFTER UPDATE ON main.contact_emails BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_emails_ad AFTER DELETE ON main.contact_emails BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_phones_ai AFTER INSERT ON main.contact_phones BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_phones_au AFTER UPDATE ON main.contact_phones BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_phones_ad AFTER DELETE ON main.contact_phones BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_links_ai AFTER INSERT ON main.contact_links BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_links_au AFTER UPDATE ON main.contact_links BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_links_ad AFTER DELETE ON main.contact_links BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_notes_ai AFTER INSERT ON main.notes BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_notes_au AFTER UPDATE ON main.notes BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_notes_ad AFTER DELETE ON main.notes BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_encounters_ai AFTER INSERT ON main.encounters BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_encounters_au AFTER UPDATE ON main.encounters BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_encounters_ad AFTER DELETE ON main.encounters BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_cards_ai AFTER INSERT ON main.cards BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_cards_au AFTER UPDATE ON main.cards BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_cards_ad AFTER DELETE ON main.cards BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_followups_ai AFTER INSERT ON main.followups BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_followups_au AFTER UPDATE ON main.followups BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_followups_ad AFTER DELETE ON main.followups BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_project_roles_ai AFTER INSERT ON main.project_roles BEGIN
    INSERT INTO search_dirty SELECT NEW.contact_id WHERE NEW.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_project_roles_au AFTER UPDATE ON main.project_roles BEGIN
    INSERT INTO search_dirty
    SELECT x FROM (SELECT OLD.contact_id AS x UNION SELECT NEW.contact_id) WHERE x IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_project_roles_ad AFTER DELETE ON main.project_roles BEGIN
    INSERT INTO search_dirty SELECT OLD.contact_id WHERE OLD.contact_id IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_events_au AFTER UPDATE OF name, venue ON main.events BEGIN
    INSERT INTO search_dirty SELECT contact_id FROM encounters WHERE event_id = NEW.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_projects_au AFTER UPDATE OF name, note ON main.projects BEGIN
    INSERT INTO search_dirty SELECT contact_id FROM project_roles WHERE project_id = NEW.id;
END;


-- Ties (migration 0010): each side's document holds the other's name.
CREATE TEMP TRIGGER IF NOT EXISTS search_relations_ai AFTER INSERT ON main.relations BEGIN
    INSERT INTO search_dirty VALUES (NEW.contact_id), (NEW.other_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_relations_au AFTER UPDATE ON main.relations BEGIN
    INSERT INTO search_dirty VALUES (OLD.contact_id), (OLD.other_id), (NEW.contact_id), (NEW.other_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_relations_ad AFTER DELETE ON main.relations BEGIN
    INSERT INTO search_dirty VALUES (OLD.contact_id), (OLD.other_id);
END;
