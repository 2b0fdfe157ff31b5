//! What every command is handed: the store, the output, the prompter, the clock and the
//! interface language.

use std::path::PathBuf;

use anyhow::Result;

use crate::clock::Clock;
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::event::EventMatch;
use crate::resolve::{resolve_contact, resolve_event, Resolution};
use crate::store::{ContactMatch, Location, Store};
use crate::ui::output::Output;
use crate::ui::prompt::Prompter;

pub struct Ctx {
    pub store: Store,
    pub out: Output,
    pub prompt: Box<dyn Prompter>,
    pub clock: Box<dyn Clock>,
    /// The interface language, for the views: `tr!(ctx.lang; "…")`, `i18n::fmt::…(ctx.lang, …)`.
    pub lang: Lang,
}

/// Where the database is: `--db`, else `CARNET_DB` (clap reads both), else the data folder.
pub fn db_location(flag: Option<PathBuf>) -> Result<Location> {
    if let Some(path) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(Location {
            path,
            create_folder: false,
        });
    }
    let dirs = directories::ProjectDirs::from("", "", "carnet").ok_or_else(|| {
        CliError::new("cannot find a home folder for carnet's data")
            .hint("set --db PATH or CARNET_DB to choose where the database lives")
    })?;
    Ok(Location {
        path: dirs.data_dir().join("carnet.db"),
        create_folder: true,
    })
}

impl Ctx {
    /// Resolves a CONTACT argument to one contact: asks on a terminal when several match,
    /// fails listing the candidates otherwise.
    pub fn contact(&mut self, arg: &str) -> Result<ContactMatch> {
        match resolve_contact(self.store.db(), arg)? {
            Resolution::One(m) => Ok(m),
            Resolution::NoSuchId(id) => Err(CliError::new(format!("no contact #{id}"))
                .hint("`carnet list` shows every contact with its id")
                .into()),
            Resolution::None(near) => {
                let err = CliError::new(format!("no contact matches '{arg}'"));
                Err(if near.is_empty() {
                    err.hint("`carnet list` shows every contact; `carnet add NAME` adds one")
                } else {
                    err.hint(format!("did you mean {}?", describe_all(&near, " or ")))
                }
                .into())
            }
            Resolution::Many(many) => {
                if self.prompt.is_interactive() {
                    let items: Vec<String> = many.iter().map(describe).collect();
                    let i = self.prompt.select(
                        &format!("Several contacts match '{arg}'"),
                        &items,
                        0,
                    )?;
                    return Ok(many[i].clone());
                }
                let list: Vec<String> = many.iter().map(|m| format!("  {}", describe(m))).collect();
                Err(CliError::new(format!(
                    "'{arg}' matches {} contacts:\n{}",
                    many.len(),
                    list.join("\n")
                ))
                .hint(format!("name one by id, e.g. #{}", many[0].id))
                .into())
            }
        }
    }

    /// Resolves an EVENT argument: an id, or a case- and accent-insensitive name match,
    /// the newest event when several match.
    pub fn event(&self, arg: &str) -> Result<EventMatch> {
        resolve_event(self.store.db(), arg)?.ok_or_else(|| {
            CliError::new(format!("no event matches '{arg}'"))
                .hint("`carnet event list` shows every event with its id; `carnet event add NAME` adds one")
                .into()
        })
    }

    /// Today by the clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// Now as stored in the database.
    pub fn now(&self) -> String {
        self.clock.timestamp()
    }
}

pub fn describe(m: &ContactMatch) -> String {
    let mut s = format!("#{} {}", m.id, m.name);
    if let Some(c) = &m.company {
        s.push_str(&format!(" ({c})"));
    }
    if m.archived {
        s.push_str(" [archived]");
    }
    s
}

fn describe_all(ms: &[ContactMatch], sep: &str) -> String {
    ms.iter().map(describe).collect::<Vec<_>>().join(sep)
}
