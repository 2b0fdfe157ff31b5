-- The machinery that keeps derived data in step: the search index (`search_…` triggers,
-- `search_source`) and each contact's reconnect date (`reconnect_…` triggers,
-- `contact_reconnect`). Created as TEMP objects on carnet's connection before its first
-- write (Store::write, see migrations/0007_derived_in_code.sql for why they are not stored
-- in the file). Their bodies are those of migrations 0003 and 0005.
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

CREATE TEMP VIEW IF NOT EXISTS search_source (key, contact_id, field, text) AS
    SELECT 1 * 1099511627776 + id, id, 'name', name FROM contacts
    UNION ALL
    SELECT 2 * 1099511627776 + id, id, 'company', company FROM contacts WHERE company IS NOT NULL
    UNION ALL
    SELECT 3 * 1099511627776 + id, id, 'title', title FROM contacts WHERE title IS NOT NULL
    UNION ALL
    SELECT 4 * 1099511627776 + id, id, 'city', city FROM contacts WHERE city IS NOT NULL
    UNION ALL
    SELECT 5 * 1099511627776 + id, id, 'how_met', how_met FROM contacts WHERE how_met IS NOT NULL
    UNION ALL
    SELECT 6 * 1099511627776 + c.id, c.id, 'tag', (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = c.id ORDER BY tg.folded))
      FROM contacts c WHERE EXISTS (SELECT 1 FROM contact_tags WHERE contact_id = c.id)
    UNION ALL
    SELECT 7 * 1099511627776 + id, contact_id, 'note', body FROM notes
    UNION ALL
    SELECT 8 * 1099511627776 + id, contact_id, 'encounter', note FROM encounters
     WHERE note IS NOT NULL
    UNION ALL
    SELECT 9 * 1099511627776 + e.id, e.contact_id, 'event', ev.name
      FROM encounters e JOIN events ev ON ev.id = e.event_id
    UNION ALL
    SELECT key, contact_id, 'card', t FROM (
        SELECT 10 * 1099511627776 + id AS key, contact_id, (SELECT group_concat(v, ' ') FROM (
            SELECT CASE WHEN company IS NOT NULL AND title IS NOT NULL
                        THEN company || ' · ' || title
                        ELSE coalesce(company, title) END AS v
            UNION ALL SELECT value FROM json_each(cards.emails)
            UNION ALL SELECT value FROM json_each(cards.phones)
            UNION ALL SELECT website)) AS t FROM cards)
     WHERE t IS NOT NULL
    UNION ALL
    SELECT 11 * 1099511627776 + id, contact_id, 'email', value FROM contact_emails;


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


CREATE TEMP TRIGGER IF NOT EXISTS search_contacts_ai AFTER INSERT ON main.contacts BEGIN
    -- Stale rows of a reused id would make the insert fail; they are replaced instead.
    DELETE FROM search_index WHERE rowid IN (
        1 * 1099511627776 + NEW.id, 2 * 1099511627776 + NEW.id, 3 * 1099511627776 + NEW.id,
        4 * 1099511627776 + NEW.id, 5 * 1099511627776 + NEW.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT k, NEW.id, f, t, fold(t) FROM (
        SELECT 1 * 1099511627776 + NEW.id AS k, 'name' AS f, NEW.name AS t
        UNION ALL SELECT 2 * 1099511627776 + NEW.id, 'company', NEW.company
        UNION ALL SELECT 3 * 1099511627776 + NEW.id, 'title', NEW.title
        UNION ALL SELECT 4 * 1099511627776 + NEW.id, 'city', NEW.city
        UNION ALL SELECT 5 * 1099511627776 + NEW.id, 'how_met', NEW.how_met
    ) WHERE t IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contacts_au AFTER UPDATE OF name, company, title, city, how_met ON main.contacts
BEGIN
    DELETE FROM search_index WHERE rowid IN (
        1 * 1099511627776 + OLD.id, 2 * 1099511627776 + OLD.id, 3 * 1099511627776 + OLD.id,
        4 * 1099511627776 + OLD.id, 5 * 1099511627776 + OLD.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT k, NEW.id, f, t, fold(t) FROM (
        SELECT 1 * 1099511627776 + NEW.id AS k, 'name' AS f, NEW.name AS t
        UNION ALL SELECT 2 * 1099511627776 + NEW.id, 'company', NEW.company
        UNION ALL SELECT 3 * 1099511627776 + NEW.id, 'title', NEW.title
        UNION ALL SELECT 4 * 1099511627776 + NEW.id, 'city', NEW.city
        UNION ALL SELECT 5 * 1099511627776 + NEW.id, 'how_met', NEW.how_met
    ) WHERE t IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contacts_ad AFTER DELETE ON main.contacts BEGIN
    DELETE FROM search_index WHERE rowid IN (
        1 * 1099511627776 + OLD.id, 2 * 1099511627776 + OLD.id, 3 * 1099511627776 + OLD.id,
        4 * 1099511627776 + OLD.id, 5 * 1099511627776 + OLD.id, 6 * 1099511627776 + OLD.id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contact_tags_ai AFTER INSERT ON main.contact_tags BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + NEW.contact_id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 6 * 1099511627776 + NEW.contact_id, NEW.contact_id, 'tag', t, fold(t) FROM (
        SELECT (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = NEW.contact_id ORDER BY tg.folded)) AS t)
    WHERE t IS NOT NULL AND EXISTS (SELECT 1 FROM contacts WHERE id = NEW.contact_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contact_tags_ad AFTER DELETE ON main.contact_tags BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + OLD.contact_id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 6 * 1099511627776 + OLD.contact_id, OLD.contact_id, 'tag', t, fold(t) FROM (
        SELECT (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = OLD.contact_id ORDER BY tg.folded)) AS t)
    WHERE t IS NOT NULL AND EXISTS (SELECT 1 FROM contacts WHERE id = OLD.contact_id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_contact_tags_au AFTER UPDATE ON main.contact_tags BEGIN
    DELETE FROM search_index WHERE rowid IN (
        6 * 1099511627776 + OLD.contact_id, 6 * 1099511627776 + NEW.contact_id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 6 * 1099511627776 + c.id, c.id, 'tag', t, fold(t) FROM (
        SELECT c.id, (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = c.id ORDER BY tg.folded)) AS t
          FROM contacts c WHERE c.id IN (OLD.contact_id, NEW.contact_id)) AS c
    WHERE t IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_tags_au AFTER UPDATE OF name ON main.tags BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT 6 * 1099511627776 + contact_id FROM contact_tags WHERE tag_id = NEW.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 6 * 1099511627776 + c.id, c.id, 'tag', t, fold(t) FROM (
        SELECT x.contact_id AS id, (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = x.contact_id ORDER BY tg.folded)) AS t
          FROM contact_tags x WHERE x.tag_id = NEW.id) AS c
    WHERE t IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_notes_ai AFTER INSERT ON main.notes BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + NEW.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (7 * 1099511627776 + NEW.id, NEW.contact_id, 'note', NEW.body, fold(NEW.body));
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_notes_au AFTER UPDATE OF body, contact_id ON main.notes BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (7 * 1099511627776 + NEW.id, NEW.contact_id, 'note', NEW.body, fold(NEW.body));
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_notes_ad AFTER DELETE ON main.notes BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + OLD.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_encounters_ai AFTER INSERT ON main.encounters BEGIN
    DELETE FROM search_index WHERE rowid IN (8 * 1099511627776 + NEW.id, 9 * 1099511627776 + NEW.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 8 * 1099511627776 + NEW.id, NEW.contact_id, 'encounter', NEW.note, fold(NEW.note)
    WHERE NEW.note IS NOT NULL;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 9 * 1099511627776 + NEW.id, NEW.contact_id, 'event', ev.name, fold(ev.name)
      FROM events ev WHERE ev.id = NEW.event_id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_encounters_au AFTER UPDATE OF note, event_id, contact_id ON main.encounters
BEGIN
    DELETE FROM search_index WHERE rowid IN (
        8 * 1099511627776 + OLD.id, 9 * 1099511627776 + OLD.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 8 * 1099511627776 + NEW.id, NEW.contact_id, 'encounter', NEW.note, fold(NEW.note)
    WHERE NEW.note IS NOT NULL;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 9 * 1099511627776 + NEW.id, NEW.contact_id, 'event', ev.name, fold(ev.name)
      FROM events ev WHERE ev.id = NEW.event_id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_encounters_ad AFTER DELETE ON main.encounters BEGIN
    DELETE FROM search_index WHERE rowid IN (
        8 * 1099511627776 + OLD.id, 9 * 1099511627776 + OLD.id);
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_events_au AFTER UPDATE OF name ON main.events BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT 9 * 1099511627776 + id FROM encounters WHERE event_id = NEW.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 9 * 1099511627776 + e.id, e.contact_id, 'event', NEW.name, fold(NEW.name)
      FROM encounters e WHERE e.event_id = NEW.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_events_ad AFTER DELETE ON main.events BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT 9 * 1099511627776 + id FROM encounters WHERE event_id = OLD.id);
END;


-- A card's text: its company · title, then its emails, phones and website (schema 14).
CREATE TEMP TRIGGER IF NOT EXISTS search_cards_ai AFTER INSERT ON main.cards BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + NEW.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 10 * 1099511627776 + NEW.id, NEW.contact_id, 'card', t, fold(t) FROM (
        SELECT (SELECT group_concat(v, ' ') FROM (
            SELECT CASE WHEN NEW.company IS NOT NULL AND NEW.title IS NOT NULL
                        THEN NEW.company || ' · ' || NEW.title
                        ELSE coalesce(NEW.company, NEW.title) END AS v
            UNION ALL SELECT value FROM json_each(NEW.emails)
            UNION ALL SELECT value FROM json_each(NEW.phones)
            UNION ALL SELECT NEW.website)) AS t)
    WHERE t IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_cards_au AFTER UPDATE OF company, title, emails, phones, website, contact_id ON main.cards BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 10 * 1099511627776 + NEW.id, NEW.contact_id, 'card', t, fold(t) FROM (
        SELECT (SELECT group_concat(v, ' ') FROM (
            SELECT CASE WHEN NEW.company IS NOT NULL AND NEW.title IS NOT NULL
                        THEN NEW.company || ' · ' || NEW.title
                        ELSE coalesce(NEW.company, NEW.title) END AS v
            UNION ALL SELECT value FROM json_each(NEW.emails)
            UNION ALL SELECT value FROM json_each(NEW.phones)
            UNION ALL SELECT NEW.website)) AS t)
    WHERE t IS NOT NULL;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_cards_ad AFTER DELETE ON main.cards BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + OLD.id;
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_emails_ai AFTER INSERT ON main.contact_emails BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + NEW.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (11 * 1099511627776 + NEW.id, NEW.contact_id, 'email', NEW.value, fold(NEW.value));
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_emails_au AFTER UPDATE OF value, contact_id ON main.contact_emails BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (11 * 1099511627776 + NEW.id, NEW.contact_id, 'email', NEW.value, fold(NEW.value));
END;


CREATE TEMP TRIGGER IF NOT EXISTS search_emails_ad AFTER DELETE ON main.contact_emails BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + OLD.id;
END;
