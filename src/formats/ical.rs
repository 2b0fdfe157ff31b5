//! iCalendar (RFC 5545) writing: events as VEVENT, open follow-ups as VTODO. Written by
//! hand: the few properties carnet emits need escaping, folding and all-day DTEND, no more.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::vcard::fold_line;
use crate::i18n::Lang;
use crate::model::interop::{CalendarEvent, CalendarTodo};
use crate::tr;

/// Escapes a TEXT value: vCard's escaping, without the control characters iCalendar forbids.
fn escape(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    super::vcard::escape(&clean)
}

/// `2026-11-22T09:00:00Z` → `20261122T090000Z`.
fn stamp(ts: &str) -> String {
    let t: String = ts.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    if t.len() >= 15 {
        let mut s = t[..15].to_owned();
        s.push('Z');
        s
    } else {
        "19700101T000000Z".to_owned()
    }
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// An RRULE for a follow-up period as carnet writes it: `10d`, `2w`, `3m`, `1y`.
fn rrule_of(period: &str) -> Option<String> {
    let p = period.trim().to_ascii_lowercase();
    let split = p.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = p.split_at(split);
    let n: u32 = n.parse().ok().filter(|n| *n > 0)?;
    let freq = match unit.trim() {
        "d" | "day" | "days" | "j" | "jour" | "jours" => "DAILY",
        "w" | "week" | "weeks" | "s" | "semaine" | "semaines" => "WEEKLY",
        "m" | "month" | "months" | "mois" => "MONTHLY",
        "y" | "year" | "years" | "a" | "an" | "ans" => "YEARLY",
        _ => return None,
    };
    Some(if n == 1 {
        format!("FREQ={freq}")
    } else {
        format!("FREQ={freq};INTERVAL={n}")
    })
}

/// The UID of an event or follow-up, stable across exports.
pub fn event_uid(id: i64) -> String {
    format!("carnet-event-{id}")
}

pub fn todo_uid(id: i64) -> String {
    format!("carnet-followup-{id}")
}

fn push(out: &mut String, line: String) {
    fold_line(out, &line);
}

fn vevent(out: &mut String, e: &CalendarEvent) {
    push(out, "BEGIN:VEVENT".into());
    push(out, format!("UID:{}", event_uid(e.id)));
    push(out, format!("DTSTAMP:{}", stamp(&e.updated_at)));
    let when = match &e.start_time {
        Some(t) => format!("{} {t}", e.date.get(..10).unwrap_or(&e.date)),
        None => e.date.trim().to_owned(),
    };
    let when = when.as_str();
    let timed = NaiveDateTime::parse_from_str(when, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(when, "%Y-%m-%dT%H:%M"))
        .or_else(|_| NaiveDateTime::parse_from_str(when, "%Y-%m-%d %H:%M"))
        .ok();
    // Times are written as floating local times (no TZID): 17:30 stays 17:30 wherever the
    // calendar is read, as the time was said.
    let end = e
        .end_time
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
    if let Some(t) = timed {
        push(out, format!("DTSTART:{}", t.format("%Y%m%dT%H%M%S")));
        match end {
            Some(end) => {
                // An end before the start is on the next day.
                let day = if end > t.time() {
                    t.date()
                } else {
                    t.date() + Duration::days(1)
                };
                push(
                    out,
                    format!("DTEND:{}", day.and_time(end).format("%Y%m%dT%H%M%S")),
                );
            }
            // Without an end, two hours.
            None => push(out, "DURATION:PT2H".into()),
        }
    } else {
        let day = when
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .unwrap_or_default();
        push(out, format!("DTSTART;VALUE=DATE:{}", date(day)));
        // DTEND is exclusive: an all-day event ends the next day.
        push(
            out,
            format!("DTEND;VALUE=DATE:{}", date(day + Duration::days(1))),
        );
    }
    push(out, format!("SUMMARY:{}", escape(&e.name)));
    if let Some(v) = &e.venue {
        push(out, format!("LOCATION:{}", escape(v)));
    }
    if let Some(n) = &e.note {
        push(out, format!("DESCRIPTION:{}", escape(n)));
    }
    push(out, format!("CATEGORIES:{}", escape(&e.kind)));
    push(out, "END:VEVENT".into());
}

fn vtodo(out: &mut String, t: &CalendarTodo, lang: Lang) {
    push(out, "BEGIN:VTODO".into());
    push(out, format!("UID:{}", todo_uid(t.id)));
    push(out, format!("DTSTAMP:{}", stamp(&t.updated_at)));
    push(out, format!("DUE;VALUE=DATE:{}", date(t.due)));
    let who = t.contact_name.as_str();
    let summary = match &t.what {
        Some(w) => tr!(lang; "calendar-follow-up-what", who = who, what = w.as_str()),
        None => tr!(lang; "calendar-follow-up", who = who),
    };
    push(out, format!("SUMMARY:{}", escape(&summary)));
    if let Some(r) = t.every.as_deref().and_then(rrule_of) {
        push(out, format!("RRULE:{r}"));
    }
    push(
        out,
        format!(
            "STATUS:{}",
            if t.done { "COMPLETED" } else { "NEEDS-ACTION" }
        ),
    );
    push(out, "END:VTODO".into());
}

/// The start of a calendar, before its items.
pub fn begin(out: &mut String) {
    push(out, "BEGIN:VCALENDAR".into());
    push(out, "VERSION:2.0".into());
    push(out, "PRODID:-//carnet//carnet//EN".into());
    push(out, "CALSCALE:GREGORIAN".into());
}

/// The end of a calendar, after its items.
pub fn end(out: &mut String) {
    push(out, "END:VCALENDAR".into());
}

/// An event as a VEVENT.
pub fn event(out: &mut String, e: &CalendarEvent) {
    vevent(out, e);
}

/// A follow-up as a VTODO, its summary in `lang`.
pub fn todo(out: &mut String, t: &CalendarTodo, lang: Lang) {
    vtodo(out, t, lang);
}

fn wrap(body: &str) -> String {
    let mut out = String::new();
    begin(&mut out);
    out.push_str(body);
    end(&mut out);
    out
}

/// One calendar with every event and follow-up, the follow-ups' summaries in `lang`.
pub fn calendar(events: &[CalendarEvent], todos: &[CalendarTodo], lang: Lang) -> String {
    let mut body = String::new();
    for e in events {
        vevent(&mut body, e);
    }
    for t in todos {
        vtodo(&mut body, t, lang);
    }
    wrap(&body)
}

/// A calendar holding one event, for a vdir of `.ics` files.
pub fn event_file(e: &CalendarEvent) -> String {
    let mut body = String::new();
    vevent(&mut body, e);
    wrap(&body)
}

/// A calendar holding one follow-up, its summary in `lang`, for a vdir of `.ics` files.
pub fn todo_file(t: &CalendarTodo, lang: Lang) -> String {
    let mut body = String::new();
    vtodo(&mut body, t, lang);
    wrap(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_become_rrules() {
        assert_eq!(rrule_of("2w").as_deref(), Some("FREQ=WEEKLY;INTERVAL=2"));
        assert_eq!(rrule_of("1y").as_deref(), Some("FREQ=YEARLY"));
        assert_eq!(rrule_of("3m").as_deref(), Some("FREQ=MONTHLY;INTERVAL=3"));
        assert_eq!(rrule_of("0d"), None);
        assert_eq!(rrule_of("soon"), None);
    }

    #[test]
    fn all_day_events_end_the_next_day_and_todos_name_the_contact() {
        let e = CalendarEvent {
            id: 3,
            name: "Afterwork; Québec, 2026".into(),
            date: "2026-12-31".into(),
            start_time: None,
            end_time: None,
            venue: Some("Musée".into()),
            kind: "afterwork".into(),
            note: None,
            updated_at: "2026-11-22T09:00:00Z".into(),
        };
        let t = CalendarTodo {
            id: 7,
            contact_name: "Zoë".into(),
            due: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            what: Some("send the quote".into()),
            every: Some("3m".into()),
            done: false,
            updated_at: "2026-11-22T09:00:00Z".into(),
        };
        let fr = calendar(std::slice::from_ref(&e), std::slice::from_ref(&t), Lang::Fr);
        assert!(
            fr.contains("SUMMARY:Relancer Zoë : send the quote\r\n"),
            "{fr}"
        );
        let cal = calendar(&[e], &[t], Lang::En);
        assert!(cal.contains("DTSTART;VALUE=DATE:20261231\r\n"));
        assert!(cal.contains("DTEND;VALUE=DATE:20270101\r\n"));
        assert!(cal.contains("SUMMARY:Afterwork\\; Québec\\, 2026\r\n"));
        assert!(cal.contains("SUMMARY:Follow up with Zoë: send the quote\r\n"));
        assert!(cal.contains("RRULE:FREQ=MONTHLY;INTERVAL=3\r\n"));
        assert!(cal.contains("STATUS:NEEDS-ACTION\r\n"));
        assert!(cal.contains("DTSTAMP:20261122T090000Z\r\n"));
    }

    #[test]
    fn timed_events_are_floating_local_times_ending_when_said() {
        let event = |start: Option<&str>, end: Option<&str>| CalendarEvent {
            id: 1,
            name: "5 à 7".into(),
            date: "2026-12-31".into(),
            start_time: start.map(Into::into),
            end_time: end.map(Into::into),
            venue: None,
            kind: "afterwork".into(),
            note: None,
            updated_at: "2026-11-22T09:00:00Z".into(),
        };
        let cal = calendar(&[event(Some("17:30"), Some("19:30"))], &[], Lang::En);
        assert!(cal.contains("DTSTART:20261231T173000\r\n"), "{cal}");
        assert!(cal.contains("DTEND:20261231T193000\r\n"), "{cal}");
        assert!(!cal.contains("VALUE=DATE"));
        // Past midnight: the next day, the next year here.
        let cal = calendar(&[event(Some("22:00"), Some("01:00"))], &[], Lang::En);
        assert!(cal.contains("DTEND:20270101T010000\r\n"), "{cal}");
        let cal = calendar(&[event(Some("22:00"), Some("22:00"))], &[], Lang::En);
        assert!(cal.contains("DTEND:20270101T220000\r\n"), "{cal}");
        let cal = calendar(&[event(Some("17:30"), None)], &[], Lang::En);
        assert!(
            cal.contains("DTSTART:20261231T173000\r\nDURATION:PT2H\r\n"),
            "{cal}"
        );
        // An end without a start (written by another program) is no time.
        let cal = calendar(&[event(None, Some("19:00"))], &[], Lang::En);
        assert!(cal.contains("DTSTART;VALUE=DATE:20261231\r\n"), "{cal}");
    }
}
