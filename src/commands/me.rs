//! The user's own card, and its QR code for evenings without paper cards.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::commands::args::{clearable, clearable_with};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::formats::vcard::write_me;
use crate::model::validate;
use crate::tr;
use crate::ui::qr;
use crate::view::{self, me::MeView};

const EXAMPLES: &str = "\
Examples:
  carnet me set --name \"Camille Roy\" --company \"Atelier Roy\" --email camille@roy.example
  carnet me
  carnet me --qr";

/// Show your own card, or its QR code
///
/// With --qr, prints a QR code of a vCard holding your name, company, phone, email and web
/// site, drawn with Unicode half blocks in light-on-dark (as `qrencode -t UTF8` does);
/// add --invert on a terminal with a light background.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
pub struct MeArgs {
    #[command(subcommand)]
    pub command: Option<MeCommand>,
    /// Print your card as a QR code (a vCard) to be scanned by a phone
    #[arg(long)]
    pub qr: bool,
    /// Draw the QR code dark-on-light, for terminals with a light background
    #[arg(long, requires = "qr")]
    pub invert: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MeCommand {
    Set(SetArgs),
}

const SET_EXAMPLES: &str = "\
Examples:
  carnet me set --name \"Camille Roy\" --company \"Atelier Roy\" --title Céramiste
  carnet me set --phone \"+1 514 555 0100\" --url roy.example
  carnet me set --title \"\"      # an empty value clears the field";

/// Set fields of your own card
///
/// Only the fields given change; an empty value clears a field.
#[derive(Debug, Args)]
#[command(after_help = SET_EXAMPLES)]
pub struct SetArgs {
    /// Your name
    #[arg(long)]
    pub name: Option<String>,
    /// Your company or organisation
    #[arg(long)]
    pub company: Option<String>,
    /// Your title or activity
    #[arg(long)]
    pub title: Option<String>,
    /// Your email address
    #[arg(long)]
    pub email: Option<String>,
    /// Your phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// Your web site
    #[arg(long)]
    pub url: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: MeArgs) -> Result<()> {
    if let Some(MeCommand::Set(s)) = a.command {
        return set(ctx, s);
    }
    let me = ctx.store.db().me()?;
    if a.qr {
        if me.name.is_none() {
            return Err(CliError::new(tr!("me-no-name"))
                .hint(tr!("me-no-name-hint"))
                .into());
        }
        let code = qr::qr(&write_me(&me))
            .ok_or_else(|| CliError::new(tr!("me-too-long")).hint(tr!("me-too-long-hint")))?;
        ctx.out.text(&qr::render_half_blocks(&code, !a.invert))?;
        return Ok(());
    }
    view::show(&ctx.out, MeView(me))
}

fn set(ctx: &mut Ctx, s: SetArgs) -> Result<()> {
    let mut me = ctx.store.db().me()?;
    let mut changed = false;
    let mut apply = |slot: &mut Option<String>, v: Option<Option<String>>| {
        if let Some(v) = v {
            *slot = v;
            changed = true;
        }
    };
    apply(&mut me.name, clearable_with(&s.name, validate::name)?);
    apply(&mut me.company, clearable("company", &s.company)?);
    apply(&mut me.title, clearable("title", &s.title)?);
    apply(&mut me.email, clearable_with(&s.email, validate::email)?);
    apply(&mut me.phone, clearable_with(&s.phone, validate::phone)?);
    apply(&mut me.url, clearable_with(&s.url, validate::url)?);
    if !changed {
        return Err(CliError::new(tr!("me-nothing-to-set"))
            .hint(tr!("me-nothing-to-set-hint"))
            .into());
    }
    let now = ctx.now();
    ctx.store.write(|db| db.set_me(&me, &now))?;
    ctx.out.status(tr!(ctx.lang; "me-updated"));
    if ctx.out.json() {
        ctx.out.print_json(&me)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::me::Me;

    fn camille() -> Me {
        Me {
            name: Some("Camille Roy-Lévesque".into()),
            company: Some("Atelier; Roy, fils".into()),
            title: Some("Céramiste".into()),
            email: Some("camille@roy.example".into()),
            phone: Some("+1 514 555 0100".into()),
            url: Some("https://roy.example".into()),
        }
    }

    #[test]
    fn the_qr_card_holds_name_company_phone_email_url_only() {
        let v = write_me(&camille());
        assert!(v.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(v.contains("N:Roy-Lévesque;Camille;;;\r\n"));
        assert!(v.contains("FN:Camille Roy-Lévesque\r\n"));
        assert!(v.contains("ORG:Atelier\\; Roy\\, fils\r\n"));
        assert!(v.contains("TEL:+1 514 555 0100\r\n"));
        assert!(v.contains("EMAIL:camille@roy.example\r\n"));
        assert!(v.contains("URL:https://roy.example\r\n"));
        assert!(!v.contains("Céramiste"), "the title is not on the QR card");
        assert!(v.ends_with("END:VCARD\r\n"));
    }

    #[test]
    fn a_full_card_fits_the_terminal_and_an_oversized_one_is_refused() {
        let mut me = camille();
        assert!(qr::qr(&write_me(&me)).is_some());
        me.company = Some("x".repeat(900));
        assert!(qr::qr(&write_me(&me)).is_none());
    }
}
