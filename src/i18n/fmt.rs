//! Dates, times, durations and numbers as each language writes them, in one place for every
//! screen: "ven. 4 déc." / "Fri 4 Dec", "dans 3 jours" / "in 3 days", "en retard de
//! 5 jours" / "5 days late", "17 h 30" / "17:30", "12 345" / "12,345".
//!
//! The words and their order are messages of `locales/*/dates.ftl`; only digit grouping,
//! a rule rather than a word, is written here. Times are on 24 hours in both languages
//! (France and Québec write "17 h 30"; English "17:30" keeps columns short and unambiguous).
//! `--json` never goes through here: it keeps `YYYY-MM-DD`.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use super::Lang;
use crate::model::dates::Period;
use crate::tr;

/// "ven." / "Fri".
pub fn weekday_short(lang: Lang, day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!(lang; "weekday-short-mon"),
        Weekday::Tue => tr!(lang; "weekday-short-tue"),
        Weekday::Wed => tr!(lang; "weekday-short-wed"),
        Weekday::Thu => tr!(lang; "weekday-short-thu"),
        Weekday::Fri => tr!(lang; "weekday-short-fri"),
        Weekday::Sat => tr!(lang; "weekday-short-sat"),
        Weekday::Sun => tr!(lang; "weekday-short-sun"),
    }
}

/// "vendredi" / "Friday".
pub fn weekday_long(lang: Lang, day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!(lang; "weekday-mon"),
        Weekday::Tue => tr!(lang; "weekday-tue"),
        Weekday::Wed => tr!(lang; "weekday-wed"),
        Weekday::Thu => tr!(lang; "weekday-thu"),
        Weekday::Fri => tr!(lang; "weekday-fri"),
        Weekday::Sat => tr!(lang; "weekday-sat"),
        Weekday::Sun => tr!(lang; "weekday-sun"),
    }
}

/// "déc." / "Dec" for month 12; months outside 1–12 give their number.
pub fn month_short(lang: Lang, month: u32) -> String {
    match month {
        1 => tr!(lang; "month-short-1"),
        2 => tr!(lang; "month-short-2"),
        3 => tr!(lang; "month-short-3"),
        4 => tr!(lang; "month-short-4"),
        5 => tr!(lang; "month-short-5"),
        6 => tr!(lang; "month-short-6"),
        7 => tr!(lang; "month-short-7"),
        8 => tr!(lang; "month-short-8"),
        9 => tr!(lang; "month-short-9"),
        10 => tr!(lang; "month-short-10"),
        11 => tr!(lang; "month-short-11"),
        12 => tr!(lang; "month-short-12"),
        n => n.to_string(),
    }
}

/// "décembre" / "December" for month 12; months outside 1–12 give their number.
pub fn month_long(lang: Lang, month: u32) -> String {
    match month {
        1 => tr!(lang; "month-1"),
        2 => tr!(lang; "month-2"),
        3 => tr!(lang; "month-3"),
        4 => tr!(lang; "month-4"),
        5 => tr!(lang; "month-5"),
        6 => tr!(lang; "month-6"),
        7 => tr!(lang; "month-7"),
        8 => tr!(lang; "month-8"),
        9 => tr!(lang; "month-9"),
        10 => tr!(lang; "month-10"),
        11 => tr!(lang; "month-11"),
        12 => tr!(lang; "month-12"),
        n => n.to_string(),
    }
}

/// A date in a line of a screen: "ven. 4 déc." / "Fri 4 Dec", with the year when it is
/// not `today`'s: "ven. 4 déc. 2027" / "Fri 4 Dec 2027".
pub fn short_date(lang: Lang, date: NaiveDate, today: NaiveDate) -> String {
    let weekday = weekday_short(lang, date.weekday());
    let month = month_short(lang, date.month());
    let day = date.day();
    if date.year() == today.year() {
        tr!(lang; "date-short", weekday = weekday, day = day, month = month)
    } else {
        tr!(lang; "date-short-year", weekday = weekday, day = day, month = month,
            year = date.year())
    }
}

/// A date in full: "vendredi 4 décembre 2026" / "Friday 4 December 2026".
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    tr!(lang; "date-long",
        weekday = weekday_long(lang, date.weekday()),
        day = date.day(),
        month = month_long(lang, date.month()),
        year = date.year())
}

/// A day of a month, with its year when known, without the weekday: "4 mai 1970",
/// "1er mai" / "4 May 1970", "1 May" (a birthday).
pub fn day_month(lang: Lang, day: u32, month: u32, year: Option<i32>) -> String {
    let month = month_long(lang, month);
    match year {
        Some(year) => tr!(lang; "date-day-month-year", day = day, month = month, year = year),
        None => tr!(lang; "date-day-month", day = day, month = month),
    }
}

/// A day said from `today`: "aujourd'hui", "demain", "hier", "dans 3 jours",
/// "il y a 3 jours" / "today", "tomorrow", "yesterday", "in 3 days", "3 days ago".
pub fn relative_day(lang: Lang, date: NaiveDate, today: NaiveDate) -> String {
    match (date - today).num_days() {
        0 => tr!(lang; "date-today"),
        1 => tr!(lang; "date-tomorrow"),
        -1 => tr!(lang; "date-yesterday"),
        n if n.is_negative() => tr!(lang; "date-days-ago", days = -n),
        n => tr!(lang; "date-in-days", days = n),
    }
}

/// How late something due is: "en retard d'un jour", "en retard de 5 jours" /
/// "1 day late", "5 days late".
pub fn days_late(lang: Lang, days: i64) -> String {
    tr!(lang; "date-days-late", days = days)
}

/// A number of days: "0 jour", "1 jour", "2 jours" / "0 days", "1 day", "2 days".
pub fn days(lang: Lang, days: i64) -> String {
    tr!(lang; "date-days", days = days)
}

/// A time of day: "17 h 30", "9 h 05", "17 h" / "17:30", "9:05", "17:00".
pub fn time(lang: Lang, t: NaiveTime) -> String {
    let minute = format!("{:02}", t.minute());
    if t.minute() == 0 {
        tr!(lang; "time-on-the-hour", hour = t.hour())
    } else {
        tr!(lang; "time", hour = t.hour(), minute = minute)
    }
}

/// A period: "3 jours", "2 semaines", "3 mois", "1 an" / "3 days", "2 weeks", "3 months",
/// "1 year".
pub fn period(lang: Lang, p: Period) -> String {
    match p {
        Period::Days(n) => tr!(lang; "period-days", n = n),
        Period::Weeks(n) => tr!(lang; "period-weeks", n = n),
        Period::Months(n) => tr!(lang; "period-months", n = n),
        Period::Years(n) => tr!(lang; "period-years", n = n),
    }
}

/// A recurrence: "toutes les 2 semaines", "tous les mois" / "every 2 weeks", "every month".
pub fn every(lang: Lang, p: Period) -> String {
    match p {
        Period::Days(n) => tr!(lang; "every-days", n = n),
        Period::Weeks(n) => tr!(lang; "every-weeks", n = n),
        Period::Months(n) => tr!(lang; "every-months", n = n),
        Period::Years(n) => tr!(lang; "every-years", n = n),
    }
}

/// A keep-in-touch cadence stored in days, as a recurrence in the largest unit that divides
/// it: 365 → "tous les ans" / "every year", 90 → "tous les 3 mois", 14 → "toutes les
/// 2 semaines", 10 → "tous les 10 jours".
pub fn cadence(lang: Lang, days: i64) -> String {
    let n = |d: i64| u32::try_from(days / d).unwrap_or(u32::MAX);
    let p = if days <= 0 {
        Period::Days(n(1))
    } else if days % 365 == 0 {
        Period::Years(n(365))
    } else if days % 30 == 0 {
        Period::Months(n(30))
    } else if days % 7 == 0 {
        Period::Weeks(n(7))
    } else {
        Period::Days(n(1))
    };
    every(lang, p)
}

/// A recurrence as stored (`2w`, `3m`, `1y`) said in `lang`: "toutes les 2 semaines" /
/// "every 2 weeks"; a value that does not read as a period is shown as it is.
pub fn every_stored(lang: Lang, stored: &str) -> String {
    match Period::parse(stored) {
        Ok(p) => every(lang, p),
        Err(_) => stored.to_owned(),
    }
}

/// An integer with its digits grouped by thousands: "12 345" (a narrow no-break space, as
/// French typography and CLDR have it) / "12,345". Ids are never grouped: print them as
/// they are.
pub fn number(lang: Lang, n: i64) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Sunday 22 November 2026, the reference day of the tests.
    const TODAY: (i32, u32, u32) = (2026, 11, 22);

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn every_weekday_has_its_names_in_both_languages() {
        // 23–29 November 2026 is Monday to Sunday.
        let week: Vec<NaiveDate> = (23..=29).map(|day| d(2026, 11, day)).collect();
        let fr: Vec<String> = week
            .iter()
            .map(|&x| weekday_short(Lang::Fr, x.weekday()))
            .collect();
        let en: Vec<String> = week
            .iter()
            .map(|&x| weekday_short(Lang::En, x.weekday()))
            .collect();
        assert_eq!(fr, ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]);
        assert_eq!(en, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
        let fr: Vec<String> = week
            .iter()
            .map(|&x| weekday_long(Lang::Fr, x.weekday()))
            .collect();
        let en: Vec<String> = week
            .iter()
            .map(|&x| weekday_long(Lang::En, x.weekday()))
            .collect();
        assert_eq!(
            fr,
            ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        );
        assert_eq!(
            en,
            [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday"
            ]
        );
    }

    #[test]
    fn every_month_has_its_names_in_both_languages() {
        let fr: Vec<String> = (1..=12).map(|m| month_short(Lang::Fr, m)).collect();
        let en: Vec<String> = (1..=12).map(|m| month_short(Lang::En, m)).collect();
        assert_eq!(
            fr,
            [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc."
            ]
        );
        assert_eq!(
            en,
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        );
        let fr: Vec<String> = (1..=12).map(|m| month_long(Lang::Fr, m)).collect();
        let en: Vec<String> = (1..=12).map(|m| month_long(Lang::En, m)).collect();
        assert_eq!(
            fr,
            [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre"
            ]
        );
        assert_eq!(
            en,
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"
            ]
        );
        assert_eq!(month_short(Lang::Fr, 13), "13");
        assert_eq!(month_long(Lang::En, 0), "0");
    }

    #[test]
    fn short_dates_name_the_year_only_when_it_is_not_this_one() {
        let t = today();
        assert_eq!(short_date(Lang::Fr, d(2026, 12, 4), t), "ven. 4 déc.");
        assert_eq!(short_date(Lang::En, d(2026, 12, 4), t), "Fri 4 Dec");
        assert_eq!(
            short_date(Lang::Fr, d(2027, 1, 1), t),
            "ven. 1er janv. 2027"
        );
        assert_eq!(short_date(Lang::En, d(2027, 1, 1), t), "Fri 1 Jan 2027");
        assert_eq!(short_date(Lang::Fr, d(2026, 12, 1), t), "mar. 1er déc.");
        assert_eq!(short_date(Lang::Fr, d(2026, 12, 11), t), "ven. 11 déc.");
        assert_eq!(short_date(Lang::En, d(2025, 12, 31), t), "Wed 31 Dec 2025");
    }

    #[test]
    fn long_dates() {
        assert_eq!(
            long_date(Lang::Fr, d(2026, 12, 4)),
            "vendredi 4 décembre 2026"
        );
        assert_eq!(
            long_date(Lang::En, d(2026, 12, 4)),
            "Friday 4 December 2026"
        );
        assert_eq!(long_date(Lang::Fr, d(2026, 5, 1)), "vendredi 1er mai 2026");
        assert_eq!(long_date(Lang::En, d(2026, 5, 1)), "Friday 1 May 2026");
    }

    #[test]
    fn days_of_a_month() {
        assert_eq!(day_month(Lang::Fr, 4, 5, Some(1970)), "4 mai 1970");
        assert_eq!(day_month(Lang::En, 4, 5, Some(1970)), "4 May 1970");
        assert_eq!(day_month(Lang::Fr, 1, 5, None), "1er mai");
        assert_eq!(day_month(Lang::En, 1, 5, None), "1 May");
        assert_eq!(day_month(Lang::Fr, 1, 12, Some(2026)), "1er décembre 2026");
    }

    #[test]
    fn days_relative_to_today() {
        let t = today();
        let rel = |lang, days: i64| relative_day(lang, t + chrono::Duration::days(days), t);
        assert_eq!(rel(Lang::Fr, 0), "aujourd'hui");
        assert_eq!(rel(Lang::En, 0), "today");
        assert_eq!(rel(Lang::Fr, 1), "demain");
        assert_eq!(rel(Lang::En, 1), "tomorrow");
        assert_eq!(rel(Lang::Fr, -1), "hier");
        assert_eq!(rel(Lang::En, -1), "yesterday");
        assert_eq!(rel(Lang::Fr, 2), "dans 2 jours");
        assert_eq!(rel(Lang::Fr, 3), "dans 3 jours");
        assert_eq!(rel(Lang::En, 3), "in 3 days");
        assert_eq!(rel(Lang::Fr, -2), "il y a 2 jours");
        assert_eq!(rel(Lang::En, -5), "5 days ago");
        assert_eq!(rel(Lang::En, 1000), "in 1000 days");
    }

    #[test]
    fn lateness_and_day_counts_follow_each_languages_plural_rules() {
        assert_eq!(days_late(Lang::Fr, 5), "en retard de 5 jours");
        assert_eq!(days_late(Lang::En, 5), "5 days late");
        assert_eq!(days_late(Lang::Fr, 1), "en retard d'un jour");
        assert_eq!(days_late(Lang::En, 1), "1 day late");
        assert_eq!(days_late(Lang::Fr, 2), "en retard de 2 jours");
        // French: 0 and 1 are singular.
        assert_eq!(days(Lang::Fr, 0), "0 jour");
        assert_eq!(days(Lang::Fr, 1), "1 jour");
        assert_eq!(days(Lang::Fr, 2), "2 jours");
        assert_eq!(days(Lang::En, 0), "0 days");
        assert_eq!(days(Lang::En, 1), "1 day");
        assert_eq!(days(Lang::En, 2), "2 days");
    }

    #[test]
    fn times_on_24_hours() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(time(Lang::Fr, t(17, 30)), "17 h 30");
        assert_eq!(time(Lang::En, t(17, 30)), "17:30");
        assert_eq!(time(Lang::Fr, t(9, 5)), "9 h 05");
        assert_eq!(time(Lang::En, t(9, 5)), "9:05");
        assert_eq!(time(Lang::Fr, t(17, 0)), "17 h");
        assert_eq!(time(Lang::En, t(17, 0)), "17:00");
        assert_eq!(time(Lang::Fr, t(0, 0)), "0 h");
    }

    #[test]
    fn periods_and_recurrences() {
        assert_eq!(period(Lang::Fr, Period::Months(3)), "3 mois");
        assert_eq!(period(Lang::En, Period::Months(3)), "3 months");
        assert_eq!(period(Lang::En, Period::Months(1)), "1 month");
        assert_eq!(period(Lang::Fr, Period::Weeks(2)), "2 semaines");
        assert_eq!(period(Lang::Fr, Period::Weeks(1)), "1 semaine");
        assert_eq!(period(Lang::En, Period::Weeks(2)), "2 weeks");
        assert_eq!(period(Lang::Fr, Period::Years(1)), "1 an");
        assert_eq!(period(Lang::Fr, Period::Years(2)), "2 ans");
        assert_eq!(period(Lang::En, Period::Years(2)), "2 years");
        assert_eq!(period(Lang::Fr, Period::Days(10)), "10 jours");
        assert_eq!(period(Lang::En, Period::Days(1)), "1 day");
        assert_eq!(every(Lang::Fr, Period::Weeks(2)), "toutes les 2 semaines");
        assert_eq!(every(Lang::Fr, Period::Weeks(1)), "toutes les semaines");
        assert_eq!(every(Lang::En, Period::Weeks(2)), "every 2 weeks");
        assert_eq!(every(Lang::En, Period::Weeks(1)), "every week");
        assert_eq!(every(Lang::Fr, Period::Months(1)), "tous les mois");
        assert_eq!(every(Lang::Fr, Period::Months(3)), "tous les 3 mois");
        assert_eq!(every(Lang::En, Period::Months(3)), "every 3 months");
        assert_eq!(every(Lang::Fr, Period::Years(1)), "tous les ans");
        assert_eq!(every(Lang::En, Period::Years(1)), "every year");
        assert_eq!(every(Lang::Fr, Period::Days(1)), "tous les jours");
        assert_eq!(every(Lang::Fr, Period::Days(10)), "tous les 10 jours");
        assert_eq!(every(Lang::En, Period::Days(10)), "every 10 days");
        assert_eq!(every(Lang::En, Period::Years(5)), "every 5 years");
    }

    #[test]
    fn cadences_in_days_read_in_the_largest_unit() {
        assert_eq!(cadence(Lang::Fr, 365), "tous les ans");
        assert_eq!(cadence(Lang::En, 730), "every 2 years");
        assert_eq!(cadence(Lang::Fr, 90), "tous les 3 mois");
        assert_eq!(cadence(Lang::En, 30), "every month");
        assert_eq!(cadence(Lang::Fr, 14), "toutes les 2 semaines");
        assert_eq!(cadence(Lang::En, 7), "every week");
        assert_eq!(cadence(Lang::Fr, 10), "tous les 10 jours");
        assert_eq!(cadence(Lang::En, 1), "every day");
        assert_eq!(cadence(Lang::En, 0), "every 0 days");
        assert_eq!(every_stored(Lang::Fr, "2w"), "toutes les 2 semaines");
        assert_eq!(every_stored(Lang::En, "1m"), "every month");
        assert_eq!(every_stored(Lang::En, "whenever"), "whenever");
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(number(Lang::En, 0), "0");
        assert_eq!(number(Lang::En, 999), "999");
        assert_eq!(number(Lang::En, 1000), "1,000");
        assert_eq!(number(Lang::En, 12345), "12,345");
        assert_eq!(number(Lang::En, 1234567), "1,234,567");
        assert_eq!(number(Lang::En, -1234567), "-1,234,567");
        assert_eq!(number(Lang::Fr, 12345), "12\u{202f}345");
        assert_eq!(number(Lang::Fr, 100000), "100\u{202f}000");
        assert_eq!(
            number(Lang::Fr, i64::MIN),
            "-9\u{202f}223\u{202f}372\u{202f}036\u{202f}854\u{202f}775\u{202f}808"
        );
    }
}
