//! Argument parsing shared by the commands: what a person types for an email, a tag, a
//! birthday, an id, a role, a follow-up… turned into checked values, with an error that
//! names the value and a hint. A command's own flags are read in its file; anything two
//! commands read alike is read here.

use anyhow::Result;
use chrono::{NaiveDate, NaiveTime};

use crate::error::CliError;
use crate::model::dates::{
    parse_duration, parse_time, parse_when, split_follow_up, Lean, Period, When,
};
use crate::model::ids::{self, Kind};
use crate::model::project::{normalize_role, STANDARD_ROLES};
use crate::model::validate::{self, split_label, InvalidValue};
use crate::model::{Birthday, Labeled};
use crate::ops::meeting::FollowUpSpec;
use crate::tr;

/// The help paragraph on dates, shared by the commands that take one.
pub const DATES_HELP: &str = "\
WHEN is a date as people type it, in English or French: 2026-12-01, 01/12/2026, 01/12 \
(day first; without a year, the nearest such day), 1 déc, Dec 1, today/aujourd'hui, \
tomorrow/demain, friday/vendredi, in 3 days/dans 3 jours, in 2 weeks/dans 2 semaines, dans un mois, \
next week/la semaine prochaine, next month/le mois prochain, or 3d, 2w, 1m, 1y from today. \
A weekday — friday, next friday, vendredi prochain — is the next such day after today: on a \
Sunday, all three mean the coming Friday, and 'sunday' means a week later.";

/// Validates `label=value` entries with `check`, keeping the label.
pub fn labeled(
    raw: &[String],
    check: fn(&str) -> Result<String, InvalidValue>,
) -> Result<Vec<Labeled>, InvalidValue> {
    raw.iter()
        .map(|r| {
            let (label, value) = split_label(r);
            Ok(Labeled::new(check(&value)?, label))
        })
        .collect()
}

pub fn emails(raw: &[String]) -> Result<Vec<Labeled>, InvalidValue> {
    labeled(raw, validate::email)
}

pub fn phones(raw: &[String]) -> Result<Vec<Labeled>, InvalidValue> {
    labeled(raw, validate::phone)
}

pub fn links(raw: &[String]) -> Result<Vec<Labeled>, InvalidValue> {
    labeled(raw, validate::url)
}

/// Tag names from arguments, commas splitting one into several, each through
/// `validate::tag` (trimmed, a leading `#` dropped, never empty).
pub fn tags(raw: &[String]) -> Result<Vec<String>> {
    raw.iter()
        .flat_map(|t| t.split(','))
        .filter(|t| !t.trim().is_empty() || raw.len() == 1)
        .map(|t| Ok(validate::tag(t)?))
        .collect()
}

/// An optional free-text field: trimmed, `None` when empty.
pub fn text(field: &'static str, raw: &Option<String>) -> Result<Option<String>, InvalidValue> {
    match raw {
        None => Ok(None),
        Some(s) => {
            let s = validate::text(field, s, field == "note")?;
            Ok(crate::model::text::non_empty(&s))
        }
    }
}

/// A free-text field of an edit: `None` when not given, `Some(None)` for '' (clear it),
/// `Some(Some(v))` for a value.
pub fn clearable(
    field: &'static str,
    raw: &Option<String>,
) -> Result<Option<Option<String>>, InvalidValue> {
    match raw {
        None => Ok(None),
        Some(_) => Ok(Some(text(field, raw)?)),
    }
}

/// A value of an edit checked by `check`: `None` when not given, `Some(None)` for '' (clear
/// it), `Some(Some(v))` for a valid value.
pub fn clearable_with<T, E>(
    raw: &Option<String>,
    check: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<Option<T>>, E> {
    Ok(match raw.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(v) => Some(Some(check(v)?)),
    })
}

pub fn birthday(raw: &str) -> Result<Birthday> {
    Birthday::parse(raw).ok_or_else(|| {
        CliError::new(tr!("args-bad-birthday", value = raw))
            .hint(tr!("args-bad-birthday-hint"))
            .into()
    })
}

/// A keep-in-touch cadence, in days.
pub fn cadence(raw: &str) -> Result<i64> {
    Ok(Period::parse(raw)?.approx_days())
}

/// A repeat period: 2w, 3m, 1y…
pub fn period(raw: &str) -> Result<Period> {
    Ok(Period::parse(raw)?)
}

/// A date given with `--on`, leaning as `lean` says, or `default` without it.
pub fn date_or(
    raw: &Option<String>,
    today: NaiveDate,
    default: NaiveDate,
    lean: Lean,
) -> Result<NaiveDate> {
    match raw {
        Some(d) => Ok(parse_when(d, today, lean)?.date),
        None => Ok(default),
    }
}

/// An event's day and times from `--on` (a date, with a time or a span: "jeudi 17h30",
/// "2026-12-03 17:30-19:30"), `--until` (an end time) and `--for` (a length); `default`
/// without `--on`. An end needs a start.
pub fn event_times(
    on: &Option<String>,
    until: &Option<String>,
    length: &Option<String>,
    today: NaiveDate,
    default: NaiveDate,
) -> Result<(NaiveDate, Option<NaiveTime>, Option<NaiveTime>)> {
    let when = match on {
        Some(d) => parse_when(d, today, Lean::Nearest)?,
        None => When {
            date: default,
            time: None,
            end: None,
        },
    };
    let end = match (until, length) {
        (Some(t), _) => Some(parse_time(t)?),
        (None, Some(l)) => {
            let l = parse_duration(l)?;
            when.time.map(|start| start + l)
        }
        (None, None) => when.end,
    };
    if end.is_some() && when.time.is_none() {
        return Err(CliError::new(crate::tr!("event-end-needs-a-start"))
            .hint(crate::tr!("event-end-needs-a-start-hint"))
            .into());
    }
    Ok((when.date, when.time, end))
}

/// The id of a follow-up, a card…, typed `f3`, `c3`… or `3`, `#3` (see `model::ids`): a
/// positive number. `hint` says where the ids are shown; an id of another kind is an error
/// naming that kind.
pub fn id(raw: &str, kind: Kind, hint: &str) -> Result<i64> {
    ids::expect(raw, kind).map_err(|e| {
        let hint = match e {
            ids::IdError::OtherKind { .. } => e.hint(),
            ids::IdError::NotAnId { .. } => hint.to_owned(),
        };
        CliError::new(e.to_string()).hint(hint).into()
    })
}

/// A follow-up id as typed: `f3`, `3` or `#3`.
pub fn followup_id(raw: &str) -> Result<i64> {
    id(raw, Kind::FollowUp, &tr!("args-followup-id-hint"))
}

/// The text of a follow-up: one line, not empty.
pub fn what(raw: &str) -> Result<String> {
    let raw = validate::text("follow-up", raw, false)?;
    crate::model::text::non_empty(&raw).ok_or_else(|| {
        CliError::new(tr!("args-no-what"))
            .hint(tr!("args-no-what-hint"))
            .into()
    })
}

/// Reads `WHEN[: WHAT]`, as `--follow-up` takes it ("vendredi: send the deck", "2w"), dates
/// counted from `today`. Shared by `add --follow-up`, `met --follow-up` and the log
/// session's "follow up when?" answer.
pub fn follow_up(spec: &str, today: NaiveDate) -> Result<FollowUpSpec> {
    let (when, due, text) = split_follow_up(spec, today)?;
    let what = if text.is_empty() {
        None
    } else {
        Some(what(&text)?)
    };
    Ok(FollowUpSpec { when, due, what })
}

/// Cleans a ROLE argument: a standard role in English or French, or any custom word.
pub fn role(raw: &str) -> Result<String> {
    normalize_role(raw).map_err(|e| {
        let roles: Vec<String> = STANDARD_ROLES
            .iter()
            .map(|r| crate::view::values::role(crate::i18n::current(), r))
            .collect();
        anyhow::Error::from(
            CliError::new(e.to_string()).hint(tr!("args-roles-hint", roles = roles.join(", "))),
        )
    })
}

/// A project name: trimmed, not empty, no control characters.
pub fn project_name(raw: &str) -> Result<String> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(CliError::new(tr!("args-empty-project", value = raw))
            .hint(tr!("args-empty-project-hint"))
            .into());
    }
    Ok(validate::text("project name", t, false)?)
}

/// Whether `arg` is the id of an entry rather than a contact (`n12`, not `#12` nor a name).
pub fn is_entry(arg: &str) -> bool {
    ids::prefixed(arg).is_some()
}

/// An entry's id where `kind` is expected (also `12`, `#12`); any entry's prefixed id when
/// `kind` is None.
pub fn entry_id(raw: &str, kind: Option<Kind>) -> Result<ids::Id> {
    let err = |e: ids::IdError| -> anyhow::Error {
        let hint = e.hint();
        CliError::new(e.to_string()).hint(hint).into()
    };
    match kind {
        Some(k) => Ok(ids::Id::new(k, ids::expect(raw, k).map_err(err)?)),
        None => ids::prefixed(raw).ok_or_else(|| {
            err(ids::IdError::NotAnId {
                typed: raw.to_owned(),
                expected: Kind::Note,
            })
        }),
    }
}

/// No flag, and no terminal to open an editor on.
pub fn nothing_to_change(id: ids::Id) -> anyhow::Error {
    CliError::new(crate::tr!("entry-nothing-to-change", id = id.to_string()))
        .hint(crate::tr!(
            "entry-nothing-to-change-hint",
            kind = id.kind.key(),
            id = id.to_string()
        ))
        .into()
}

pub mod select;

#[cfg(test)]
mod tests;
