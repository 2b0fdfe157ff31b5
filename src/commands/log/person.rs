//! The questions about one person in a `log` session: who they are (an existing contact
//! or a new one), their cards, what was said, when to follow up, tags.

use anyhow::Result;

use super::ask;
use crate::ctx::Ctx;
use crate::model::card::NewCard;
use crate::model::dates::parse_date;
use crate::model::encounter::How;
use crate::model::event::EventMatch;
use crate::model::validate;
use crate::model::{Labeled, NewContact};
use crate::ops::meeting::{FollowUpSpec, Met, PersonEntry, Who};
use crate::resolve::candidates;
use crate::ui::output::Output;
use crate::ui::prompt::Prompter;
use crate::view::names;

/// Everything about the person typed as `name`, met at `event`.
pub fn ask(ctx: &mut Ctx, event: &EventMatch, name: &str) -> Result<PersonEntry> {
    let found = candidates(ctx.store.db(), name)?;
    let existing = if found.is_empty() {
        None
    } else {
        let mut items: Vec<String> = found
            .iter()
            .map(|m| format!("existing {}", names::contact(m)))
            .collect();
        items.push(format!("new contact: {name}"));
        let i = ctx.prompt.select(&format!("'{name}' is…"), &items, 0)?;
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
            Who::known(m)
        }
        None => {
            let company = ask::text(p, out, "Company", None, "company")?;
            let title = ask::text(p, out, "Activity / title", None, "title")?;
            let email = ask::checked(p, out, "Email", None, validate::email)?;
            let phone = ask::checked(p, out, "Phone", None, validate::phone)?;
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
    if p.confirm("Did they give you a card?", false)? {
        loop {
            cards.push(card(p, out, &prefill)?);
            if !p.confirm("Another card?", false)? {
                break;
            }
            // A further card is for another activity: start it blank.
            prefill = blank_card.clone();
        }
    }
    let talked_about = ask::text(p, out, "What did you talk about?", None, "note")?;
    // Relative answers ("in 3 days") count from today, the day the session is typed.
    let today = ctx.clock.today();
    let follow_up = loop {
        let when = ask::text(
            p,
            out,
            "Follow up when? (in 3 days, next week, a date)",
            None,
            "follow-up",
        )?;
        let Some(when) = when else { break None };
        match parse_date(&when, today) {
            Ok(due) => {
                let what = ask::text(p, out, "What to do?", None, "follow-up")?;
                break Some(FollowUpSpec { when, due, what });
            }
            Err(e) => out.status(format!("{e}; {}; or press Enter to skip", e.hint())),
        }
    };
    let tags = ask::tags(p, out)?;
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
fn card(p: &mut dyn Prompter, out: &Output, prefill: &NewCard) -> Result<NewCard> {
    fn first(list: &[String]) -> Option<&str> {
        list.first().map(String::as_str)
    }
    let company = ask::text(
        p,
        out,
        "  Card company",
        prefill.company.as_deref(),
        "company",
    )?;
    let title = ask::text(
        p,
        out,
        "  Card title / activity",
        prefill.title.as_deref(),
        "title",
    )?;
    let email = ask::checked(
        p,
        out,
        "  Card email",
        first(&prefill.emails),
        validate::email,
    )?;
    let phone = ask::checked(
        p,
        out,
        "  Card phone",
        first(&prefill.phones),
        validate::phone,
    )?;
    let website = ask::checked(
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
