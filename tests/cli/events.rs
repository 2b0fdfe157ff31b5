//! Events, encounters, business cards and the user's own card.

use serde_json::{json, Value};

use crate::common::{ints, TestEnv};

#[test]
fn event_add_list_edit_rm() {
    let env = TestEnv::new();
    let e = env.json(&[
        "event",
        "add",
        "5 à 7 Montréal",
        "--at",
        "Musée McCord",
        "--kind",
        "afterwork",
        "--on",
        "hier",
        "--organizer",
        "me",
    ]);
    assert_eq!(e["id"], 1);
    assert_eq!(e["date"], "2026-11-21");
    assert_eq!(e["venue"], "Musée McCord");
    assert_eq!(e["kind"], "afterwork");
    // The date defaults to today.
    let today = env.json(&[
        "event",
        "add",
        "Petit-déjeuner des vœux",
        "--kind",
        "breakfast",
    ]);
    assert_eq!(today["date"], "2026-11-22");
    env.ok(&[
        "event",
        "add",
        "RustConf",
        "--on",
        "2026-09-01",
        "--kind",
        "conference",
    ]);

    let all = env.json(&["event", "list"]);
    assert_eq!(ints(&all, "id"), [2, 1, 3], "newest first");
    assert_eq!(all[0]["attendees"], 0);
    let autumn = env.json(&[
        "event",
        "list",
        "--since",
        "2026-10-01",
        "--until",
        "21/11/2026",
    ]);
    assert_eq!(ints(&autumn, "id"), [1]);

    let edited = env.json(&[
        "event",
        "edit",
        "MONTREAL",
        "--at",
        "",
        "--name",
        "5 à 7 des vœux",
    ]);
    assert_eq!(edited["venue"], Value::Null);
    assert_eq!(edited["name"], "5 à 7 des vœux");
    env.fails(&["event", "edit", "voeux"], 1);

    let r = env.fails(&["event", "rm", "rustconf"], 1);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    env.ok(&["event", "rm", "rustconf", "--yes"]);
    assert_eq!(env.count("events"), 2);
}

#[test]
fn bad_event_input_names_the_value_and_writes_nothing() {
    let env = TestEnv::new();
    let r = env.fails(&["event", "add", "Gala", "--on", "someday"], 1);
    assert!(r.stderr.contains("'someday'"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    let r = env.fails(&["event", "add", "   "], 1);
    assert!(r.stderr.contains("Error:"), "{}", r.stderr);
    env.fails(&["event", "add", "Gala", "--kind", "party"], 2);
    let r = env.fails(&["event", "show", "gala"], 1);
    assert!(r.stderr.contains("no event matches 'gala'"), "{}", r.stderr);
    assert!(r.stderr.contains("carnet event list"), "{}", r.stderr);
    env.fails(&["event", "show", "#7"], 1);
    assert_eq!(env.count("events"), 0);
}

#[test]
fn an_event_name_is_matched_without_accents_newest_first() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "5 à 7", "--on", "2026-10-01"]);
    env.ok(&["event", "add", "5 à 7", "--on", "2026-11-20"]);
    env.ok(&["event", "add", "5 à 7", "--on", "2026-09-01"]);
    assert_eq!(env.json(&["event", "show", "5 A 7"])["id"], 2);
    assert_eq!(env.json(&["event", "show", "#3"])["id"], 3);
    assert_eq!(env.json(&["event", "show", "1"])["id"], 1);
}

#[test]
fn met_records_encounters_and_last_seen() {
    let env = TestEnv::new();
    let fred = env.add("Frédéric Duval", &[]);
    let zoe = env.add("Zoë Łukasz", &[]);
    env.ok(&["event", "add", "5 à 7 Montréal", "--on", "2026-11-20"]);
    let rec = env.json(&[
        "met",
        "frederic",
        "zoe",
        "--at",
        "montreal",
        "--note",
        "Talked about the spring breakfast",
    ]);
    assert_eq!(ints(&rec, "contact_id"), [fred, zoe]);
    assert_eq!(rec[0]["date"], "2026-11-20", "the event's date");
    assert_eq!(rec[0]["how"], "event");
    env.ok(&["met", "zoe", "--how", "café", "--on", "hier"]);
    env.ok(&["note", "zoe", "Likes Québec", "--on", "2026-11-19"]);

    let z = env.json(&["show", "zoe"]);
    assert_eq!(z["last_seen"], "2026-11-21");
    let enc = z["encounters"].as_array().unwrap();
    assert_eq!(enc.len(), 2);
    assert_eq!(enc[0]["how"], "coffee", "newest first");
    assert_eq!(enc[1]["event_name"], "5 à 7 Montréal");
    assert_eq!(enc[1]["note"], "Talked about the spring breakfast");
    assert_eq!(env.json(&["show", "frederic"])["last_seen"], "2026-11-20");
    let never = env.add("André Roy", &[]);
    assert_eq!(
        env.json(&["show", &never.to_string()])["last_seen"],
        Value::Null
    );

    let met = env.json(&["list", "--met-at", "5 a 7"]);
    assert_eq!(ints(&met, "id"), [fred, zoe]);

    let text = env.ok(&["show", "zoe"]).stdout;
    insta::assert_snapshot!("show_timeline", text);
}

#[test]
fn met_with_a_bad_contact_or_date_writes_nothing() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.fails(&["met", "zoe", "nobody-here"], 1);
    env.fails(&["met", "zoe", "--on", "32/13"], 1);
    env.fails(&["met", "zoe", "--at", "unknown event"], 1);
    env.fails(&["met", "zoe", "--how", "telepathy"], 2);
    assert_eq!(env.count("encounters"), 0);
}

#[test]
fn cards_add_list_rm() {
    let env = TestEnv::new();
    let zoe = env.add("Zoë", &[]);
    env.add("Marie Côté", &[]);
    env.ok(&["event", "add", "5 à 7 Montréal", "--on", "2026-11-20"]);
    let k = env.json(&[
        "card",
        "add",
        "zoe",
        "--company",
        "Atelier Zoë",
        "--title",
        "Céramiste",
        "--email",
        "zoe@atelier.example",
        "--email",
        "contact@atelier.example",
        "--phone",
        "+1 514 555 0199",
        "--url",
        "atelier.example",
        "--address",
        "12 rue Saint-Paul, Montréal",
        "--at",
        "montreal",
        "--note",
        "'; DROP TABLE contacts; --",
    ]);
    assert_eq!(k["contact_id"], zoe);
    assert_eq!(k["received_on"], "2026-11-20");
    assert_eq!(k["event_name"], "5 à 7 Montréal");
    assert_eq!(k["website"], "https://atelier.example");
    assert_eq!(
        k["emails"],
        json!(["zoe@atelier.example", "contact@atelier.example"])
    );
    env.ok(&[
        "card",
        "add",
        "zoe",
        "--company",
        "Fablab Québec",
        "--title",
        "Bénévole",
    ]);
    env.ok(&["card", "add", "marie", "--company", "Musée"]);

    assert_eq!(env.json(&["card", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        env.json(&["card", "list", "zoe"]).as_array().unwrap().len(),
        2
    );
    let at = env.json(&["card", "list", "--at", "montreal"]);
    assert_eq!(ints(&at, "id"), [1]);
    assert_eq!(
        env.json(&["show", "zoe"])["cards"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    insta::assert_snapshot!("card_list", env.ok(&["card", "list", "zoe"]).stdout);

    let r = env.fails(&["card", "add", "zoe", "--email", "nope"], 1);
    assert!(r.stderr.contains("'nope'"), "{}", r.stderr);
    env.fails(&["card", "rm", "abc"], 1);
    env.fails(&["card", "rm", "99"], 1);
    // An id is digits, with or without '#': a sign is refused, not read as a number.
    let r = env.fails(&["card", "rm", "+2"], 1);
    assert!(r.stderr.contains("invalid card id '+2'"), "{}", r.stderr);
    env.ok(&["card", "rm", "#2"]);
    assert_eq!(env.count("cards"), 2);
    assert_eq!(env.count("contacts"), 2);
}

#[test]
fn event_show_reports_people_cards_and_invitations() {
    let env = TestEnv::new();
    let fred = env.add("Frédéric Duval", &[]);
    let marie = env.add("Marie Côté", &[]);
    let andre = env.add("André Roy", &[]);
    let zoe = env.add("Zoë", &[]);
    env.ok(&[
        "event",
        "add",
        "Petit-déjeuner des vœux",
        "--on",
        "hier",
        "--kind",
        "breakfast",
        "--organizer",
        "me",
    ]);
    env.ok(&["event", "invite", "voeux", "frederic", "marie", "andre"]);
    // Inviting again is harmless.
    let again = env.json(&["event", "invite", "voeux", "frederic"]);
    assert_eq!(again[0]["already_invited"], true);
    env.ok(&["event", "rsvp", "voeux", "frederic", "oui"]);
    env.ok(&["event", "rsvp", "voeux", "marie", "non"]);
    env.ok(&["event", "rsvp", "voeux", "andre", "peut-être"]);
    let r = env.fails(&["event", "rsvp", "voeux", "andre", "perhaps"], 1);
    assert!(r.stderr.contains("'perhaps'"), "{}", r.stderr);
    // Frédéric came as promised; Zoë came uninvited; André did not come. Frédéric was met
    // before (a month earlier), Zoë never: she is new there.
    env.ok(&["met", "frederic", "--on", "2026-10-20"]);
    env.ok(&["met", "frederic", "zoe", "--at", "voeux"]);
    env.ok(&[
        "card",
        "add",
        "zoe",
        "--company",
        "Atelier Zoë",
        "--at",
        "voeux",
    ]);

    let rep = env.json(&["event", "show", "voeux"]);
    assert_eq!(rep["attendees"], 2);
    assert_eq!(rep["known_contacts"], 1);
    assert_eq!(rep["new_contacts"], 1);
    assert_eq!(rep["cards"].as_array().unwrap().len(), 1);
    let inv = &rep["invitations"];
    assert_eq!(ints(&inv["invited"], "contact_id").len(), 3);
    assert_eq!(ints(&inv["confirmed"], "id"), [fred]);
    assert_eq!(ints(&inv["declined"], "id"), [marie]);
    assert_eq!(ints(&inv["maybe"], "id"), [andre]);
    assert_eq!(ints(&inv["attended"], "id"), [fred]);
    assert_eq!(ints(&inv["came_uninvited"], "id"), [zoe]);
    let mut absent = ints(&inv["invited_absent"], "id");
    absent.sort();
    assert_eq!(absent, [marie, andre]);
    insta::assert_snapshot!("event_show", env.ok(&["event", "show", "voeux"]).stdout);
}

#[test]
fn an_event_nobody_was_invited_to_has_no_uninvited_guests() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.ok(&["event", "add", "Meetup Rust"]);
    env.ok(&["met", "zoe", "--at", "rust"]);
    let rep = env.json(&["event", "show", "rust"]);
    assert_eq!(rep["attendees"], 1);
    assert_eq!(rep["invitations"]["came_uninvited"], json!([]));
}

#[test]
fn deleting_an_event_keeps_encounters_and_cards() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.ok(&["event", "add", "Meetup Rust"]);
    env.ok(&["met", "zoe", "--at", "rust"]);
    env.ok(&["card", "add", "zoe", "--company", "X", "--at", "rust"]);
    env.ok(&["event", "rm", "rust", "--yes"]);
    let z = env.json(&["show", "zoe"]);
    assert_eq!(z["encounters"][0]["event_id"], Value::Null);
    assert_eq!(z["cards"][0]["event_id"], Value::Null);
}

#[test]
fn me_set_show_and_qr() {
    let env = TestEnv::new();
    let r = env.ok(&["me"]);
    assert!(r.stderr.contains("carnet me set"), "{}", r.stderr);
    let r = env.fails(&["me", "--qr"], 1);
    assert!(r.stderr.contains("no name"), "{}", r.stderr);
    env.fails(&["me", "set"], 1);
    env.fails(&["me", "set", "--email", "nope"], 1);
    let me = env.json(&[
        "me",
        "set",
        "--name",
        "Camille Roy",
        "--company",
        "Atelier Roy",
        "--title",
        "Céramiste",
        "--email",
        "camille@roy.example",
        "--phone",
        "+1 514 555 0100",
        "--url",
        "roy.example",
    ]);
    assert_eq!(me["url"], "https://roy.example");
    env.ok(&["me", "set", "--title", ""]);
    let me = env.json(&["me"]);
    assert_eq!(me["title"], Value::Null);
    assert_eq!(me["name"], "Camille Roy");

    let qr = env.ok(&["me", "--qr"]).stdout;
    let lines: Vec<&str> = qr.lines().collect();
    assert!(lines.len() <= 40, "{} lines", lines.len());
    assert!(lines.iter().all(|l| l.chars().count() <= 80));
    assert!(lines.iter().all(|l| l.chars().all(|c| " ▀▄█".contains(c))));
    let inverted = env.ok(&["me", "--qr", "--invert"]).stdout;
    assert_ne!(qr, inverted);
    assert!(qr.contains('█'));

    // An independent QR reader decodes both drawings to a vCard with the user's name.
    for (drawing, light_on_dark) in [(&qr, true), (&inverted, false)] {
        let text = decode_qr(drawing, light_on_dark);
        assert!(text.starts_with("BEGIN:VCARD"), "{text}");
        assert!(text.contains("FN:Camille Roy"), "{text}");
        assert!(text.contains("camille@roy.example"), "{text}");
    }

    // An accented name and the title decode as UTF-8, as the card says it is.
    env.ok(&[
        "me",
        "set",
        "--name",
        "Zoë Lévesque",
        "--title",
        "Céramiste",
    ]);
    let qr = env.ok(&["me", "--qr"]).stdout;
    let text = decode_qr(&qr, true);
    assert!(text.contains("FN;CHARSET=UTF-8:Zoë Lévesque\r\n"), "{text}");
    assert!(
        text.contains("N;CHARSET=UTF-8:Lévesque;Zoë;;;\r\n"),
        "{text}"
    );
    assert!(text.contains("TITLE;CHARSET=UTF-8:Céramiste\r\n"), "{text}");
    assert!(text.as_bytes().windows(2).any(|w| w == "é".as_bytes()));
}

/// Turns a half-block drawing into a greyscale picture (4 pixels a module, with a light
/// margin) and decodes it with rqrr. On a dark terminal, drawn cells are the light ones.
fn decode_qr(drawing: &str, light_on_dark: bool) -> String {
    let mut dark: Vec<Vec<bool>> = Vec::new();
    for line in drawing.lines() {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for ch in line.chars() {
            let (t, b) = match ch {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                _ => (false, false),
            };
            // Drawn means dark on a light terminal, light on a dark one.
            top.push(t != light_on_dark);
            bottom.push(b != light_on_dark);
        }
        dark.push(top);
        dark.push(bottom);
    }
    const SCALE: usize = 4;
    const MARGIN: usize = 8;
    let side = dark.iter().map(Vec::len).max().unwrap_or(0);
    let size = (side + 2 * MARGIN) * SCALE;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let module = (mx >= MARGIN && my >= MARGIN)
            .then(|| dark.get(my - MARGIN).and_then(|r| r.get(mx - MARGIN)))
            .flatten()
            .copied()
            .unwrap_or(false);
        if module {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code expected");
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    content
}
