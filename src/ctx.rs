//! What every command is handed: the store, the output, the prompter, the clock and the
//! interface language, and the resolution of what the user typed for a CONTACT, a PROJECT
//! or an EVENT.

use std::path::PathBuf;

use anyhow::Result;

use crate::clock::Clock;
use crate::error::CliError;
use crate::i18n::{fmt, Lang};
use crate::model::event::EventMatch;
use crate::model::ids::{self, Kind};
use crate::model::project::Project;
use crate::resolve::{
    name_runs_on, resolve_contact, resolve_event, resolve_project, split_name, Named, Resolution,
    SplitName,
};
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

/// The refusal of a contact's name given as several arguments.
fn split_error(split: &SplitName) -> anyhow::Error {
    let who: Vec<String> = split.named.iter().map(names::contact).collect();
    CliError::new(tr!(
        "resolve-split",
        typed = &split.typed,
        who = names::and_list(&who),
        count = split.len
    ))
    .hint(tr!(
        "resolve-split-hint",
        typed = &split.typed,
        id = split.named[0].id
    ))
    .into()
}

/// The error for an id of another kind typed where `expected` fits ("e12 is an event,
/// not a contact").
fn other_kind(kind: Kind, id: i64, expected: Kind) -> anyhow::Error {
    let e = ids::other_kind(kind, id, expected);
    let hint = e.hint();
    CliError::new(e.to_string()).hint(hint).into()
}

/// A message's first line, then `items` one a line, indented: a list of candidates.
fn listed(first: String, items: &[String]) -> String {
    let mut text = first;
    for item in items {
        text.push_str("\n  ");
        text.push_str(item);
    }
    text
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

/// At most this many open follow-ups of a contact are offered or listed.
const MAX_OPEN_LISTED: usize = 50;

/// How the errors of a resolution name the records.
struct Words {
    kind: Kind,
    /// The command that lists them with their ids.
    list: &'static str,
    /// The command that adds one.
    add: fn() -> String,
}

const CONTACT: Words = Words {
    kind: Kind::Contact,
    list: "carnet list",
    add: || tr!("resolve-add-contact"),
};

const PROJECT: Words = Words {
    kind: Kind::Project,
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
    /// Adjacent arguments that together are a contact's whole name are refused: a name of
    /// several words is quoted (see `resolve::split_name`).
    pub fn contacts(&mut self, args: &[String]) -> Result<Vec<ContactMatch>> {
        if let Some(split) = split_name(self.store.db(), args)? {
            return Err(split_error(&split));
        }
        let mut people: Vec<ContactMatch> = Vec::new();
        for arg in args {
            let m = self.contact(arg)?;
            if !people.iter().any(|p| p.id == m.id) {
                people.push(m);
            }
        }
        Ok(people)
    }

    /// Resolves a CONTACT argument followed by other words (a note, tags, a follow-up's
    /// text): refused when the contact and the first of those words are together a
    /// contact's whole name ("michel" then "gagnon a envoyé…"), whichever was meant.
    pub fn contact_before(&mut self, arg: &str, rest: &[String]) -> Result<ContactMatch> {
        if let Some((typed, named)) = name_runs_on(self.store.db(), arg, rest)? {
            let who: Vec<String> = named.iter().map(names::contact).collect();
            return Err(CliError::new(tr!(
                "resolve-runs-on",
                typed = &typed,
                who = names::and_list(&who),
                arg = arg.trim()
            ))
            .hint(tr!(
                "resolve-runs-on-hint",
                typed = &typed,
                id = named[0].id
            ))
            .into());
        }
        self.contact(arg)
    }

    /// Resolves FOLLOW-UP arguments: each an id (`f3`, `3`, `#3`), or a contact with exactly
    /// one open follow-up — asked among them on a terminal when there are several, listed
    /// otherwise. Adjacent words that together are a contact's whole name are refused as
    /// in `contacts`.
    pub fn followups(&mut self, args: &[String]) -> Result<Vec<i64>> {
        // Ids are never words of a name (`split_name` skips the runs holding one).
        if let Some(split) = split_name(self.store.db(), args)? {
            return Err(split_error(&split));
        }
        let mut out = Vec::new();
        for arg in args {
            let id = self.followup(arg)?;
            if !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// One FOLLOW-UP argument (see `followups`).
    pub fn followup(&mut self, arg: &str) -> Result<i64> {
        if ids::parse(arg).is_some() {
            return ids::expect(arg, Kind::FollowUp).map_err(|e| {
                let hint = e.hint();
                CliError::new(e.to_string()).hint(hint).into()
            });
        }
        let m = self.contact(arg)?;
        let today = self.today();
        let open = self.store.db().followups(
            crate::model::followup::FollowUpWhen::Open,
            Some(m.id),
            today,
            Some(MAX_OPEN_LISTED),
        )?;
        let lang = self.lang;
        let items: Vec<String> = open
            .iter()
            .map(|f| {
                tr!(lang; "resolve-followup-item",
                    id = Kind::FollowUp.show(f.id),
                    what = &f.what,
                    due = fmt::short_date(lang, f.due, today))
            })
            .collect();
        match open.len() {
            0 => Err(CliError::new(tr!(
                lang; "resolve-followup-none",
                who = names::contact(&m)
            ))
            .hint(tr!(lang; "resolve-followup-none-hint"))
            .into()),
            1 => Ok(open[0].id),
            n if self.prompt.is_interactive() => {
                let prompt = tr!(lang; "resolve-followup-pick", name = &m.name, count = n);
                match self.prompt.pick(&prompt, &items)? {
                    Some(i) => Ok(open[i].id),
                    None => Err(CliError::new(tr!(
                        lang; "resolve-none-chosen",
                        kind = Kind::FollowUp.key(),
                        typed = arg
                    ))
                    .into()),
                }
            }
            n => {
                let first = tr!(lang; "resolve-followup-many", who = names::contact(&m), count = n);
                Err(CliError::new(listed(first, &items))
                    .hint(tr!(
                        lang; "resolve-followup-many-hint",
                        example = Kind::FollowUp.show(open[0].id)
                    ))
                    .into())
            }
        }
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
        match resolve_event(self.store.db(), arg)? {
            Ok(Some(e)) => Ok(e),
            Ok(None) => Err(CliError::new(tr!(
                self.lang; "resolve-no-match",
                kind = Kind::Event.key(),
                typed = arg
            ))
            .hint(tr!(self.lang; "resolve-no-event-hint"))
            .into()),
            Err((kind, id)) => Err(other_kind(kind, id, Kind::Event)),
        }
    }

    /// The one record of a resolution, or an error naming what went wrong.
    fn pick<T: Named>(
        &mut self,
        arg: &str,
        found: Resolution<T>,
        w: &Words,
        describe: fn(&T) -> String,
    ) -> Result<T> {
        let lang = self.lang;
        let key = w.kind.key();
        match found {
            Resolution::One(m) => Ok(m),
            Resolution::NoSuchId(id) => Err(CliError::new(tr!(
                lang; "resolve-no-such-id",
                kind = key,
                shown = w.kind.show(id)
            ))
            .hint(tr!(lang; "resolve-no-such-id-hint", list = w.list, kind = key))
            .into()),
            Resolution::OtherKind(kind, id) => Err(other_kind(kind, id, w.kind)),
            Resolution::None(near) => {
                let err = CliError::new(tr!(lang; "resolve-no-match", kind = key, typed = arg));
                Err(if near.is_empty() {
                    err.hint(tr!(
                        lang; "resolve-no-match-hint",
                        list = w.list,
                        kind = key,
                        add = (w.add)()
                    ))
                } else {
                    let near: Vec<String> = near.iter().map(describe).collect();
                    err.hint(tr!(lang; "resolve-did-you-mean", names = names::or_list(&near)))
                }
                .into())
            }
            Resolution::Many(many) => {
                let items: Vec<String> = many.iter().map(describe).collect();
                if self.prompt.is_interactive() {
                    let prompt = tr!(lang; "resolve-pick", kind = key, typed = arg);
                    return match self.prompt.pick(&prompt, &items)? {
                        Some(i) => Ok(many[i].clone()),
                        None => Err(CliError::new(tr!(
                            lang; "resolve-none-chosen",
                            kind = key,
                            typed = arg
                        ))
                        .into()),
                    };
                }
                let first = tr!(lang; "resolve-many", typed = arg, count = many.len(), kind = key);
                Err(CliError::new(listed(first, &items))
                    .hint(tr!(
                        lang; "resolve-many-hint",
                        example = w.kind.show(many[0].id())
                    ))
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
                // Another project first, so that no id is 1.
                db.insert_project("Album", None, now)?;
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
            format!("name one by id, e.g. p{concert}, or quote more of the name")
        );
        let e = refused.project("#7").unwrap_err();
        assert_eq!(e.to_string(), "no project p7");
        let e = refused.project("e7").unwrap_err();
        assert_eq!(e.to_string(), "e7 is an event, not a project");
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

    fn add(c: &mut Ctx, name: &str) -> i64 {
        let new = crate::model::NewContact {
            name: name.into(),
            ..Default::default()
        };
        c.store
            .write(|db| db.insert_contact(&new, "2026-11-22T00:00:00Z"))
            .unwrap()
    }

    fn followup(c: &mut Ctx, contact: i64, what: &str) -> i64 {
        let new = crate::model::followup::NewFollowUp {
            contact_id: Some(contact),
            event_id: None,
            what: what.into(),
            due: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            every: None,
        };
        c.store
            .write(|db| db.insert_followup(&new, "2026-11-22T00:00:00Z"))
            .unwrap()
    }

    #[test]
    fn a_name_matching_several_contacts_is_picked_or_refused_never_guessed() {
        let dir = tempfile::tempdir().unwrap();
        let mut asked = ctx(&dir, Box::new(ScriptedPrompter::new(["1", "2", ""])));
        let gagnon = add(&mut asked, "Michel Gagnon");
        let michel = add(&mut asked, "Michel");
        // The whole name first: the picker's second line is Michel Gagnon.
        assert_eq!(asked.contact("michel").unwrap().id, gagnon);
        // The last line, "none of these", chooses nobody.
        let e = asked.contact("michel").unwrap_err();
        assert_eq!(
            e.to_string(),
            "no contact chosen for 'michel'; nothing was changed"
        );
        // Enter takes the first: the whole name.
        assert_eq!(asked.contact("michel").unwrap().id, michel);

        let dir = tempfile::tempdir().unwrap();
        let mut refused = ctx(&dir, Box::new(NoPrompter { why: "test" }));
        let gagnon = add(&mut refused, "Michel Gagnon");
        let michel = add(&mut refused, "Michel");
        let e = refused.contact("michel").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("'michel' matches 2 contacts:\n  #{michel} Michel\n  #{gagnon} Michel Gagnon")
        );
        assert_eq!(
            crate::error::hint_of(&e).unwrap(),
            format!("name one by id, e.g. #{michel}, or quote more of the name")
        );
        assert_eq!(refused.contact("michel gagnon").unwrap().id, gagnon);
        let e = refused.contact("e3").unwrap_err();
        assert_eq!(e.to_string(), "e3 is an event, not a contact");
        let e = refused.contact("#99").unwrap_err();
        assert_eq!(e.to_string(), "no contact #99");
    }

    #[test]
    fn a_name_split_over_arguments_is_refused_with_a_hint_to_quote_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = ctx(&dir, Box::new(NoPrompter { why: "test" }));
        let gagnon = add(&mut c, "Michel Gagnon");
        add(&mut c, "Michel");
        let args = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        let e = c.contacts(&args(&["michel", "gagnon"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("'michel gagnon' is the name of #{gagnon} Michel Gagnon, but was given as 2 contacts")
        );
        assert!(crate::error::hint_of(&e)
            .unwrap()
            .contains("quote a name of several words (\"michel gagnon\")"));
        let quoted = c.contacts(&args(&["michel gagnon"])).unwrap();
        assert_eq!(quoted[0].id, gagnon);
        // A contact followed by words completing another's name.
        let e = c
            .contact_before("michel", &args(&["gagnon", "a", "envoyé", "ses", "liens"]))
            .unwrap_err();
        assert!(
            e.to_string().starts_with("'michel gagnon' is the name of"),
            "{e}"
        );
        assert!(crate::error::hint_of(&e)
            .unwrap()
            .contains(&format!("#{gagnon}")));
        assert_eq!(
            c.contact_before("michel gagnon", &args(&["a", "envoyé"]))
                .unwrap()
                .id,
            gagnon
        );
        let e = c.followups(&args(&["michel", "gagnon"])).unwrap_err();
        assert!(e.to_string().contains("was given as 2 contacts"), "{e}");
        // An id between two words: they are not one name ("michel" alone is ambiguous).
        let f = followup(&mut c, gagnon, "Call back");
        let e = c
            .followups(&args(&["michel", &format!("f{f}"), "gagnon"]))
            .unwrap_err();
        assert!(
            e.to_string().starts_with("'michel' matches 2 contacts"),
            "{e}"
        );
    }

    #[test]
    fn a_follow_up_is_named_by_id_or_by_a_contact_with_one_open() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = ctx(&dir, Box::new(NoPrompter { why: "test" }));
        let zoe = add(&mut c, "Zoë");
        let fred = add(&mut c, "Frédéric Duval");
        let andre = add(&mut c, "André");
        let one = followup(&mut c, zoe, "Send the deck");
        let (a, b) = (
            followup(&mut c, fred, "Call back"),
            followup(&mut c, fred, "Send the photos"),
        );
        assert_eq!(c.followup("zoe").unwrap(), one);
        assert_eq!(c.followup(&format!("f{a}")).unwrap(), a);
        assert_eq!(c.followup(&format!("#{b}")).unwrap(), b);
        assert_eq!(c.followup(&b.to_string()).unwrap(), b);
        let e = c.followup("c3").unwrap_err();
        assert_eq!(e.to_string(), "c3 is a card, not a follow-up");
        let e = c.followup("frederic").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "#{fred} Frédéric Duval has 2 open follow-ups:\n  f{a} Call back (due Tue 1 Dec)\n  f{b} Send the photos (due Tue 1 Dec)"
            )
        );
        assert_eq!(
            crate::error::hint_of(&e).unwrap(),
            format!("name one by id, e.g. f{a}")
        );
        let e = c.followup("andre").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("#{andre} André has no open follow-up")
        );
        let args = vec!["zoe".to_owned(), format!("f{a}"), format!("f{one}")];
        assert_eq!(c.followups(&args).unwrap(), [one, a]);

        let dir = tempfile::tempdir().unwrap();
        let mut asked = ctx(&dir, Box::new(ScriptedPrompter::new(["1", "2"])));
        let fred = add(&mut asked, "Frédéric Duval");
        followup(&mut asked, fred, "Call back");
        let photos = followup(&mut asked, fred, "Send the photos");
        assert_eq!(asked.followup("fred").unwrap(), photos);
        let e = asked.followup("fred").unwrap_err();
        assert_eq!(
            e.to_string(),
            "no follow-up chosen for 'fred'; nothing was changed"
        );
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
