//! Resolution of CONTACT, PROJECT and EVENT arguments: ids, whole names, prefixes, names
//! never guessed, names split over arguments, and bounded work on long arguments.

use super::*;
use crate::model::NewContact;
use crate::store::test_store as store;
use crate::store::Store;

const NOW: &str = "2026-11-22T00:00:00Z";

fn add(s: &mut Store, name: &str) -> i64 {
    add_with(s, name, false)
}

fn add_with(s: &mut Store, name: &str, archived: bool) -> i64 {
    let id = s
        .write(|db| {
            db.insert_contact(
                &NewContact {
                    name: name.into(),
                    ..Default::default()
                },
                NOW,
            )
        })
        .unwrap();
    if archived {
        s.write(|db| {
            db.update_contact(
                id,
                &crate::model::ContactPatch {
                    archived: Some(true),
                    ..Default::default()
                },
                NOW,
            )
        })
        .unwrap();
    }
    id
}

/// What a CONTACT argument resolves to, as ids: `One(id)`, `Many(ids)`, `None(near ids)`…
fn contact(s: &Store, q: &str) -> Resolution<i64> {
    match resolve_contact(s.db(), q).unwrap() {
        Resolution::One(m) => Resolution::One(m.id),
        Resolution::Many(all) => Resolution::Many(all.iter().map(|m| m.id).collect()),
        Resolution::None(near) => Resolution::None(near.iter().map(|m| m.id).collect()),
        Resolution::NoSuchId(id) => Resolution::NoSuchId(id),
        Resolution::OtherKind(k, id) => Resolution::OtherKind(k, id),
    }
}

fn event(s: &mut Store, name: &str, date: &str) -> i64 {
    s.write(|db| {
        db.insert_event(
            &crate::model::event::NewEvent {
                name: name.into(),
                date: date.parse().unwrap(),
                ..Default::default()
            },
            NOW,
        )
    })
    .unwrap()
}

#[test]
fn contacts_resolve_by_id_name_prefix_and_words() {
    let (_d, mut s) = store();
    let fred = add(&mut s, "Frédéric Duval");
    let marie = add(&mut s, "Marie Côté");
    let numbered = add(&mut s, "2046");
    use Resolution::*;
    assert_eq!(contact(&s, &format!("#{fred}")), One(fred));
    assert_eq!(contact(&s, &format!(" {marie} ")), One(marie));
    assert_eq!(contact(&s, "#99"), NoSuchId(99));
    assert_eq!(
        contact(&s, "2046"),
        One(numbered),
        "a missing bare id may be a name"
    );
    assert_eq!(contact(&s, "frederic duval"), One(fred));
    assert_eq!(contact(&s, "FRED"), One(fred));
    assert_eq!(contact(&s, "fred duv"), One(fred));
    assert_eq!(contact(&s, "duval"), One(fred));
    assert_eq!(contact(&s, "cote"), One(marie));
    assert_eq!(
        contact(&s, "Frederik Duval"),
        None(vec![fred]),
        "a near spelling"
    );
    assert_eq!(contact(&s, "Zoë"), None(vec![]));
    assert_eq!(contact(&s, "e12"), OtherKind(Kind::Event, 12));
    assert_eq!(contact(&s, "f3"), OtherKind(Kind::FollowUp, 3));
}

#[test]
fn a_whole_name_that_is_also_part_of_another_is_ambiguous() {
    let (_d, mut s) = store();
    let gagnon = add(&mut s, "Michel Gagnon");
    let michel = add(&mut s, "Michel");
    use Resolution::*;
    // Exactly Michel's name, and the first word of Michel Gagnon's: never guessed, the
    // whole name first.
    assert_eq!(contact(&s, "michel"), Many(vec![michel, gagnon]));
    assert_eq!(contact(&s, "Michel"), Many(vec![michel, gagnon]));
    assert_eq!(contact(&s, "michel gagnon"), One(gagnon));
    assert_eq!(contact(&s, "gagnon"), One(gagnon));
    // A word beginning another word is ambiguous too, and so is an archived namesake.
    let jean = add(&mut s, "Jean Dupont");
    let jeanne = add(&mut s, "Jeanne Roy");
    assert_eq!(contact(&s, "jean"), Many(vec![jean, jeanne]));
    assert_eq!(contact(&s, "jeann"), One(jeanne));
    let luc = add_with(&mut s, "Luc Martin", true);
    let luc2 = add(&mut s, "Luc Tremblay");
    assert_eq!(contact(&s, "luc"), Many(vec![luc2, luc]), "archived last");
    // Two people of the same name.
    let zoe = add(&mut s, "Zoë");
    let zoe2 = add(&mut s, "ZOE");
    assert_eq!(contact(&s, "zoe"), Many(vec![zoe, zoe2]));
    assert_eq!(
        contact(&s, "Zoë"),
        Many(vec![zoe, zoe2]),
        "the same spelling first"
    );
    if let Many(v) = contact(&s, "ZOE") {
        assert_eq!(v[0], zoe2);
    }
}

#[test]
fn adjacent_arguments_naming_one_contact_are_found() {
    let (_d, mut s) = store();
    let gagnon = add(&mut s, "Michel Gagnon");
    let args = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let split = |s: &Store, v: &[&str]| split_name(s.db(), &args(v)).unwrap();
    // Only Michel Gagnon: each word means him too, so one reading only.
    assert_eq!(split(&s, &["michel", "gagnon"]), None);
    let michel = add(&mut s, "Michel");
    let found = split(&s, &["zoe", "michel", "gagnon"]).unwrap();
    assert_eq!((found.start, found.len), (1, 2));
    assert_eq!(found.typed, "michel gagnon");
    assert_eq!(
        found.named.iter().map(|m| m.id).collect::<Vec<_>>(),
        [gagnon]
    );
    assert_eq!(split(&s, &["michel gagnon"]), None, "quoted");
    assert_eq!(
        split(&s, &["michel", &format!("#{gagnon}")]),
        None,
        "an id is never a word"
    );
    assert_eq!(split(&s, &["michel"]), None);
    // Each word names another contact, unambiguously: several people.
    let (_d2, mut t) = store();
    let marie = add(&mut t, "Marie");
    let curie = add(&mut t, "Curie");
    assert_eq!(
        split_name(t.db(), &args(&["marie", "curie"])).unwrap(),
        None
    );
    let both = add(&mut t, "Marie Curie");
    // Now "marie" alone also means Marie Curie: refused.
    assert!(split_name(t.db(), &args(&["marie", "curie"]))
        .unwrap()
        .is_some());
    let _ = (marie, curie, both, michel);
    // Three words: the longest run first.
    let (_d3, mut u) = store();
    let long = add(&mut u, "Jean Paul Sartre");
    add(&mut u, "Jean Paul");
    let found = split_name(u.db(), &args(&["jean", "paul", "sartre"]))
        .unwrap()
        .unwrap();
    assert_eq!((found.start, found.len), (0, 3));
    assert_eq!(found.named[0].id, long);
}

#[test]
fn words_after_a_contact_that_complete_a_name_are_found() {
    let (_d, mut s) = store();
    let gagnon = add(&mut s, "Michel Gagnon");
    let words = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let runs = |s: &Store, c: &str, v: &[&str]| name_runs_on(s.db(), c, &words(v)).unwrap();
    let (typed, named) = runs(&s, "michel", &["gagnon", "a", "envoyé", "ses", "liens"]).unwrap();
    assert_eq!(typed, "michel gagnon");
    assert_eq!(named[0].id, gagnon);
    assert_eq!(
        runs(&s, "michel", &["gagnon a envoyé ses liens"]),
        None,
        "the text quoted"
    );
    assert_eq!(runs(&s, "michel gagnon", &["a", "envoyé"]), None);
    assert_eq!(runs(&s, &format!("#{gagnon}"), &["gagnon"]), None);
    assert_eq!(runs(&s, "michel", &[]), None);
    // Several words after the contact, the longest run first.
    let long = add(&mut s, "Michel Gagnon Fils");
    let (typed, named) = runs(&s, "michel", &["gagnon", "fils", "a", "appelé"]).unwrap();
    assert_eq!(typed, "michel gagnon fils");
    assert_eq!(named[0].id, long);
    // Runs of at most MAX_RUN words in all, the contact's included.
    let four = add(&mut s, "Jean Paul Marie Louis");
    add(&mut s, "Jean Paul Marie Louis Dupont");
    let (typed, named) = runs(&s, "jean", &["paul", "marie", "louis", "dupont", "x"]).unwrap();
    assert_eq!(typed, "jean paul marie louis");
    assert_eq!(named[0].id, four);
}

#[test]
fn a_long_argument_is_compared_within_bounds() {
    // 20,000 names against a 120 KB argument: no near-spelling comparison at all; against a
    // name of 100 KB: at most MAX_FUZZY characters of it.
    let names: Vec<(i64, String)> = (0..20_000)
        .map(|i| (i, format!("Prénom{i} Nom{i} Troisième Quatrième")))
        .collect();
    let long = "x".repeat(120 * 1024);
    let mut work = 0;
    assert!(nearest_in(&fold(&long), &names, &mut work).is_empty());
    assert_eq!(work, 0);
    let huge = vec![
        (1, "y".repeat(100 * 1024)),
        (2, "Frédéric Duval".to_owned()),
    ];
    let mut work = 0;
    assert_eq!(nearest_in("frederik duval", &huge, &mut work), [2]);
    // Each comparison: the query's 14 characters by at most MAX_FUZZY of the name's.
    assert!(work <= 2 * (1 + MAX_WORDS) * 14 * MAX_FUZZY, "{work}");
    let mut work = 0;
    nearest_in("frederik", &names, &mut work);
    assert!(
        work <= names.len() * (1 + MAX_WORDS) * 8 * MAX_FUZZY,
        "{work}"
    );
}

#[test]
fn a_long_argument_resolves_without_matching_every_word() {
    let (_d, mut s) = store();
    let fred = add(&mut s, "Frédéric Duval");
    let long = "frederic ".repeat(20_000);
    assert_eq!(contact(&s, &long), Resolution::None(vec![]));
    // More than MAX_WORDS words: not matched word by word, only as a whole name.
    let nine = add(&mut s, "A B C D E F G H I");
    assert_eq!(contact(&s, "a b c d e f g h i"), Resolution::One(nine));
    assert!(!matches!(
        contact(&s, "i a b c d e f g h"),
        Resolution::One(_)
    ));
    assert_eq!(
        contact(&s, "b c d e f g h i"),
        Resolution::One(nine),
        "eight words"
    );
    assert_eq!(contact(&s, "frederic du"), Resolution::One(fred));
}

#[test]
fn nearest_names_are_the_three_closest() {
    let names = vec![
        (1, "Frédéric Duval".to_owned()),
        (2, "Frédérique Roy".to_owned()),
        (3, "Fred Astaire".to_owned()),
        (4, "Zoë".to_owned()),
        (5, "Frederic".to_owned()),
    ];
    let mut work = 0;
    assert_eq!(
        nearest_in("frederik", &names, &mut work),
        [1, 5, 2],
        "ties by id"
    );
    assert!(nearest_in("", &names, &mut work).is_empty());
    assert!(nearest_in("qqqqq", &names, &mut work).is_empty());
}

#[test]
fn candidates_for_a_new_name_include_typos() {
    let (_d, mut s) = store();
    add(&mut s, "Frédéric Duval");
    let names = |q: &str| -> Vec<String> {
        candidates(s.db(), q)
            .unwrap()
            .into_iter()
            .map(|m| m.name)
            .collect()
    };
    assert_eq!(names("frederic duval"), ["Frédéric Duval"]);
    assert_eq!(names("Fred"), ["Frédéric Duval"]);
    assert_eq!(names("Frederik Duval"), ["Frédéric Duval"]);
    assert!(names("Zoë").is_empty());
}

#[test]
fn events_resolve_by_id_then_folded_name_newest_first() {
    let (_d, mut s) = store();
    let old = event(&mut s, "5 à 7 Montréal", "2026-10-01");
    let new = event(&mut s, "5 à 7 Montréal", "2026-11-20");
    let breakfast = event(&mut s, "Petit-déjeuner des vœux", "2026-11-21");
    let year = event(&mut s, "Gala 2027", "2026-12-01");
    let e9 = event(&mut s, "E9 Meetup", "2026-12-02");
    let id = |q: &str| resolve_event(s.db(), q).unwrap().unwrap().map(|m| m.id);
    assert_eq!(id(&format!("#{old}")), Some(old));
    assert_eq!(id(&format!("e{old}")), Some(old));
    assert_eq!(id(&old.to_string()), Some(old));
    assert_eq!(id("#99"), None);
    assert_eq!(id("e99"), None);
    // A number that is no event's id may be (part of) a name; a prefixed id never is.
    assert_eq!(id("2027"), Some(year));
    assert_eq!(id("e9"), None, "e9 is an id: event e{e9} is not it");
    assert_eq!(id("5 A 7 MONTREAL"), Some(new));
    assert_eq!(id("montreal"), Some(new));
    assert_eq!(id("voeux"), Some(breakfast));
    assert_eq!(id("déjeuner VŒUX"), Some(breakfast));
    assert_eq!(id("gala"), Some(year));
    assert_eq!(id("  "), None);
    assert_eq!(id("100%"), None);
    assert_eq!(resolve_event(s.db(), "c3").unwrap(), Err((Kind::Card, 3)));
    assert_eq!(id(&"gala ".repeat(50)), None);
    assert_eq!(id("soirée"), None);
}

#[test]
fn projects_resolve_by_id_name_and_prefix_preferring_the_active_one() {
    let (_d, mut s) = store();
    let (concert, conference, album) = s
        .write(|db| -> Result<_> {
            Ok((
                db.insert_project("Concert de printemps", None, NOW)?,
                db.insert_project("Conférence", None, NOW)?,
                db.insert_project("Album « Vœux »", None, NOW)?,
            ))
        })
        .unwrap();
    fn one(s: &crate::store::Store, q: &str) -> Option<i64> {
        match resolve_project(s.db(), q).unwrap() {
            Resolution::One(p) => Some(p.id),
            _ => None,
        }
    }
    assert_eq!(one(&s, &format!("#{album}")), Some(album));
    assert_eq!(one(&s, &format!("p{album}")), Some(album));
    assert_eq!(one(&s, &album.to_string()), Some(album));
    assert_eq!(one(&s, "concert de printemps"), Some(concert));
    assert_eq!(one(&s, "voeux"), Some(album));
    assert_eq!(one(&s, "printemps"), Some(concert));
    assert!(matches!(
        resolve_project(s.db(), "#99").unwrap(),
        Resolution::NoSuchId(99)
    ));
    assert!(matches!(
        resolve_project(s.db(), "p99").unwrap(),
        Resolution::NoSuchId(99)
    ));
    assert!(matches!(
        resolve_project(s.db(), "e3").unwrap(),
        Resolution::OtherKind(Kind::Event, 3)
    ));
    assert!(matches!(
        resolve_project(s.db(), "con").unwrap(),
        Resolution::Many(m) if m.len() == 2
    ));
    assert!(matches!(
        resolve_project(s.db(), "gala").unwrap(),
        Resolution::None(near) if near.is_empty()
    ));
    s.write(|db| {
        db.update_project(
            conference,
            &crate::store::ProjectPatch {
                archived: Some(true),
                ..Default::default()
            },
            NOW,
        )
    })
    .unwrap();
    assert_eq!(one(&s, "con"), Some(concert), "the one not archived");
    // Three matching, two archived: the active one.
    s.write(|db| db.insert_project("Conte", None, NOW)).unwrap();
    assert!(matches!(
        resolve_project(s.db(), "con").unwrap(),
        Resolution::Many(m) if m.len() == 3
    ));
}

#[test]
fn the_active_one_among_several() {
    let p = |id: i64, archived: bool| Project {
        id,
        name: format!("P{id}"),
        note: None,
        archived,
        created_at: String::new(),
        updated_at: String::new(),
    };
    let ids = |v: Vec<Project>| v.iter().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(ids(prefer_active(vec![p(1, true), p(2, false)])), [2]);
    assert_eq!(
        ids(prefer_active(vec![p(1, true), p(2, false), p(3, true)])),
        [2]
    );
    assert_eq!(ids(prefer_active(vec![p(1, false), p(2, false)])), [1, 2]);
    assert_eq!(ids(prefer_active(vec![p(1, true), p(2, true)])), [1, 2]);
    assert_eq!(ids(prefer_active(vec![p(1, true)])), [1]);
}
