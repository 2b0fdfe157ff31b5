-- carnet schema 11: carnet's files carry SQLite's application_id, "crnt" (0x63726E74).
-- Append-only: never edit this file once landed.
--
-- Until schema 10 a carnet database was told from another program's SQLite file by its
-- user_version alone, and a file with a user_version of 1 to 10 was taken for an old carnet
-- database: switched to WAL, copied aside, and migrated. From this schema on, a file is
-- carnet's when it carries this mark; an unmarked file with a user_version below 11 is
-- carnet's only when its tables are those of that schema (store::open checks them first).
PRAGMA application_id = 1668443764;
