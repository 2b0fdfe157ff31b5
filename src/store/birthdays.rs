//! Upcoming birthdays, with or without the year.

use chrono::{Datelike, Duration, NaiveDate};

use super::{Db, Result};
use crate::model::followup::UpcomingBirthday;
use crate::model::{Birthday, ContactId};

/// The birthdays of one day (two keys on 1 March of a year without 29 February), in the
/// order shown, from the covering index `contacts_birthday_day` alone: reading the first
/// few of a week costs the same whatever the number of birthdays in the notebook.
pub(super) const BIRTHDAYS_SQL: &str = "SELECT id, name, company, birthday FROM contacts
      WHERE birthday IS NOT NULL AND archived = 0 AND substr(birthday, -5) IN (?1, ?2)
      ORDER BY name_folded, id LIMIT ?3";

/// How many unarchived contacts have their birthday on one of the days (`MM-DD`, a JSON
/// array), counted in the same index.
pub(super) const BIRTHDAYS_COUNT_SQL: &str = "SELECT count(*) FROM contacts
      WHERE birthday IS NOT NULL AND archived = 0
        AND substr(birthday, -5) IN (SELECT value FROM json_each(?1))";

/// The keys (`MM-DD`) of the birthdays celebrated on `d`: 29 February is celebrated on
/// 1 March in other years.
fn day_keys(d: NaiveDate) -> (String, Option<&'static str>) {
    let leap_day =
        (d.month() == 3 && d.day() == 1 && NaiveDate::from_ymd_opt(d.year(), 2, 29).is_none())
            .then_some("02-29");
    (d.format("%m-%d").to_string(), leap_day)
}

impl Db<'_> {
    /// Unarchived contacts whose birthday falls between `from` and `from + days`, soonest
    /// first (then by name), whether or not the year is known: the first `limit` of them
    /// (all without a limit), and how many there are in all. Read day by day through an
    /// index that holds what is shown, so the first few cost the same however many people
    /// have a birthday that week.
    pub fn upcoming_birthdays(
        &self,
        from: NaiveDate,
        days: u32,
        limit: Option<usize>,
    ) -> Result<(Vec<UpcomingBirthday>, i64)> {
        let days = days.min(366);
        let until = crate::model::dates::add_days(from, days.into());
        let mut keys: Vec<String> = Vec::new();
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached(BIRTHDAYS_SQL)?;
        let mut d = from;
        while d <= until {
            let (key, leap_day) = day_keys(d);
            let room = limit.map_or(-1, |l| l.saturating_sub(out.len()) as i64);
            if room != 0 {
                let rows = stmt.query_map(rusqlite::params![key, leap_day, room], |r| {
                    Ok((
                        r.get::<_, ContactId>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })?;
                for row in rows {
                    let (contact_id, name, company, raw) = row?;
                    let Some(birthday) = Birthday::parse(&raw) else {
                        continue;
                    };
                    // A window of a whole year meets its first day's key again at its end.
                    if birthday.next_on_or_after(from) != d {
                        continue;
                    }
                    out.push(UpcomingBirthday {
                        contact_id,
                        name,
                        company,
                        birthday,
                        date: d,
                        turns: birthday.year.map(|y| d.year() - y),
                        in_days: (d - from).num_days(),
                    });
                }
            }
            keys.push(key);
            keys.extend(leap_day.map(str::to_owned));
            d += Duration::days(1);
        }
        let total = match limit {
            Some(l) if out.len() >= l => {
                let keys = serde_json::to_string(&keys).unwrap_or_else(|_| "[]".to_owned());
                self.conn
                    .prepare_cached(BIRTHDAYS_COUNT_SQL)?
                    .query_row([keys], |r| r.get(0))?
            }
            _ => out.len() as i64,
        };
        Ok((out, total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewContact;
    use crate::store::test_store as store;
    use crate::store::testing::{d, NOW};
    use crate::store::Store;

    #[test]
    fn birthdays_in_the_window_with_or_without_year() {
        let (_d, mut s) = store();
        let add = |s: &mut Store, name: &str, b: &str| {
            s.write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: name.into(),
                        birthday: Birthday::parse(b),
                        ..Default::default()
                    },
                    NOW,
                )
            })
            .unwrap()
        };
        add(&mut s, "Zoë", "--11-24");
        add(&mut s, "André", "1986-11-29");
        add(&mut s, "Later", "1986-11-30");
        add(&mut s, "Leap", "2000-02-29");
        let (b, total) = s.db().upcoming_birthdays(d(2026, 11, 22), 7, None).unwrap();
        assert_eq!(total, 2);
        let names: Vec<&str> = b.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["Zoë", "André"]);
        assert_eq!(b[1].turns, Some(40));
        assert_eq!(b[0].turns, None);
        assert_eq!(b[0].in_days, 2);
        // 29 February falls on 1 March in 2027.
        let (b, _) = s.db().upcoming_birthdays(d(2027, 2, 27), 3, None).unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].date, d(2027, 3, 1));
    }

    fn add_all(s: &mut Store, people: &[(&str, &str)]) -> Vec<ContactId> {
        s.write(|db| {
            people
                .iter()
                .map(|(name, b)| {
                    db.insert_contact(
                        &NewContact {
                            name: (*name).into(),
                            birthday: Birthday::parse(b),
                            ..Default::default()
                        },
                        NOW,
                    )
                })
                .collect::<Result<Vec<_>>>()
        })
        .unwrap()
    }

    fn names(b: &[UpcomingBirthday]) -> Vec<(String, NaiveDate)> {
        b.iter().map(|b| (b.name.clone(), b.date)).collect()
    }

    #[test]
    fn the_first_few_by_day_then_name_and_the_total() {
        let (_d, mut s) = store();
        add_all(
            &mut s,
            &[
                ("Zoë", "1990-11-23"),
                ("élodie", "--11-23"),
                ("Béa", "1980-11-25"),
                ("Yann", "1970-11-22"),
                ("Anna", "1970-12-01"),
            ],
        );
        let from = d(2026, 11, 22);
        let (b, total) = s.db().upcoming_birthdays(from, 7, Some(3)).unwrap();
        assert_eq!(
            names(&b),
            [
                ("Yann".to_owned(), from),
                ("élodie".to_owned(), d(2026, 11, 23)),
                ("Zoë".to_owned(), d(2026, 11, 23)),
            ]
        );
        assert_eq!(total, 4);
        assert_eq!(b[0].turns, Some(56));
        assert_eq!(b[2].in_days, 1);
        // The limit falls inside a day.
        let (b, total) = s.db().upcoming_birthdays(from, 7, Some(2)).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].name, "élodie");
        assert_eq!(total, 4);
        // Exactly as many as the limit, and fewer.
        assert_eq!(s.db().upcoming_birthdays(from, 7, Some(4)).unwrap().1, 4);
        let (b, total) = s.db().upcoming_birthdays(from, 7, Some(9)).unwrap();
        assert_eq!((b.len(), total), (4, 4));
        assert_eq!(s.db().upcoming_birthdays(from, 7, Some(0)).unwrap().1, 4);
        assert_eq!(s.db().upcoming_birthdays(from, 9, None).unwrap().1, 5);
    }

    #[test]
    fn archived_contacts_have_no_birthday_shown_or_counted() {
        let (_d, mut s) = store();
        let ids = add_all(&mut s, &[("Gone", "1990-11-23"), ("Here", "1990-11-24")]);
        s.write(|db| {
            db.conn
                .execute("UPDATE contacts SET archived = 1 WHERE id = ?1", [ids[0]])
                .map_err(crate::store::StoreError::from)
        })
        .unwrap();
        for limit in [None, Some(1)] {
            let (b, total) = s
                .db()
                .upcoming_birthdays(d(2026, 11, 22), 7, limit)
                .unwrap();
            assert_eq!(names(&b), [("Here".to_owned(), d(2026, 11, 24))]);
            assert_eq!(total, 1);
        }
    }

    #[test]
    fn across_the_end_of_the_year_and_29_february() {
        let (_d, mut s) = store();
        add_all(
            &mut s,
            &[
                ("New Year", "1990-01-01"),
                ("Eve", "--12-31"),
                ("Leap", "2000-02-29"),
                ("March", "1999-03-01"),
                ("Feb 28", "1999-02-28"),
            ],
        );
        let (b, total) = s.db().upcoming_birthdays(d(2026, 12, 30), 3, None).unwrap();
        assert_eq!(
            names(&b),
            [
                ("Eve".to_owned(), d(2026, 12, 31)),
                ("New Year".to_owned(), d(2027, 1, 1))
            ]
        );
        assert_eq!((total, b[1].turns), (2, Some(37)));
        // 2027 has no 29 February: Leap is celebrated on 1 March, with March (by name).
        let (b, _) = s.db().upcoming_birthdays(d(2027, 2, 28), 1, None).unwrap();
        assert_eq!(
            names(&b),
            [
                ("Feb 28".to_owned(), d(2027, 2, 28)),
                ("Leap".to_owned(), d(2027, 3, 1)),
                ("March".to_owned(), d(2027, 3, 1)),
            ]
        );
        assert_eq!(b[1].turns, Some(27));
        // …and the limit and the count see both keys of that day.
        let (b, total) = s
            .db()
            .upcoming_birthdays(d(2027, 3, 1), 0, Some(1))
            .unwrap();
        assert_eq!(
            (names(&b), total),
            (vec![("Leap".to_owned(), d(2027, 3, 1))], 2)
        );
        // 2028 has one: Leap on 29 February, March on 1 March.
        let (b, _) = s.db().upcoming_birthdays(d(2028, 2, 28), 2, None).unwrap();
        assert_eq!(
            names(&b),
            [
                ("Feb 28".to_owned(), d(2028, 2, 28)),
                ("Leap".to_owned(), d(2028, 2, 29)),
                ("March".to_owned(), d(2028, 3, 1)),
            ]
        );
    }

    #[test]
    fn a_whole_year_shows_each_birthday_once() {
        let (_d, mut s) = store();
        add_all(
            &mut s,
            &[("Today", "1990-11-22"), ("Tomorrow", "1990-11-23")],
        );
        // 366 days from 22 November 2026 end on 23 November 2027: both days come twice.
        let (b, total) = s
            .db()
            .upcoming_birthdays(d(2026, 11, 22), 366, None)
            .unwrap();
        assert_eq!(
            names(&b),
            [
                ("Today".to_owned(), d(2026, 11, 22)),
                ("Tomorrow".to_owned(), d(2026, 11, 23))
            ]
        );
        assert_eq!(total, 2);
        let (_, total) = s
            .db()
            .upcoming_birthdays(d(2026, 11, 22), 366, Some(1))
            .unwrap();
        assert_eq!(total, 2);
    }
}
