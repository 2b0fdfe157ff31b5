//! Dates as people say them, in English and French, relative to the clock's today.
//!
//! One hand-written reader, used wherever a date is accepted (`--due`, `--on`, `--since`,
//! snooze, a follow-up's `WHEN: WHAT`, the questions of `carnet log`). A crate was tried
//! and set aside: none reads French, and the forms are few.
//!
//! What a date means can depend on what it is for ([`Lean`]): a day without a year
//! ("15 septembre", "01/12") is the next such day for something to do (a due date), the
//! last such day for something that happened (a meeting), and the nearest one elsewhere.
//! A bare weekday leans the same way: "vendredi" is the coming Friday for a due date and
//! the past Friday for a meeting; "next friday"/"vendredi prochain" and "last friday"/
//! "vendredi dernier" say it outright. The coming weekday is strictly after today: on a
//! Sunday, `friday` is five days later and `sunday` a week later.
//!
//! A date may end with a time of day or a span ("jeudi 17h30", "hier 17:30-19:30", "demain
//! à 9h"), which events keep and due dates ignore. "Demain matin" and "ce soir" name a
//! day: the part of the day is not made into a time nobody said.
//!
//! Every date is bounded to the years 1900–9999 (stored as `YYYY-MM-DD`, they sort as
//! text), every period to about a century: anything further is refused, never wrapped.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveTime, Weekday};

use super::text::fold;
use crate::tr;

/// The first day a date may be.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last day a date may be.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// What was typed and could not be read, quoted in the message
/// (`locales/*/date-input.ftl`); the hint lists the forms accepted.
#[derive(Debug, PartialEq, Eq)]
pub enum DateError {
    Date(String),
    Period(String),
    /// A date before 1900 or after 9999.
    OutOfRange(String),
    Time(String),
    Duration(String),
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            DateError::Date(input) => tr!("date-unrecognised", input = input),
            DateError::Period(input) => tr!("period-unrecognised", input = input),
            DateError::OutOfRange(input) => tr!("date-out-of-range", input = input),
            DateError::Time(input) => tr!("time-unrecognised", input = input),
            DateError::Duration(input) => tr!("duration-unrecognised", input = input),
        })
    }
}

impl std::error::Error for DateError {}

impl DateError {
    /// The forms accepted, in the language of the process.
    pub fn hint(&self) -> String {
        self.hint_in(crate::i18n::current())
    }

    /// The forms accepted, in `lang` (what `carnet log` says before asking again).
    pub fn hint_in(&self, lang: crate::i18n::Lang) -> String {
        match self {
            DateError::Date(_) | DateError::OutOfRange(_) => tr!(lang; "date-forms"),
            DateError::Period(_) => tr!(lang; "period-forms"),
            DateError::Time(_) => tr!(lang; "time-forms"),
            DateError::Duration(_) => tr!(lang; "duration-forms"),
        }
    }
}

/// Which way a day without a year, or a bare weekday, leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// Something to do: the next such day (today included for a day of the year).
    Future,
    /// Something that happened: the last such day (today included for a day of the year).
    Past,
    /// Either: the nearest day of the year; a weekday is the coming one.
    Nearest,
}

/// A day, with the time of day and the end time when they were said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// The end of a span ("17h30-19h30"); only with `time`.
    pub end: Option<NaiveTime>,
}

impl When {
    fn day(date: NaiveDate) -> When {
        When {
            date,
            time: None,
            end: None,
        }
    }
}

/// Whether `d` is a date carnet keeps: from 1900 to 9999.
pub fn in_range(d: NaiveDate) -> bool {
    (MIN_DATE..=MAX_DATE).contains(&d)
}

/// `date` plus `days`, stopping at the last day carnet keeps (a window "the next 95 million
/// days" is every day up to 9999).
pub fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    i64::try_from(days)
        .ok()
        .and_then(|n| date.checked_add_signed(Duration::try_days(n)?))
        .map_or(MAX_DATE, |d| d.min(MAX_DATE))
}

/// Reads a date, with an optional time or span, relative to `today`, leaning as `lean` says.
pub fn parse_when(input: &str, today: NaiveDate, lean: Lean) -> Result<When, DateError> {
    let s = normalize(input);
    let when = read(&s, today, lean).ok_or_else(|| DateError::Date(input.trim().to_owned()))?;
    if in_range(when.date) {
        Ok(when)
    } else {
        Err(DateError::OutOfRange(input.trim().to_owned()))
    }
}

/// A date for something to do (a due date): a day without a year is the next such day.
pub fn parse_due(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_when(input, today, Lean::Future).map(|w| w.date)
}

/// A date for something that happened (a meeting, a note, a completion): a day without a
/// year is the last such day, a bare weekday the past one.
pub fn parse_past(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_when(input, today, Lean::Past).map(|w| w.date)
}

/// A date that may lie either way (an event, a listing's bounds): the nearest day of the
/// year; a weekday is the coming one.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_when(input, today, Lean::Nearest).map(|w| w.date)
}

/// Reads `WHEN[: WHAT]` ("vendredi: send the deck", "jeudi 10:30: call", "2w") into the
/// date as typed, the due day and what to do (possibly empty). WHEN ends at the first colon
/// where what comes before it reads as a date, so a time's colon stays in WHEN.
pub fn split_follow_up(
    spec: &str,
    today: NaiveDate,
) -> Result<(String, NaiveDate, String), DateError> {
    let mut first_error = None;
    for (i, _) in spec.match_indices(':') {
        let (when, what) = (&spec[..i], &spec[i + 1..]);
        match parse_due(when, today) {
            Ok(due) => return Ok((when.trim().to_owned(), due, what.trim().to_owned())),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    match parse_due(spec, today) {
        Ok(due) => Ok((spec.trim().to_owned(), due, String::new())),
        Err(e) => Err(first_error.unwrap_or(e)),
    }
}

/// Folded, with typographic apostrophes made plain, a trailing full stop dropped, and an
/// ISO date-time's `T` made a space.
fn normalize(input: &str) -> String {
    let s = fold(input).replace(['\u{2019}', '`'], "'");
    let s = s.trim_end_matches('.').trim();
    match s.split_at_checked(10) {
        Some((date, rest))
            if rest.starts_with('t') && NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() =>
        {
            format!("{date} {}", &rest[1..])
        }
        _ => s.to_owned(),
    }
}

/// A whole date phrase, else a day followed by a time or span (the longest day first).
fn read(s: &str, today: NaiveDate, lean: Lean) -> Option<When> {
    if let Some(d) = day(s, today, lean) {
        return Some(When::day(d));
    }
    let words: Vec<&str> = s.split(' ').collect();
    (0..words.len()).rev().find_map(|k| {
        let (time, end) = span(&words[k..].join(" "))?;
        let date = match k {
            0 => today,
            _ => day(&words[..k].join(" "), today, lean)?,
        };
        Some(When {
            date,
            time: Some(time),
            end,
        })
    })
}

/// A day said in words or figures; `None` when `s` is not one.
fn day(s: &str, today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let s = s
        .strip_prefix("a ")
        .or_else(|| s.strip_prefix("on "))
        .unwrap_or(s);
    // A part of the day names the day only: "demain matin" is tomorrow, "ce soir" today.
    let (s, part_of_day) = match PARTS_OF_DAY.iter().find_map(|p| s.strip_suffix(p)) {
        Some(rest) => (rest.trim_end(), true),
        None => (s, false),
    };
    if part_of_day && matches!(s, "ce" | "cet" | "cette" | "this") {
        return Some(today);
    }
    if let Some(d) = word_day(s, today) {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    numeric(s, today, lean)
        .or_else(|| weekday_phrase(s, today, lean))
        .or_else(|| relative(s, today))
        .or_else(|| shorthand(s).map(|p| p.after(today)))
        .or_else(|| named_month(s, today, lean))
        .or_else(|| day_of_month(s, today, lean))
}

/// Days named by a word or phrase: today, tomorrow, the end of the month…
fn word_day(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let month_start = today.with_day(1)?;
    Some(match s {
        "today" | "aujourd'hui" | "aujourdhui" | "auj" | "now" | "maintenant" | "tonight" => today,
        "tomorrow" | "demain" => today + Duration::days(1),
        "yesterday" | "hier" => today - Duration::days(1),
        "apres-demain" | "apres demain" | "day after tomorrow" | "the day after tomorrow" => {
            today + Duration::days(2)
        }
        "avant-hier" | "avant hier" | "day before yesterday" | "the day before yesterday" => {
            today - Duration::days(2)
        }
        "next week" | "la semaine prochaine" | "semaine prochaine" => today + Duration::days(7),
        "last week" | "la semaine derniere" | "semaine derniere" => today - Duration::days(7),
        "next month" | "le mois prochain" | "mois prochain" => Period::Months(1).after(today),
        "last month" | "le mois dernier" | "mois dernier" => Period::Months(1).sub_from(today)?,
        "next year" | "l'annee prochaine" | "annee prochaine" | "l'an prochain" | "an prochain" => {
            Period::Years(1).after(today)
        }
        "end of the month"
        | "end of month"
        | "the end of the month"
        | "fin du mois"
        | "fin de mois"
        | "la fin du mois"
        | "a la fin du mois" => Period::Months(1).after(month_start) - Duration::days(1),
        "end of next month"
        | "end of the next month"
        | "fin du mois prochain"
        | "la fin du mois prochain"
        | "a la fin du mois prochain" => Period::Months(2).after(month_start) - Duration::days(1),
        "beginning of next month"
        | "start of next month"
        | "debut du mois prochain"
        | "le debut du mois prochain"
        | "au debut du mois prochain" => Period::Months(1).after(month_start),
        "end of the year"
        | "end of year"
        | "fin de l'annee"
        | "la fin de l'annee"
        | "a la fin de l'annee"
        | "fin d'annee" => NaiveDate::from_ymd_opt(today.year(), 12, 31)?,
        _ => return None,
    })
}

/// Parts of the day, which name no time ("midi" and "noon" are times: 12:00).
const PARTS_OF_DAY: &[&str] = &[
    " matin",
    " apres-midi",
    " apres midi",
    " aprem",
    " soir",
    " nuit",
    " morning",
    " afternoon",
    " evening",
    " night",
];

/// A period in figures taken as a date from today: `3d`, `+2w`, `3 days` (in words, a
/// period needs "in"/"dans": "un jour" is "some day", not tomorrow).
fn shorthand(s: &str) -> Option<Period> {
    s.starts_with(|c: char| c.is_ascii_digit() || c == '+')
        .then(|| Period::parse(s).ok())
        .flatten()
}

/// `01/12/2026`, `1.12.26`, `01/12` (day first; without a year, leaning as asked).
fn numeric(s: &str, today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split(['/', '.']).collect();
    // Figures only ("+1" would parse as a number).
    if !(2..=3).contains(&parts.len())
        || !parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let d: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let y: i32 = match parts.get(2) {
        None => return without_year(today, m, d, lean),
        Some(y) if y.len() == 4 => y.parse().ok()?,
        Some(y) if y.len() == 2 => 2000 + y.parse::<i32>().ok()?,
        Some(_) => return None,
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A day and month without a year. `Future`: the first such day from today on; `Past`: the
/// last one up to today; `Nearest`: the nearest either way, a tie going to the future (on
/// 22 November, `01/12` is next week, `31/01` next January, `15/11` last week). 29 February
/// is the nearest leap year's.
fn without_year(today: NaiveDate, month: u32, day: u32, lean: Lean) -> Option<NaiveDate> {
    let on = |year: i32| NaiveDate::from_ymd_opt(year, month, day);
    // Leap years are at most eight years apart.
    let next = (0..=8).find_map(|k| on(today.year() + k).filter(|d| *d >= today));
    let last = (0..=8).find_map(|k| on(today.year() - k).filter(|d| *d <= today));
    match (lean, next, last) {
        (Lean::Future, next, _) => next,
        (Lean::Past, _, last) => last,
        (Lean::Nearest, Some(n), Some(l)) => Some(if n - today <= today - l { n } else { l }),
        // A day that exists one way exists the other (leap years are eight years apart
        // at most): none either way is no such day.
        (Lean::Nearest, _, _) => None,
    }
}

/// `le 15`, `the 15th`: a day of the month, leaning as asked (this month's or the next's…).
fn day_of_month(s: &str, today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let n = day_number(s.strip_prefix("le ").or_else(|| s.strip_prefix("the "))?)?;
    // That day in each month from a year before to a year after.
    let start = today.with_day(1)?.checked_sub_months(Months::new(12))?;
    let days = (0..=24).filter_map(|k| start.checked_add_months(Months::new(k))?.with_day(n));
    match lean {
        Lean::Past => days.filter(|d| *d <= today).max(),
        Lean::Future | Lean::Nearest => days.filter(|d| *d >= today).min(),
    }
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

/// `friday`, `next friday`, `this friday`, `vendredi prochain`, `ce vendredi` (the coming
/// one); `last friday`, `vendredi dernier` (the past one); `jeudi en huit`, `jeudi en
/// quinze` (a week or two after the coming one); a bare weekday leans as asked.
fn weekday_phrase(s: &str, today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let words: Vec<&str> = s.split(' ').collect();
    let coming = |w: &str| Some(next_weekday(today, weekday(w)?));
    match words.as_slice() {
        [w] if lean == Lean::Past => Some(last_weekday(today, weekday(w)?)),
        [w] => coming(w),
        ["next" | "this" | "ce" | "coming", w]
        | [w, "prochain"]
        | ["this" | "next", "coming", w] => coming(w),
        ["last" | "past", w] | [w, "dernier"] => Some(last_weekday(today, weekday(w)?)),
        [w, "en", "huit" | "8"] => Some(coming(w)? + Duration::days(7)),
        [w, "en", "quinze" | "15"] => Some(coming(w)? + Duration::days(14)),
        _ => None,
    }
}

/// The next `w` strictly after `today`.
pub fn next_weekday(today: NaiveDate, w: Weekday) -> NaiveDate {
    let ahead = (w.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64)
        .rem_euclid(7);
    today + Duration::days(if ahead == 0 { 7 } else { ahead })
}

/// The last `w` strictly before `today`.
pub fn last_weekday(today: NaiveDate, w: Weekday) -> NaiveDate {
    let back = (today.weekday().num_days_from_monday() as i64 - w.num_days_from_monday() as i64)
        .rem_euclid(7);
    today - Duration::days(if back == 0 { 7 } else { back })
}

/// `in 3 days`, `dans deux semaines`, `in a month`, `3 days ago`, `il y a 3 jours`.
fn relative(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(rest) = s.strip_prefix("in ").or_else(|| s.strip_prefix("dans ")) {
        return Some(Period::parse(rest).ok()?.after(today));
    }
    if let Some(rest) = s.strip_suffix(" ago").or_else(|| s.strip_prefix("il y a ")) {
        return Some(
            Period::parse(rest)
                .ok()?
                .sub_from(today)
                .unwrap_or(NaiveDate::MIN),
        );
    }
    None
}

fn month(word: &str) -> Option<u32> {
    Some(match word.trim_end_matches('.') {
        "january" | "jan" | "janvier" | "janv" => 1,
        "february" | "feb" | "fevrier" | "fev" | "fevr" => 2,
        "march" | "mar" | "mars" => 3,
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

/// `1`, `01`, `1er`, `1st`, `2nd`, `3rd`, `4th`, `15,`: a day of the month's number.
fn day_number(word: &str) -> Option<u32> {
    let w = word.strip_suffix(',').unwrap_or(word);
    let w = ["er", "st", "nd", "rd", "th", "e"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    if w.is_empty() || w.len() > 2 || !w.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|n| (1..=31).contains(n))
}

/// `1 déc`, `1er décembre 2026`, `Dec 1`, `December 1st, 2026`, `le 3 mars`, `vendredi 4
/// décembre`, leaning as asked without a year.
fn named_month(s: &str, today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let s = s.strip_prefix("le ").unwrap_or(s);
    let words: Vec<&str> = s.split(' ').collect();
    day_month_year(&words, today, lean).or_else(|| {
        // A weekday before the date says nothing more ("vendredi 4 décembre").
        let (first, rest) = words.split_first()?;
        weekday(first.trim_end_matches(','))?;
        day_month_year(rest, today, lean)
    })
}

/// `[day, month]`, `[month, day]`, with a year after them or not.
fn day_month_year(words: &[&str], today: NaiveDate, lean: Lean) -> Option<NaiveDate> {
    let (day, mon, year) = match words {
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
    match year {
        None => without_year(today, mon, day, lean),
        Some(y) if y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, mon, day)
        }
        Some(_) => None,
    }
}

/// A time of day, or a span: `17h30`, `à 17h30`, `17:30-19:30`, `de 17h30 à 19h30`,
/// `from 5pm to 7pm`.
fn span(s: &str) -> Option<(NaiveTime, Option<NaiveTime>)> {
    let s = ["a ", "at ", "vers ", "around ", "de ", "from ", "des "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    for sep in [
        " -- ",
        "--",
        " - ",
        "-",
        " a ",
        " to ",
        " until ",
        " jusqu'a ",
    ] {
        if let Some((a, b)) = s.split_once(sep) {
            if let (Some(start), Some(end)) = (clock(a), clock(b)) {
                return Some((start, Some(end)));
            }
        }
    }
    clock(s).map(|t| (t, None))
}

/// A time of day: `17:30`, `17h30`, `17h`, `17 h 30`, `5pm`, `5:30 pm`, `midi`, `noon`.
fn clock(s: &str) -> Option<NaiveTime> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.trim_end_matches('.');
    match s {
        "midi" | "noon" => return NaiveTime::from_hms_opt(12, 0, 0),
        "minuit" | "midnight" => return NaiveTime::from_hms_opt(0, 0, 0),
        _ => {}
    }
    let (s, pm) = match ["am", "a.m", "pm", "p.m"]
        .iter()
        .find_map(|m| Some((s.strip_suffix(m)?, Some(m.starts_with('p')))))
    {
        Some(found) => found,
        None => (s, None),
    };
    let (h, m) = match s.split_once(['h', ':']) {
        // "17:" is no time; "17h" is.
        Some((_, "")) if s.contains(':') => return None,
        Some(found) => found,
        None if pm.is_some() => (s, ""),
        None => return None,
    };
    let digits = |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|c| c.is_ascii_digit());
    if !digits(h) || !(m.is_empty() || (m.len() == 2 && digits(m))) {
        return None;
    }
    let mut hour: u32 = h.parse().ok()?;
    let minute: u32 = if m.is_empty() { 0 } else { m.parse().ok()? };
    if let Some(pm) = pm {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// A time of day alone (`--until 19:30`).
pub fn parse_time(input: &str) -> Result<NaiveTime, DateError> {
    clock(&fold(input)).ok_or_else(|| DateError::Time(input.trim().to_owned()))
}

/// How long something lasts (`--for 2h`): `2h`, `1h30`, `90min`, `45 min`, `2 heures`,
/// `1 hour`; from one minute to a week.
pub fn parse_duration(input: &str) -> Result<Duration, DateError> {
    let err = || DateError::Duration(input.trim().to_owned());
    let s: String = fold(input).chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.strip_prefix('+').unwrap_or(&s);
    let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(err)?;
    let (n, rest) = s.split_at(split);
    let n: i64 = n.parse().map_err(|_| err())?;
    let minutes = match rest {
        "m" | "min" | "mins" | "minute" | "minutes" => n,
        "h" | "hr" | "hrs" | "hour" | "hours" | "heure" | "heures" => n * 60,
        _ => match rest.strip_prefix('h') {
            Some(m) if m.len() == 2 && m.bytes().all(|c| c.is_ascii_digit()) => {
                n * 60 + m.parse::<i64>().map_err(|_| err())?
            }
            _ => return Err(err()),
        },
    };
    if (1..=7 * 24 * 60).contains(&minutes) {
        Ok(Duration::minutes(minutes))
    } else {
        Err(err())
    }
}

/// A number written in figures or words, English or French, up to 99: `3`, `a`, `une`,
/// `two`, `twenty-one`, `quinze`, `vingt et un`, `soixante-dix`, `quatre-vingts`.
pub fn number(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.is_empty() && s.len() <= 5 && s.bytes().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let mut tokens: Vec<u32> = Vec::new();
    let mut words = s
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && *w != "et" && *w != "and")
        .peekable();
    while let Some(w) = words.next() {
        // "quatre-vingt(s)" is 80.
        if w == "quatre" && matches!(words.peek(), Some(&("vingt" | "vingts"))) {
            words.next();
            tokens.push(80);
            continue;
        }
        tokens.push(number_word(w)?);
    }
    match tokens.as_slice() {
        [n] => Some(*n),
        // A ten and a unit; in French 60 and 80 also take a teen ("soixante-dix-sept").
        // (Ten and a unit is a teen either way: "dix-sept".)
        [t, rest @ ..] if t % 10 == 0 => {
            let units = teen(rest)?;
            (units < 10 || *t == 60 || *t == 80).then_some(t + units)
        }
        rest => teen(rest),
    }
}

/// The part of a number below 20 in words: one word, or "dix" and a unit ("dix-sept").
fn teen(tokens: &[u32]) -> Option<u32> {
    match tokens {
        [n] if *n < 20 => Some(*n),
        [10, n] if (1..10).contains(n) => Some(10 + n),
        _ => None,
    }
}

fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "a" | "an" | "one" | "un" | "une" => 1,
        "two" | "deux" => 2,
        "three" | "trois" => 3,
        "four" | "quatre" => 4,
        "five" | "cinq" => 5,
        "six" => 6,
        "seven" | "sept" => 7,
        "eight" | "huit" => 8,
        "nine" | "neuf" => 9,
        "ten" | "dix" => 10,
        "eleven" | "onze" => 11,
        "twelve" | "douze" => 12,
        "thirteen" | "treize" => 13,
        "fourteen" | "quatorze" => 14,
        "fifteen" | "quinze" => 15,
        "sixteen" | "seize" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" | "vingt" => 20,
        "thirty" | "trente" => 30,
        "forty" | "quarante" => 40,
        "fifty" | "cinquante" => 50,
        "sixty" | "soixante" => 60,
        "seventy" | "septante" => 70,
        "eighty" | "huitante" | "octante" => 80,
        "ninety" | "nonante" => 90,
        _ => return None,
    })
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
    /// The longest period of each unit: about a century.
    const MAX: [u32; 4] = [36_525, 5_218, 1_200, 100];

    /// Reads `3d`, `+2w`, `3 mois`, `deux semaines`, `a month`, `quinze jours` (in French,
    /// "huit jours" is a week and "quinze jours" two: what the words mean, not their sum).
    pub fn parse(input: &str) -> Result<Period, DateError> {
        let err = || DateError::Period(input.trim().to_owned());
        let s = fold(input);
        let s = s.strip_prefix('+').unwrap_or(&s).trim();
        let (amount, unit) = match s.rsplit_once(' ') {
            Some((amount, unit)) => (amount, unit),
            None => {
                let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(err)?;
                s.split_at(split)
            }
        };
        let unit = unit_of(unit).ok_or_else(err)?;
        let period = match (amount, unit) {
            ("huit", 0) => Period::Weeks(1),
            ("quinze", 0) => Period::Weeks(2),
            _ => {
                let n = number(amount).ok_or_else(err)?;
                match unit {
                    0 => Period::Days(n),
                    1 => Period::Weeks(n),
                    2 => Period::Months(n),
                    _ => Period::Years(n),
                }
            }
        };
        let (n, max) = match period {
            Period::Days(n) => (n, Self::MAX[0]),
            Period::Weeks(n) => (n, Self::MAX[1]),
            Period::Months(n) => (n, Self::MAX[2]),
            Period::Years(n) => (n, Self::MAX[3]),
        };
        if (1..=max).contains(&n) {
            Ok(period)
        } else {
            Err(err())
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

    /// `date` moved forward by this period, at most to the last day carnet keeps. Months
    /// and years count on the calendar and stop at the month's end: 31 January + 1 month is
    /// 28 (or 29) February.
    pub fn add_to(self, date: NaiveDate) -> NaiveDate {
        self.after(date).min(MAX_DATE)
    }

    /// `date` moved forward by this period, past the last day carnet keeps if it comes to
    /// that (`NaiveDate::MAX` beyond the calendar): what a typed date is checked against.
    fn after(self, date: NaiveDate) -> NaiveDate {
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

/// The unit of a period: 0 days, 1 weeks, 2 months, 3 years.
fn unit_of(word: &str) -> Option<u8> {
    Some(match word.trim() {
        "d" | "day" | "days" | "j" | "jour" | "jours" => 0,
        "w" | "week" | "weeks" | "sem" | "semaine" | "semaines" => 1,
        "m" | "month" | "months" | "mois" => 2,
        "y" | "year" | "years" | "a" | "an" | "ans" | "annee" | "annees" => 3,
        _ => return None,
    })
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
mod tests;
