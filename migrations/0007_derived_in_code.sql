-- carnet schema 7: the triggers and views that keep derived data move out of the file.
-- Append-only: never edit this file once landed.
--
-- The search index and each contact's reconnect date are kept in step by triggers. Stored
-- in the file, SQLite parsed all 29 of them and both views (14 KB of SQL) every time carnet
-- opened the database, before any read: two thirds of the instructions of `carnet show` on
-- 100,000 contacts. They now live in src/store/derived.sql as TEMP triggers and views,
-- created by carnet on the connection just before its first write (Store::write).
-- The two triggers that are part of the data's meaning stay in the file:
-- contacts_uid_default and followups_event_deleted.
DROP TRIGGER reconnect_contact_added;
DROP TRIGGER reconnect_contact_cadence;
DROP TRIGGER reconnect_encounter_added;
DROP TRIGGER reconnect_encounter_deleted;
DROP TRIGGER reconnect_encounter_changed;
DROP TRIGGER reconnect_tagged;
DROP TRIGGER reconnect_untagged;
DROP TRIGGER reconnect_tag_cadence;
DROP TRIGGER search_contacts_ai;
DROP TRIGGER search_contacts_au;
DROP TRIGGER search_contacts_ad;
DROP TRIGGER search_contact_tags_ai;
DROP TRIGGER search_contact_tags_ad;
DROP TRIGGER search_contact_tags_au;
DROP TRIGGER search_tags_au;
DROP TRIGGER search_notes_ai;
DROP TRIGGER search_notes_au;
DROP TRIGGER search_notes_ad;
DROP TRIGGER search_encounters_ai;
DROP TRIGGER search_encounters_au;
DROP TRIGGER search_encounters_ad;
DROP TRIGGER search_events_au;
DROP TRIGGER search_events_ad;
DROP TRIGGER search_cards_ai;
DROP TRIGGER search_cards_au;
DROP TRIGGER search_cards_ad;
DROP TRIGGER search_emails_ai;
DROP TRIGGER search_emails_au;
DROP TRIGGER search_emails_ad;
DROP VIEW contact_reconnect;
DROP VIEW search_source;
