//! Dates as people type them, in English and French, relative to the clock's today.
//!
//! One hand-written parser, used wherever a date is accepted (`--due`, `--on`, `--since`,
//! snooze…). A crate was tried and set aside: none reads French, and the forms are few.
//!
//! The weekday rule: a weekday, bare or with "next"/"prochain"/"this"/"ce", is the next such
//! day strictly after today. On a Sunday, `friday`, `next friday` and `vendredi prochain` are
//! all the coming Friday, five days later; `sunday` is a week later.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use thiserror::Error;

use super::text::fold;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DateError {
    #[error("{}", crate::tr!("date-unrecognised", value = .0.as_str()))]
    Date(String),
    #[error("{}", crate::tr!("date-unrecognised-period", value = .0.as_str()))]
    Period(String),
}

pub const DATE_FORMS: &str =
    "2026-12-01, 01/12/2026, 01/12 (day first; without a year, the nearest), \
1 déc, Dec 1, today/aujourd'hui, tomorrow/demain, yesterday/hier, \
friday/vendredi, next friday/vendredi prochain (the next such day after today), \
in 3 days/dans 3 jours, in 2 weeks/dans 2 semaines, in a month/dans un mois, \
next week/la semaine prochaine, next month/le mois prochain, 3 days ago/il y a 3 jours, \
3d, +3d, 2w, 1m, 1y";
pub const PERIOD_FORMS: &str =
    "3d, 2w, 3m, 1y (days, weeks, months, years; also '2 weeks', '3 mois')";

impl DateError {
    pub fn hint(&self) -> String {
        match self {
            DateError::Date(_) => crate::tr!("date-forms-hint"),
            DateError::Period(_) => crate::tr!("period-forms-hint"),
        }
    }
}

/// Parses a date relative to `today`. See the module documentation for the weekday rule.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_folded(&fold(input), today).ok_or_else(|| DateError::Date(input.trim().to_owned()))
}

fn parse_folded(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    // "aujourd'hui" may come with a typographic apostrophe; fold keeps it as is.
    let s = s.replace(['\u{2019}', '`'], "'");
    let s = s.trim_end_matches('.').trim();
    match s {
        "today" | "aujourd'hui" | "aujourdhui" | "auj" | "now" | "maintenant" => {
            return Some(today)
        }
        "tomorrow" | "demain" => return Some(today + Duration::days(1)),
        "yesterday" | "hier" => return Some(today - Duration::days(1)),
        "apres-demain" | "apres demain" | "day after tomorrow" => {
            return Some(today + Duration::days(2))
        }
        "avant-hier" | "avant hier" => return Some(today - Duration::days(2)),
        "next week" | "la semaine prochaine" | "semaine prochaine" => {
            return Some(today + Duration::days(7))
        }
        "next month" | "le mois prochain" | "mois prochain" => {
            return Some(Period::Months(1).add_to(today))
        }
        "next year" | "l'annee prochaine" | "annee prochaine" | "l'an prochain" | "an prochain" => {
            return Some(Period::Years(1).add_to(today))
        }
        _ => {}
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Some(d) = numeric(s, today) {
        return Some(d);
    }
    if let Some(w) = weekday_phrase(s) {
        return Some(next_weekday(today, w));
    }
    if let Some(d) = relative(s, today) {
        return Some(d);
    }
    if let Ok(p) = Period::parse(s) {
        return Some(p.add_to(today));
    }
    named_month(s, today)
}

/// `01/12/2026`, `1.12.26`, `01/12` (day first; without a year, this year).
fn numeric(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split(['/', '.']).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    if !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let d: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    if parts.len() > 3 {
        return None;
    }
    let y: i32 = match parts.get(2) {
        None => return nearest(today, m, d),
        Some(y) if y.len() == 4 => y.parse().ok()?,
        Some(y) if y.len() == 2 => 2000 + y.parse::<i32>().ok()?,
        Some(_) => return None,
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A day and month without a year: the nearest such date to today, about six months
/// either way (29/02: the nearest leap year's) (on 22 November, `01/12` is next week and `31/01` next January, while `15/11`
/// is last week). A tie goes to the future.
fn nearest(today: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    (today.year() - 4..=today.year() + 4)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| {
            let n = (*d - today).num_days();
            (n.abs(), n < 0)
        })
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" | "lundi" | "lun" => Weekday::Mon,
        "tuesday" | "tue" | "tues" | "mardi" | "mar" => Weekday::Tue,
        "wednesday" | "wed" | "mercredi" | "mer" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" | "jeudi" | "jeu" => Weekday::Thu,
        "friday" | "fri" | "vendredi" | "ven" => Weekday::Fri,
        "saturday" | "sat" | "samedi" | "sam" => Weekday::Sat,
        "sunday" | "sun" | "dimanche" | "dim" => Weekday::Sun,
        _ => return None,
    })
}

/// `friday`, `next friday`, `this friday`, `on friday`, `vendredi`, `vendredi prochain`,
/// `ce vendredi`.
fn weekday_phrase(s: &str) -> Option<Weekday> {
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        [w] => weekday(w),
        ["next" | "this" | "on" | "ce" | "coming", w] => weekday(w),
        [w, "prochain"] => weekday(w),
        ["this" | "next", "coming", w] => weekday(w),
        _ => None,
    }
}

/// The next `w` strictly after `today`.
pub fn next_weekday(today: NaiveDate, w: Weekday) -> NaiveDate {
    let ahead = (w.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64)
        .rem_euclid(7);
    today + Duration::days(if ahead == 0 { 7 } else { ahead })
}

/// `in 3 days`, `dans 2 semaines`, `in a month`, `3 days ago`, `il y a 3 jours`.
fn relative(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(rest) = s.strip_prefix("in ").or_else(|| s.strip_prefix("dans ")) {
        return Some(Period::parse(&one_as_digit(rest)).ok()?.add_to(today));
    }
    if let Some(rest) = s.strip_suffix(" ago").or_else(|| s.strip_prefix("il y a ")) {
        return Period::parse(&one_as_digit(rest)).ok()?.sub_from(today);
    }
    None
}

/// "a month", "un mois", "une semaine" → "1 month"…
fn one_as_digit(s: &str) -> String {
    let s = s.trim();
    for article in ["a ", "an ", "one ", "un ", "une "] {
        if let Some(rest) = s.strip_prefix(article) {
            return format!("1 {rest}");
        }
    }
    s.to_owned()
}

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    Some(match w {
        "january" | "jan" | "janvier" | "janv" => 1,
        "february" | "feb" | "fevrier" | "fev" | "fevr" => 2,
        "march" | "mars" => 3,
        "april" | "apr" | "avril" | "avr" => 4,
        "may" | "mai" => 5,
        "june" | "jun" | "juin" => 6,
        "july" | "jul" | "juillet" | "juil" => 7,
        "august" | "aug" | "aout" => 8,
        "september" | "sep" | "sept" | "septembre" => 9,
        "october" | "oct" | "octobre" => 10,
        "november" | "nov" | "novembre" => 11,
        "december" | "dec" | "decembre" => 12,
        _ => return None,
    })
}

fn day_number(word: &str) -> Option<u32> {
    let w = word
        .trim_end_matches(',')
        .trim_end_matches("er")
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if w.is_empty() || w.len() > 2 || !w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// `1 déc`, `1er décembre 2026`, `Dec 1`, `December 1st, 2026`, `le 3 mars`.
fn named_month(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let s = s
        .strip_prefix("le ")
        .or_else(|| s.strip_prefix("on "))
        .unwrap_or(s);
    let words: Vec<&str> = s.split_whitespace().collect();
    let (day, mon, year) = match words.as_slice() {
        [a, b] => match (day_number(a), month(b)) {
            (Some(d), Some(m)) => (d, m, None),
            _ => (day_number(b)?, month(a)?, None),
        },
        [a, b, y] => match (day_number(a), month(b)) {
            (Some(d), Some(m)) => (d, m, Some(*y)),
            _ => (day_number(b)?, month(a)?, Some(*y)),
        },
        _ => return None,
    };
    let year = match year {
        None => return nearest(today, mon, day),
        Some(y) if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => y.parse().ok()?,
        Some(_) => return None,
    };
    NaiveDate::from_ymd_opt(year, mon, day)
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

    /// `date` moved forward by this period. Months and years count on the calendar and stop
    /// at the month's end: 31 January + 1 month is 28 (or 29) February.
    pub fn add_to(self, date: NaiveDate) -> NaiveDate {
        let moved = match self {
            Period::Days(n) => date.checked_add_signed(Duration::days(n as i64)),
            Period::Weeks(n) => date.checked_add_signed(Duration::weeks(n as i64)),
            Period::Months(n) => date.checked_add_months(Months::new(n)),
            Period::Years(n) => date.checked_add_months(Months::new(n.saturating_mul(12))),
        };
        moved.unwrap_or(NaiveDate::MAX)
    }

    /// `date` moved back by this period, the same way; `None` before the calendar's start.
    pub fn sub_from(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Days(n) => date.checked_sub_signed(Duration::days(n as i64)),
            Period::Weeks(n) => date.checked_sub_signed(Duration::weeks(n as i64)),
            Period::Months(n) => date.checked_sub_months(Months::new(n)),
            Period::Years(n) => date.checked_sub_months(Months::new(n.saturating_mul(12))),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Days(n) => write!(f, "{n}d"),
            Period::Weeks(n) => write!(f, "{n}w"),
            Period::Months(n) => write!(f, "{n}m"),
            Period::Years(n) => write!(f, "{n}y"),
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

/// "1 day", "3 days".
pub fn plural_days(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Sunday 22 November 2026, the reference day of the tests.
    fn today() -> NaiveDate {
        d(2026, 11, 22)
    }

    fn p(s: &str) -> NaiveDate {
        parse_date(s, today()).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reference_day_is_a_sunday() {
        assert_eq!(today().weekday(), Weekday::Sun);
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(p("2026-12-01"), d(2026, 12, 1));
        assert_eq!(p("01/12/2026"), d(2026, 12, 1));
        assert_eq!(p("1/12/2026"), d(2026, 12, 1));
        assert_eq!(p("01.12.26"), d(2026, 12, 1));
        assert_eq!(p("01/12"), d(2026, 12, 1));
        // Without a year: the nearest such day, either way.
        assert_eq!(p("31/01"), d(2027, 1, 31));
        assert_eq!(p("15/11"), d(2026, 11, 15));
        assert_eq!(p("23/05"), d(2027, 5, 23)); // 182 days ahead, 183 back
        assert_eq!(p("24/05"), d(2026, 5, 24)); // 183 days ahead, 182 back
        assert_eq!(p("29/02"), d(2028, 2, 29));
        assert!(parse_date("31/02/2026", today()).is_err());
        assert!(parse_date("12/31", today()).is_err());
        assert_eq!(p("29/02/2028"), d(2028, 2, 29));
        assert!(parse_date("29/02/2027", today()).is_err());
    }

    #[test]
    fn month_names_in_both_languages() {
        assert_eq!(p("1 déc"), d(2026, 12, 1));
        assert_eq!(p("1 déc."), d(2026, 12, 1));
        assert_eq!(p("1er décembre"), d(2026, 12, 1));
        assert_eq!(p("le 3 février 2027"), d(2027, 2, 3));
        assert_eq!(p("Dec 1"), d(2026, 12, 1));
        assert_eq!(p("December 1st, 2027"), d(2027, 12, 1));
        assert_eq!(p("1 December 2027"), d(2027, 12, 1));
        assert_eq!(p("15 août"), d(2026, 8, 15));
        assert_eq!(p("May 5"), d(2027, 5, 5));
        assert_eq!(p("Jan 31"), d(2027, 1, 31));
        assert!(parse_date("30 février", today()).is_err());
        assert!(parse_date("Dec 1 26", today()).is_err());
    }

    #[test]
    fn words_for_days() {
        assert_eq!(p("today"), today());
        assert_eq!(p("Aujourd'hui"), today());
        assert_eq!(p("aujourd’hui"), today());
        assert_eq!(p("tomorrow"), d(2026, 11, 23));
        assert_eq!(p("demain"), d(2026, 11, 23));
        assert_eq!(p("yesterday"), d(2026, 11, 21));
        assert_eq!(p("hier"), d(2026, 11, 21));
        assert_eq!(p("après-demain"), d(2026, 11, 24));
    }

    #[test]
    fn weekdays_are_the_next_such_day_after_today() {
        assert_eq!(p("friday"), d(2026, 11, 27));
        assert_eq!(p("vendredi"), d(2026, 11, 27));
        assert_eq!(p("Friday"), d(2026, 11, 27));
        assert_eq!(p("next friday"), d(2026, 11, 27));
        assert_eq!(p("vendredi prochain"), d(2026, 11, 27));
        assert_eq!(p("ce vendredi"), d(2026, 11, 27));
        assert_eq!(p("monday"), d(2026, 11, 23));
        assert_eq!(p("lundi"), d(2026, 11, 23));
        // Today is Sunday: "sunday" is a week away, never today.
        assert_eq!(p("sunday"), d(2026, 11, 29));
        assert_eq!(p("dimanche"), d(2026, 11, 29));
        assert_eq!(p("samedi"), d(2026, 11, 28));
        assert_eq!(p("mercredi"), d(2026, 11, 25));
        // From a Friday, "friday" is the next one.
        assert_eq!(
            parse_date("friday", d(2026, 11, 27)).unwrap(),
            d(2026, 12, 4)
        );
    }

    #[test]
    fn relative_phrases_in_both_languages() {
        assert_eq!(p("in 3 days"), d(2026, 11, 25));
        assert_eq!(p("dans 3 jours"), d(2026, 11, 25));
        assert_eq!(p("in 2 weeks"), d(2026, 12, 6));
        assert_eq!(p("dans 2 semaines"), d(2026, 12, 6));
        assert_eq!(p("in 1 month"), d(2026, 12, 22));
        assert_eq!(p("in a month"), d(2026, 12, 22));
        assert_eq!(p("dans un mois"), d(2026, 12, 22));
        assert_eq!(p("dans une semaine"), d(2026, 11, 29));
        assert_eq!(p("next week"), d(2026, 11, 29));
        assert_eq!(p("la semaine prochaine"), d(2026, 11, 29));
        assert_eq!(p("next month"), d(2026, 12, 22));
        assert_eq!(p("le mois prochain"), d(2026, 12, 22));
        assert_eq!(p("3 days ago"), d(2026, 11, 19));
        assert_eq!(p("il y a 2 semaines"), d(2026, 11, 8));
    }

    #[test]
    fn shorthand() {
        assert_eq!(p("3d"), d(2026, 11, 25));
        assert_eq!(p("+3d"), d(2026, 11, 25));
        assert_eq!(p("2w"), d(2026, 12, 6));
        assert_eq!(p("1m"), d(2026, 12, 22));
        assert_eq!(p("1y"), d(2027, 11, 22));
        assert_eq!(p("3j"), d(2026, 11, 25));
    }

    #[test]
    fn unknown_forms_quote_the_input_and_list_the_forms() {
        let e = parse_date("someday maybe", today()).unwrap_err();
        assert_eq!(e, DateError::Date("someday maybe".into()));
        assert_eq!(e.to_string(), "unrecognised date 'someday maybe'");
        assert!(e.hint().contains("vendredi prochain"));
        assert!(e.hint().contains("dans 2 semaines"));
        for bad in [
            "",
            "in",
            "dans trois jours",
            "0d",
            "next",
            "32/01",
            "1/2/3/4",
            "friday 13",
        ] {
            assert!(parse_date(bad, today()).is_err(), "{bad}");
        }
    }

    #[test]
    fn month_ends_and_leap_years() {
        let m = Period::Months(1);
        assert_eq!(m.add_to(d(2027, 1, 31)), d(2027, 2, 28));
        assert_eq!(m.add_to(d(2028, 1, 31)), d(2028, 2, 29));
        assert_eq!(m.add_to(d(2026, 12, 31)), d(2027, 1, 31));
        assert_eq!(Period::Months(3).add_to(d(2026, 11, 30)), d(2027, 2, 28));
        assert_eq!(Period::Years(1).add_to(d(2028, 2, 29)), d(2029, 2, 28));
        assert_eq!(Period::Years(4).add_to(d(2028, 2, 29)), d(2032, 2, 29));
        assert_eq!(Period::Weeks(2).add_to(d(2028, 2, 20)), d(2028, 3, 5));
        assert_eq!(Period::Days(1).add_to(d(2028, 2, 28)), d(2028, 2, 29));
        assert_eq!(
            parse_date("in 1 month", d(2027, 1, 31)).unwrap(),
            d(2027, 2, 28)
        );
        assert_eq!(parse_date("1m", d(2028, 1, 30)).unwrap(), d(2028, 2, 29));
        assert_eq!(
            Period::Months(1).sub_from(d(2027, 3, 31)),
            Some(d(2027, 2, 28))
        );
    }

    #[test]
    fn periods() {
        assert_eq!(Period::parse("3m").unwrap(), Period::Months(3));
        assert_eq!(Period::parse("+2w").unwrap().approx_days(), 14);
        assert_eq!(Period::parse("1 an").unwrap(), Period::Years(1));
        assert_eq!(Period::parse("2 semaines").unwrap(), Period::Weeks(2));
        assert!(Period::parse("0d").is_err());
        assert!(Period::parse("often").is_err());
        assert_eq!(Period::parse("6 mois").unwrap().to_string(), "6m");
        assert_eq!(format_days(90), "3m");
        assert_eq!(format_days(14), "2w");
    }
}
