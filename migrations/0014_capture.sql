-- carnet schema 14: what a meeting captures is referenced, not copied; events have times.
-- Append-only: never edit this file once landed.

-- An encounter points to the follow-up planned with it, and `show` shows that follow-up as
-- it is now (its date, its text, done or not). Until now the encounter kept the words typed
-- ("samedi: aller visiter la boutique"), shown forever whatever became of the follow-up.
ALTER TABLE encounters ADD COLUMN followup_id INTEGER REFERENCES followups(id) ON DELETE SET NULL;
CREATE INDEX encounters_followup ON encounters(followup_id) WHERE followup_id IS NOT NULL;

-- The words typed are linked to the follow-up recorded with them: the same contact, the
-- same event, written in the same transaction (the same created_at), the one whose text is
-- the words after the colon first.
UPDATE encounters SET followup_id = (
    SELECT f.id FROM followups f
     WHERE f.contact_id = encounters.contact_id
       AND f.event_id IS encounters.event_id
       AND f.created_at = encounters.created_at
     ORDER BY f.what = trim(substr(encounters.follow_up, instr(encounters.follow_up, ':') + 1)) DESC,
              f.id
     LIMIT 1)
 WHERE follow_up IS NOT NULL;

-- Words with no follow-up to point to join the encounter's note, so nothing typed is lost.
UPDATE encounters
   SET note = CASE WHEN note IS NULL OR trim(note) = '' THEN '→ ' || follow_up
                   ELSE note || char(10) || '→ ' || follow_up END
 WHERE follow_up IS NOT NULL AND followup_id IS NULL;

-- The words are no longer kept: the follow-up says it. The column stays (NULL) for the
-- JSON exports of earlier versions; carnet no longer writes or reads it.
UPDATE encounters SET follow_up = NULL WHERE follow_up IS NOT NULL;

-- Whether a contact is new at an encounter is worked out from the history (no encounter
-- with them dated before it), not stored: new_contact, which said "created by the session
-- that recorded it", is no longer read.

-- An event's start and end, as local wall-clock times `HH:MM`; an end before the start
-- is on the next day.
ALTER TABLE events ADD COLUMN start_time TEXT
    CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE events ADD COLUMN end_time TEXT
    CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]');

-- A card's emails, phones and website are part of its contact's details (read with the
-- contact, nothing copied): the search index's text of a card carries them too.
DELETE FROM search_index WHERE rowid >= 10 * 1099511627776 AND rowid < 11 * 1099511627776;
INSERT INTO search_index (rowid, contact_id, field, text, folded)
SELECT 10 * 1099511627776 + id, contact_id, 'card', t, fold(t) FROM (
    SELECT id, contact_id, (SELECT group_concat(v, ' ') FROM (
            SELECT CASE WHEN company IS NOT NULL AND title IS NOT NULL
                        THEN company || ' · ' || title
                        ELSE coalesce(company, title) END AS v
            UNION ALL SELECT value FROM json_each(cards.emails)
            UNION ALL SELECT value FROM json_each(cards.phones)
            UNION ALL SELECT website)) AS t
      FROM cards)
 WHERE t IS NOT NULL;
