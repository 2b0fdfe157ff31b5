//! The clock. `CARNET_NOW` pins it (a testing aid, like jj's `JJ_TIMESTAMP`), so that
//! "today", "overdue" and "in 3 days" are deterministic in tests.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};

pub trait Clock {
    fn now(&self) -> DateTime<Local>;

    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// The current instant as stored in the database (RFC 3339, UTC, seconds).
    fn timestamp(&self) -> String {
        self.now()
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}

/// The system clock, unless `CARNET_NOW` is set.
pub struct SystemClock {
    fixed: Option<DateTime<Local>>,
}

impl SystemClock {
    /// Reads `CARNET_NOW` (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` local, or RFC 3339).
    pub fn from_env() -> Result<SystemClock, String> {
        match std::env::var("CARNET_NOW") {
            Ok(v) if !v.trim().is_empty() => parse_now(v.trim())
                .map(|t| SystemClock { fixed: Some(t) })
                .ok_or_else(|| crate::tr!("store-bad-now", value = v.as_str())),
            _ => Ok(SystemClock { fixed: None }),
        }
    }
}

fn parse_now(s: &str) -> Option<DateTime<Local>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Local));
    }
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M"))
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S"))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(9, 0, 0))
        })?;
    Local.from_local_datetime(&naive).earliest()
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Local> {
        self.fixed.unwrap_or_else(Local::now)
    }
}

/// A clock fixed at one instant, for unit tests.
pub struct FixedClock(pub DateTime<Local>);

impl FixedClock {
    pub fn on(date: NaiveDate) -> FixedClock {
        let t = date.and_hms_opt(9, 0, 0).unwrap_or_default();
        FixedClock(
            Local
                .from_local_datetime(&t)
                .earliest()
                .unwrap_or_else(Local::now),
        )
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Local> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_of_carnet_now() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(parse_now("2026-11-22").unwrap().date_naive(), d);
        assert_eq!(parse_now("2026-11-22T23:30").unwrap().date_naive(), d);
        assert!(parse_now("2026-11-22T10:00:00+00:00").is_some());
        assert!(parse_now("tomorrow").is_none());
    }
}
