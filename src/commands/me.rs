//! The user's own card, and its QR code for evenings without paper cards.

use anyhow::Result;
use clap::{Args, Subcommand};
use qrcode::{Color, EcLevel, QrCode};

use crate::commands::contact as c;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::formats::vcard::write_me;
use crate::model::validate;

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
            return Err(CliError::new("your card has no name yet")
                .hint("set it first: carnet me set --name \"Your Name\" --email you@example.org")
                .into());
        }
        let text = write_me(&me);
        let code = qr(&text)?;
        ctx.out.text(&render_half_blocks(&code, !a.invert))?;
        return Ok(());
    }
    if ctx.out.json() {
        return ctx.out.print_json(&me);
    }
    if me.is_empty() {
        ctx.out.status("Your card is empty.");
        ctx.out
            .status("hint: carnet me set --name \"Your Name\" --company … --email … --phone …");
        return Ok(());
    }
    let fields = [
        ("Name", &me.name),
        ("Company", &me.company),
        ("Title", &me.title),
        ("Email", &me.email),
        ("Phone", &me.phone),
        ("Web", &me.url),
    ];
    let mut out = String::new();
    for (k, v) in fields {
        if let Some(v) = v {
            out.push_str(&format!("{k:<7}  {v}\n"));
        }
    }
    ctx.out.text(&out)?;
    Ok(())
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
    let checked = |raw: &Option<String>,
                   check: fn(&str) -> Result<String, validate::InvalidValue>|
     -> Result<Option<Option<String>>> {
        Ok(match raw.as_deref().map(str::trim) {
            None => None,
            Some("") => Some(None),
            Some(v) => Some(Some(check(v)?)),
        })
    };
    apply(&mut me.name, checked(&s.name, validate::name)?);
    apply(&mut me.company, opt_text("company", &s.company)?);
    apply(&mut me.title, opt_text("title", &s.title)?);
    apply(&mut me.email, checked(&s.email, validate::email)?);
    apply(&mut me.phone, checked(&s.phone, validate::phone)?);
    apply(&mut me.url, checked(&s.url, validate::url)?);
    if !changed {
        return Err(CliError::new("nothing to set")
            .hint("give at least one of --name, --company, --title, --email, --phone, --url")
            .into());
    }
    let now = ctx.now();
    ctx.store.write(|db| db.set_me(&me, &now))?;
    ctx.out.status("Updated your card.");
    if ctx.out.json() {
        ctx.out.print_json(&me)?;
    }
    Ok(())
}

fn opt_text(field: &'static str, raw: &Option<String>) -> Result<Option<Option<String>>> {
    Ok(match raw {
        None => None,
        Some(_) => Some(c::text(field, raw)?),
    })
}

/// Modules of quiet zone around the code; 2 keeps it inside 80×40 and phones read it.
pub const QUIET: usize = 2;
/// The terminal the code must fit in.
pub const MAX_COLUMNS: usize = 80;
pub const MAX_ROWS: usize = 40;

/// Encodes `text`, refusing a code too large for an 80×40 terminal.
pub fn qr(text: &str) -> Result<QrCode> {
    let too_long = || {
        CliError::new("your card is too long to fit a QR code in an 80×40 terminal")
            .hint("shorten some fields with carnet me set (the QR code holds name, company, phone, email and url)")
    };
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).map_err(|_| too_long())?;
    let side = code.width() + 2 * QUIET;
    if side > MAX_COLUMNS || side.div_ceil(2) > MAX_ROWS - 2 {
        return Err(too_long().into());
    }
    Ok(code)
}

/// The module matrix with its quiet zone, `true` for dark modules.
pub fn matrix(code: &QrCode) -> Vec<Vec<bool>> {
    let w = code.width();
    let colors = code.to_colors();
    let side = w + 2 * QUIET;
    let mut m = vec![vec![false; side]; side];
    for y in 0..w {
        for x in 0..w {
            m[y + QUIET][x + QUIET] = colors[y * w + x] == Color::Dark;
        }
    }
    m
}

/// Draws the code two module rows per line with ▀ ▄ █. With `light_on_dark`, light modules
/// are drawn (the terminal's foreground) and dark ones left blank, for dark terminals.
pub fn render_half_blocks(code: &QrCode, light_on_dark: bool) -> String {
    let m = matrix(code);
    let side = m.len();
    let mut out = String::new();
    for y in (0..side).step_by(2) {
        for x in 0..side {
            // A missing bottom row (odd height) counts as quiet zone, i.e. light.
            let top = m[y][x];
            let bottom = m.get(y + 1).map(|r| r[x]).unwrap_or(false);
            let (t, b) = if light_on_dark {
                (!top, !bottom)
            } else {
                (top, bottom)
            };
            out.push(match (t, b) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

/// Reads a half-block drawing back into a module matrix (`true` for dark), for tests.
pub fn parse_half_blocks(text: &str, light_on_dark: bool) -> Vec<Vec<bool>> {
    let mut m = Vec::new();
    for line in text.lines() {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for ch in line.chars() {
            let (t, b) = match ch {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                _ => (false, false),
            };
            if light_on_dark {
                top.push(!t);
                bottom.push(!b);
            } else {
                top.push(t);
                bottom.push(b);
            }
        }
        m.push(top);
        m.push(bottom);
    }
    m
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
    fn vcard_holds_name_company_phone_email_url_only() {
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
    fn half_blocks_round_trip_to_the_module_matrix() {
        let code = qr(&write_me(&camille())).unwrap();
        let m = matrix(&code);
        for light_on_dark in [true, false] {
            let text = render_half_blocks(&code, light_on_dark);
            let mut back = parse_half_blocks(&text, light_on_dark);
            // An odd side leaves one padding row at the bottom, drawn as quiet zone.
            if back.len() == m.len() + 1 {
                assert!(back.last().unwrap().iter().all(|d| !d));
                back.pop();
            }
            assert_eq!(back, m);
        }
        // The finder pattern's top-left corner is dark, inside the quiet zone.
        assert!(m[QUIET][QUIET]);
        assert!(!m[0][0]);
    }

    #[test]
    fn a_full_card_fits_an_80_by_40_terminal() {
        let code = qr(&write_me(&camille())).unwrap();
        let text = render_half_blocks(&code, true);
        assert!(text.lines().count() <= MAX_ROWS);
        assert!(text.lines().all(|l| l.chars().count() <= MAX_COLUMNS));
    }

    #[test]
    fn an_oversized_card_is_refused() {
        let mut me = camille();
        me.company = Some("x".repeat(900));
        assert!(qr(&write_me(&me)).is_err());
    }
}
