//! `carnet card scan`: photos of cards made in the tests (cardgen), read by the real
//! Tesseract and filed in a real database. Tests that need Tesseract or the DejaVu fonts
//! say so and skip when they are missing, and fail when `CI` is set. Those that only need
//! a QR code run with a PATH that has no Tesseract, which is also the "missing" case.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cardgen::{self, Fonts, Sample};
use crate::common::{Run, TestEnv};
use crate::pty::{Pty, DOWN, ENTER};

/// Whether Tesseract with its French and English data can run. When it cannot, the test
/// is skipped with a message, or fails under CI.
fn tesseract_or_skip(test: &str) -> bool {
    let langs = std::process::Command::new("tesseract")
        .arg("--list-langs")
        .output();
    let ok = langs.as_ref().is_ok_and(|o| {
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        let langs: Vec<&str> = all.lines().map(str::trim).collect();
        langs.contains(&"fra") && langs.contains(&"eng")
    });
    if !ok {
        let why = "Tesseract with French and English data is not installed \
                   (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng)";
        assert!(std::env::var_os("CI").is_none(), "{test}: {why}");
        eprintln!("SKIPPED {test}: {why}");
    }
    ok
}

/// The DejaVu fonts the cards are drawn with; `None` (skipped, or a failure under CI)
/// when missing.
fn fonts_or_skip(test: &str) -> Option<Fonts> {
    match Fonts::load() {
        Ok(f) => Some(f),
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "{test}: {e}");
            eprintln!("SKIPPED {test}: {e}");
            None
        }
    }
}

/// A folder with no programs in it: a PATH without Tesseract.
fn bare_path(env: &TestEnv) -> PathBuf {
    let p = env.path("bare-bin");
    std::fs::create_dir_all(&p).unwrap();
    p
}

fn without_tesseract(env: &TestEnv, args: &[&str]) -> Run {
    let path = bare_path(env);
    env.run_with(args, |c| {
        c.env("PATH", &path);
    })
}

fn save(img: &image::RgbImage, path: &Path) -> String {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    img.save(path).unwrap();
    path.to_string_lossy().into_owned()
}

fn sample(file: &str) -> Sample {
    cardgen::deck()
        .into_iter()
        .find(|s| s.file == file)
        .unwrap()
}

const BADGE: &[(&str, &str)] = &[
    ("N", "Nowak;Łukasz;;;"),
    ("FN", "Łukasz Nowak"),
    ("ORG", "Wisła Robotics"),
    ("TITLE", "Ingénieur logiciel"),
    ("EMAIL;TYPE=work", "lukasz@wisla-robotics.example"),
    ("TEL;TYPE=cell", "+48 600 123 456"),
    ("URL", "https://wisla-robotics.example"),
];

fn badge(env: &TestEnv, file: &str) -> String {
    save(
        &cardgen::qr_badge(&cardgen::vcard(BADGE), 5),
        &env.path(file),
    )
}

fn outcomes(r: &Run) -> Vec<Value> {
    r.json().as_array().unwrap().clone()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

/// How a website is stored: a bare host gets https://.
fn stored_url(printed: &str) -> String {
    carnet::model::validate::url(printed).unwrap()
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of.max(1) as f64
}

#[test]
fn acceptance_fourteen_generated_cards_are_read() {
    let test = "acceptance_fourteen_generated_cards_are_read";
    if !tesseract_or_skip(test) {
        return;
    }
    let Some(fonts) = fonts_or_skip(test) else {
        return;
    };
    let env = TestEnv::new();
    let dir = env.path("deck");
    let deck = cardgen::deck();
    assert!(deck.len() >= 12);
    for s in &deck {
        save(&cardgen::photo(&fonts, s), &dir.join(s.file));
    }
    let r = env.run(&["card", "scan", dir.to_str().unwrap(), "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = outcomes(&r);
    assert_eq!(out.len(), deck.len());
    // Nothing is filed by --json alone.
    assert_eq!(env.count("cards"), 0);

    let (mut emails, mut emails_ok, mut phones, mut phones_ok) = (0, 0, 0, 0);
    let (mut sites, mut sites_ok, mut names_ok, mut companies_ok) = (0, 0, 0, 0);
    let (mut titles_ok, mut addresses, mut addresses_ok, mut qr, mut qr_ok) = (0, 0, 0, 0, 0);
    let mut wrong: Vec<String> = Vec::new();
    for s in &deck {
        let o = out
            .iter()
            .find(|o| o["photo"].as_str().unwrap().ends_with(s.file))
            .unwrap_or_else(|| panic!("{} not in the output", s.file));
        assert_eq!(o["status"], "read", "{o}");
        let got = &o["reading"];
        let e = &s.expected;
        let mut note = |field: &str, ok: bool| {
            if !ok {
                wrong.push(format!("{}: {field} read {}", s.file, got[field]));
            }
            ok
        };
        let got_emails = strs(&got["emails"]);
        emails += e.emails.len();
        if note("emails", got_emails == e.emails) {
            emails_ok += e.emails.len();
        }
        let got_phones = strs(&got["phones"]);
        phones += e.phones.len();
        if note("phones", got_phones == e.phones) {
            phones_ok += e.phones.len();
        }
        let want_site = e.website.map(stored_url);
        sites += usize::from(want_site.is_some());
        let site_ok = got["website"].as_str().map(str::to_owned) == want_site;
        if note("website", site_ok) && want_site.is_some() {
            sites_ok += 1;
        }
        names_ok += usize::from(note("name", got["name"] == e.name));
        companies_ok += usize::from(note("company", got["company"] == e.company));
        titles_ok += usize::from(note("title", got["title"] == e.title));
        if let Some(a) = e.address {
            addresses += 1;
            addresses_ok += usize::from(note("address", got["address"] == a));
        }
        if e.qr_contact {
            qr += 1;
            let all = got["name"] == e.name
                && got["company"] == e.company
                && got["title"] == e.title
                && got_emails == e.emails
                && got_phones == e.phones
                && site_ok;
            qr_ok += usize::from(note("QR vCard/MeCard", all));
        }
    }
    let n = deck.len();
    eprintln!(
        "card scan accuracy on {n} generated cards:\n  \
         emails    {emails_ok}/{emails} exact\n  \
         phones    {phones_ok}/{phones} exact\n  \
         websites  {sites_ok}/{sites} exact\n  \
         names     {names_ok}/{n} ({:.0} %)\n  \
         companies {companies_ok}/{n} ({:.0} %)\n  \
         titles    {titles_ok}/{n} ({:.0} %)\n  \
         addresses {addresses_ok}/{addresses}\n  \
         QR vCard/MeCard cards whole {qr_ok}/{qr}\n  \
         misread: {wrong:#?}",
        pct(names_ok, n),
        pct(companies_ok, n),
        pct(titles_ok, n)
    );
    assert_eq!(
        (emails_ok, phones_ok, sites_ok),
        (emails, phones, sites),
        "{wrong:#?}"
    );
    assert!(pct(names_ok, n) >= 90.0, "{wrong:#?}");
    assert!(pct(companies_ok, n) >= 90.0, "{wrong:#?}");
    assert!(qr >= 2 && qr_ok == qr, "{wrong:#?}");
    assert!(pct(titles_ok, n) >= 75.0, "{wrong:#?}");
    assert!(addresses_ok * 4 >= addresses * 3, "{wrong:#?}");
    // The card that fills half the frame, turned 2°, is read whole.
    let small = out
        .iter()
        .find(|o| {
            o["photo"]
                .as_str()
                .unwrap()
                .ends_with("12-fortin-small.png")
        })
        .unwrap();
    assert_eq!(small["reading"]["name"], "Isabelle Fortin");
    assert_eq!(small["reading"]["company"], "Fortin Coaching");
    assert_eq!(small["reading"]["title"], "Coach d'affaires");
}

/// The EXIF block of a JPEG with only an orientation tag (big-endian TIFF, one entry).
fn exif_orientation(value: u16) -> Vec<u8> {
    let mut b = b"MM\0\x2a\0\0\0\x08".to_vec();
    b.extend_from_slice(&1u16.to_be_bytes());
    b.extend_from_slice(&0x0112u16.to_be_bytes());
    b.extend_from_slice(&3u16.to_be_bytes());
    b.extend_from_slice(&1u32.to_be_bytes());
    b.extend_from_slice(&value.to_be_bytes());
    b.extend_from_slice(&[0, 0]);
    b.extend_from_slice(&0u32.to_be_bytes());
    b
}

#[test]
fn a_phone_photo_stored_sideways_with_an_exif_tag_is_read_upright() {
    let test = "a_phone_photo_stored_sideways_with_an_exif_tag_is_read_upright";
    if !tesseract_or_skip(test) {
        return;
    }
    let Some(fonts) = fonts_or_skip(test) else {
        return;
    };
    let env = TestEnv::new();
    // Stored turned a quarter to the left; the tag (6) says to turn it right to show it.
    let upright = cardgen::photo(&fonts, &sample("01-lavoie.png"));
    let stored = image::imageops::rotate270(&upright);
    let mut jpeg = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 92);
    image::ImageEncoder::set_exif_metadata(&mut enc, exif_orientation(6)).unwrap();
    enc.encode_image(&stored).unwrap();
    let path = env.path("IMG_0412.JPG");
    std::fs::write(&path, &jpeg).unwrap();
    let out = outcomes(&env.ok(&["card", "scan", path.to_str().unwrap(), "--json"]));
    let got = &out[0]["reading"];
    assert_eq!(got["name"], "Karine Lavoie", "{got}");
    assert_eq!(got["company"], "Lavoie Stratégies");
    assert_eq!(strs(&got["emails"]), ["karine@lavoie-strategies.ca"]);
    assert_eq!(strs(&got["phones"]), ["514-555-0142"]);
}

#[test]
fn a_card_scanned_at_an_event_is_a_card_received_there() {
    let test = "a_card_scanned_at_an_event_is_a_card_received_there";
    if !tesseract_or_skip(test) {
        return;
    }
    let Some(fonts) = fonts_or_skip(test) else {
        return;
    };
    let env = TestEnv::new();
    env.ok(&[
        "event",
        "add",
        "5 à 7 Montréal",
        "--on",
        "2026-11-20",
        "--kind",
        "afterwork",
    ]);
    let photo = save(
        &cardgen::photo(&fonts, &sample("02-nuagesur.png")),
        &env.path("photos/carte 1.png"),
    );
    let r = env.ok(&["card", "scan", &photo, "--at", "5 à 7", "--yes", "--json"]);
    let o = &outcomes(&r)[0];
    assert_eq!(o["status"], "filed");
    assert_eq!(o["new_contact"], true);
    assert!(
        r.stderr
            .contains("Filed card c1 for #1 Marc-André Tremblay (new contact) at 5 à 7 Montréal"),
        "{}",
        r.stderr
    );

    let show = env.json(&["event", "show", "5 à 7"]);
    let cards = show["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 1);
    let k = &cards[0];
    assert_eq!(k["contact_name"], "Marc-André Tremblay");
    assert_eq!(k["title"], "Architecte infonuagique");
    assert_eq!(strs(&k["emails"]), ["marc-andre@nuagesur.ca"]);
    assert_eq!(strs(&k["phones"]), ["+1 418 555 0199"]);
    assert_eq!(
        k["address"],
        "350, rue Saint-Paul Est, Québec (Québec) G1K 3W6"
    );
    assert_eq!(k["received_on"], "2026-11-20");
    assert_eq!(k["event_name"], "5 à 7 Montréal");
    let abs = std::fs::canonicalize(&photo).unwrap();
    assert_eq!(k["photo_path"], abs.to_str().unwrap());
    assert!(k["photo_hash"].as_str().unwrap().starts_with("sha256:"));
    let text = env.ok(&["event", "show", "5 à 7"]).stdout;
    assert!(text.contains("Cards received: 1"), "{text}");
    assert!(text.contains("Marc-André Tremblay"), "{text}");
    // The new contact carries the card's details and where they were met.
    let c = env.json(&["show", "1"]);
    assert_eq!(c["name"], "Marc-André Tremblay");
    assert_eq!(c["how_met"], "5 à 7 Montréal");
    assert_eq!(c["emails"][0]["value"], "marc-andre@nuagesur.ca");
}

#[test]
fn without_tesseract_a_printed_card_says_how_to_install_it_and_writes_nothing() {
    let env = TestEnv::new();
    let photo = save(
        &image::RgbImage::from_pixel(400, 300, image::Rgb([240, 240, 240])),
        &env.path("card.png"),
    );
    for args in [
        vec!["card", "scan", photo.as_str(), "--yes"],
        vec!["card", "scan", photo.as_str(), "--json"],
    ] {
        let r = without_tesseract(&env, &args);
        assert_eq!(r.code, 1, "{r:?}");
        for want in [
            "Tesseract is not installed",
            "apt-get install tesseract-ocr tesseract-ocr-fra",
            "dnf install tesseract tesseract-langpack-fra",
            "brew install tesseract tesseract-lang",
        ] {
            assert!(r.stderr.contains(want), "{want}: {}", r.stderr);
        }
    }
    assert_eq!(env.count("cards"), 0);
    assert_eq!(env.count("contacts"), 0);
}

#[test]
fn without_tesseract_a_vcard_qr_code_alone_files_the_card() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Salon Inno", "--on", "2026-11-18"]);
    let photo = badge(&env, "badge.png");
    let r = without_tesseract(
        &env,
        &["card", "scan", &photo, "--at", "Salon", "--yes", "--json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("only the QR code was read"),
        "{}",
        r.stderr
    );
    let o = &outcomes(&r)[0];
    assert_eq!(o["status"], "filed");
    assert_eq!(o["reading"]["ocr"], false);
    assert_eq!(o["reading"]["qr_codes"][0]["kind"], "vcard");
    let k = &env.json(&["card", "list"])[0];
    assert_eq!(k["contact_name"], "Łukasz Nowak");
    assert_eq!(k["company"], "Wisła Robotics");
    assert_eq!(k["title"], "Ingénieur logiciel");
    assert_eq!(strs(&k["emails"]), ["lukasz@wisla-robotics.example"]);
    assert_eq!(strs(&k["phones"]), ["+48 600 123 456"]);
    assert_eq!(k["website"], "https://wisla-robotics.example");
    assert_eq!(k["event_name"], "Salon Inno");
    assert_eq!(k["received_on"], "2026-11-18");
}

#[test]
fn in_french_card_scan_says_everything_in_french() {
    let env = TestEnv::new();
    let dir = env.path("5a7");
    badge(&env, "5a7/badge.png");
    save(
        &image::RgbImage::from_pixel(400, 300, image::Rgb([240, 240, 240])),
        &dir.join("vide.png"),
    );
    let path = bare_path(&env);
    let r = env.run_with(&["card", "scan", dir.to_str().unwrap(), "--yes"], |c| {
        c.env("PATH", &path).env("CARNET_LANG", "fr");
    });
    assert_eq!(r.code, 1, "{r:?}");
    for want in [
        "Tesseract n'est pas installé : seul le code QR a été lu",
        "Carte c1 classée pour #1 Łukasz Nowak (nouveau contact)",
        "vide.png : Tesseract n'est pas installé : carnet en a besoin",
        "Photos : 1 classée, 1 en échec",
        "1 photo sur 2 n'a pas pu être classée",
        "  Debian/Ubuntu : sudo apt-get install tesseract-ocr tesseract-ocr-fra",
    ] {
        assert!(r.stderr.contains(want), "{want}: {}", r.stderr);
    }
    assert_eq!(env.count("cards"), 1);
}

#[test]
fn a_photo_already_filed_is_skipped_and_a_changed_one_is_new() {
    let env = TestEnv::new();
    let photo = badge(&env, "photos/badge.png");
    let first = without_tesseract(&env, &["card", "scan", &photo, "--yes", "--json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    // Again: skipped, without reading it.
    let again = without_tesseract(&env, &["card", "scan", &photo, "--yes", "--json"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let o = &outcomes(&again)[0];
    assert_eq!(o["status"], "skipped");
    assert_eq!(o["filed_before"]["card_id"], 1);
    assert_eq!(o["reading"], Value::Null);
    assert!(
        again
            .stderr
            .contains("already filed as card c1 of #1 Łukasz Nowak; skipped"),
        "{}",
        again.stderr
    );
    assert_eq!(env.count("cards"), 1);
    // A copy elsewhere is the same photo.
    let copy = env.path("copie.png");
    std::fs::copy(&photo, &copy).unwrap();
    let r = without_tesseract(&env, &["card", "scan", copy.to_str().unwrap(), "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("the same photo as"), "{}", r.stderr);
    assert_eq!(env.count("cards"), 1);
    // The same path with another photo in it is new: filed (to the same person: --for).
    let other = cardgen::qr_badge(&cardgen::vcard(BADGE), 99);
    other.save(&photo).unwrap();
    let r = without_tesseract(&env, &["card", "scan", &photo, "--for", "1", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(env.count("cards"), 2);
    let hashes: Vec<String> = env
        .json(&["card", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["photo_hash"].as_str().unwrap().to_owned())
        .collect();
    assert_ne!(hashes[0], hashes[1]);
    // --json alone reads a photo already filed, and says so.
    let r = without_tesseract(&env, &["card", "scan", &photo, "--json"]);
    let o = &outcomes(&r)[0];
    assert_eq!(o["status"], "read");
    assert_eq!(o["filed_before"]["card_id"], 2);
}

#[test]
fn a_folder_is_scanned_photo_after_photo_and_a_failure_is_told() {
    let env = TestEnv::new();
    let dir = env.path("5a7");
    let one = cardgen::vcard(&[("FN", "Zoë Martin"), ("EMAIL", "zoe@atelier.example")]);
    let two = cardgen::vcard(&[("FN", "Amélie Côté"), ("TEL", "514 555 0188")]);
    save(&cardgen::qr_badge(&one, 3), &dir.join("a.png"));
    save(&cardgen::qr_badge(&two, 4), &dir.join("b.JPG"));
    std::fs::write(dir.join("notes.txt"), "pas une photo").unwrap();
    std::fs::write(dir.join("c.jpg"), "pas une photo non plus").unwrap();
    let r = without_tesseract(&env, &["card", "scan", dir.to_str().unwrap(), "--yes"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stderr.contains("[1/3]") || r.stderr.contains("Filed card c1"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("c.jpg is not a photo carnet can read"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Photos: 2 filed, 1 failed"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Error: 1 of 3 photos could not be filed"),
        "{}",
        r.stderr
    );
    let names = crate::common::names(&env.json(&["list"]));
    assert_eq!(names, ["Amélie Côté", "Zoë Martin"]);
    // Again: both skipped, the bad one fails again.
    let r = without_tesseract(&env, &["card", "scan", dir.to_str().unwrap(), "--yes"]);
    assert!(
        r.stderr.contains("Photos: 2 skipped, 1 failed"),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("cards"), 2);
}

#[test]
fn bad_arguments_are_refused_before_anything_is_read() {
    let env = TestEnv::new();
    let photo = badge(&env, "badge.png");
    // Off a terminal, neither --yes nor --json.
    let r = without_tesseract(&env, &["card", "scan", &photo]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("cannot ask whose card each photo is"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint: pass --yes"), "{}", r.stderr);
    // A missing file among good ones: nothing is filed.
    let r = without_tesseract(&env, &["card", "scan", &photo, "nowhere.jpg", "--yes"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("no such file or folder: nowhere.jpg"),
        "{}",
        r.stderr
    );
    // An empty folder, an unknown event, an unknown contact.
    std::fs::create_dir_all(env.path("vide")).unwrap();
    let empty = env.path("vide");
    let r = without_tesseract(&env, &["card", "scan", empty.to_str().unwrap(), "--yes"]);
    assert!(
        r.stderr.contains("no JPEG or PNG photo in the folder"),
        "{}",
        r.stderr
    );
    let r = without_tesseract(
        &env,
        &["card", "scan", &photo, "--at", "Nulle part", "--yes"],
    );
    assert!(
        r.stderr.contains("no event matches 'Nulle part'"),
        "{}",
        r.stderr
    );
    let r = without_tesseract(&env, &["card", "scan", &photo, "--for", "#9", "--yes"]);
    assert!(r.stderr.contains("no contact #9"), "{}", r.stderr);
    let r = without_tesseract(&env, &["card", "scan", &photo, "--on", "jamais", "--yes"]);
    assert_eq!(r.code, 1);
    assert_eq!(env.count("cards"), 0);
    assert_eq!(env.count("contacts"), 0);
}

#[test]
fn a_name_already_known_is_never_guessed_off_a_terminal() {
    let env = TestEnv::new();
    let id = env.add("Łukasz Nowak", &["--company", "Wisła"]);
    let photo = badge(&env, "badge.png");
    let r = without_tesseract(&env, &["card", "scan", &photo, "--yes"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains(&format!("'Łukasz Nowak' is already a contact (#{id})")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains(&format!("--for '#{id}'")), "{}", r.stderr);
    assert_eq!(env.count("cards"), 0);
    let r = without_tesseract(
        &env,
        &["card", "scan", &photo, "--for", "lukasz", "--yes", "--json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let o = &outcomes(&r)[0];
    assert_eq!(
        (o["contact_id"].as_i64(), o["new_contact"].as_bool()),
        (Some(id), Some(false))
    );
    let copy = badge(&env, "badge2.png");
    std::fs::write(
        &copy,
        [std::fs::read(&copy).unwrap(), b"x".to_vec()].concat(),
    )
    .unwrap();
    let r = without_tesseract(&env, &["card", "scan", &copy, "--new", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(env.count("contacts"), 2);
    // A card without a name needs --for.
    let nameless = save(
        &cardgen::qr_badge("MECARD:ORG:Sans Nom;TEL:514 555 0100;;", 8),
        &env.path("sans-nom.png"),
    );
    let r = without_tesseract(&env, &["card", "scan", &nameless, "--yes"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("no name was read on"), "{}", r.stderr);
    assert!(
        r.stderr.contains("hint: pass --for CONTACT"),
        "{}",
        r.stderr
    );
}

#[test]
fn on_a_terminal_the_reading_is_shown_and_whose_card_is_asked() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Salon Inno", "--on", "2026-11-18"]);
    let photo = badge(&env, "badge.png");
    let bare = bare_path(&env);
    let mut p = Pty::spawn_with(&env, &["card", "scan", &photo, "--at", "Salon"], |c| {
        c.env("PATH", &bare);
    });
    p.wait("read:    Łukasz Nowak, Wisła Robotics, Ingénieur logiciel, lukasz@wisla-robotics.example, +48 600 123 456, https://wisla-robotics.example");
    // One question: whose card; Enter takes "new contact".
    p.keys("Whose card is it?", ENTER);
    p.wait("Filed card c1 for #1 Łukasz Nowak (new contact) at Salon Inno");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    let c = env.json(&["show", "1"]);
    assert_eq!(c["name"], "Łukasz Nowak");
    assert_eq!(c["company"], "Wisła Robotics");
    assert_eq!(c["title"], "Ingénieur logiciel");
    assert_eq!(c["how_met"], "Salon Inno");
    let k = &env.json(&["card", "list"])[0];
    assert_eq!(k["contact_id"], 1);
    assert_eq!(strs(&k["phones"]), ["+48 600 123 456"]);
    assert_eq!(k["event_name"], "Salon Inno");

    // A second photo of the same person: the existing contact comes first.
    let other = save(
        &cardgen::qr_badge(&cardgen::vcard(BADGE), 77),
        &env.path("badge-2.png"),
    );
    let mut p = Pty::spawn_with(&env, &["card", "scan", &other], |c| {
        c.env("PATH", &bare);
    });
    p.wait("existing #1 Łukasz Nowak (Wisła Robotics)");
    p.keys("skip this photo", ENTER);
    p.wait("Filed card c2 for #1 Łukasz Nowak");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("contacts"), 1);
    assert_eq!(env.count("cards"), 2);

    // Skipped on request: nothing filed.
    let third = save(
        &cardgen::qr_badge(&cardgen::vcard(BADGE), 78),
        &env.path("badge-3.png"),
    );
    let mut p = Pty::spawn_with(&env, &["card", "scan", &third], |c| {
        c.env("PATH", &bare);
    });
    p.keys(
        "skip this photo",
        &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"),
    );
    p.wait("badge-3.png: skipped");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("cards"), 2);

    // --for: a yes/no question, Enter says yes.
    let mut p = Pty::spawn_with(&env, &["card", "scan", &third, "--for", "1"], |c| {
        c.env("PATH", &bare);
    });
    p.keys(
        "File it as a card of #1 Łukasz Nowak (Wisła Robotics)?",
        ENTER,
    );
    p.wait("Filed card c3 for #1 Łukasz Nowak");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("cards"), 3);
}

/// A badge misread: a letter dropped from the name, two figures swapped in the phone, the
/// title and website missing, and an address.
const MISREAD: &[(&str, &str)] = &[
    ("N", "Nowk;Lukasz;;;"),
    ("FN", "Lukasz Nowk"),
    ("ORG", "Wisla Robotics"),
    ("EMAIL", "lukasz@wisla-robotics.example"),
    ("TEL", "+48 600 123 465"),
    ("ADR", ";;ul. Długa 5;Gdańsk;;80-001;Polska"),
];

#[test]
fn on_a_terminal_what_was_read_is_corrected_in_the_one_line_form() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Salon Inno", "--on", "2026-11-18"]);
    let photo = save(
        &cardgen::qr_badge(&cardgen::vcard(MISREAD), 9),
        &env.path("badge.png"),
    );
    let bare = bare_path(&env);
    let mut p = Pty::spawn_with(&env, &["card", "scan", &photo, "--at", "Salon"], |c| {
        c.env("PATH", &bare);
    });
    let mut asked = 0;
    p.wait("new contact: Lukasz Nowk");
    p.keys("correct what was read", &format!("{DOWN}{ENTER}"));
    asked += 1;
    // The line comes pre-filled with the reading, in the form of `carnet log`.
    p.wait("Correct the card");
    // A card says nobody's introducer: refused, the line given back as typed.
    let typed = "Łukasz Nowak, Wisła Robotics, Ingénieur logiciel, \
                 lukasz@wisla-robotics.example, +48 600 123 456, wisla-robotics.example";
    p.keys(
        "Lukasz Nowk, Wisla Robotics, lukasz@wisla-robotics.example, +48 600 123 465",
        &format!("\u{15}{typed}, via Michel{ENTER}"),
    );
    asked += 1;
    p.wait("a card does not say who introduced someone ('via Michel')");
    p.wait("hint: ");
    p.keys("Correct the card", &format!("\u{15}{typed}{ENTER}"));
    asked += 1;
    p.wait("→ Łukasz Nowak · company: Wisła Robotics · title: Ingénieur logiciel");
    // Asked again whose card it is, with the corrected name.
    p.keys("new contact: Łukasz Nowak", ENTER);
    asked += 1;
    p.wait("Filed card c1 for #1 Łukasz Nowak (new contact) at Salon Inno");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    assert_eq!(asked, 4);
    // Four answers, each waited for: a question more would never be answered and carnet
    // would not have filed the card.
    let c = env.json(&["show", "1"]);
    assert_eq!(c["name"], "Łukasz Nowak");
    assert_eq!(c["company"], "Wisła Robotics");
    assert_eq!(c["title"], "Ingénieur logiciel");
    assert_eq!(c["how_met"], "Salon Inno");
    let cards = env.json(&["card", "list"]);
    assert_eq!(cards.as_array().unwrap().len(), 1);
    let k = &cards[0];
    assert_eq!(k["contact_id"], 1);
    assert_eq!(k["company"], "Wisła Robotics");
    assert_eq!(k["title"], "Ingénieur logiciel");
    assert_eq!(strs(&k["emails"]), ["lukasz@wisla-robotics.example"]);
    assert_eq!(strs(&k["phones"]), ["+48 600 123 456"]);
    assert_eq!(k["website"], "https://wisla-robotics.example");
    // What the line has no place for, the address, is kept as read.
    assert!(k["address"].as_str().unwrap().contains("Gdańsk"), "{k}");
    assert_eq!(k["photo_path"], photo.as_str());
    assert!(
        k["photo_hash"].as_str().is_some_and(|h| !h.is_empty()),
        "{k}"
    );
    assert_eq!(k["event_name"], "Salon Inno");
}

#[test]
fn on_a_terminal_an_empty_correction_keeps_what_was_read() {
    let env = TestEnv::new();
    let photo = badge(&env, "badge.png");
    let bare = bare_path(&env);
    let mut p = Pty::spawn_with(&env, &["card", "scan", &photo], |c| {
        c.env("PATH", &bare);
    });
    p.keys("correct what was read", &format!("{DOWN}{ENTER}"));
    p.keys("Correct the card", &format!("\u{15}{ENTER}"));
    p.keys("new contact: Łukasz Nowak", ENTER);
    p.wait("Filed card c1 for #1 Łukasz Nowak (new contact)");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    let k = &env.json(&["card", "list"])[0];
    assert_eq!(k["company"], "Wisła Robotics");
    assert_eq!(k["title"], "Ingénieur logiciel");
    assert_eq!(strs(&k["phones"]), ["+48 600 123 456"]);
    assert_eq!(k["website"], "https://wisla-robotics.example");
}

#[test]
fn on_a_terminal_in_french_the_question_and_what_was_read_are_in_french() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Salon Inno", "--on", "2026-11-18"]);
    let photo = badge(&env, "badge.png");
    let bare = bare_path(&env);
    let mut p = Pty::spawn_with(&env, &["card", "scan", &photo, "--at", "Salon"], |c| {
        c.env("PATH", &bare).env("CARNET_LANG", "fr");
    });
    p.wait("Tesseract n'est pas installé : seul le code QR a été lu");
    p.wait("lu :      Łukasz Nowak, Wisła Robotics, Ingénieur logiciel, lukasz@wisla-robotics.example, +48 600 123 456, https://wisla-robotics.example");
    p.wait("nouveau contact : Łukasz Nowak");
    p.wait("quelqu'un d'autre (taper un nom)");
    p.keys("passer cette photo", ENTER);
    p.wait("Carte c1 classée pour #1 Łukasz Nowak (nouveau contact) à Salon Inno");
    assert_eq!(p.finish().0, 0);
    let k = &env.json(&["card", "list"])[0];
    assert_eq!(k["contact_name"], "Łukasz Nowak");
    assert_eq!(k["company"], "Wisła Robotics");
    assert_eq!(k["event_name"], "Salon Inno");
}

#[test]
fn undo_takes_back_a_scanned_card_and_the_contact_it_made() {
    let env = TestEnv::new();
    let photo = badge(&env, "badge.png");
    let r = without_tesseract(&env, &["card", "scan", &photo, "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!((env.count("cards"), env.count("contacts")), (1, 1));
    env.ok(&["undo"]);
    assert_eq!((env.count("cards"), env.count("contacts")), (0, 0));
    // The photo is no longer filed: scanning it again files it.
    let r = without_tesseract(&env, &["card", "scan", &photo, "--yes", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(outcomes(&r)[0]["status"], "filed");
    env.ok(&["undo"]);
    env.ok(&["redo"]);
    let k = &env.json(&["card", "list"])[0];
    assert_eq!(k["contact_name"], "Łukasz Nowak");
    assert_eq!(k["photo_path"], photo.as_str());
}
