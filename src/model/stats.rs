//! What events paid off (`carnet event stats`), the pure half: the figures of one event,
//! their sums by kind and by series, the score that ranks them, and how a series is
//! recognised.
//!
//! **Score** = people met for the first time + 2 × people seen again within 90 days +
//! follow-ups done on time + 2 × introductions + 3 × project roles held by people first met
//! there. Cards received and follow-ups late or open are shown, not scored.
//!
//! **Series**: events whose names are the same once a trailing number is taken off
//! ("Petit-déjeuner BNI #12", "Petit-déjeuner BNI n°13", "Petit-déjeuner BNI 14" and
//! "petit-dejeuner bni" are one series), compared without case or accents.

use chrono::NaiveDate;
use serde::Serialize;

use super::event::EventId;
use super::text::fold;

/// The figures of one event, or their sum over several.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// People met there.
    pub met: i64,
    /// People met there for the first time (no encounter dated before).
    pub first_time: i64,
    pub cards: i64,
    pub followups: i64,
    pub followups_on_time: i64,
    pub followups_late: i64,
    pub followups_open: i64,
    /// People met there and met again within 90 days after.
    pub seen_again: i64,
    /// People first met there who came introduced by someone.
    pub introductions: i64,
    /// Project roles held by people first met there.
    pub roles: i64,
}

impl Figures {
    pub fn score(&self) -> i64 {
        self.first_time
            + 2 * self.seen_again
            + self.followups_on_time
            + 2 * self.introductions
            + 3 * self.roles
    }

    fn add(&mut self, o: &Figures) {
        self.met += o.met;
        self.first_time += o.first_time;
        self.cards += o.cards;
        self.followups += o.followups;
        self.followups_on_time += o.followups_on_time;
        self.followups_late += o.followups_late;
        self.followups_open += o.followups_open;
        self.seen_again += o.seen_again;
        self.introductions += o.introductions;
        self.roles += o.roles;
    }
}

/// One event with its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventFigures {
    pub event_id: EventId,
    pub name: String,
    pub date: NaiveDate,
    pub kind: String,
    pub series: String,
    #[serde(flatten)]
    pub figures: Figures,
    pub score: i64,
}

/// A kind or a series: its events' figures summed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The kind (`breakfast`…) or the series' name (its first event's, number taken off).
    pub name: String,
    pub events: i64,
    #[serde(flatten)]
    pub figures: Figures,
    pub score: i64,
}

/// The name of an event's series: its name without a trailing number ("#12", "n°12",
/// "No 12", "12"), folded.
pub fn series_key(name: &str) -> String {
    fold(&series_name(name))
}

/// `name` without its trailing number and the marks before it ("#", "n°", "No").
pub fn series_name(name: &str) -> String {
    let t = name.trim_end();
    let stripped = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if stripped.len() == t.len() {
        return t.to_owned();
    }
    let mut s = stripped.trim_end();
    for mark in ["n°", "N°", "#", "no", "No", "NO"] {
        if let Some(rest) = s.strip_suffix(mark) {
            // "no" only as a word of its own.
            if mark.len() == 2 && !(rest.is_empty() || rest.ends_with(' ')) {
                continue;
            }
            s = rest;
            break;
        }
    }
    s.trim_end_matches([' ', '-', '–', ',', '.', '#'])
        .to_owned()
}

/// The events ranked (highest score first, then newest), and their sums by kind and by
/// series (a series of at least two events), each ranked the same way.
pub fn rank(mut events: Vec<EventFigures>) -> (Vec<EventFigures>, Vec<Group>, Vec<Group>) {
    for e in &mut events {
        e.score = e.figures.score();
    }
    events.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(b.date.cmp(&a.date))
            .then(a.event_id.cmp(&b.event_id))
    });
    let mut kinds: Vec<Group> = Vec::new();
    let mut series: Vec<(String, Group)> = Vec::new();
    for e in &events {
        match kinds.iter_mut().find(|g| g.name == e.kind) {
            Some(g) => sum(g, e),
            None => kinds.push(group(e.kind.clone(), e)),
        }
        match series.iter_mut().find(|(k, _)| *k == e.series) {
            Some((_, g)) => sum(g, e),
            None => series.push((e.series.clone(), group(series_name(&e.name), e))),
        }
    }
    let mut series: Vec<Group> = series
        .into_iter()
        .map(|(_, g)| g)
        .filter(|g| g.events > 1)
        .collect();
    for list in [&mut kinds, &mut series] {
        for g in list.iter_mut() {
            g.score = g.figures.score();
        }
        list.sort_by(|a, b| b.score.cmp(&a.score).then(a.name.cmp(&b.name)));
    }
    (events, kinds, series)
}

fn group(name: String, e: &EventFigures) -> Group {
    Group {
        name,
        events: 1,
        figures: e.figures.clone(),
        score: 0,
    }
}

fn sum(g: &mut Group, e: &EventFigures) {
    g.events += 1;
    g.figures.add(&e.figures);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_series_is_the_name_without_its_number() {
        assert_eq!(series_key("Petit-déjeuner BNI #12"), "petit-dejeuner bni");
        assert_eq!(series_key("Petit-déjeuner BNI n°13"), "petit-dejeuner bni");
        assert_eq!(series_key("petit-dejeuner bni 14"), "petit-dejeuner bni");
        assert_eq!(series_key("Petit-déjeuner BNI"), "petit-dejeuner bni");
        assert_eq!(series_key("5 à 7 Bastille"), "5 a 7 bastille");
        assert_eq!(series_key("Casino"), "casino");
        assert_eq!(series_name("Atelier No 3"), "Atelier");
        assert_eq!(series_name("Piano"), "Piano");
    }

    fn ev(id: i64, name: &str, kind: &str, f: Figures) -> EventFigures {
        EventFigures {
            event_id: id,
            name: name.into(),
            date: NaiveDate::from_ymd_opt(2026, 1, id as u32).unwrap(),
            kind: kind.into(),
            series: series_key(name),
            figures: f,
            score: 0,
        }
    }

    #[test]
    fn the_score_weighs_what_lasts() {
        let f = Figures {
            met: 100,
            first_time: 1,
            cards: 100,
            followups: 100,
            followups_on_time: 10,
            followups_late: 100,
            followups_open: 100,
            seen_again: 100,
            introductions: 1000,
            roles: 10000,
        };
        assert_eq!(f.score(), 1 + 200 + 10 + 2000 + 30000);
    }

    #[test]
    fn events_kinds_and_series_are_ranked() {
        let one = |first_time| Figures {
            first_time,
            met: first_time,
            ..Default::default()
        };
        let (events, kinds, series) = rank(vec![
            ev(1, "BNI #1", "breakfast", one(2)),
            ev(2, "BNI #2", "breakfast", one(3)),
            ev(3, "Gala", "other", one(4)),
        ]);
        let ids: Vec<i64> = events.iter().map(|e| e.event_id).collect();
        assert_eq!(ids, [3, 2, 1]);
        assert_eq!(events[0].score, 4);
        assert_eq!(kinds[0].name, "breakfast");
        assert_eq!(
            (kinds[0].events, kinds[0].score, kinds[0].figures.met),
            (2, 5, 5)
        );
        assert_eq!(kinds[1].name, "other");
        assert_eq!(series.len(), 1);
        assert_eq!((series[0].name.as_str(), series[0].events), ("BNI", 2));
    }
}
