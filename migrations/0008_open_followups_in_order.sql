-- carnet schema 8: open follow-ups indexed by due date alone, i.e. in (due, id) order.
-- Append-only: never edit this file once landed.
--
-- `today` and `follow-up list` show open follow-ups ORDER BY due, id, the first 20 or 100.
-- Schema 6's index on (due, contact_id) ordered them by contact within a day, so SQLite
-- read and sorted every match (16,810 overdue follow-ups on the 100,000 set) to show the
-- first 20. An index on due alone carries the rowid next, which is the order shown: the
-- read stops at the limit. Counting leaves out archived contacts by subtracting their
-- follow-ups (found from the few archived contacts), so it needs no contact_id here.
DROP INDEX followups_open_due;
CREATE INDEX followups_open_due ON followups(due) WHERE done_on IS NULL;
