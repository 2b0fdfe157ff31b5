//! Dates as people type them, in English and French, relative to the clock's today.

use chrono::{Datelike, Duration, NaiveDate};
use thiserror::Error;

use crate::model::text::fold;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DateError {
    #[error("unrecognised date '{0}'")]
    Date(String),
    #[error("unrecognised period '{0}'")]
    Period(String),
}

pub const DATE_FORMS: &str =
    "2026-12-01, 01/12/2026, 01/12 (day first), today/aujourd'hui, tomorrow/demain, yesterday/hier";
pub const PERIOD_FORMS: &str = "3d, 2w, 3m, 1y (days, weeks, months, years)";

impl DateError {
    pub fn hint(&self) -> String {
        match self {
            DateError::Date(_) => format!("accepted forms: {DATE_FORMS}"),
            DateError::Period(_) => format!("accepted forms: {PERIOD_FORMS}"),
        }
    }
}

/// Parses a date relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let err = || DateError::Date(input.to_owned());
    let s = fold(input);
    match s.as_str() {
        "today" | "aujourd'hui" | "aujourdhui" | "auj" => return Ok(today),
        "tomorrow" | "demain" => return Ok(today + Duration::days(1)),
        "yesterday" | "hier" => return Ok(today - Duration::days(1)),
        _ => {}
    }
    if let Ok(d) = NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
        return Ok(d);
    }
    let parts: Vec<&str> = s.split(['/', '.']).collect();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => {
            let (d, m, y) = (
                d.parse().map_err(|_| err())?,
                m.parse().map_err(|_| err())?,
                y.parse().map_err(|_| err())?,
            );
            NaiveDate::from_ymd_opt(y, m, d).ok_or_else(err)
        }
        [d, m] => {
            let (d, m): (u32, u32) = (d.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?);
            NaiveDate::from_ymd_opt(today.year(), m, d).ok_or_else(err)
        }
        _ => Err(err()),
    }
}

/// A length of time: `3d`, `2w`, `3m`, `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Period {
    pub fn parse(input: &str) -> Result<Period, DateError> {
        let err = || DateError::Period(input.to_owned());
        let s = fold(input).replace(' ', "");
        let s = s.strip_prefix('+').unwrap_or(&s);
        let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(err)?;
        let (n, unit) = s.split_at(split);
        let n: u32 = n.parse().map_err(|_| err())?;
        if n == 0 || n > 10_000 {
            return Err(err());
        }
        match unit {
            "d" | "day" | "days" | "j" | "jour" | "jours" => Ok(Period::Days(n)),
            "w" | "week" | "weeks" | "sem" | "semaine" | "semaines" => Ok(Period::Weeks(n)),
            "m" | "month" | "months" | "mois" => Ok(Period::Months(n)),
            "y" | "year" | "years" | "a" | "an" | "ans" | "annee" | "annees" => {
                Ok(Period::Years(n))
            }
            _ => Err(err()),
        }
    }

    /// An approximate number of days, for cadences stored in days.
    pub fn approx_days(self) -> i64 {
        match self {
            Period::Days(n) => n as i64,
            Period::Weeks(n) => 7 * n as i64,
            Period::Months(n) => 30 * n as i64,
            Period::Years(n) => 365 * n as i64,
        }
    }
}

/// Formats a cadence in days the way a person would say it: `3m`, `2w`, `10d`.
pub fn format_days(days: i64) -> String {
    if days % 365 == 0 {
        format!("{}y", days / 365)
    } else if days % 30 == 0 {
        format!("{}m", days / 30)
    } else if days % 7 == 0 {
        format!("{}w", days / 7)
    } else {
        format!("{days}d")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn absolute_and_relative_words() {
        let today = d(2026, 11, 22);
        assert_eq!(parse_date("2026-12-01", today).unwrap(), d(2026, 12, 1));
        assert_eq!(parse_date("01/12/2026", today).unwrap(), d(2026, 12, 1));
        assert_eq!(parse_date("01/12", today).unwrap(), d(2026, 12, 1));
        assert_eq!(parse_date("demain", today).unwrap(), d(2026, 11, 23));
        assert_eq!(parse_date("Aujourd'hui", today).unwrap(), today);
        assert_eq!(parse_date("hier", today).unwrap(), d(2026, 11, 21));
        assert_eq!(
            parse_date("someday maybe", today),
            Err(DateError::Date("someday maybe".into()))
        );
        assert!(parse_date("31/02/2026", today).is_err());
    }

    #[test]
    fn periods() {
        assert_eq!(Period::parse("3m").unwrap(), Period::Months(3));
        assert_eq!(Period::parse("+2w").unwrap().approx_days(), 14);
        assert_eq!(Period::parse("1 an").unwrap(), Period::Years(1));
        assert!(Period::parse("0d").is_err());
        assert!(Period::parse("often").is_err());
        assert_eq!(format_days(90), "3m");
        assert_eq!(format_days(14), "2w");
    }
}
