-- carnet schema 4: projects with roles, and the recall search index.
-- Append-only: never edit this file once landed.

CREATE TABLE projects (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_folded  TEXT NOT NULL UNIQUE,
    note         TEXT,
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- A role a contact plays in a project; one contact may hold several roles in one project.
-- Standard roles are stored by their English name (ally, opponent, mentor, client, partner,
-- referrer, supplier, investor); any other word is a custom role, kept as typed.
CREATE TABLE project_roles (
    project_id   INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (length(trim(role)) > 0),
    role_folded  TEXT NOT NULL,
    note         TEXT,
    assigned_at  TEXT NOT NULL,
    PRIMARY KEY (project_id, contact_id, role_folded)
) WITHOUT ROWID;
CREATE INDEX project_roles_contact ON project_roles(contact_id, project_id);
CREATE INDEX project_roles_role ON project_roles(role_folded, project_id);

-- Recall search. One row per searchable piece of text, whose rowid encodes where it comes
-- from: kind * 2^40 + the source row's id, so that triggers find and replace it by rowid
-- (an indexed lookup) rather than by scanning the index.
--   kind 1 name, 2 company, 3 title, 4 city, 5 how_met, 6 tag (all of a contact's tags),
--        all keyed by contacts.id;
--   kind 7 note (notes.id), 8 encounter note (encounters.id), 9 the event of an encounter
--        (encounters.id), 10 card company and title (cards.id), 11 email (contact_emails.id).
-- `text` is kept as written for snippets; `folded` is fold(text) (deunicode, lower case),
-- the one indexed column: it makes "oeuvre" find "Œuvre", which unicode61 alone does not,
-- while unicode61's remove_diacritics covers what deunicode leaves untouched.
CREATE VIRTUAL TABLE search_index USING fts5(
    contact_id UNINDEXED,
    field UNINDEXED,
    text UNINDEXED,
    folded,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
);

-- What the index should hold, for filling, checking and rebuilding it.
CREATE VIEW search_source (key, contact_id, field, text) AS
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
    SELECT 10 * 1099511627776 + id, contact_id, 'card',
           CASE WHEN company IS NOT NULL AND title IS NOT NULL THEN company || ' · ' || title
                ELSE coalesce(company, title) END
      FROM cards WHERE coalesce(company, title) IS NOT NULL
    UNION ALL
    SELECT 11 * 1099511627776 + id, contact_id, 'email', value FROM contact_emails;

INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT key, contact_id, field, text, fold(text) FROM search_source;

-- Contacts' own fields.
CREATE TRIGGER search_contacts_ai AFTER INSERT ON contacts BEGIN
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

CREATE TRIGGER search_contacts_au AFTER UPDATE OF name, company, title, city, how_met ON contacts
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

CREATE TRIGGER search_contacts_ad AFTER DELETE ON contacts BEGIN
    DELETE FROM search_index WHERE rowid IN (
        1 * 1099511627776 + OLD.id, 2 * 1099511627776 + OLD.id, 3 * 1099511627776 + OLD.id,
        4 * 1099511627776 + OLD.id, 5 * 1099511627776 + OLD.id, 6 * 1099511627776 + OLD.id);
END;

-- Tags: one row per contact with all its tag names, rewritten when they change. (The
-- ordered subquery, rather than group_concat(… ORDER BY …), keeps the schema readable by
-- SQLite older than 3.44, e.g. a system sqlite3 shell.)
CREATE TRIGGER search_contact_tags_ai AFTER INSERT ON contact_tags BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + NEW.contact_id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 6 * 1099511627776 + NEW.contact_id, NEW.contact_id, 'tag', t, fold(t) FROM (
        SELECT (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = NEW.contact_id ORDER BY tg.folded)) AS t)
    WHERE t IS NOT NULL AND EXISTS (SELECT 1 FROM contacts WHERE id = NEW.contact_id);
END;

CREATE TRIGGER search_contact_tags_ad AFTER DELETE ON contact_tags BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + OLD.contact_id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 6 * 1099511627776 + OLD.contact_id, OLD.contact_id, 'tag', t, fold(t) FROM (
        SELECT (SELECT group_concat(name, ' ') FROM (
                 SELECT tg.name FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id
                  WHERE ct.contact_id = OLD.contact_id ORDER BY tg.folded)) AS t)
    WHERE t IS NOT NULL AND EXISTS (SELECT 1 FROM contacts WHERE id = OLD.contact_id);
END;

-- Moving tags between contacts (a merge) rewrites both contacts' rows.
CREATE TRIGGER search_contact_tags_au AFTER UPDATE ON contact_tags BEGIN
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

CREATE TRIGGER search_tags_au AFTER UPDATE OF name ON tags BEGIN
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

-- Notes.
CREATE TRIGGER search_notes_ai AFTER INSERT ON notes BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + NEW.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (7 * 1099511627776 + NEW.id, NEW.contact_id, 'note', NEW.body, fold(NEW.body));
END;

CREATE TRIGGER search_notes_au AFTER UPDATE OF body, contact_id ON notes BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (7 * 1099511627776 + NEW.id, NEW.contact_id, 'note', NEW.body, fold(NEW.body));
END;

CREATE TRIGGER search_notes_ad AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + OLD.id;
END;

-- Encounters: their note, and the name of the event where the contact was met.
CREATE TRIGGER search_encounters_ai AFTER INSERT ON encounters BEGIN
    DELETE FROM search_index WHERE rowid IN (8 * 1099511627776 + NEW.id, 9 * 1099511627776 + NEW.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 8 * 1099511627776 + NEW.id, NEW.contact_id, 'encounter', NEW.note, fold(NEW.note)
    WHERE NEW.note IS NOT NULL;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 9 * 1099511627776 + NEW.id, NEW.contact_id, 'event', ev.name, fold(ev.name)
      FROM events ev WHERE ev.id = NEW.event_id;
END;

CREATE TRIGGER search_encounters_au AFTER UPDATE OF note, event_id, contact_id ON encounters
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

CREATE TRIGGER search_encounters_ad AFTER DELETE ON encounters BEGIN
    DELETE FROM search_index WHERE rowid IN (
        8 * 1099511627776 + OLD.id, 9 * 1099511627776 + OLD.id);
END;

CREATE TRIGGER search_events_au AFTER UPDATE OF name ON events BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT 9 * 1099511627776 + id FROM encounters WHERE event_id = NEW.id);
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 9 * 1099511627776 + e.id, e.contact_id, 'event', NEW.name, fold(NEW.name)
      FROM encounters e WHERE e.event_id = NEW.id;
END;

CREATE TRIGGER search_events_ad AFTER DELETE ON events BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT 9 * 1099511627776 + id FROM encounters WHERE event_id = OLD.id);
END;

-- Business cards: company and title.
CREATE TRIGGER search_cards_ai AFTER INSERT ON cards BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + NEW.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 10 * 1099511627776 + NEW.id, NEW.contact_id, 'card', t, fold(t) FROM (
        SELECT CASE WHEN NEW.company IS NOT NULL AND NEW.title IS NOT NULL
                    THEN NEW.company || ' · ' || NEW.title
                    ELSE coalesce(NEW.company, NEW.title) END AS t)
    WHERE t IS NOT NULL;
END;

CREATE TRIGGER search_cards_au AFTER UPDATE OF company, title, contact_id ON cards BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    SELECT 10 * 1099511627776 + NEW.id, NEW.contact_id, 'card', t, fold(t) FROM (
        SELECT CASE WHEN NEW.company IS NOT NULL AND NEW.title IS NOT NULL
                    THEN NEW.company || ' · ' || NEW.title
                    ELSE coalesce(NEW.company, NEW.title) END AS t)
    WHERE t IS NOT NULL;
END;

CREATE TRIGGER search_cards_ad AFTER DELETE ON cards BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + OLD.id;
END;

-- Emails.
CREATE TRIGGER search_emails_ai AFTER INSERT ON contact_emails BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + NEW.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (11 * 1099511627776 + NEW.id, NEW.contact_id, 'email', NEW.value, fold(NEW.value));
END;

CREATE TRIGGER search_emails_au AFTER UPDATE OF value, contact_id ON contact_emails BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, contact_id, field, text, folded)
    VALUES (11 * 1099511627776 + NEW.id, NEW.contact_id, 'email', NEW.value, fold(NEW.value));
END;

CREATE TRIGGER search_emails_ad AFTER DELETE ON contact_emails BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + OLD.id;
END;
