//! Each selector alone, repeated (OR), combined (AND), and archived contacts.

use super::super::testing::{d, encounter, event, NOW};
use super::super::{test_store, Store};
use super::*;
use crate::model::invitation::Rsvp;
use crate::model::{ContactPatch, NewContact};

struct World {
    store: Store,
    _dir: tempfile::TempDir,
    /// Zoë: Acme, Montréal, tags jazz + client, met at the breakfast (first time, after
    /// meeting nobody before), invited to the breakfast, said yes; ally in Concert.
    zoe: i64,
    /// André: Chocolaterie Côté, Québec, tag jazz, met before the breakfast and at it,
    /// invited, no answer; introduced by Zoë.
    andre: i64,
    /// Bea: ACME Labs, Lyon, tag client, met at the training; opponent in Album; a note
    /// about "saxophone".
    bea: i64,
    /// Archived: tag jazz, Lyon, met at the training.
    gone: i64,
    breakfast: i64,
    training: i64,
    concert: i64,
    album: i64,
}

fn world() -> World {
    let (dir, mut store) = test_store();
    let person = |s: &mut Store, name: &str, company: &str, city: &str, tags: &[&str]| {
        s.write(|db| {
            db.insert_contact(
                &NewContact {
                    name: name.into(),
                    company: Some(company.into()),
                    city: Some(city.into()),
                    tags: tags.iter().map(|t| t.to_string()).collect(),
                    ..Default::default()
                },
                NOW,
            )
        })
        .unwrap()
    };
    let zoe = person(
        &mut store,
        "Zoë Martin",
        "Acme",
        "Montréal",
        &["jazz", "client"],
    );
    let andre = person(
        &mut store,
        "André Roy",
        "Chocolaterie Côté",
        "Québec",
        &["Jazz"],
    );
    let bea = person(&mut store, "Bea Smith", "ACME_Labs", "Lyon", &["client"]);
    let gone = person(&mut store, "Gone Away", "Old", "Lyon", &["jazz"]);
    let breakfast = event(&store, "Petit-déjeuner", "2026-11-10");
    let training = event(&store, "Formation SEO", "2026-11-15");
    let (concert, album) = store
        .write(|db| -> crate::store::Result<_> {
            let concert = db.insert_project("Concert", None, NOW)?;
            let album = db.insert_project("Album", None, NOW)?;
            db.assign_role(concert, zoe, "ally", None, NOW)?;
            db.assign_role(album, bea, "opponent", None, NOW)?;
            db.assign_role(album, andre, "ally", None, NOW)?;
            db.insert_encounter(&encounter(andre, d(2026, 10, 1), None), NOW)?;
            db.insert_encounter(&encounter(andre, d(2026, 11, 10), Some(breakfast)), NOW)?;
            db.insert_encounter(&encounter(zoe, d(2026, 11, 10), Some(breakfast)), NOW)?;
            db.insert_encounter(&encounter(bea, d(2026, 11, 15), Some(training)), NOW)?;
            db.insert_encounter(&encounter(gone, d(2026, 11, 15), Some(training)), NOW)?;
            db.invite(breakfast, zoe, NOW)?;
            db.invite(breakfast, andre, NOW)?;
            db.set_rsvp(breakfast, zoe, Rsvp::Yes, NOW)?;
            db.update_contact(
                andre,
                &ContactPatch {
                    introduced_by: Some(Some(zoe)),
                    ..Default::default()
                },
                NOW,
            )?;
            db.update_contact(
                gone,
                &ContactPatch {
                    archived: Some(true),
                    ..Default::default()
                },
                NOW,
            )?;
            db.add_note(bea, d(2026, 11, 15), "Plays the saxophone", NOW)?;
            Ok((concert, album))
        })
        .unwrap();
    World {
        store,
        _dir: dir,
        zoe,
        andre,
        bea,
        gone,
        breakfast,
        training,
        concert,
        album,
    }
}

impl World {
    /// The ids selected, by name.
    fn ids(&self, s: Selection) -> Vec<i64> {
        self.store
            .db()
            .selected(&s)
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect()
    }
}

fn tags(groups: &[&[&str]]) -> Vec<Vec<String>> {
    groups
        .iter()
        .map(|g| g.iter().map(|t| t.to_string()).collect())
        .collect()
}

#[test]
fn everyone_but_the_archived_without_a_selector() {
    let w = world();
    assert_eq!(w.ids(Selection::default()), [w.andre, w.bea, w.zoe]);
    let all = Selection {
        include_archived: true,
        ..Default::default()
    };
    assert_eq!(w.ids(all), [w.andre, w.bea, w.gone, w.zoe]);
}

#[test]
fn tags_one_group_is_all_of_it_and_groups_are_alternatives() {
    let w = world();
    let t = |groups: &[&[&str]], archived: bool| {
        w.ids(Selection {
            tags: tags(groups),
            include_archived: archived,
            ..Default::default()
        })
    };
    assert_eq!(t(&[&["jazz"]], false), [w.andre, w.zoe]);
    assert_eq!(t(&[&["jazz"]], true), [w.andre, w.gone, w.zoe]);
    assert_eq!(t(&[&["jazz", "client"]], false), [w.zoe]);
    assert_eq!(t(&[&["jazz"], &["client"]], false), [w.andre, w.bea, w.zoe]);
    assert_eq!(t(&[&["client"], &["nothing"]], false), [w.bea, w.zoe]);
    assert!(t(&[&["nothing"]], false).is_empty());
}

#[test]
fn company_and_city_match_a_part_folded_any_of_them() {
    let w = world();
    let company = |parts: &[&str]| {
        w.ids(Selection {
            companies: parts.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        })
    };
    assert_eq!(company(&["acme"]), [w.bea, w.zoe]);
    assert_eq!(company(&["cote"]), [w.andre]);
    assert_eq!(company(&["cote", "acme"]), [w.andre, w.bea, w.zoe]);
    // LIKE's wildcards are taken as typed.
    assert_eq!(company(&["e_l"]), [w.bea]);
    assert!(company(&["%"]).is_empty());
    let city = |parts: &[&str]| {
        w.ids(Selection {
            cities: parts.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        })
    };
    assert_eq!(city(&["montreal"]), [w.zoe]);
    assert_eq!(city(&["lyon", "quebec"]), [w.andre, w.bea]);
}

#[test]
fn events_met_at_new_at_and_invitations() {
    let w = world();
    let met = |events: Vec<i64>| {
        w.ids(Selection {
            met_at: events,
            ..Default::default()
        })
    };
    assert_eq!(met(vec![w.breakfast]), [w.andre, w.zoe]);
    assert_eq!(met(vec![w.training]), [w.bea]);
    assert_eq!(met(vec![w.breakfast, w.training]), [w.andre, w.bea, w.zoe]);
    let new = |events: Vec<i64>| {
        w.ids(Selection {
            new_at: events,
            ..Default::default()
        })
    };
    // André was met before the breakfast.
    assert_eq!(new(vec![w.breakfast]), [w.zoe]);
    assert_eq!(new(vec![w.breakfast, w.training]), [w.bea, w.zoe]);
    let invited = |answers: Vec<Answer>| {
        w.ids(Selection {
            invited_to: vec![w.breakfast],
            answers,
            ..Default::default()
        })
    };
    assert_eq!(invited(vec![]), [w.andre, w.zoe]);
    assert_eq!(invited(vec![Answer::None]), [w.andre]);
    assert_eq!(invited(vec![Answer::Said(Rsvp::Yes)]), [w.zoe]);
    assert!(invited(vec![Answer::Said(Rsvp::No)]).is_empty());
    assert_eq!(
        invited(vec![Answer::Said(Rsvp::No), Answer::Said(Rsvp::Yes)]),
        [w.zoe]
    );
    assert_eq!(
        invited(vec![Answer::None, Answer::Said(Rsvp::Yes)]),
        [w.andre, w.zoe]
    );
    let training = w.ids(Selection {
        invited_to: vec![w.training, w.breakfast],
        ..Default::default()
    });
    assert_eq!(training, [w.andre, w.zoe]);
}

#[test]
fn projects_and_roles() {
    let w = world();
    let p = |projects: Vec<i64>, roles: &[&str]| {
        w.ids(Selection {
            projects,
            roles: roles.iter().map(|r| r.to_string()).collect(),
            ..Default::default()
        })
    };
    assert_eq!(p(vec![w.album], &[]), [w.andre, w.bea]);
    assert_eq!(p(vec![w.album, w.concert], &[]), [w.andre, w.bea, w.zoe]);
    assert_eq!(p(vec![w.album], &["ally"]), [w.andre]);
    assert_eq!(p(vec![], &["ally"]), [w.andre, w.zoe]);
    assert_eq!(p(vec![], &["ally", "opponent"]), [w.andre, w.bea, w.zoe]);
    assert!(p(vec![w.concert], &["opponent"]).is_empty());
}

#[test]
fn not_seen_since_a_day_and_introduced_by() {
    let w = world();
    let since = |day| {
        w.ids(Selection {
            not_seen_since: Some(day),
            ..Default::default()
        })
    };
    assert_eq!(since(d(2026, 11, 11)), [w.andre, w.zoe]);
    // Met on the day itself: seen since.
    assert_eq!(since(d(2026, 11, 10)), Vec::<i64>::new());
    assert_eq!(since(d(2026, 11, 16)), [w.andre, w.bea, w.zoe]);
    let by = |ids: Vec<i64>| {
        w.ids(Selection {
            introduced_by: ids,
            ..Default::default()
        })
    };
    assert_eq!(by(vec![w.zoe]), [w.andre]);
    assert_eq!(by(vec![w.bea, w.zoe]), [w.andre]);
    assert!(by(vec![w.bea]).is_empty());
}

#[test]
fn the_recall_search_with_typos_and_alternatives() {
    let w = world();
    let db = w.store.db();
    let expr = |t: &str| db.search_expression(t).unwrap();
    assert!(expr("  ").is_none());
    let s = |words: &[&str]| {
        w.ids(Selection {
            search: words.iter().map(|t| expr(t).unwrap()).collect(),
            ..Default::default()
        })
    };
    assert_eq!(s(&["saxophone"]), [w.bea]);
    // One letter wrong in a long word.
    assert_eq!(s(&["saxaphone"]), [w.bea]);
    assert_eq!(s(&["saxophone", "chocolaterie"]), [w.andre, w.bea]);
    assert_eq!(s(&["jazz"]), [w.andre, w.zoe]);
}

#[test]
fn selectors_combine_with_and() {
    let w = world();
    let both = w.ids(Selection {
        tags: tags(&[&["jazz"]]),
        met_at: vec![w.breakfast],
        companies: vec!["acme".into()],
        ..Default::default()
    });
    assert_eq!(both, [w.zoe]);
    let none = w.ids(Selection {
        tags: tags(&[&["client"]]),
        cities: vec!["quebec".into()],
        ..Default::default()
    });
    assert!(none.is_empty());
    let archived = w.ids(Selection {
        met_at: vec![w.training],
        cities: vec!["lyon".into()],
        include_archived: true,
        ..Default::default()
    });
    assert_eq!(archived, [w.bea, w.gone]);
}

#[test]
fn like_patterns_escape_wildcards() {
    assert_eq!(like("a_b%c\\"), "%a\\_b\\%c\\\\%");
    assert_eq!(like(""), "%%");
}
