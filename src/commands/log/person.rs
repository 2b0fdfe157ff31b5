//! The questions about one person in a `log` session: who they are (an existing contact
//! or a new one), their cards, what was said, when to follow up, tags.

use anyhow::Result;

use super::ask;
use crate::ctx::Ctx;
use crate::i18n::Lang;
use crate::model::card::NewCard;
use crate::model::dates::parse_date;
use crate::model::encounter::How;
use crate::model::event::EventMatch;
use crate::model::validate;
use crate::model::{Labeled, NewContact};
use crate::ops::meeting::{FollowUpSpec, Met, PersonEntry, Who};
use crate::resolve::candidates;
use crate::tr;
use crate::ui::output::Output;
use crate::ui::prompt::Prompter;
use crate::view::names;

/// Everything about the person typed as `name`, met at `event`.
pub fn ask(ctx: &mut Ctx, event: &EventMatch, name: &str) -> Result<PersonEntry> {
    let lang = ctx.lang;
    let found = candidates(ctx.store.db(), name)?;
    let existing = if found.is_empty() {
        None
    } else {
        let mut items: Vec<String> = found
            .iter()
            .map(|m| tr!(lang; "log-existing", who = names::contact(m)))
            .collect();
        items.push(tr!(lang; "log-new-contact", name = name));
        let i = ctx
            .prompt
            .select(&tr!(lang; "log-who-is", name = name), &items, 0)?;
        found.get(i).cloned()
    };
    let out = &ctx.out;
    let p = ctx.prompt.as_mut();
    // What the card questions start from.
    let blank_card = NewCard {
        received_on: event.date,
        event_id: Some(event.id),
        ..Default::default()
    };
    let mut prefill = blank_card.clone();
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
            let company = ask::text(p, out, &tr!(lang; "log-company"), None, "company")?;
            let title = ask::text(p, out, &tr!(lang; "log-title"), None, "title")?;
            let email = ask::checked(p, out, &tr!(lang; "log-email"), None, validate::email, lang)?;
            let phone = ask::checked(p, out, &tr!(lang; "log-phone"), None, validate::phone, lang)?;
            prefill.company = company.clone();
            prefill.title = title.clone();
            prefill.emails = email.iter().cloned().collect();
            prefill.phones = phone.iter().cloned().collect();
            Who::New(NewContact {
                name: name.to_owned(),
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
    if p.confirm(&tr!(lang; "log-card"), false)? {
        loop {
            cards.push(card(p, out, &prefill, lang)?);
            if !p.confirm(&tr!(lang; "log-another-card"), false)? {
                break;
            }
            // A further card is for another activity: start it blank.
            prefill = blank_card.clone();
        }
    }
    let talked_about = ask::text(p, out, &tr!(lang; "log-talked"), None, "note")?;
    // Relative answers ("in 3 days") count from today, the day the session is typed.
    let today = ctx.clock.today();
    let follow_up = loop {
        let when = ask::text(p, out, &tr!(lang; "log-follow-up-when"), None, "follow-up")?;
        let Some(when) = when else { break None };
        match parse_date(&when, today) {
            Ok(due) => {
                let what = ask::text(p, out, &tr!(lang; "log-follow-up-what"), None, "follow-up")?;
                break Some(FollowUpSpec { when, due, what });
            }
            Err(e) => out.status(
                tr!(lang; "log-try-again-or-skip-hint", error = e.to_string(),
                hint = e.hint()),
            ),
        }
    };
    let tags = ask::tags(p, out, lang)?;
    Ok(PersonEntry {
        met: Some(Met {
            event_id: Some(event.id),
            date: event.date,
            how: How::Event,
            note: talked_about,
        }),
        cards,
        follow_up,
        tags,
        ..PersonEntry::about(who)
    })
}

/// One card, its answers prefilled from `prefill`.
fn card(p: &mut dyn Prompter, out: &Output, prefill: &NewCard, lang: Lang) -> Result<NewCard> {
    fn first(list: &[String]) -> Option<&str> {
        list.first().map(String::as_str)
    }
    let company = ask::text(
        p,
        out,
        &tr!(lang; "log-card-company"),
        prefill.company.as_deref(),
        "company",
    )?;
    let title = ask::text(
        p,
        out,
        &tr!(lang; "log-card-title"),
        prefill.title.as_deref(),
        "title",
    )?;
    let email = ask::checked(
        p,
        out,
        &tr!(lang; "log-card-email"),
        first(&prefill.emails),
        validate::email,
        lang,
    )?;
    let phone = ask::checked(
        p,
        out,
        &tr!(lang; "log-card-phone"),
        first(&prefill.phones),
        validate::phone,
        lang,
    )?;
    let website = ask::checked(
        p,
        out,
        &tr!(lang; "log-card-website"),
        prefill.website.as_deref(),
        validate::url,
        lang,
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
