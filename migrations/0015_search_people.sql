-- carnet schema 15: recall search finds every word anywhere in a person's record.
-- Append-only: never edit this file once landed.
--
-- Schema 4's index held one row per field (a name, a note, an email…) and a search
-- required every word in one row: "karine seo" found nobody when "Karine" was the name and
-- "SEO" a tag. The new index holds one document per contact (rowid = contacts.id): every
-- word of their record (folded, singular and plural alike), again with a mark for the
-- words of their own name, company and title (o_) and of the details about them (a_), and
-- their phone numbers' reversed digits (t_), as search_tokens() gives them
-- (model::search::index_tokens). It is contentless, and keeps no positions (detail=none):
-- the texts stay in their tables, which search reads back for the few contacts it shows.
--
-- What goes where is src/store/search_source.sql; this fill is a copy of it as it stood.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_people USING fts5(
    words,
    content = '',
    contentless_delete = 1,
    detail = none,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'",
    prefix = '2 3'
);

INSERT INTO search_people (rowid, words)
SELECT contact_id, group_concat(search_tokens(col, text), ' ')
  FROM (
SELECT id AS contact_id, 'name' AS field, 'own' AS col, name AS text FROM contacts
UNION ALL
SELECT id, 'company', 'own', company FROM contacts WHERE company IS NOT NULL
UNION ALL
SELECT id, 'title', 'own', title FROM contacts WHERE title IS NOT NULL
UNION ALL
SELECT contact_id, 'card', 'own', concat_ws(' · ', company, title) FROM cards
 WHERE coalesce(company, title) IS NOT NULL
UNION ALL
SELECT id, 'city', 'about', city FROM contacts WHERE city IS NOT NULL
UNION ALL
SELECT ct.contact_id, 'tag', 'about', t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
UNION ALL
SELECT contact_id, 'email', 'about', value FROM contact_emails
UNION ALL
SELECT contact_id, 'phone', 'phones', value FROM contact_phones
UNION ALL
SELECT contact_id, 'link', 'about', value FROM contact_links
UNION ALL
SELECT c.contact_id, 'card', 'about', j.value FROM cards c, json_each(c.emails) j
UNION ALL
SELECT c.contact_id, 'card', 'phones', j.value FROM cards c, json_each(c.phones) j
UNION ALL
SELECT contact_id, 'card', 'about', concat_ws(' · ', website, address) FROM cards
 WHERE coalesce(website, address) IS NOT NULL
UNION ALL
SELECT pr.contact_id, 'project', 'about', p.name || ' · ' || pr.role
  FROM project_roles pr JOIN projects p ON p.id = pr.project_id
UNION ALL
SELECT id, 'how_met', 'mentions', how_met FROM contacts WHERE how_met IS NOT NULL
UNION ALL
SELECT contact_id, 'note', 'mentions', body FROM notes
UNION ALL
SELECT contact_id, 'encounter', 'mentions', note FROM encounters WHERE note IS NOT NULL
UNION ALL
SELECT e.contact_id, 'event', 'mentions', concat_ws(' · ', ev.name, ev.venue)
  FROM encounters e JOIN events ev ON ev.id = e.event_id
UNION ALL
SELECT contact_id, 'card', 'mentions', note FROM cards WHERE note IS NOT NULL
UNION ALL
SELECT contact_id, 'follow_up', 'mentions', what FROM followups WHERE contact_id IS NOT NULL
UNION ALL
SELECT pr.contact_id, 'project_note', 'mentions', concat_ws(' · ', pr.note, p.note)
  FROM project_roles pr JOIN projects p ON p.id = pr.project_id
 WHERE coalesce(pr.note, p.note) IS NOT NULL
UNION ALL
SELECT c.id, 'introduced_by', 'mentions', i.name FROM contacts c JOIN contacts i ON i.id = c.introduced_by
UNION ALL
SELECT introduced_by, 'introduced', 'mentions', name FROM contacts WHERE introduced_by IS NOT NULL
UNION ALL
SELECT r.contact_id, 'relation', 'mentions', concat_ws(' · ', CASE r.kind
         WHEN 'partner' THEN 'partner conjoint partenaire'
         WHEN 'family' THEN 'family famille'
         WHEN 'friend' THEN 'friend ami amie'
         WHEN 'colleague' THEN 'colleague collègue'
         WHEN 'works-for' THEN 'works for employeur'
         WHEN 'came-with' THEN 'came with venu avec'
         ELSE r.kind END, o.name, r.note)
  FROM relations r JOIN contacts o ON o.id = r.other_id
UNION ALL
SELECT r.other_id, 'relation', 'mentions', concat_ws(' · ', CASE r.kind
         WHEN 'partner' THEN 'partner conjoint partenaire'
         WHEN 'family' THEN 'family famille'
         WHEN 'friend' THEN 'friend ami amie'
         WHEN 'colleague' THEN 'colleague collègue'
         WHEN 'works-for' THEN 'employs employeur'
         WHEN 'came-with' THEN 'came with venu avec'
         ELSE r.kind END, c.name, r.note)
  FROM relations r JOIN contacts c ON c.id = r.contact_id
  )
 GROUP BY contact_id;
