//! The questions about one person in a `log` session, after their line: who they are (a
//! known contact or a new one), whether the details were on a card and the further cards,
//! what was said, the follow-up. `<` at any question goes back one; going back from the
//! first returns to the person's line (or to the choice of contact). The person is saved
//! as soon as the follow-up is answered.

use anyhow::Result;

use super::ask::{self, Answer, YesNo};
use super::identify::{self, Found};
use crate::commands::args;
use crate::ctx::Ctx;
use crate::i18n::Lang;
use crate::model::card::NewCard;
use crate::model::encounter::How;
use crate::model::event::EventMatch;
use crate::model::person_line::PersonLine;
use crate::model::{text, Labeled};
use crate::ops::meeting::{self, FollowUpSpec, Met, PersonEntry, SavedPerson};
use crate::store::ContactMatch;
use crate::tr;
use crate::view::meeting as said;
use crate::view::person_line as line_view;

/// How entering one person ended.
pub enum Entered {
    Saved(Box<SavedPerson>),
    /// Back to the name question, with this line to correct.
    Again(String),
}

/// Who the line is about.
#[derive(Clone)]
enum Target {
    New,
    Known(ContactMatch),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Identity,
    Card,
    MoreCards,
    Note,
    FollowUp,
}

/// A card received, with the line typed for it (to correct it after going back).
struct CardTyped {
    card: NewCard,
    typed: String,
}

/// Asks what is left to ask about the person typed as `typed`, met at `event`, and saves
/// them. Ctrl-C or Ctrl-D comes out as an interruption: nothing of this person is saved.
pub fn enter(ctx: &mut Ctx, event: &EventMatch, typed: &str) -> Result<Entered> {
    let lang = ctx.lang;
    let line = match PersonLine::parse(typed) {
        Ok(l) => l,
        Err(e) => {
            ctx.out.status(line_view::problem(lang, &e));
            return Ok(Entered::Again(typed.to_owned()));
        }
    };
    let introducer = match &line.introduced_by {
        None => None,
        Some(who) => match identify::introducer(ctx, who)? {
            Some(m) => Some(m),
            None => return Ok(Entered::Again(typed.to_owned())),
        },
    };
    let found = identify::person(ctx.store.db(), &line.name)?;
    let mut target = match &found {
        Found::One(m) => Some(Target::Known(m.clone())),
        Found::Nobody => Some(Target::New),
        Found::Several(_) | Found::Near(_) => None,
    };
    let mut cards: Vec<CardTyped> = Vec::new();
    let mut extra_tags: Vec<String> = Vec::new();
    let mut extra_links: Vec<Labeled> = Vec::new();
    let (mut note, mut note_typed) = (None, String::new());
    let follow_up: Option<FollowUpSpec>;
    let mut follow_up_typed = String::new();
    let mut retry_card = String::new();
    let mut step = Step::Identity;
    // Going back from the first question: to the choice of contact when there was one to
    // make (or one made for the person), else to the line.
    let back_from_first = |found: &Found| -> Option<Step> {
        (!matches!(found, Found::Nobody)).then_some(Step::Identity)
    };
    loop {
        step = match step {
            Step::Identity => {
                if target.is_none() {
                    match identify::pick(ctx, &line.name, &found)? {
                        Some(Some(m)) => target = Some(Target::Known(m)),
                        Some(None) => target = Some(Target::New),
                        None => return Ok(Entered::Again(typed.to_owned())),
                    }
                }
                let t = target.clone().unwrap_or(Target::New);
                ctx.out
                    .status(understood(lang, &line, &t, introducer.as_ref()));
                if line.has_details() {
                    Step::Card
                } else {
                    Step::Note
                }
            }
            Step::Card => {
                let p = ctx.prompt.as_mut();
                match ask::yes_no(p, &ctx.out, lang, &tr!(lang; "log-ask-card"), false)? {
                    YesNo::Back => match back_from_first(&found) {
                        Some(s) => {
                            target = None;
                            s
                        }
                        None => return Ok(Entered::Again(typed.to_owned())),
                    },
                    YesNo::Yes => {
                        let (card, links) =
                            meeting::card_from_line(&line, None, event.date, Some(event.id));
                        cards = vec![CardTyped {
                            card,
                            typed: String::new(),
                        }];
                        extra_links = links;
                        Step::MoreCards
                    }
                    YesNo::No => {
                        cards.clear();
                        extra_links.clear();
                        Step::Note
                    }
                }
            }
            Step::MoreCards => {
                let carried = cards.last().map(|c| carried(&c.card)).unwrap_or_default();
                let prompt = if carried.is_empty() {
                    tr!(lang; "log-ask-another-card")
                } else {
                    tr!(lang; "log-ask-another-card-carrying", values = carried.join(", "))
                };
                let initial = std::mem::take(&mut retry_card);
                match ask::line(ctx.prompt.as_mut(), &prompt, &initial)? {
                    Answer::Back if cards.len() > 1 => {
                        let removed = cards.pop().map(|c| c.typed).unwrap_or_default();
                        ctx.out
                            .status(tr!(lang; "log-card-removed", n = cards.len() + 1));
                        retry_card = removed;
                        Step::MoreCards
                    }
                    Answer::Back => Step::Card,
                    Answer::Text(t) if t.is_empty() => Step::Note,
                    Answer::Text(t) => {
                        match further_card(lang, &line, &t, cards.last().map(|c| &c.card), event) {
                            Ok((card, links, tags, shown)) => {
                                ctx.out.status(tr!(lang; "log-understood-card",
                                    n = cards.len() + 1, fields = shown));
                                extra_links.extend(links);
                                extra_tags.extend(tags);
                                cards.push(CardTyped { card, typed: t });
                            }
                            Err(problem) => {
                                ctx.out.status(problem);
                                retry_card = t;
                            }
                        }
                        Step::MoreCards
                    }
                }
            }
            Step::Note => {
                let name = match &target {
                    Some(Target::Known(m)) => line_view::contact(m),
                    _ => line.name.clone(),
                };
                let prompt = tr!(lang; "log-ask-note", name = name);
                let initial = std::mem::take(&mut note_typed);
                match ask::line(ctx.prompt.as_mut(), &prompt, &initial)? {
                    Answer::Back if !cards.is_empty() => Step::MoreCards,
                    Answer::Back if line.has_details() => Step::Card,
                    Answer::Back => match back_from_first(&found) {
                        Some(s) => {
                            target = None;
                            s
                        }
                        None => return Ok(Entered::Again(typed.to_owned())),
                    },
                    Answer::Text(t) => match args::text("note", &Some(t.clone())) {
                        Ok(n) => {
                            note = n;
                            note_typed = t;
                            Step::FollowUp
                        }
                        Err(e) => {
                            ctx.out.status(e.to_string());
                            note_typed = t;
                            Step::Note
                        }
                    },
                }
            }
            Step::FollowUp => {
                let initial = std::mem::take(&mut follow_up_typed);
                let prompt = tr!(lang; "log-ask-follow-up");
                match ask::line(ctx.prompt.as_mut(), &prompt, &initial)? {
                    Answer::Back => {
                        note_typed = note.clone().unwrap_or_default();
                        Step::Note
                    }
                    Answer::Text(t) if t.is_empty() => {
                        follow_up = None;
                        break;
                    }
                    Answer::Text(t) => match args::follow_up(&t, ctx.today()) {
                        Ok(f) => {
                            ctx.out.status(tr!(lang; "log-understood-follow-up",
                                follow_up = said::follow_up(lang, f.due, f.what(), ctx.today())));
                            follow_up = Some(f);
                            break;
                        }
                        Err(e) => {
                            ctx.out.status(e.to_string());
                            if let Some(hint) = crate::error::hint_of(&e) {
                                ctx.out.status(tr!(lang; "hint-line", hint = hint));
                            }
                            follow_up_typed = t;
                            Step::FollowUp
                        }
                    },
                }
            }
        };
    }
    let cards: Vec<NewCard> = cards.into_iter().map(|c| c.card).collect();
    let entry = entry(
        &line,
        target.unwrap_or(Target::New),
        introducer.as_ref(),
        event,
        Parts {
            cards,
            extra_links,
            extra_tags,
            note,
            follow_up,
        },
    );
    let (today, now) = (ctx.today(), ctx.now());
    Ok(Entered::Saved(Box::new(meeting::record_one(
        &mut ctx.store,
        &entry,
        today,
        &now,
    )?)))
}

/// "→ new contact: Karine Lavoie · company: …", or "→ #1 Frédéric Duval (…), already known".
fn understood(
    lang: Lang,
    line: &PersonLine,
    target: &Target,
    introducer: Option<&ContactMatch>,
) -> String {
    match target {
        Target::New => tr!(lang; "log-understood-new",
            line = line_view::understood(lang, line, introducer)),
        Target::Known(m) => {
            let fields = line_view::fields(lang, line, introducer);
            if fields.is_empty() {
                tr!(lang; "log-understood-known", who = line_view::contact(m))
            } else {
                tr!(lang; "log-understood-known-adds", who = line_view::contact(m),
                    fields = fields.join(" · "))
            }
        }
    }
}

/// What a further card keeps from the previous one, for the question.
fn carried(prev: &NewCard) -> Vec<String> {
    prev.phones
        .iter()
        .chain(&prev.emails)
        .chain(&prev.website)
        .cloned()
        .collect()
}

type FurtherCard = (NewCard, Vec<Labeled>, Vec<String>, String);

/// A further card typed as a line without the name: its card, its extra links, its tags,
/// and what was understood; else why it cannot be read.
fn further_card(
    lang: Lang,
    person: &PersonLine,
    typed: &str,
    prev: Option<&NewCard>,
    event: &EventMatch,
) -> Result<FurtherCard, String> {
    let name = PersonLine {
        name: person.name.clone(),
        ..Default::default()
    };
    let line = PersonLine::parse(&format!("{}, {typed}", name.to_line()))
        .map_err(|e| line_view::problem(lang, &e))?;
    if line.introduced_by.is_some() {
        return Err(tr!(lang; "log-card-via"));
    }
    if !line.has_details() {
        return Err(tr!(lang; "log-card-empty"));
    }
    let (card, links) = meeting::card_from_line(&line, prev, event.date, Some(event.id));
    let shown = PersonLine {
        company: card.company.clone(),
        title: card.title.clone(),
        emails: card.emails.iter().map(|e| Labeled::new(e, None)).collect(),
        phones: card.phones.iter().map(|p| Labeled::new(p, None)).collect(),
        links: card
            .website
            .iter()
            .chain(links.iter().map(|l| &l.value))
            .map(|w| Labeled::new(w, None))
            .collect(),
        ..Default::default()
    };
    let fields = line_view::fields(lang, &shown, None).join(" · ");
    Ok((card, links, line.tags, fields))
}

/// What was gathered after the line.
struct Parts {
    cards: Vec<NewCard>,
    extra_links: Vec<Labeled>,
    extra_tags: Vec<String>,
    note: Option<String>,
    follow_up: Option<FollowUpSpec>,
}

/// The person entry to record. Details on a card stay on the card (they reach the contact
/// from there); details given without a card are the contact's own.
fn entry(
    line: &PersonLine,
    target: Target,
    introducer: Option<&ContactMatch>,
    event: &EventMatch,
    parts: Parts,
) -> PersonEntry {
    let known = match target {
        Target::New => None,
        Target::Known(m) => Some(m),
    };
    let who = meeting::who_from_line(
        line,
        known,
        introducer.map(|m| m.id),
        !parts.cards.is_empty(),
        parts.extra_links,
        Some(event.name.clone()),
    );
    let mut tags = line.tags.clone();
    for t in parts.extra_tags {
        if !tags.iter().any(|x| text::fold(x) == text::fold(&t)) {
            tags.push(t);
        }
    }
    PersonEntry {
        met: Some(Met {
            event_id: Some(event.id),
            date: event.date,
            how: How::Event,
            note: parts.note,
        }),
        cards: parts.cards,
        follow_up: parts.follow_up,
        tags,
        ..PersonEntry::about(who)
    }
}
