//! `carnet event stats`: what the events of a period gave, ranked, with bars.

use chrono::NaiveDate;
use serde::Serialize;

use super::Screen;
use crate::i18n::{fmt, Lang};
use crate::model::stats::{EventFigures, Figures, Group};
use crate::tr;
use crate::ui::output::Text;

/// The screen's width: it fits a terminal of 80 columns.
const WIDTH: usize = 80;
/// The longest bar, in characters.
const BAR: usize = 20;

/// What `event stats --json` prints.
#[derive(Debug, Serialize)]
pub struct EventStats {
    pub since: NaiveDate,
    pub until: NaiveDate,
    /// Highest score first.
    pub events: Vec<EventFigures>,
    pub kinds: Vec<Group>,
    /// Series of at least two events.
    pub series: Vec<Group>,
    #[serde(skip)]
    pub today: NaiveDate,
}

impl Screen for EventStats {
    fn text(self, lang: Lang) -> Text {
        if self.events.is_empty() {
            return Text::Status(tr!(lang; "stats-none"));
        }
        Text::Page(render(&self, lang))
    }
}

fn render(s: &EventStats, lang: Lang) -> String {
    let mut out = tr!(lang; "stats-title",
        since = fmt::short_date(lang, s.since, s.today),
        until = fmt::short_date(lang, s.until, s.today),
        events = s.events.len() as i64
    );
    out.push('\n');
    out.push_str(&tr!(lang; "stats-score-rule"));
    out.push_str("\n\n");
    let rows: Vec<(String, &Figures, i64)> = s
        .events
        .iter()
        .map(|e| {
            let label = [e.name.as_str(), &fmt::short_date(lang, e.date, s.today)].join(", ");
            (label, &e.figures, e.score)
        })
        .collect();
    section(lang, &mut out, &tr!(lang; "stats-by-event"), &rows);
    let kinds: Vec<(String, &Figures, i64)> = s
        .kinds
        .iter()
        .map(|g| {
            let label = tr!(lang; "stats-kind-label",
                kind = g.name.as_str(),
                events = g.events
            );
            (label, &g.figures, g.score)
        })
        .collect();
    section(lang, &mut out, &tr!(lang; "stats-by-kind"), &kinds);
    if !s.series.is_empty() {
        let series: Vec<(String, &Figures, i64)> = s
            .series
            .iter()
            .map(|g| {
                let label = tr!(lang; "stats-series-label",
                    name = g.name.as_str(),
                    events = g.events
                );
                (label, &g.figures, g.score)
            })
            .collect();
        section(lang, &mut out, &tr!(lang; "stats-by-series"), &series);
    }
    out
}

/// A ranked section: each row, a bar of its score, then its figures on a second line.
fn section(lang: Lang, out: &mut String, title: &str, rows: &[(String, &Figures, i64)]) {
    out.push_str(title);
    out.push('\n');
    let top = rows.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    // Label, a space, the bar, a space, the score (up to 5 digits), two of indent.
    let label_width = WIDTH - 2 - 1 - BAR - 1 - 5;
    for (label, f, score) in rows {
        let label = clip(label, label_width);
        let pad = label_width.saturating_sub(label.chars().count());
        let len = (*score).max(0) as usize * BAR / top as usize;
        let bar = "█".repeat(len) + &" ".repeat(BAR - len);
        out.push_str(&["  ", &label, &" ".repeat(pad), " ", &bar, " "].concat());
        out.push_str(&score.to_string());
        out.push('\n');
        out.push_str("    ");
        out.push_str(&tr!(lang; "stats-figures",
            met = f.met,
            first_time = f.first_time,
            cards = f.cards,
            seen_again = f.seen_again,
            introductions = f.introductions,
            roles = f.roles
        ));
        out.push_str("\n    ");
        out.push_str(&tr!(lang; "stats-followups",
            followups = f.followups,
            on_time = f.followups_on_time,
            late = f.followups_late,
            open = f.followups_open
        ));
        out.push('\n');
    }
    out.push('\n');
}

/// `s` cut to `n` characters, "…" at the end when cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_owned();
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// The CSV of `event stats --csv`: one row per event, English headers (data, not prose).
pub fn csv(events: &[EventFigures], w: impl std::io::Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(w);
    w.write_record([
        "event_id",
        "name",
        "date",
        "kind",
        "series",
        "met",
        "first_time",
        "cards",
        "followups",
        "followups_on_time",
        "followups_late",
        "followups_open",
        "seen_again",
        "introductions",
        "roles",
        "score",
    ])?;
    for e in events {
        let f = &e.figures;
        let mut row = vec![
            e.event_id.to_string(),
            e.name.clone(),
            e.date.to_string(),
            e.kind.clone(),
            e.series.clone(),
        ];
        for n in [
            f.met,
            f.first_time,
            f.cards,
            f.followups,
            f.followups_on_time,
            f.followups_late,
            f.followups_open,
            f.seen_again,
            f.introductions,
            f.roles,
            e.score,
        ] {
            row.push(n.to_string());
        }
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}
