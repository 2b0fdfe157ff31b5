//! `carnet log`: the guided session on the way home from an event. Each person is saved in
//! one transaction as soon as their last question is answered, so an interruption loses at
//! most the person being entered.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use crate::commands::contact as c;
use crate::commands::event::describe;
use crate::commands::followup::DEFAULT_WHAT;
use crate::ctx::Ctx;
use crate::error::{CliError, Interrupted};
use crate::model::card::NewCard;
use crate::model::dates::parse_date;
use crate::model::encounter::{How, NewEncounter};
use crate::model::event::{EventKind, EventMatch, NewEvent};
use crate::model::followup::NewFollowUp;
use crate::model::validate::{self, InvalidValue};
use crate::model::{ContactId, Labeled, NewContact};
use crate::store::{ContactMatch, Db};
use crate::ui::prompt::{PromptError, Prompter};

const EXAMPLES: &str = "\
Examples:
  carnet log                      # pick a recent event or create one, then the people
  carnet log \"5 à 7 Montréal\"
  carnet log '#3'";

/// Record everyone you met at an event, guided by questions
///
/// First the event (a recent one, or a new one), then each person in turn until you leave
/// the name empty: who they are, their cards, what you talked about, when to follow up,
/// tags. Every answer but the name may be skipped with Enter. Each person is saved as soon
/// as their last answer is given; Ctrl-C drops only the person being entered.
///
/// Needs a terminal. To record without questions, use `carnet met`, `carnet add` and
/// `carnet card add`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct LogArgs {
    /// The event: #ID, ID, or (part of) its name [default: asked]
    pub event: Option<String>,
}

/// Who a person entered in the session is.
#[derive(Debug, Clone)]
pub enum Who {
    Existing(ContactMatch),
    New(NewContact),
}

/// The "Follow up when?" answer and what to do, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpAnswer {
    pub when: Option<String>,
    /// `when` read as a date, when the date parser understands it.
    pub on: Option<NaiveDate>,
    pub what: Option<String>,
}

impl FollowUpAnswer {
    /// The text kept on the encounter: `when: what`.
    pub fn as_text(&self) -> Option<String> {
        match (&self.when, &self.what) {
            (Some(w), Some(t)) => Some(format!("{w}: {t}")),
            (Some(x), None) | (None, Some(x)) => Some(x.clone()),
            (None, None) => None,
        }
    }
}

/// Everything typed about one person; saved by [`PersonEntry::save`] in one transaction.
#[derive(Debug, Clone)]
pub struct PersonEntry {
    pub who: Who,
    pub cards: Vec<NewCard>,
    pub talked_about: Option<String>,
    pub follow_up: Option<FollowUpAnswer>,
    pub tags: Vec<String>,
}

/// One saved person, for the confirmation line and the summary.
#[derive(Debug, Clone, Serialize)]
pub struct SavedPerson {
    pub contact_id: ContactId,
    pub name: String,
    pub new_contact: bool,
    pub encounter_id: i64,
    pub cards: usize,
    pub follow_up: Option<String>,
    /// The follow-up created from the answer, when it gave a date.
    pub follow_up_id: Option<i64>,
}

impl PersonEntry {
    /// Writes the person: the contact when new, their tags, cards, the follow-up (for the
    /// contact and the event) and the encounter at the event, which also keeps the follow-up
    /// answer as typed. Run it inside `Store::write`.
    pub fn save(
        &self,
        db: Db<'_>,
        event: &EventMatch,
        now: &str,
    ) -> crate::store::Result<SavedPerson> {
        let (contact_id, name, new_contact) = match &self.who {
            Who::Existing(m) => {
                db.touch_contact(m.id, now)?;
                (m.id, m.name.clone(), false)
            }
            Who::New(n) => (db.insert_contact(n, now)?, n.name.clone(), true),
        };
        db.add_tags(contact_id, &self.tags)?;
        for card in &self.cards {
            db.insert_card(contact_id, card, now)?;
        }
        let follow_up = self.follow_up.as_ref().and_then(FollowUpAnswer::as_text);
        let follow_up_id = match self.follow_up.as_ref().and_then(|f| f.on.map(|on| (on, f))) {
            Some((due, f)) => Some(db.insert_followup(
                &NewFollowUp {
                    contact_id: Some(contact_id),
                    event_id: Some(event.id),
                    what: f.what.clone().unwrap_or_else(|| DEFAULT_WHAT.to_owned()),
                    due,
                    every: None,
                },
                now,
            )?),
            None => None,
        };
        let encounter_id = db.insert_encounter(
            &NewEncounter {
                contact_id,
                event_id: Some(event.id),
                date: event.date,
                how: How::Event,
                note: self.talked_about.clone(),
                follow_up: follow_up.clone(),
                new_contact,
            },
            now,
        )?;
        Ok(SavedPerson {
            contact_id,
            name,
            new_contact,
            encounter_id,
            cards: self.cards.len(),
            follow_up,
            follow_up_id,
        })
    }
}

pub fn run(ctx: &mut Ctx, a: LogArgs) -> Result<()> {
    if !ctx.prompt.is_interactive() {
        return Err(CliError::new(
            "carnet log asks questions and needs a terminal; nothing was recorded",
        )
        .hint(
            "record without questions: carnet met CONTACT… --at EVENT, \
             carnet add NAME --company …, carnet card add CONTACT --company …",
        )
        .into());
    }
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    ctx.prompt.begin_session();
    let result = session(ctx, event);
    ctx.prompt.end_session();
    result
}

fn session(ctx: &mut Ctx, event: Option<EventMatch>) -> Result<()> {
    let event = match event {
        Some(e) => e,
        None => match choose_event(ctx) {
            Ok(e) => e,
            Err(e) if is_interrupted(&e) => {
                ctx.out.status("Interrupted: nothing was recorded.");
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e),
        },
    };
    ctx.out.status(format!(
        "Logging the people you met at {}. Leave the name empty to finish.",
        describe(&event)
    ));
    let mut saved: Vec<SavedPerson> = Vec::new();
    loop {
        let name = match ask_name(ctx.prompt.as_mut()) {
            Ok(Some(n)) => n,
            Ok(None) => break,
            Err(PromptError::Interrupted) => {
                ctx.out.status(stopped_message(None, saved.len()));
                summary(ctx, &saved)?;
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e.into()),
        };
        let name = match validate::name(&name) {
            Ok(n) => n,
            Err(e) => {
                ctx.out.status(format!("{e}; try again"));
                continue;
            }
        };
        let entry = match ask_person(ctx, &event, &name) {
            Ok(entry) => entry,
            Err(e) if is_interrupted(&e) => {
                ctx.out.status(stopped_message(Some(&name), saved.len()));
                summary(ctx, &saved)?;
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e),
        };
        let now = ctx.now();
        let person = ctx.store.write(|db| entry.save(db, &event, &now))?;
        ctx.out.status(confirmation(&person));
        saved.push(person);
    }
    summary(ctx, &saved)
}

fn is_interrupted(e: &anyhow::Error) -> bool {
    crate::error::exit_code_of(e) == 130
}

fn stopped_message(dropped: Option<&str>, kept: usize) -> String {
    let kept = match kept {
        0 => "nobody was saved before".to_owned(),
        1 => "the 1 person before is saved".to_owned(),
        n => format!("the {n} people before are saved"),
    };
    match dropped {
        Some(name) => format!("Interrupted: {name} was not saved; {kept}."),
        None => format!("Interrupted: {kept}."),
    }
}

fn confirmation(p: &SavedPerson) -> String {
    let mut s = format!(
        "✓ Saved #{} {} ({})",
        p.contact_id,
        p.name,
        if p.new_contact {
            "new contact"
        } else {
            "already known"
        }
    );
    if p.cards > 0 {
        s.push_str(&format!(
            ", {} card{}",
            p.cards,
            if p.cards == 1 { "" } else { "s" }
        ));
    }
    if let Some(f) = &p.follow_up {
        s.push_str(&format!(", follow up: {f}"));
    }
    s
}

fn summary(ctx: &mut Ctx, saved: &[SavedPerson]) -> Result<()> {
    if ctx.out.json() {
        return ctx.out.print_json(saved);
    }
    if saved.is_empty() {
        ctx.out.status("Nobody recorded in this session.");
        return Ok(());
    }
    let rows = saved
        .iter()
        .map(|p| {
            vec![
                format!("#{}", p.contact_id),
                p.name.clone(),
                if p.new_contact { "new" } else { "known" }.to_owned(),
                p.cards.to_string(),
                p.follow_up.clone().unwrap_or_default(),
            ]
        })
        .collect();
    ctx.out.line(format!(
        "\nSession: {} {}",
        saved.len(),
        if saved.len() == 1 { "person" } else { "people" }
    ))?;
    ctx.out
        .table(&["ID", "NAME", "", "CARDS", "FOLLOW UP"], rows)?;
    Ok(())
}

/// Step 1: a recent event, or a new one.
fn choose_event(ctx: &mut Ctx) -> Result<EventMatch> {
    let today = ctx.today();
    let recent = ctx.store.db().recent_events(today, 8)?;
    if !recent.is_empty() {
        let mut items: Vec<String> = recent.iter().map(describe).collect();
        items.push("New event…".to_owned());
        let i = ctx.prompt.select("Which event?", &items, 0)?;
        if let Some(e) = recent.get(i) {
            return Ok(e.clone());
        }
    }
    let p = ctx.prompt.as_mut();
    let name = loop {
        let raw = p.input("Event name", None)?;
        match validate::name(&raw) {
            Ok(n) => break n,
            Err(_) => ctx.out.status("An event needs a name."),
        }
    };
    let today_text = today.to_string();
    let date = loop {
        let raw = p.input("Date", Some(&today_text))?;
        match parse_date(raw.trim(), today) {
            Ok(d) => break d,
            Err(e) => ctx.out.status(format!("{e}; {}", e.hint())),
        }
    };
    let venue = ask_text(p, &ctx.out, "Venue", None, "venue")?;
    let kinds: Vec<String> = EventKind::ALL
        .iter()
        .map(|k| k.as_str().to_owned())
        .collect();
    let kind = EventKind::ALL[p.select("Kind", &kinds, EventKind::ALL.len() - 1)?];
    let new = NewEvent {
        name,
        date,
        venue,
        kind,
        organizer: None,
        note: None,
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| db.insert_event(&new, &now))?;
    let e = EventMatch {
        id,
        name: new.name,
        date: new.date,
    };
    ctx.out.status(format!("Created event {}", describe(&e)));
    Ok(e)
}

/// The person's name; `None` when left empty (the end of the session).
fn ask_name(p: &mut dyn Prompter) -> Result<Option<String>, PromptError> {
    let raw = p.input("Name (Enter to finish)", None)?;
    Ok(crate::model::text::non_empty(&raw))
}

/// Asks a free-text answer until it is acceptable; `None` when skipped.
fn ask_text(
    p: &mut dyn Prompter,
    out: &crate::ui::output::Output,
    prompt: &str,
    default: Option<&str>,
    field: &'static str,
) -> Result<Option<String>> {
    loop {
        let raw = p.input(prompt, default)?;
        match c::text(field, &Some(raw)) {
            Ok(v) => return Ok(v),
            Err(e) => out.status(e.to_string()),
        }
    }
}

/// Asks a value checked by `check` until it is valid or skipped.
fn ask_checked(
    p: &mut dyn Prompter,
    out: &crate::ui::output::Output,
    prompt: &str,
    default: Option<&str>,
    check: fn(&str) -> Result<String, InvalidValue>,
) -> Result<Option<String>> {
    loop {
        let raw = p.input(prompt, default)?;
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        match check(raw) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => {
                let hint = e.hint().map(|h| format!(" ({h})")).unwrap_or_default();
                out.status(format!("{e}{hint}; try again or press Enter to skip"));
            }
        }
    }
}

/// Existing contacts that the typed name may mean: exact matches first, then prefix and
/// word matches, else near spellings.
fn candidates(db: Db<'_>, name: &str) -> crate::store::Result<Vec<ContactMatch>> {
    let mut all = db.contacts_named(name)?;
    for m in db.contacts_matching(name, 6)? {
        if !all.iter().any(|a| a.id == m.id) {
            all.push(m);
        }
    }
    if all.is_empty() {
        // Nothing by prefix: offer names that are close, for typos ("Frederik").
        all = crate::resolve::nearest(db, name)?;
    }
    all.truncate(6);
    Ok(all)
}

/// Step 2: everything about one person.
fn ask_person(ctx: &mut Ctx, event: &EventMatch, name: &str) -> Result<PersonEntry> {
    let name = name.to_owned();
    let found = candidates(ctx.store.db(), &name)?;
    let existing = if found.is_empty() {
        None
    } else {
        let mut items: Vec<String> = found
            .iter()
            .map(|m| format!("existing {}", crate::ctx::describe(m)))
            .collect();
        items.push(format!("new contact: {name}"));
        let i = ctx.prompt.select(&format!("'{name}' is…"), &items, 0)?;
        found.get(i).cloned()
    };
    let out = &ctx.out;
    let p = ctx.prompt.as_mut();
    // What the card questions start from.
    let mut prefill = NewCard {
        received_on: event.date,
        event_id: Some(event.id),
        ..Default::default()
    };
    let who = match existing {
        Some(m) => {
            let known = ctx.store.db().get_contact(m.id)?;
            prefill.company = known.company.clone();
            prefill.title = known.title.clone();
            prefill.emails = known
                .emails
                .first()
                .map(|e| e.value.clone())
                .into_iter()
                .collect();
            prefill.phones = known
                .phones
                .first()
                .map(|e| e.value.clone())
                .into_iter()
                .collect();
            Who::Existing(m)
        }
        None => {
            let company = ask_text(p, out, "Company", None, "company")?;
            let title = ask_text(p, out, "Activity / title", None, "title")?;
            let email = ask_checked(p, out, "Email", None, validate::email)?;
            let phone = ask_checked(p, out, "Phone", None, validate::phone)?;
            prefill.company = company.clone();
            prefill.title = title.clone();
            prefill.emails = email.iter().cloned().collect();
            prefill.phones = phone.iter().cloned().collect();
            Who::New(NewContact {
                name: name.clone(),
                company,
                title,
                how_met: Some(event.name.clone()),
                emails: email.map(|e| Labeled::new(e, None)).into_iter().collect(),
                phones: phone.map(|e| Labeled::new(e, None)).into_iter().collect(),
                ..Default::default()
            })
        }
    };
    let mut cards = Vec::new();
    if p.confirm("Did they give you a card?", false)? {
        loop {
            cards.push(ask_card(p, out, &prefill)?);
            if !p.confirm("Another card?", false)? {
                break;
            }
            // A further card is for another activity: start it blank.
            prefill = NewCard {
                received_on: event.date,
                event_id: Some(event.id),
                ..Default::default()
            };
        }
    }
    let talked_about = ask_text(p, out, "What did you talk about?", None, "note")?;
    // Relative answers ("in 3 days") count from today, the day the session is typed.
    let today = ctx.clock.today();
    let (when, on) = loop {
        let when = ask_text(
            p,
            out,
            "Follow up when? (in 3 days, next week, a date)",
            None,
            "follow-up",
        )?;
        match when {
            None => break (None, None),
            Some(w) => match parse_date(&w, today) {
                Ok(d) => break (Some(w), Some(d)),
                Err(e) => out.status(format!("{e}; {}; or press Enter to skip", e.hint())),
            },
        }
    };
    let follow_up = match when {
        Some(when) => {
            let what = ask_text(p, out, "What to do?", None, "follow-up")?;
            Some(FollowUpAnswer {
                on,
                when: Some(when),
                what,
            })
        }
        None => None,
    };
    let tags = loop {
        let raw = p.input("Tags (comma-separated)", None)?;
        if raw.trim().is_empty() {
            break Vec::new();
        }
        match c::tags(&[raw]) {
            Ok(t) => break t,
            Err(e) => out.status(format!("{e}; try again or press Enter to skip")),
        }
    };
    Ok(PersonEntry {
        who,
        cards,
        talked_about,
        follow_up,
        tags,
    })
}

/// One card, its answers prefilled from `prefill`.
fn ask_card(
    p: &mut dyn Prompter,
    out: &crate::ui::output::Output,
    prefill: &NewCard,
) -> Result<NewCard> {
    let company = ask_text(
        p,
        out,
        "  Card company",
        prefill.company.as_deref(),
        "company",
    )?;
    let title = ask_text(
        p,
        out,
        "  Card title / activity",
        prefill.title.as_deref(),
        "title",
    )?;
    let email = ask_checked(
        p,
        out,
        "  Card email",
        prefill.emails.first().map(String::as_str),
        validate::email,
    )?;
    let phone = ask_checked(
        p,
        out,
        "  Card phone",
        prefill.phones.first().map(String::as_str),
        validate::phone,
    )?;
    let website = ask_checked(
        p,
        out,
        "  Card website",
        prefill.website.as_deref(),
        validate::url,
    )?;
    Ok(NewCard {
        company,
        title,
        emails: email.into_iter().collect(),
        phones: phone.into_iter().collect(),
        website,
        address: None,
        note: None,
        received_on: prefill.received_on,
        event_id: prefill.event_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::store::{Location, Store};
    use crate::ui::output::Output;
    use crate::ui::prompt::ScriptedPrompter;

    fn ctx(answers: &[&str]) -> (tempfile::TempDir, Ctx) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Location {
            path: dir.path().join("t.db"),
            create_folder: false,
        })
        .unwrap();
        let ctx = Ctx {
            store,
            out: Output::new(false),
            prompt: Box::new(ScriptedPrompter::new(answers.iter().copied())),
            clock: Box::new(FixedClock::on(
                NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            )),
        };
        (dir, ctx)
    }

    fn event(ctx: &mut Ctx) -> EventMatch {
        let new = NewEvent {
            name: "5 à 7 Montréal".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            ..Default::default()
        };
        let id = ctx
            .store
            .write(|db| db.insert_event(&new, "2026-11-22T09:00:00Z"))
            .unwrap();
        EventMatch {
            id,
            name: new.name,
            date: new.date,
        }
    }

    #[test]
    fn follow_up_text_keeps_what_was_typed() {
        let f = FollowUpAnswer {
            when: Some("next week".into()),
            on: None,
            what: Some("send the deck".into()),
        };
        assert_eq!(f.as_text().unwrap(), "next week: send the deck");
        assert_eq!(FollowUpAnswer::default().as_text(), None);
    }

    #[test]
    fn a_new_person_with_two_cards_through_the_prompter() {
        let (_d, mut ctx) = ctx(&[
            "Acme",
            "CEO",
            "bad email",
            "zoe@acme.example",
            "", // company, title, email ×2, phone
            "y",
            "",
            "",
            "",
            "",
            "", // first card, prefilled
            "y",
            "Fablab",
            "Bénévole",
            "",
            "",
            "", // second card
            "n",
            "Talked",
            "demain",
            "Call her",
            "x, y",
        ]);
        let e = event(&mut ctx);
        let entry = ask_person(&mut ctx, &e, "Zoë").unwrap();
        assert_eq!(entry.cards.len(), 2);
        assert_eq!(entry.cards[0].company.as_deref(), Some("Acme"));
        assert_eq!(entry.cards[0].emails, ["zoe@acme.example"]);
        assert_eq!(entry.cards[1].company.as_deref(), Some("Fablab"));
        assert!(
            entry.cards[1].emails.is_empty(),
            "a further card starts blank"
        );
        let f = entry.follow_up.clone().unwrap();
        assert_eq!(f.on, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(entry.tags, ["x", "y"]);

        let now = ctx.now();
        let saved = ctx.store.write(|db| entry.save(db, &e, &now)).unwrap();
        assert!(saved.new_contact);
        assert_eq!(saved.cards, 2);
        let db = ctx.store.db();
        assert_eq!(
            db.cards(Some(saved.contact_id), Some(e.id)).unwrap().len(),
            2
        );
        let enc = db.contact_encounters(saved.contact_id).unwrap();
        assert_eq!(enc[0].follow_up.as_deref(), Some("demain: Call her"));
        assert_eq!(enc[0].date, e.date);
    }

    #[test]
    fn a_typo_still_offers_the_existing_contact() {
        let (_d, mut ctx) = ctx(&[]);
        ctx.store
            .write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: "Frédéric Duval".into(),
                        ..Default::default()
                    },
                    "2026-11-22T09:00:00Z",
                )
            })
            .unwrap();
        let names = |q: &str| -> Vec<String> {
            candidates(ctx.store.db(), q)
                .unwrap()
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(names("frederic duval"), ["Frédéric Duval"]);
        assert_eq!(names("Fred"), ["Frédéric Duval"]);
        assert_eq!(names("Frederik Duval"), ["Frédéric Duval"]);
        assert!(names("Zoë").is_empty());
    }

    #[test]
    fn an_interrupted_person_is_not_saved() {
        let (_d, mut ctx) = ctx(&["Acme"]);
        let e = event(&mut ctx);
        let err = ask_person(&mut ctx, &e, "Zoë").unwrap_err();
        assert!(is_interrupted(&err));
        assert!(ctx.store.db().all_contact_names().unwrap().is_empty());
    }
}
