//! `edit` in the editor: the edited document read back into changes, checked as the flags
//! would be, and applied as a merge with what another carnet saved meanwhile.

use anyhow::Result;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::contact as parse_id;
use crate::model::text::{fold, non_empty};
use crate::model::validate;
use crate::model::ContactId;
use crate::ops::edit::{self, Changes};
use crate::store::{Channel, StoreError};
use crate::tr;
use crate::ui::editor::{self, ContactDoc, Merged, Problem, Rebase};

/// Who introduced whom, resolved from what was typed (it may ask which contact is meant).
type Introducer = fn(&mut Ctx, ContactId, &str) -> Result<ContactId>;

/// Edits contact `id` in the editor until what is saved is valid and merged with the
/// contact as it now is; `None` when it was saved unchanged. Returns the values asked to be
/// removed that were not there, and the contact's name.
pub fn in_editor(
    ctx: &mut Ctx,
    id: ContactId,
    now: &str,
    introducer: Introducer,
) -> Result<Option<(Vec<String>, String)>> {
    let contact = ctx.store.db().get_contact(id)?;
    let saved = editor::edit_contact(&contact, |base, doc| {
        save(ctx, id, now, introducer, base, doc)
    })?;
    // A failure to write (the database busy, the contact removed) ends the edit.
    saved.transpose()
}

/// The person's changes (from `base` to `doc`) checked, then merged into the contact as it
/// is now and written, in one transaction. A problem with the document, or a field changed
/// on both sides, re-opens the editor; an error of the database ends the edit (`Ok(Err)`).
fn save(
    ctx: &mut Ctx,
    id: ContactId,
    now: &str,
    introducer: Introducer,
    base: &ContactDoc,
    doc: &ContactDoc,
) -> Result<Result<(Vec<String>, String)>, Problem> {
    let problem = |e: anyhow::Error| Problem::new(format!("{e:#}"), crate::error::hint_of(&e));
    // Checked as typed; who introduced them is resolved now (it may ask), then kept by id.
    let checked = changes(base, doc, |who| introducer(ctx, id, who)).map_err(problem)?;
    let mut ours = doc.clone();
    if let Some(Some(by)) = checked.patch.introduced_by {
        ours.introduced_by = format!("#{by}");
    }
    let mut name = String::new();
    let written = edit::edit_current(&mut ctx.store, id, now, |current| {
        let theirs = ContactDoc::of(current);
        let merged = editor::merge(base, &ours, &theirs)?;
        if !merged.conflicts.is_empty() {
            return Err(EditConflict { theirs, merged }.into());
        }
        let ch = changes(&theirs, &merged.doc, |who| {
            parse_id(who).ok_or_else(|| CliError::new(who.to_owned()).into())
        })?;
        name = ch
            .patch
            .name
            .clone()
            .unwrap_or_else(|| current.name.clone());
        Ok(ch)
    });
    match written {
        Ok(missing) => Ok(Ok((missing, name))),
        Err(e) => match e.downcast::<EditConflict>() {
            Ok(c) => Err(c.problem()),
            Err(e) if is_gone(&e) => Ok(Err(
                CliError::new(tr!("editor-contact-gone", id = id)).into()
            )),
            Err(e) if e.chain().any(|c| c.is::<StoreError>()) => Ok(Err(e)),
            Err(e) => Err(problem(e)),
        },
    }
}

fn is_gone(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<StoreError>(),
            Some(StoreError::NotFound { .. })
        )
    })
}

/// A field changed both in the editor and in the database since the editor opened.
#[derive(Debug)]
struct EditConflict {
    theirs: ContactDoc,
    merged: Merged<ContactDoc>,
}

impl std::fmt::Display for EditConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!("editor-conflict"))
    }
}

impl std::error::Error for EditConflict {}

impl EditConflict {
    /// The file re-opens on the person's version merged into the contact as it now is,
    /// with each conflict said at the top.
    fn problem(self) -> Problem {
        let mut lines = vec![tr!("editor-conflict")];
        for c in &self.merged.conflicts {
            lines.push(tr!(
                "editor-conflict-field",
                field = c.field.as_str(),
                ours = c.ours.as_str(),
                theirs = c.theirs.as_str(),
                base = c.base.as_str()
            ));
        }
        lines.push(tr!("editor-conflict-end"));
        Problem {
            message: lines.join("\n"),
            hint: None,
            rebase: Some(Box::new(Rebase {
                base: self.theirs,
                shown: self.merged.doc,
            })),
        }
    }
}

/// What changed between the document `before` and `doc`; `introducer` resolves who
/// introduced the contact. Each list is replaced whole by `doc`'s: `before` must be the
/// contact as it is in the database when the changes are applied.
pub fn changes(
    before: &ContactDoc,
    doc: &ContactDoc,
    introducer: impl FnOnce(&str) -> Result<ContactId>,
) -> Result<Changes> {
    let mut ch = Changes::default();
    let p = &mut ch.patch;
    if doc.name != before.name {
        p.name = Some(validate::name(&doc.name)?);
    }
    let text_field =
        |field: &'static str, new: &str, old: &str| -> Result<Option<Option<String>>> {
            if new == old {
                return Ok(None);
            }
            Ok(Some(non_empty(&validate::text(field, new, false)?)))
        };
    p.company = text_field("company", &doc.company, &before.company)?;
    p.title = text_field("title", &doc.title, &before.title)?;
    p.city = text_field("city", &doc.city, &before.city)?;
    p.how_met = text_field("how_met", &doc.how_met, &before.how_met)?;
    if doc.birthday != before.birthday {
        p.birthday = Some(match non_empty(&doc.birthday) {
            None => None,
            Some(b) => Some(args::birthday(&b)?),
        });
    }
    if doc.keep_in_touch != before.keep_in_touch {
        p.keep_in_touch_days = Some(match non_empty(&doc.keep_in_touch) {
            None => None,
            Some(k) => Some(args::cadence(&k)?),
        });
    }
    if doc.introduced_by != before.introduced_by {
        p.introduced_by = Some(match non_empty(&doc.introduced_by) {
            None => None,
            Some(who) => Some(introducer(&who)?),
        });
    }
    ch.replace = Some([
        (Channel::Email, args::emails(&doc.emails)?),
        (Channel::Phone, args::phones(&doc.phones)?),
        (Channel::Link, args::links(&doc.links)?),
    ]);
    let tags = args::tags(&doc.tags)?;
    ch.add_tags = tags.clone();
    ch.remove_tags = before
        .tags
        .iter()
        .filter(|old| !tags.iter().any(|t| fold(t) == fold(old)))
        .cloned()
        .collect();
    Ok(ch)
}
