//! Importing a synced vdir (one that `export --vdir` wrote, with its `.carnet-base` copies):
//! a card the other side (a phone, another computer) changed since carnet last wrote it is
//! merged field by field with the contact as carnet holds it now, the copy last written being
//! the common ancestor (`model::merge3`); a card unchanged since is not read further; a card
//! carnet never wrote goes through the ordinary import. A card the other side deleted
//! deletes its contact only when asked (`--yes`), and never more than a tenth of the synced
//! contacts at once without `--force`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;

use super::vdir::{BASE, MANIFEST};
use crate::formats::vcard;
use crate::model::interop::{ImportRecord, SyncConflict, SyncSummary};
use crate::model::merge3::{self, Pick};
use crate::model::text::fold;
use crate::model::{Birthday, ContactId, ContactPatch, Labeled};
use crate::store::{Db, Store, StoreError};

/// Whether `dir` is a vdir carnet exported to (it holds the ancestors of a merge).
pub fn is_synced(dir: &Path) -> bool {
    dir.join(BASE).is_dir()
}

/// The first record of a vCard file.
fn record(bytes: &[u8]) -> Option<ImportRecord> {
    vcard::read(bytes).into_iter().find_map(Result::ok)
}

/// Merges the files of `dir` carnet wrote and the other side changed, and deletes (with
/// `yes`, within the safety fraction unless `force`) the contacts whose files the other side
/// removed; returns what it did and the files carnet never wrote, for the ordinary import.
/// One transaction (rolled back with `dry_run`).
#[allow(clippy::too_many_arguments)]
pub fn merge_folder(
    store: &mut Store,
    dir: &Path,
    files: &[PathBuf],
    yes: bool,
    force: bool,
    dry_run: bool,
    today: NaiveDate,
    now: &str,
) -> Result<(SyncSummary, Vec<PathBuf>)> {
    let base_dir = dir.join(BASE);
    let mut summary = SyncSummary::default();
    let mut rest = Vec::new();
    let mut changed = Vec::new();
    let mut present = BTreeSet::new();
    for f in files {
        let Some(name) = f.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            rest.push(f.clone());
            continue;
        };
        present.insert(name.clone());
        let Ok(base) = std::fs::read(base_dir.join(&name)) else {
            rest.push(f.clone());
            continue;
        };
        let theirs = std::fs::read(f)?;
        if theirs == base {
            summary.unchanged += 1;
        } else {
            changed.push((f.clone(), base, theirs));
        }
    }
    // Files carnet wrote (the manifest) that the other side removed.
    let manifest = std::fs::read_to_string(dir.join(MANIFEST)).unwrap_or_default();
    let written: Vec<&str> = manifest.lines().filter(|l| !l.is_empty()).collect();
    let gone: Vec<String> = written
        .iter()
        .filter(|n| !present.contains(**n))
        .map(|n| (*n).to_owned())
        .collect();
    let result = store.write(|db| -> std::result::Result<_, StoreError> {
        for (file, base, theirs) in &changed {
            let (Some(base), Some(theirs)) = (record(base), record(theirs)) else {
                rest.push(file.clone());
                continue;
            };
            let uid = theirs.uid.clone().or(base.uid.clone());
            let Some(id) = uid
                .as_deref()
                .map(|u| db.contact_by_uid(u))
                .transpose()?
                .flatten()
            else {
                rest.push(file.clone());
                continue;
            };
            merge_one(db, id, &base, &theirs, &mut summary, today, now)?;
        }
        let mut doomed = Vec::new();
        for name in &gone {
            let Some(base) = std::fs::read(base_dir.join(name))
                .ok()
                .and_then(|b| record(&b))
            else {
                continue;
            };
            if let Some(id) = base
                .uid
                .as_deref()
                .map(|u| db.contact_by_uid(u))
                .transpose()?
                .flatten()
            {
                doomed.push((id, db.get_contact(id)?.name));
            }
        }
        summary.too_many_deletions = merge3::too_many_deletions(doomed.len(), written.len());
        if yes && (force || !summary.too_many_deletions) {
            for (id, _) in &doomed {
                db.delete_contact(*id)?;
            }
            summary.deleted = doomed;
        } else {
            summary.deletions_held = doomed;
        }
        if dry_run {
            // i18n-ignore: an internal marker, never shown
            return Err(StoreError::Conflict("dry run".into()));
        }
        Ok(())
    });
    match result {
        Ok(()) => {
            // The ancestors of deleted contacts go with them.
            if !summary.deleted.is_empty() {
                for name in &gone {
                    let _ = std::fs::remove_file(base_dir.join(name));
                }
            }
        }
        Err(StoreError::Conflict(m)) if dry_run && m == "dry run" => {}
        Err(e) => return Err(e.into()),
    }
    Ok((summary, rest))
}

/// One field's name (or kind) and its base, our and their values.
type Three<'a, T, K = &'static str> = (K, &'a T, &'a T, &'a T);

/// A phone number's digits, to compare numbers written differently.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Merges one contact: `base` as carnet last wrote it, `theirs` as the other side left it.
fn merge_one(
    db: Db<'_>,
    id: ContactId,
    base: &ImportRecord,
    theirs: &ImportRecord,
    summary: &mut SyncSummary,
    today: NaiveDate,
    now: &str,
) -> std::result::Result<(), StoreError> {
    let current = db.export_contact(id)?;
    let mut card = String::new();
    vcard::write_card_to(&mut card, &current, vcard::Version::V4);
    let Some(ours) = record(card.as_bytes()) else {
        return Ok(());
    };
    let (b, o, t) = (&base.contact, &ours.contact, &theirs.contact);
    let mut patch = ContactPatch::default();
    let mut conflicts: Vec<(&'static str, String, String)> = Vec::new();
    match merge3::field(&b.name, &o.name, &t.name) {
        Pick::Keep => {}
        Pick::Take(v) => patch.name = Some(v),
        Pick::Conflict { ours, theirs } => conflicts.push(("name", ours, theirs)),
    }
    let texts: [Three<'_, Option<String>>; 4] = [
        ("company", &b.company, &o.company, &t.company),
        ("title", &b.title, &o.title, &t.title),
        ("city", &b.city, &o.city, &t.city),
        ("how_met", &b.how_met, &o.how_met, &t.how_met),
    ];
    for (field, bv, ov, tv) in texts {
        match merge3::field(bv, ov, tv) {
            Pick::Keep => {}
            Pick::Take(v) => {
                let slot = match field {
                    "company" => &mut patch.company,
                    "title" => &mut patch.title,
                    "city" => &mut patch.city,
                    _ => &mut patch.how_met,
                };
                *slot = Some(v);
            }
            Pick::Conflict { ours, theirs } => {
                conflicts.push((field, ours.unwrap_or_default(), theirs.unwrap_or_default()))
            }
        }
    }
    let show = |b: &Option<Birthday>| b.map(|b| b.to_string()).unwrap_or_default();
    match merge3::field(&b.birthday, &o.birthday, &t.birthday) {
        Pick::Keep => {}
        Pick::Take(v) => patch.birthday = Some(v),
        Pick::Conflict { ours, theirs } => conflicts.push(("birthday", show(&ours), show(&theirs))),
    }
    let mut changed = !patch.is_empty();
    if changed {
        db.update_contact(id, &patch, now)?;
    }
    use crate::store::Channel;
    let lists: [Three<'_, Vec<Labeled>, Channel>; 3] = [
        (Channel::Email, &b.emails, &o.emails, &t.emails),
        (Channel::Phone, &b.phones, &o.phones, &t.phones),
        (Channel::Link, &b.links, &o.links, &t.links),
    ];
    for (channel, bl, ol, tl) in lists {
        let (add, remove) = merge3::set(bl, ol, tl, |v: &Labeled| match channel {
            Channel::Phone => digits(&v.value),
            _ => v.value.to_lowercase(),
        });
        for v in &add {
            changed |= db.add_channel(id, channel, v)?;
        }
        for v in &remove {
            changed |= db.remove_channel(id, channel, &v.value)?;
        }
    }
    let (add, remove) = merge3::set(&b.tags, &o.tags, &t.tags, |s: &String| fold(s));
    changed |= !db.add_tags(id, &add)?.is_empty();
    changed |= !db.remove_tags(id, &remove)?.is_empty();
    let (add, remove) = merge3::set(&b.postal, &o.postal, &t.postal, Clone::clone);
    for a in &add {
        changed |= db.add_address(id, a)?;
    }
    for a in &remove {
        changed |= db.remove_address(id, a)?;
    }
    // Notes written on the other side since.
    for (date, body) in &theirs.notes {
        let known = |r: &ImportRecord| r.notes.iter().any(|(_, n)| n == body);
        if !known(base) && !known(&ours) {
            db.add_note(id, date.unwrap_or(today), body, now)?;
            changed = true;
        }
    }
    for (field, ours, theirs) in conflicts {
        // The other side's value stays visible, in a note the next export carries too.
        let body = crate::tr!("sync-conflict-note", field = field, value = &theirs);
        db.add_note(id, today, &body, now)?;
        changed = true;
        summary.conflicts.push(SyncConflict {
            id,
            name: o.name.clone(),
            field,
            ours,
            theirs,
        });
    }
    if changed {
        db.touch_contact(id, now)?;
        summary.merged.push((id, o.name.clone()));
    }
    Ok(())
}
