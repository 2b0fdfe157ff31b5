-- carnet schema 16: reads that stay flat at 300,000 contacts.
-- Append-only: never edit this file once landed.
--
-- `carnet today` shows the first birthdays of the week in date then name order. Schema 3's
-- index on the month and day found them, but each row was then read from the table (one
-- page each) and all of them sorted, so the morning screen grew with the number of
-- birthdays (11.7-19.6 ms at 300,000 contacts, 30% with a birthday). This index holds what
-- is shown, in the order shown, for the unarchived contacts: a day's first few are read
-- from a page or two, and a week's count from the index alone.
DROP INDEX contacts_birthday_md;
CREATE INDEX contacts_birthday_day
    ON contacts(substr(birthday, -5), name_folded, id, name, company, birthday)
    WHERE birthday IS NOT NULL AND archived = 0;

-- `carnet list` walked the index on name_folded and read each contact's row from the table:
-- in name order the rows are scattered, so once the table outgrew SQLite's page cache
-- (2 MB), nearly every row cost a read (293,000 reads for 300,000 contacts, 14,200 pages:
-- 1,067 ms, 3.4 times the time for 100,000). This index holds the columns a listing shows,
-- in its order (name_folded, id), so a listing reads it once from start to end (4,900
-- pages at 300,000 contacts). `archived` comes last so that a filtered listing (`--tag`)
-- is still driven by its filter and looks its few rows up by id.
CREATE INDEX contacts_listing ON contacts(name_folded, id, name, company, title, archived);
