//! Changes to many people at once (a selection, see `commands::args::select`): each one
//! transaction, so one step for `carnet undo`, and a report of whom it changed.

use serde::Serialize;

use crate::model::followup::{FollowUpId, NewFollowUp};
use crate::model::ContactId;
use crate::store::{Result, Store};

/// What a bulk change did: how many people were selected, and those it changed (the
/// others already were as asked).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BulkReport {
    pub selected: usize,
    /// The ids of the contacts changed, in the order given.
    pub changed: Vec<ContactId>,
    /// The follow-ups added, one per person (`follow-up add`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub followups: Vec<FollowUpId>,
}

/// Adds `tags` to each of `people` (or removes them when `add` is false).
pub fn tag(
    store: &mut Store,
    people: &[ContactId],
    tags: &[String],
    add: bool,
    now: &str,
) -> Result<BulkReport> {
    store.write(|db| {
        let changed = if add {
            db.add_tags_to_many(people, tags, now)?
        } else {
            db.remove_tags_from_many(people, tags, now)?
        };
        Ok(BulkReport {
            selected: people.len(),
            changed,
            followups: Vec::new(),
        })
    })
}

/// Archives each of `people` (brings them back when `archived` is false).
pub fn archive(
    store: &mut Store,
    people: &[ContactId],
    archived: bool,
    now: &str,
) -> Result<BulkReport> {
    store.write(|db| {
        let changed = db.set_archived_many(people, archived, now)?;
        Ok(BulkReport {
            selected: people.len(),
            changed,
            followups: Vec::new(),
        })
    })
}

/// One follow-up for each of `people`, as `template` says (its contact set to each).
pub fn follow_up(
    store: &mut Store,
    people: &[ContactId],
    template: &NewFollowUp,
    now: &str,
) -> Result<BulkReport> {
    store.write(|db| {
        let mut followups = Vec::new();
        for &id in people {
            let new = NewFollowUp {
                contact_id: Some(id),
                ..template.clone()
            };
            followups.push(db.insert_followup(&new, now)?);
        }
        Ok(BulkReport {
            selected: people.len(),
            changed: people.to_vec(),
            followups,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store;
    use crate::store::testing::{add, d, NOW};
    use crate::store::SCHEMA_VERSION;

    const LATER: &str = "2026-11-23T10:00:00Z";

    fn updated(s: &Store, id: ContactId) -> String {
        s.db().get_contact(id).unwrap().updated_at
    }

    #[test]
    fn a_bulk_tag_counts_only_those_changed_keeps_the_index_and_is_undone_whole() {
        let (_dir, mut s) = test_store();
        let [a, b, c, e] = ["Zoë", "André", "Chana", "Émile"].map(|n| add(&mut s, n));
        s.write(|db| {
            db.add_tags(b, &["jazz".into()])?;
            db.add_tags(e, &["jazz".into(), "Vœux".into()])
        })
        .unwrap();
        let before = s.db().dump(SCHEMA_VERSION).unwrap();
        let tags = ["Jazz".to_owned(), "voeux".to_owned()];
        // c twice; b lacks one of the two; e holds both already.
        let r = tag(&mut s, &[c, b, e, a, c], &tags, true, LATER).unwrap();
        assert_eq!((r.selected, r.changed), (5, vec![c, b, a]));
        for id in [a, b, c, e] {
            assert_eq!(s.db().contact_tags(id).unwrap(), ["jazz", "Vœux"]);
        }
        assert_eq!([a, b, c].map(|id| updated(&s, id)), [LATER; 3]);
        assert_ne!(updated(&s, e), LATER);
        assert!(s.db().search_index_check().unwrap().is_ok());
        s.undo(None).unwrap();
        assert_eq!(s.db().dump(SCHEMA_VERSION).unwrap(), before);
        assert!(s.db().search_index_check().unwrap().is_ok());
    }

    #[test]
    fn a_bulk_untag_counts_only_holders_drops_unused_tags_and_is_undone_whole() {
        let (_dir, mut s) = test_store();
        let [a, b, c] = ["Zoë", "André", "Chana"].map(|n| add(&mut s, n));
        s.write(|db| {
            db.add_tags(a, &["jazz".into(), "client".into()])?;
            db.add_tags(b, &["Vœux".into()])
        })
        .unwrap();
        let before = s.db().dump(SCHEMA_VERSION).unwrap();
        let tags = ["JAZZ".to_owned(), "voeux".to_owned()];
        let r = tag(&mut s, &[c, b, a, b], &tags, false, LATER).unwrap();
        assert_eq!((r.selected, r.changed), (4, vec![b, a]));
        assert_eq!(s.db().contact_tags(a).unwrap(), ["client"]);
        assert!(s.db().contact_tags(b).unwrap().is_empty());
        assert_eq!(s.db().find_tag("jazz").unwrap(), None);
        assert_eq!([a, b].map(|id| updated(&s, id)), [LATER; 2]);
        assert_ne!(updated(&s, c), LATER);
        assert!(s.db().search_index_check().unwrap().is_ok());
        s.undo(None).unwrap();
        assert_eq!(s.db().dump(SCHEMA_VERSION).unwrap(), before);
        // Nobody selected: nothing written, not even a tag.
        assert!(tag(&mut s, &[], &["new".into()], true, LATER)
            .unwrap()
            .changed
            .is_empty());
        assert_eq!(s.db().find_tag("new").unwrap(), None);
    }

    #[test]
    fn tags_are_added_and_removed_for_those_lacking_or_holding_them() {
        let (_dir, mut s) = test_store();
        let (a, b) = (add(&mut s, "Zoë"), add(&mut s, "André"));
        s.write(|db| db.add_tags(b, &["jazz".into()])).unwrap();
        let r = tag(&mut s, &[a, b], &["jazz".into()], true, NOW).unwrap();
        assert_eq!((r.selected, r.changed), (2, vec![a]));
        assert_eq!(s.db().contact_tags(a).unwrap(), ["jazz"]);
        let r = tag(&mut s, &[a, b], &["Jazz".into()], false, NOW).unwrap();
        assert_eq!((r.selected, r.changed), (2, vec![a, b]));
        assert!(s.db().contact_tags(b).unwrap().is_empty());
        let r = tag(&mut s, &[a], &["jazz".into()], false, NOW).unwrap();
        assert!(r.changed.is_empty());
    }

    #[test]
    fn archiving_changes_only_those_not_yet_archived() {
        let (_dir, mut s) = test_store();
        let (a, b) = (add(&mut s, "Zoë"), add(&mut s, "André"));
        assert_eq!(archive(&mut s, &[a], true, NOW).unwrap().changed, [a]);
        assert_eq!(archive(&mut s, &[a, b], true, NOW).unwrap().changed, [b]);
        assert!(s.db().get_contact(a).unwrap().archived);
        assert_eq!(
            archive(&mut s, &[a, b], false, NOW).unwrap().changed,
            [a, b]
        );
        assert!(!s.db().get_contact(b).unwrap().archived);
        let r = archive(&mut s, &[b, a, b], true, LATER).unwrap();
        assert_eq!((r.selected, r.changed), (3, vec![b, a]));
        assert_eq!([a, b].map(|id| updated(&s, id)), [LATER; 2]);
    }

    #[test]
    fn one_follow_up_per_person() {
        let (_dir, mut s) = test_store();
        let (a, b) = (add(&mut s, "Zoë"), add(&mut s, "André"));
        let template = NewFollowUp {
            contact_id: None,
            event_id: None,
            what: "Send the slides".into(),
            due: d(2026, 12, 1),
            every: None,
        };
        let r = follow_up(&mut s, &[a, b], &template, NOW).unwrap();
        assert_eq!(r.followups.len(), 2);
        for (id, who) in r.followups.iter().zip([a, b]) {
            let f = s.db().get_followup(*id).unwrap();
            assert_eq!(
                (f.contact_id, f.what.as_str()),
                (Some(who), "Send the slides")
            );
        }
    }
}
