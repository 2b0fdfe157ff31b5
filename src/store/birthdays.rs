//! Upcoming birthdays, with or without the year.

use chrono::{Datelike, Duration, NaiveDate};

use super::{Db, Result};
use crate::model::followup::UpcomingBirthday;
use crate::model::text::fold;
use crate::model::{Birthday, ContactId};

pub(super) const BIRTHDAYS_SQL: &str = "SELECT id, name, company, birthday FROM contacts
      WHERE birthday IS NOT NULL AND archived = 0
        AND substr(birthday, -5) IN (SELECT value FROM json_each(?1))";

impl Db<'_> {
    /// Unarchived contacts whose birthday falls between `from` and `from + days`, soonest
    /// first. Read by month and day through an index, whether or not the year is known.
    pub fn upcoming_birthdays(&self, from: NaiveDate, days: u32) -> Result<Vec<UpcomingBirthday>> {
        let days = days.min(366);
        let until = crate::model::dates::add_days(from, days.into());
        let mut keys: Vec<String> = Vec::new();
        let mut d = from;
        while d <= until {
            keys.push(d.format("%m-%d").to_string());
            // 29 February is celebrated on 1 March in other years.
            if d.month() == 3 && d.day() == 1 && NaiveDate::from_ymd_opt(d.year(), 2, 29).is_none()
            {
                keys.push("02-29".to_owned());
            }
            d += Duration::days(1);
        }
        let keys = serde_json::to_string(&keys).unwrap_or_else(|_| "[]".to_owned());
        let mut stmt = self.conn.prepare_cached(BIRTHDAYS_SQL)?;
        let rows = stmt.query_map([keys], |r| {
            Ok((
                r.get::<_, ContactId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (contact_id, name, company, raw) = row?;
            let Some(birthday) = Birthday::parse(&raw) else {
                continue;
            };
            let date = birthday.next_on_or_after(from);
            if date > until {
                continue;
            }
            out.push(UpcomingBirthday {
                contact_id,
                name,
                company,
                birthday,
                date,
                turns: birthday.year.map(|y| date.year() - y),
                in_days: (date - from).num_days(),
            });
        }
        out.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then_with(|| fold(&a.name).cmp(&fold(&b.name)))
        });
        Ok(out)
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
        let b = s.db().upcoming_birthdays(d(2026, 11, 22), 7).unwrap();
        let names: Vec<&str> = b.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["Zoë", "André"]);
        assert_eq!(b[1].turns, Some(40));
        assert_eq!(b[0].turns, None);
        assert_eq!(b[0].in_days, 2);
        // 29 February falls on 1 March in 2027.
        let b = s.db().upcoming_birthdays(d(2027, 2, 27), 3).unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].date, d(2027, 3, 1));
    }
}
