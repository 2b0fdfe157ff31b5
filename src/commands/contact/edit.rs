use anyhow::Result;
use clap::Args;

use super::edit_doc;
use crate::commands::args::{self, clearable, clearable_with};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::validate;
use crate::model::ContactId;
use crate::ops::edit::{self, Changes};
use crate::store::Channel;
use crate::tr;
use crate::view::contact::ContactView;

const EXAMPLES: &str = "\
Examples:
  carnet edit frederic --company \"Vœux & Cie\" --add-email fred@voeux.example
  carnet edit '#12' --remove-tag old --add-tag voeux --keep-in-touch 3m
  carnet edit marie            # on a terminal: opens $VISUAL or $EDITOR";

/// Change a contact
///
/// Give a flag for each change; an empty value clears a field (--company ''). With no flag
/// on a terminal, the contact opens in $VISUAL or $EDITOR as TOML, is checked when saved,
/// and re-opens with the error shown if something is wrong.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// Company ('' clears)
    #[arg(long)]
    pub company: Option<String>,
    /// Job title or activity ('' clears)
    #[arg(long)]
    pub title: Option<String>,
    /// City ('' clears)
    #[arg(long)]
    pub city: Option<String>,
    /// How you met ('' clears)
    #[arg(long)]
    pub how_met: Option<String>,
    /// Birthday: YYYY-MM-DD, DD/MM/YYYY or DD/MM ('' clears)
    #[arg(long, value_name = "DATE")]
    pub birthday: Option<String>,
    /// Keep-in-touch cadence: 2w, 3m, 1y ('' clears)
    #[arg(long, value_name = "PERIOD")]
    pub keep_in_touch: Option<String>,
    /// Who introduced you ('' clears)
    #[arg(long, value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub introduced_by: Option<String>,
    /// Add an email, [LABEL=]ADDRESS (repeatable)
    #[arg(long, value_name = "EMAIL")]
    pub add_email: Vec<String>,
    /// Remove an email (repeatable)
    #[arg(long, value_name = "EMAIL")]
    pub remove_email: Vec<String>,
    /// Add a phone number, [LABEL=]NUMBER (repeatable)
    #[arg(long, value_name = "PHONE")]
    pub add_phone: Vec<String>,
    /// Remove a phone number (repeatable)
    #[arg(long, value_name = "PHONE")]
    pub remove_phone: Vec<String>,
    /// Add a link, [LABEL=]URL (repeatable)
    #[arg(long, value_name = "URL")]
    pub add_link: Vec<String>,
    /// Remove a link (repeatable)
    #[arg(long, value_name = "URL")]
    pub remove_link: Vec<String>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub add_tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub remove_tag: Vec<String>,
}

impl EditArgs {
    fn has_changes(&self) -> bool {
        self.name.is_some()
            || self.company.is_some()
            || self.title.is_some()
            || self.city.is_some()
            || self.how_met.is_some()
            || self.birthday.is_some()
            || self.keep_in_touch.is_some()
            || self.introduced_by.is_some()
            || !self.add_email.is_empty()
            || !self.remove_email.is_empty()
            || !self.add_phone.is_empty()
            || !self.remove_phone.is_empty()
            || !self.add_link.is_empty()
            || !self.remove_link.is_empty()
            || !self.add_tag.is_empty()
            || !self.remove_tag.is_empty()
    }
}

fn from_flags(ctx: &mut Ctx, id: ContactId, a: &EditArgs) -> Result<Changes> {
    let mut ch = Changes::default();
    let p = &mut ch.patch;
    p.name = a.name.as_deref().map(validate::name).transpose()?;
    p.company = clearable("company", &a.company)?;
    p.title = clearable("title", &a.title)?;
    p.city = clearable("city", &a.city)?;
    p.how_met = clearable("how met", &a.how_met)?;
    p.birthday = clearable_with(&a.birthday, args::birthday)?;
    p.keep_in_touch_days = clearable_with(&a.keep_in_touch, args::cadence)?;
    p.introduced_by = clearable_with(&a.introduced_by, |who| introducer(ctx, id, who))?;
    for e in args::emails(&a.add_email)? {
        ch.add.push((Channel::Email, e));
    }
    for e in args::phones(&a.add_phone)? {
        ch.add.push((Channel::Phone, e));
    }
    for e in args::links(&a.add_link)? {
        ch.add.push((Channel::Link, e));
    }
    for (channel, list) in [
        (Channel::Email, &a.remove_email),
        (Channel::Phone, &a.remove_phone),
        (Channel::Link, &a.remove_link),
    ] {
        ch.remove
            .extend(list.iter().map(|v| (channel, v.trim().to_owned())));
    }
    ch.add_tags = args::tags(&a.add_tag)?;
    ch.remove_tags = args::tags(&a.remove_tag)?;
    Ok(ch)
}

/// The contact named as the one who introduced contact `id`: never `id` itself.
fn introducer(ctx: &mut Ctx, id: ContactId, who: &str) -> Result<ContactId> {
    let by = ctx.contact(who)?;
    if by.id == id {
        return Err(CliError::new(tr!("contact-self-introduced", who = who))
            .hint(tr!("contact-self-introduced-hint"))
            .into());
    }
    Ok(by.id)
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let now = ctx.now();
    let (missing, name) = if a.has_changes() {
        let changes = from_flags(ctx, m.id, &a)?;
        let missing = edit::edit(&mut ctx.store, m.id, &changes, &now)?;
        let name = changes.patch.name.unwrap_or(m.name);
        (missing, name)
    } else if ctx.prompt.is_interactive() {
        match edit_doc::in_editor(ctx, m.id, &now, introducer)? {
            Some(saved) => saved,
            None => {
                ctx.out.status(tr!(ctx.lang; "contact-no-changes"));
                return Ok(());
            }
        }
    } else {
        return Err(CliError::new(tr!(
            "contact-nothing-to-change",
            id = format!("#{}", m.id),
            name = m.name.as_str()
        ))
        .hint(tr!("contact-nothing-to-change-hint"))
        .into());
    };
    for v in missing {
        ctx.out
            .status(tr!(ctx.lang; "contact-had-no", id = format!("#{}", m.id), value = v));
    }
    ctx.out
        .status(tr!(ctx.lang; "contact-updated", id = format!("#{}", m.id), name = name.as_str()));
    if ctx.out.json() {
        let v = ContactView::load(&ctx.store, m.id, ctx.today())?;
        ctx.out.print_json(&v)?;
    }
    Ok(())
}
