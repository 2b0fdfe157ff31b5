use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};
use clap::Args;

use crate::ctx::Ctx;
use crate::model::dates::parse_date;
use crate::model::event::EventKind;
use crate::model::stats::rank;
use crate::view::{self, stats::EventStats};

const EXAMPLES: &str = "\
Examples:
  carnet event stats
  carnet event stats --year 2026 --kind breakfast
  carnet event stats --since 2026-01-01 --csv > events.csv";

/// Show what the events of a period gave, ranked by what paid off
///
/// For each event, kind of event and series (events whose names differ only by a trailing
/// number: "BNI #12", "BNI #13"): people met, met for the first time, cards received,
/// follow-ups created / done on time / late / still open, people seen again within 90 days,
/// introductions (people first met there who came introduced), and project roles held by
/// people first met there.
///
/// Score = new people + 2 × seen again + follow-ups on time + 2 × introductions + 3 × roles.
/// The period is the last 12 months unless --year, --since or --until says otherwise.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct StatsArgs {
    /// Only events on or after this date
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events on or before this date
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only events of this year
    #[arg(long, value_name = "YEAR", conflicts_with_all = ["since", "until"])]
    pub year: Option<i32>,
    /// Only events of this kind
    #[arg(long, value_enum)]
    pub kind: Option<EventKind>,
    /// One CSV row per event instead of the screen
    #[arg(long)]
    pub csv: bool,
}

pub fn run(ctx: &mut Ctx, a: StatsArgs) -> Result<()> {
    let today = ctx.today();
    let (since, until) = match a.year {
        Some(y) => (
            NaiveDate::from_ymd_opt(y, 1, 1),
            NaiveDate::from_ymd_opt(y, 12, 31),
        ),
        None => {
            let until = a
                .until
                .as_deref()
                .map(|d| parse_date(d, today))
                .transpose()?;
            let since = a
                .since
                .as_deref()
                .map(|d| parse_date(d, today))
                .transpose()?;
            let until = until.unwrap_or(today);
            (
                Some(since.unwrap_or(until - Duration::days(365) + Duration::days(1))),
                Some(until),
            )
        }
    };
    let (Some(since), Some(until)) = (since, until) else {
        // Only an out-of-range --year gets here.
        let y = a.year.unwrap_or_else(|| today.year());
        return Err(crate::error::CliError::new(crate::tr!("stats-bad-year", year = y)).into());
    };
    let figures = ctx
        .store
        .db()
        .event_figures(since, until, a.kind.map(|k| k.as_str()))?;
    let (events, kinds, series) = rank(figures);
    if a.csv {
        let mut buf = Vec::new();
        view::stats::csv(&events, &mut buf)?;
        ctx.out.line(String::from_utf8_lossy(&buf).trim_end())?;
        return Ok(());
    }
    view::show(
        &ctx.out,
        EventStats {
            since,
            until,
            events,
            kinds,
            series,
            today,
        },
    )
}
