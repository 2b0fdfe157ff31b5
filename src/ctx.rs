//! What every command is handed: the store, the output, the prompter, the clock and the
//! interface language, and the resolution of what the user typed for a CONTACT, a PROJECT
//! or an EVENT.

use std::path::PathBuf;

use anyhow::Result;

use crate::clock::Clock;
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::event::EventMatch;
use crate::model::project::Project;
use crate::resolve::{resolve_contact, resolve_event, resolve_project, Named, Resolution};
use crate::store::{ContactMatch, Location, Store};
use crate::tr;
use crate::ui::output::Output;
use crate::ui::prompt::Prompter;
use crate::view::names;

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
    let dirs = directories::ProjectDirs::from("", "", "carnet")
        .ok_or_else(|| CliError::new(tr!("store-no-home")).hint(tr!("store-no-home-hint")))?;
    Ok(Location {
        path: dirs.data_dir().join("carnet.db"),
        create_folder: true,
    })
}

/// How the errors of a resolution name the records.
struct Words {
    noun: fn() -> String,
    nouns: fn() -> String,
    /// The id as shown: `#12`, `p2`.
    id: fn(i64) -> String,
    /// The command that lists them with their ids.
    list: &'static str,
    /// The command that adds one.
    add: fn() -> String,
}

const CONTACT: Words = Words {
    noun: || tr!("resolve-noun-contact"),
    nouns: || tr!("resolve-nouns-contact"),
    id: |id| format!("#{id}"),
    list: "carnet list",
    add: || tr!("resolve-add-contact"),
};

const PROJECT: Words = Words {
    noun: || tr!("resolve-noun-project"),
    nouns: || tr!("resolve-nouns-project"),
    id: |id| format!("p{id}"),
    list: "carnet project list",
    add: || tr!("resolve-add-project"),
};

impl Ctx {
    /// Resolves a CONTACT argument to one contact: asks on a terminal when several match,
    /// fails listing the candidates otherwise.
    pub fn contact(&mut self, arg: &str) -> Result<ContactMatch> {
        let found = resolve_contact(self.store.db(), arg)?;
        self.pick(arg, found, &CONTACT, names::contact)
    }

    /// Resolves several CONTACT arguments, each contact once, in the order first named.
    pub fn contacts(&mut self, args: &[String]) -> Result<Vec<ContactMatch>> {
        let mut people: Vec<ContactMatch> = Vec::new();
        for arg in args {
            let m = self.contact(arg)?;
            if !people.iter().any(|p| p.id == m.id) {
                people.push(m);
            }
        }
        Ok(people)
    }

    /// Resolves a PROJECT argument: `#ID`, an exact name, or a unique prefix of the name or
    /// of one of its words, in any case and without accents; asks on a terminal when
    /// several match.
    pub fn project(&mut self, arg: &str) -> Result<Project> {
        let found = resolve_project(self.store.db(), arg)?;
        self.pick(arg, found, &PROJECT, names::project)
    }

    /// Resolves an EVENT argument: an id, or a case- and accent-insensitive name match,
    /// the newest event when several match.
    pub fn event(&self, arg: &str) -> Result<EventMatch> {
        resolve_event(self.store.db(), arg)?.ok_or_else(|| {
            CliError::new(tr!("event-no-match", what = arg))
                .hint(tr!("event-no-match-hint"))
                .into()
        })
    }

    /// The one record of a resolution, or an error naming what went wrong.
    fn pick<T: Named>(
        &mut self,
        arg: &str,
        found: Resolution<T>,
        w: &Words,
        describe: fn(&T) -> String,
    ) -> Result<T> {
        match found {
            Resolution::One(m) => Ok(m),
            Resolution::NoSuchId(id) => Err(CliError::new(tr!(
                "resolve-no-such-id",
                noun = (w.noun)(),
                id = (w.id)(id)
            ))
            .hint(tr!(
                "resolve-no-such-id-hint",
                list = w.list,
                noun = (w.noun)()
            ))
            .into()),
            Resolution::None(near) => {
                let err = CliError::new(tr!("resolve-no-match", noun = (w.noun)(), what = arg));
                Err(if near.is_empty() {
                    err.hint(tr!(
                        "resolve-no-match-hint",
                        list = w.list,
                        noun = (w.noun)(),
                        add = (w.add)()
                    ))
                } else {
                    let near: Vec<String> = near.iter().map(describe).collect();
                    err.hint(tr!(
                        "resolve-did-you-mean",
                        names = near.join(&tr!("resolve-or"))
                    ))
                }
                .into())
            }
            Resolution::Many(many) => {
                let items: Vec<String> = many.iter().map(describe).collect();
                if self.prompt.is_interactive() {
                    let prompt = tr!(self.lang; "resolve-several", nouns = (w.nouns)(), what = arg);
                    let i = self.prompt.select(&prompt, &items, 0)?;
                    return Ok(many[i].clone());
                }
                let list: Vec<String> = items.iter().map(|i| format!("  {i}")).collect();
                let head = tr!(
                    "resolve-many",
                    what = arg,
                    count = many.len(),
                    nouns = (w.nouns)()
                );
                Err(CliError::new(format!("{head}\n{}", list.join("\n")))
                    .hint(tr!("resolve-many-hint", id = (w.id)(many[0].id())))
                    .into())
            }
        }
    }

    /// Whether to go ahead with something that cannot be undone: yes with `--yes` (`yes`),
    /// else as answered to `question` on a terminal; elsewhere an error, `refusal`, with the
    /// hint to pass --yes, `hint`.
    pub fn confirm(
        &mut self,
        yes: bool,
        question: &str,
        refusal: String,
        hint: String,
    ) -> Result<bool> {
        if yes {
            return Ok(true);
        }
        if !self.prompt.is_interactive() {
            return Err(CliError::new(refusal).hint(hint).into());
        }
        Ok(self.prompt.confirm(question, false)?)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::ui::prompt::{NoPrompter, ScriptedPrompter};

    fn ctx(dir: &tempfile::TempDir, prompt: Box<dyn Prompter>) -> Ctx {
        let store = Store::open(&Location {
            path: dir.path().join("t.db"),
            create_folder: false,
        })
        .unwrap();
        Ctx {
            store,
            out: Output::new(false),
            prompt,
            clock: Box::new(FixedClock::on(
                chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            )),
            lang: Lang::En,
        }
    }

    fn two_projects(ctx: &mut Ctx) -> (i64, i64) {
        let now = "2026-11-22T00:00:00Z";
        ctx.store
            .write(|db| -> crate::store::Result<_> {
                Ok((
                    db.insert_project("Concert", None, now)?,
                    db.insert_project("Conférence", None, now)?,
                ))
            })
            .unwrap()
    }

    #[test]
    fn several_projects_are_asked_on_a_terminal_and_listed_elsewhere() {
        let dir = tempfile::tempdir().unwrap();
        let mut asked = ctx(&dir, Box::new(ScriptedPrompter::new(["Conférence"])));
        let (_, conference) = two_projects(&mut asked);
        assert_eq!(asked.project("con").unwrap().id, conference);

        let dir = tempfile::tempdir().unwrap();
        let mut refused = ctx(&dir, Box::new(NoPrompter { why: "test" }));
        let (concert, conference) = two_projects(&mut refused);
        let e = refused.project("con").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("'con' matches 2 projects:\n  p{concert} Concert\n  p{conference} Conférence")
        );
        assert_eq!(
            crate::error::hint_of(&e).unwrap(),
            format!("name one by id, e.g. p{concert}")
        );
        let e = refused.project("#7").unwrap_err();
        assert_eq!(e.to_string(), "no project p7");
        let e = refused.project("gala").unwrap_err();
        assert_eq!(e.to_string(), "no project matches 'gala'");
        assert!(crate::error::hint_of(&e)
            .unwrap()
            .contains("carnet project add NAME"));
    }

    #[test]
    fn contacts_named_twice_are_resolved_once_in_the_order_first_named() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = ctx(&dir, Box::new(NoPrompter { why: "test" }));
        let add = |c: &mut Ctx, name: &str| {
            let new = crate::model::NewContact {
                name: name.into(),
                ..Default::default()
            };
            c.store
                .write(|db| db.insert_contact(&new, "2026-11-22T00:00:00Z"))
                .unwrap()
        };
        let (zoe, fred) = (add(&mut c, "Zoë"), add(&mut c, "Frédéric"));
        let args = vec![
            "frederic".to_owned(),
            format!("#{zoe}"),
            "zoe".to_owned(),
            fred.to_string(),
        ];
        let ids: Vec<i64> = c.contacts(&args).unwrap().iter().map(|m| m.id).collect();
        assert_eq!(ids, [fred, zoe]);
        assert!(c.contacts(&["nobody".into()]).is_err());
    }

    #[test]
    fn confirmation_is_yes_the_answer_or_a_refusal_with_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = ctx(&dir, Box::new(ScriptedPrompter::new(["n", "y"])));
        let ask = |c: &mut Ctx, yes| c.confirm(yes, "Delete?", "refused".into(), "--yes".into());
        assert!(ask(&mut c, true).unwrap(), "--yes asks nothing");
        assert!(!ask(&mut c, false).unwrap());
        assert!(ask(&mut c, false).unwrap());
        let mut c = ctx(&dir, Box::new(NoPrompter { why: "test" }));
        let e = ask(&mut c, false).unwrap_err();
        assert_eq!(e.to_string(), "refused");
        assert_eq!(crate::error::hint_of(&e).unwrap(), "--yes");
    }
}
