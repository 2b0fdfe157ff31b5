//! Times the two steps of `carnet log` that touch the database, without a terminal, for
//! bench/run.sh (hyperfine runs it as it runs carnet, so process start and opening the
//! database are counted, as in a session's first question):
//!
//!     capture --db PATH lookup NAME   # the name question's lookup, as `log` does it
//!     capture --db PATH save LINE     # saves one person from a one-line form: a card, a
//!                                     # note and a follow-up, at the latest event
//!
//! `save` makes the name unique for each run (a suffix from the clock), so that the same
//! command line can be run again; it prints the contact created.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;

use carnet::commands::log::identify::{self, Found};
use carnet::model::dates::split_follow_up;
use carnet::model::encounter::How;
use carnet::model::person_line::PersonLine;
use carnet::ops::meeting::{self, FollowUpSpec, Met, PersonEntry};
use carnet::store::{Location, Store};

const TODAY: (i32, u32, u32) = (2026, 11, 22);
const NOW: &str = "2026-11-22T09:00:00Z";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("capture: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [flag, db, what, text] = args.as_slice() else {
        bail!("usage: capture --db PATH lookup NAME | save LINE");
    };
    if flag != "--db" {
        bail!("usage: capture --db PATH lookup NAME | save LINE");
    }
    let mut store = Store::open(&Location {
        path: PathBuf::from(db),
        create_folder: false,
    })?;
    let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).context("today")?;
    match what.as_str() {
        "lookup" => {
            let found = identify::person(store.db(), text)?;
            println!(
                "{}",
                match found {
                    Found::One(m) => format!("one: #{} {}", m.id, m.name),
                    Found::Several(l) => format!("several: {}", l.len()),
                    Found::Near(l) => format!("near: {}", l.len()),
                    Found::Nobody => "nobody".to_owned(),
                }
            );
        }
        "save" => {
            let stamp = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_nanos();
            let mut line = PersonLine::parse(text).map_err(|e| anyhow::anyhow!("{e:?}"))?;
            line.name = format!("{} {stamp}", line.name);
            let event = store.db().recent_events(today, 1)?.into_iter().next();
            let date = event.as_ref().map_or(today, |e| e.date);
            let event_id = event.as_ref().map(|e| e.id);
            let (card, links) = meeting::card_from_line(&line, None, date, event_id);
            let who = meeting::who_from_line(&line, None, None, true, links, None);
            let (when, due, what) = split_follow_up("vendredi: lui écrire", today)?;
            let entry = PersonEntry {
                met: Some(Met {
                    event_id,
                    date,
                    how: How::Event,
                    note: Some("Son nouveau site".into()),
                }),
                cards: vec![card],
                follow_up: Some(FollowUpSpec {
                    when,
                    due,
                    what: Some(what),
                }),
                tags: line.tags.clone(),
                ..PersonEntry::about(who)
            };
            let saved = meeting::record_one(&mut store, &entry, today, NOW)?;
            println!("#{} {}", saved.contact_id, saved.name);
        }
        _ => bail!("usage: capture --db PATH lookup NAME | save LINE"),
    }
    Ok(())
}
