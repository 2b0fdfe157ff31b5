//! Who a line is about: a known contact, chosen among several, or a new one; and who
//! introduced them. Names are never guessed: a near spelling is offered, never taken.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::model::ids::Kind;
use crate::resolve::{nearest, resolve_contact, Resolution};
use crate::store::{ContactMatch, Db};
use crate::tr;
use crate::view::person_line::contact;

/// The contacts a typed name may mean.
pub enum Found {
    /// Exactly one contact has the name, or a name that starts with it: it is them.
    One(ContactMatch),
    /// Several do: asked.
    Several(Vec<ContactMatch>),
    /// None does, but these are spelled nearly so: asked, a new contact offered first.
    Near(Vec<ContactMatch>),
    /// Nobody: a new contact.
    Nobody,
}

/// Looks the name up: the whole name first, then names and words starting with what was
/// typed (all of them asked: a name is never guessed), else near spellings.
pub fn person(db: Db<'_>, name: &str) -> crate::store::Result<Found> {
    let mut named = db.contacts_named(name)?;
    match named.len() {
        1 => return Ok(Found::One(named.remove(0))),
        n if n > 1 => return Ok(Found::Several(named)),
        _ => {}
    }
    let mut matching = db.contacts_matching(name, 6)?;
    match matching.len() {
        1 => return Ok(Found::One(matching.remove(0))),
        n if n > 1 => return Ok(Found::Several(matching)),
        _ => {}
    }
    let near = nearest(db, name)?;
    Ok(if near.is_empty() {
        Found::Nobody
    } else {
        Found::Near(near)
    })
}

/// Asks who `name` is: `Some(Some(contact))`, `Some(None)` for a new contact, `None` to type
/// the line again.
pub fn pick(ctx: &mut Ctx, name: &str, found: &Found) -> Result<Option<Option<ContactMatch>>> {
    let lang = ctx.lang;
    let (prompt, candidates): (String, &[ContactMatch]) = match found {
        Found::One(m) => (tr!(lang; "log-pick", name = name), std::slice::from_ref(m)),
        Found::Several(list) => (tr!(lang; "log-pick", name = name), list),
        Found::Near(list) => (tr!(lang; "log-pick-near", name = name), list),
        Found::Nobody => return Ok(Some(None)),
    };
    let mut items: Vec<String> = candidates.iter().map(contact).collect();
    items.push(tr!(lang; "log-pick-new", name = name));
    items.push(tr!(lang; "log-pick-retype"));
    let i = ctx.prompt.select(&prompt, &items, 0)?;
    Ok(match candidates.get(i) {
        Some(m) => Some(Some(m.clone())),
        None if i == candidates.len() => Some(None),
        None => None,
    })
}

/// The contact who introduced the person, typed after `via`: one contact, else asked among
/// several; `None`, said, when nobody matches (the line is asked again).
pub fn introducer(ctx: &mut Ctx, who: &str) -> Result<Option<ContactMatch>> {
    let lang = ctx.lang;
    match resolve_contact(ctx.store.db(), who)? {
        Resolution::One(m) => Ok(Some(m)),
        Resolution::Many(many) => {
            let items: Vec<String> = many.iter().map(contact).collect();
            let prompt = tr!(lang; "log-pick-introducer", who = who);
            let i = ctx.prompt.select(&prompt, &items, 0)?;
            Ok(many.get(i).cloned())
        }
        Resolution::None(near) => {
            ctx.out.status(tr!(lang; "log-no-introducer", who = who));
            if !near.is_empty() {
                let near: Vec<String> = near.iter().map(contact).collect();
                ctx.out
                    .status(tr!(lang; "log-did-you-mean", names = near.join(", ")));
            }
            Ok(None)
        }
        Resolution::NoSuchId(id) => {
            ctx.out
                .status(tr!(lang; "log-no-introducer", who = Kind::Contact.show(id)));
            Ok(None)
        }
        Resolution::OtherKind(kind, id) => {
            ctx.out
                .status(tr!(lang; "log-no-introducer", who = kind.show(id)));
            Ok(None)
        }
    }
}
