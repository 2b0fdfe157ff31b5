//! The screens in both languages and at the terminal's width: `today` within `COLUMNS`, the
//! main screens and errors snapshotted in English and French at 80 columns, `list` compact
//! on a terminal and through a pager, and `carnet` without a command.

use unicode_width::UnicodeWidthStr;

use crate::common::{Run, TestEnv};
use crate::pty::{Pty, DOWN, ENTER};

const LANGS: [&str; 2] = ["en", "fr"];

fn with(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Run {
    env.run_with(args, |c| {
        for (k, v) in vars {
            c.env(k, v);
        }
    })
}

/// Runs carnet in `lang` at `columns` and fails unless it exits 0.
fn ok_in(env: &TestEnv, lang: &str, columns: &str, args: &[&str]) -> Run {
    let r = with(env, args, &[("CARNET_LANG", lang), ("COLUMNS", columns)]);
    assert_eq!(
        r.code, 0,
        "carnet {args:?} in {lang}:\n{}{}",
        r.stdout, r.stderr
    );
    r
}

/// A notebook on Sunday 22 November 2026 with something in every section of `today`, long
/// names and an event named at length.
fn notebook() -> TestEnv {
    let mut env = TestEnv::new();
    env.set_now("2026-10-01T09:00:00");
    env.add(
        "Frédéric Duval-Lévesque de la Montagne",
        &[
            "--company",
            "Concours international des vœux et des souhaits",
            "--birthday",
            "1986-11-29",
        ],
    );
    env.add(
        "Zoë Łukasz",
        &[
            "--company",
            "Studio Z",
            "--title",
            "Céramiste",
            "--email",
            "zoe@studio.example",
            "--tag",
            "céramique",
            "--keep-in-touch",
            "1w",
        ],
    );
    env.add(
        "安藤 Ando",
        &["--birthday", "24/11", "--company", "東京商会"],
    );
    env.add("Marie Côté", &["--company", "Musée McCord"]);
    env.set_now("2026-11-22T09:00:00");
    env.ok(&[
        "event",
        "add",
        "Petit-déjeuner des entrepreneurs de la Rive-Sud et de Montréal",
        "--on",
        "2026-11-13",
        "--kind",
        "breakfast",
        "--at",
        "Café Olimpico",
    ]);
    env.ok(&[
        "met",
        "zoe",
        "--at",
        "#1",
        "--note",
        "Une expo commune au printemps",
    ]);
    env.ok(&[
        "card",
        "add",
        "zoe",
        "--company",
        "Studio Z",
        "--title",
        "Céramiste",
        "--email",
        "zoe@studio.example",
        "--at",
        "#1",
    ]);
    env.ok(&[
        "fu",
        "add",
        "frederic",
        "Appeler pour le parrainage du concours de printemps et du gala",
        "--due",
        "3 days ago",
    ]);
    env.ok(&[
        "fu",
        "add",
        "Envoyer les invitations à tous les participants du petit-déjeuner",
        "--event",
        "#1",
        "--due",
        "today",
    ]);
    env.ok(&[
        "fu",
        "add",
        "zoe",
        "Envoyer le devis pour l'atelier de céramique",
        "--event",
        "#1",
        "--due",
        "vendredi",
        "--every",
        "1m",
    ]);
    env.ok(&["fu", "add", "marie", "Café au musée", "--due", "demain"]);
    env.ok(&["event", "invite", "#1", "frederic", "marie"]);
    env.ok(&["event", "rsvp", "#1", "frederic", "yes"]);
    env.ok(&["event", "rsvp", "#1", "marie", "maybe"]);
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "frederic", "--role", "ally"]);
    env.ok(&["project", "assign", "Concert", "zoe", "--role", "mentor"]);
    env
}

/// Every line of `text` within `columns` columns.
fn assert_fits(text: &str, columns: usize, what: &str) {
    for line in text.lines() {
        assert!(
            line.width() <= columns,
            "{what}: a line of {} columns in {columns}:\n{line}\n--- whole ---\n{text}",
            line.width()
        );
    }
}

#[test]
fn no_line_of_today_is_wider_than_columns() {
    let env = notebook();
    for lang in LANGS {
        for columns in [20, 30, 40, 60, 80, 100] {
            let c = columns.to_string();
            let out = ok_in(&env, lang, &c, &["today"]).stdout;
            assert_fits(&out, columns, &format!("today in {lang}"));
            // From 30 columns, every item is still there with its id, shortened (at 20 a
            // French date and an indent leave no room for the id).
            let ids = if columns >= 30 {
                &["f1", "f2", "f3", "f4", "#1", "#2", "#3"][..]
            } else {
                &[]
            };
            for id in ids {
                assert!(
                    out.contains(id),
                    "{id} missing at {columns} in {lang}:\n{out}"
                );
            }
        }
    }
}

#[test]
fn piped_without_columns_today_is_whole() {
    let env = notebook();
    let r = env.run_with(&["today"], |c| {
        c.env_remove("COLUMNS");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "Appeler pour le parrainage du concours de printemps et du gala — Frédéric \
             Duval-Lévesque de la Montagne (Concours international des vœux et des souhaits) \
             · 3 days late"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains('…'), "{}", r.stdout);
}

#[test]
fn today_names_the_event_once_and_puts_the_date_first() {
    let env = notebook();
    let out = ok_in(&env, "en", "200", &["today"]).stdout;
    let event = "Petit-déjeuner des entrepreneurs de la Rive-Sud et de Montréal · Fri 13 Nov";
    // Once in each section that has follow-ups of the event.
    assert_eq!(out.matches(&format!("  {event}\n")).count(), 2, "{out}");
    assert!(
        out.contains(&format!(
            "Today\n  {event}\n    f2  Envoyer les invitations à tous les participants du petit-déjeuner\n"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "  {event}\n    Fri 27 Nov  f3  Envoyer le devis pour l'atelier de céramique — Zoë Łukasz (Studio Z)\n"
        )),
        "{out}"
    );
    assert!(
        out.contains("  Mon 23 Nov  f4  Café au musée — Marie Côté (Musée McCord)\n"),
        "{out}"
    );
    // The commands to act on the first item, and on the first person to reconnect with.
    assert!(
        out.ends_with(
            "\ndone: carnet fu done f1 · later: carnet fu snooze f1 tomorrow · met: carnet met 2\n"
        ),
        "{out}"
    );
}

#[test]
fn the_commands_under_today_do_what_they_say() {
    let env = notebook();
    let out = ok_in(&env, "fr", "80", &["today"]).stdout;
    assert!(out.contains("fait : carnet fu done f1"), "{out}");
    assert!(
        out.contains("plus tard : carnet fu snooze f1 demain"),
        "{out}"
    );
    assert!(out.contains("rencontré : carnet met 2"), "{out}");
    env.ok(&["fu", "snooze", "1", "demain"]);
    env.ok(&["met", "2"]);
    let t = env.json(&["today"]);
    assert!(t["overdue"].as_array().unwrap().is_empty(), "{t}");
    assert!(t["reconnect"].as_array().unwrap().is_empty(), "{t}");
}

#[test]
fn screens_in_english_and_french_at_80_columns() {
    let env = notebook();
    for lang in LANGS {
        let run = |args: &[&str]| ok_in(&env, lang, "80", args).stdout;
        insta::assert_snapshot!(format!("today_{lang}"), run(&["today"]));
        insta::assert_snapshot!(format!("show_{lang}"), run(&["show", "zoe"]));
        insta::assert_snapshot!(format!("event_show_{lang}"), run(&["event", "show", "#1"]));
        insta::assert_snapshot!(format!("list_{lang}"), run(&["list"]));
        insta::assert_snapshot!(
            format!("project_show_{lang}"),
            run(&["project", "show", "concert"])
        );
        insta::assert_snapshot!(format!("start_{lang}"), run(&[]));
    }
}

#[test]
fn errors_in_english_and_french() {
    let env = notebook();
    for lang in LANGS {
        let mut all = String::new();
        for args in [
            &["show", "nobody"][..],
            &["fu", "snooze", "1", "whenever"],
            &["add", "  "],
            &["project", "show", "gala"],
        ] {
            let r = with(&env, args, &[("CARNET_LANG", lang), ("COLUMNS", "80")]);
            assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
            all.push_str(&format!("$ carnet {}\n{}\n", args.join(" "), r.stderr));
        }
        insta::assert_snapshot!(format!("errors_{lang}"), all);
    }
}

#[test]
fn roles_kinds_and_cadences_in_the_interface_language() {
    let env = notebook();
    let fr = |args: &[&str]| ok_in(&env, "fr", "80", args).stdout;
    assert!(fr(&["project", "show", "concert"]).contains("\nallié\n"));
    assert!(fr(&["show", "frederic"]).contains("Concert (allié)"));
    assert!(fr(&["event", "list"]).contains("petit-déjeuner"));
    assert!(fr(&["show", "zoe"]).contains("toutes les semaines"));
    assert!(fr(&["fu", "list"]).contains("tous les mois"));
    let r = with(
        &env,
        &["project", "assign", "Concert", "marie", "--role", "client"],
        &[("CARNET_LANG", "fr")],
    );
    assert!(
        r.stderr
            .contains("a maintenant le rôle « client » dans Concert"),
        "{}",
        r.stderr
    );
    // JSON keeps the stored English whatever the language.
    let j = with(
        &env,
        &["project", "show", "concert", "--json"],
        &[("CARNET_LANG", "fr")],
    );
    assert!(j.stdout.contains("\"ally\""), "{}", j.stdout);
    let j = with(&env, &["event", "list", "--json"], &[("CARNET_LANG", "fr")]);
    assert!(j.stdout.contains("\"kind\": \"breakfast\""), "{}", j.stdout);
}

#[test]
fn the_calendar_export_speaks_the_interface_language() {
    let env = notebook();
    let fr = ok_in(&env, "fr", "80", &["export", "ics"]).stdout;
    assert!(
        fr.contains("SUMMARY:Relancer Marie Côté : Café au musée\r\n"),
        "{fr}"
    );
    let en = ok_in(&env, "en", "80", &["export", "ics"]).stdout;
    assert!(
        en.contains("SUMMARY:Follow up with Marie Côté: Café au musée\r\n"),
        "{en}"
    );
}

#[test]
fn carnet_alone_on_a_fresh_machine_says_how_to_start_and_creates_nothing() {
    let env = TestEnv::new();
    for lang in LANGS {
        let r = ok_in(&env, lang, "80", &[]);
        insta::assert_snapshot!(format!("start_empty_{lang}"), r.stdout);
        assert_eq!(r.stderr, "");
    }
    assert!(!env.db().exists(), "carnet alone created the database");
    let j = env.json(&[]);
    assert_eq!(j["empty"], true);
    assert_eq!(j["counts"]["overdue"], 0);
}

#[test]
fn carnet_alone_shows_the_brief_agenda_and_exits_0_whatever_is_due() {
    let env = notebook();
    let r = ok_in(&env, "en", "80", &[]);
    assert!(
        r.stdout
            .starts_with("Today: 1 overdue · 1 today · 1 to reconnect → carnet today\n"),
        "{}",
        r.stdout
    );
    for moment in ["carnet log", "carnet today", "carnet project show NAME"] {
        assert!(r.stdout.contains(moment), "{}", r.stdout);
    }
    let j = env.json(&[]);
    assert_eq!(j["empty"], false);
    assert_eq!(j["counts"]["overdue"], 1);
    assert_eq!(j["counts"]["reconnect"], 1);
    // A notebook with an event and nobody in it is not empty.
    let env = TestEnv::new();
    env.ok(&["event", "add", "Vernissage"]);
    assert_eq!(env.json(&[])["empty"], false);
    let r = ok_in(&env, "fr", "80", &[]);
    assert!(
        r.stdout
            .starts_with("Aujourd'hui : rien à faire, personne à recontacter.\n"),
        "{}",
        r.stdout
    );
}

/// `list` on a terminal `columns` wide, with these extra variables; the transcript with
/// `\r\n` made `\n`.
fn list_on_a_terminal(env: &TestEnv, columns: &str, lang: &str, extra: &[(&str, &str)]) -> String {
    let mut vars = vec![("COLUMNS", columns), ("CARNET_LANG", lang)];
    vars.extend_from_slice(extra);
    let p = Pty::spawn_env(env, &["list"], &vars);
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    out.replace("\r\n", "\n")
}

#[test]
fn list_on_a_terminal_is_compact_and_fits_its_width() {
    let env = notebook();
    env.ok(&[
        "edit",
        "marie",
        "--title",
        "Conservatrice en chef des collections d'arts décoratifs",
        "--add-tag",
        "musées",
        "--add-tag",
        "montréal",
    ]);
    for lang in LANGS {
        let out = list_on_a_terminal(&env, "80", lang, &[("PAGER", "")]);
        assert_fits(&out, 80, "list");
        insta::assert_snapshot!(format!("list_terminal_{lang}"), out);
        // No rule between rows: a line per contact and the header.
        assert_eq!(out.lines().count(), 5, "{out}");
    }
    // Narrower: the columns on the right are left out before anything is cut.
    let out = list_on_a_terminal(&env, "40", "en", &[("PAGER", "")]);
    assert_fits(&out, 40, "list at 40");
    let header = out.lines().next().unwrap_or_default();
    assert!(header.starts_with("ID  NAME"), "{out}");
    assert!(!header.contains("TAGS"), "{out}");
    assert!(out.contains('…'), "{out}");
    // Piped, the same list is whole: every column, nothing cut.
    let piped = env.ok(&["list"]).stdout;
    assert!(piped.contains("Conservatrice en chef des collections d'arts décoratifs"));
    assert!(piped.lines().next().unwrap_or_default().contains("TAGS"));
}

#[test]
fn long_output_goes_through_the_pager_on_a_terminal_only() {
    let env = notebook();
    let paged = env.path("paged.txt");
    let pager = format!("sh -c 'cat > {}'", paged.display());
    // On a terminal: the pager gets the list.
    let out = list_on_a_terminal(&env, "80", "en", &[("PAGER", pager.as_str())]);
    assert!(
        !out.contains("Marie Côté"),
        "printed as well as paged:\n{out}"
    );
    let text = std::fs::read_to_string(&paged).expect("the pager ran");
    assert!(text.contains("Marie Côté"), "{text}");
    std::fs::remove_file(&paged).unwrap();
    // CARNET_PAGER wins over PAGER; an empty one turns paging off.
    let out = list_on_a_terminal(
        &env,
        "80",
        "en",
        &[("PAGER", pager.as_str()), ("CARNET_PAGER", "")],
    );
    assert!(out.contains("Marie Côté"), "{out}");
    assert!(!paged.exists());
    // --no-pager.
    let mut p = Pty::spawn_env(&env, &["list", "--no-pager"], &[("PAGER", pager.as_str())]);
    p.wait("Marie Côté");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    assert!(!paged.exists());
    // Piped, or with --json: never.
    let r = with(&env, &["list"], &[("PAGER", pager.as_str())]);
    assert!(r.stdout.contains("Marie Côté"));
    let p = Pty::spawn_env(&env, &["list", "--json"], &[("PAGER", pager.as_str())]);
    let (code, out) = p.finish();
    assert_eq!(code, 0);
    assert!(out.contains("\"name\": \"Marie Côté\""), "{out}");
    assert!(!paged.exists());
    // today is one screen: never paged.
    let p = Pty::spawn_env(&env, &["today"], &[("PAGER", pager.as_str())]);
    let (code, out) = p.finish();
    assert_eq!(code, 0);
    assert!(out.contains("Overdue"), "{out}");
    assert!(!paged.exists());
}

#[test]
fn a_french_answer_to_a_yes_no_question() {
    let env = notebook();
    // A yes/no question reads a whole line: "peut-être" is asked again, in French; "oui"
    // is yes.
    let mut p = Pty::spawn_env(&env, &["rm", "marie"], &[("CARNET_LANG", "fr")]);
    p.answer(
        "Supprimer #4 Marie Côté (Musée McCord) et toutes ses notes ? [o/N]",
        "peut-être",
    );
    p.wait("« peut-être » n'est ni oui ni non");
    p.answer("[o/N]", "oui");
    p.wait("Supprimé : #4 Marie Côté");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    assert_eq!(env.count("contacts"), 3);
    assert!(env.json(&["list"]).to_string().find("Marie").is_none());
    // "o" is yes too.
    let mut p = Pty::spawn_env(&env, &["rm", "ando"], &[("CARNET_LANG", "fr")]);
    p.answer("[o/N]", "o");
    p.wait("Supprimé : #");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    assert_eq!(env.count("contacts"), 2);
    // Enter alone takes the default, no.
    let mut p = Pty::spawn_env(&env, &["rm", "zoe"], &[("CARNET_LANG", "fr")]);
    p.answer("[o/N]", "");
    p.wait("Rien n'a été supprimé.");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    assert_eq!(env.count("contacts"), 2);
}

/// The transcript from `from` on, without terminal escapes and carriage returns.
fn tail_of(transcript: &str, from: &str) -> String {
    let start = transcript.rfind(from).unwrap_or(0);
    let mut out = String::new();
    let mut chars = transcript[start..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                // CSI: ESC [ parameters final-letter; other escapes: ESC and one character.
                if chars.next_if_eq(&'[').is_some() {
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() || c == '~' {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// `carnet log` in French through a terminal: every question in French, French answers
/// (a day and times, oui/non, a kind of event, a follow-up "quand : quoi") understood, and
/// each answer saved where it belongs.
#[test]
fn log_in_french_asks_in_french_and_saves_french_answers() {
    let env = TestEnv::new();
    let mut p = Pty::spawn_env(
        &env,
        &["log", "5 à 7 Montréal"],
        &[("CARNET_LANG", "fr"), ("COLUMNS", "80")],
    );
    p.answer("Créer l'événement « 5 à 7 Montréal » ? [O/n]", "oui");
    p.answer("Jour et heure", "hier 17h30-19h30");
    p.answer("Lieu", "Bar Le Mal Nécessaire");
    // autre → petit-déjeuner (wraps) → 5 à 7.
    p.keys("Genre", &format!("{DOWN}{DOWN}{ENTER}"));
    p.wait("Événement créé : e1 5 à 7 Montréal (sam. 21 nov.");
    p.wait("Les personnes rencontrées à e1 5 à 7 Montréal");

    p.answer(
        "Personne (Entrée seule : terminer)",
        "Geneviève Gagnon, Atelier Gagnon, céramiste, gen@atelier.example, \
         +1 514 555 0199 #céramique #montréal",
    );
    p.wait("→ nouveau contact : Geneviève Gagnon");
    p.answer("Ces coordonnées étaient-elles sur sa carte ? [o/N]", "oui");
    p.answer(
        "Une autre carte ?",
        "École des métiers, formatrice, cours@ecole.example, atelier.example",
    );
    p.wait("→ carte 2 : ");
    p.answer("Une autre carte ?", "");
    p.answer(
        "De quoi avez-vous parlé avec Geneviève Gagnon ?",
        "Une expo commune au printemps, à Québec",
    );
    p.answer("Relance ?", "vendredi prochain : envoyer le dossier");
    p.wait(
        "✓ Enregistré : #1 Geneviève Gagnon (nouveau contact), 2 cartes, \
         relance ven. 27 nov. : envoyer le dossier",
    );
    p.answer("Personne (Entrée seule : terminer)", "");
    p.wait("Séance : 1 personne");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    for english in [
        "Person (",
        "Were these",
        "Another card",
        "What did you",
        "Follow up",
        "Saved",
        "Created event",
        "Day and time",
        "Venue",
    ] {
        assert!(
            !transcript.contains(english),
            "{english:?} in:\n{transcript}"
        );
    }
    insta::assert_snapshot!("log_summary_fr", tail_of(&transcript, "Séance :"));

    // What was saved, field by field.
    let c = env.json(&["show", "genevieve"]);
    assert_eq!(c["name"], "Geneviève Gagnon");
    assert_eq!(c["company"], "Atelier Gagnon");
    assert_eq!(c["title"], "céramiste");
    assert_eq!(c["tags"], serde_json::json!(["céramique", "montréal"]));
    assert_eq!(c["how_met"], "5 à 7 Montréal");
    let emails: Vec<&str> = c["emails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["gen@atelier.example", "cours@ecole.example"]);
    assert_eq!(c["phones"][0]["value"], "+1 514 555 0199");
    let cards = c["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[0]["company"], "Atelier Gagnon");
    assert_eq!(cards[0]["title"], "céramiste");
    assert_eq!(
        cards[0]["emails"],
        serde_json::json!(["gen@atelier.example"])
    );
    assert_eq!(cards[0]["received_on"], "2026-11-21");
    assert_eq!(cards[1]["company"], "École des métiers");
    assert_eq!(cards[1]["title"], "formatrice");
    assert_eq!(
        cards[1]["emails"],
        serde_json::json!(["cours@ecole.example"])
    );
    assert_eq!(cards[1]["website"], "https://atelier.example");
    // The second card keeps the first one's phone (not given again).
    assert_eq!(cards[1]["phones"], serde_json::json!(["+1 514 555 0199"]));
    let met = &c["encounters"][0];
    assert_eq!(met["date"], "2026-11-21");
    assert_eq!(met["note"], "Une expo commune au printemps, à Québec");
    assert_eq!(met["new_contact"], true);
    // Sunday 22 November: "vendredi prochain" is Friday the 27th.
    assert_eq!(met["followup"]["due"], "2026-11-27");
    assert_eq!(met["followup"]["what"], "envoyer le dossier");
    assert_eq!(c["followups"][0]["due"], "2026-11-27");
    assert_eq!(c["followups"][0]["what"], "envoyer le dossier");
    // The history says the follow-up planned at the meeting with its date in French.
    let shown = ok_in(&env, "fr", "80", &["show", "genevieve"]).stdout;
    assert!(
        shown.contains("relance : ven. 27 nov. : envoyer le dossier"),
        "{shown}"
    );
    let ev = env.json(&["event", "show", "e1"]);
    assert_eq!(ev["name"], "5 à 7 Montréal");
    assert_eq!(ev["date"], "2026-11-21");
    assert_eq!(ev["start_time"], "17:30");
    assert_eq!(ev["end_time"], "19:30");
    assert_eq!(ev["venue"], "Bar Le Mal Nécessaire");
    assert_eq!(ev["kind"], "afterwork");
    assert_eq!(ev["attendees"], 1);
}

/// The same summary in English.
#[test]
fn log_summary_in_english() {
    let env = TestEnv::new();
    env.ok(&[
        "event",
        "add",
        "Meetup Rust",
        "--kind",
        "meetup",
        "--on",
        "hier",
    ]);
    let mut p = Pty::spawn_env(&env, &["log", "e1"], &[("COLUMNS", "80")]);
    // Zoë's line has details: was it a card? Łukasz's has none: no card question.
    p.answer("Person (Enter alone: finish)", "Zoë Tremblay, Fablab");
    p.answer("Were these details on their card? [y/N]", "");
    p.answer("What did you talk about with", "");
    p.answer("Follow up?", "demain: lui écrire");
    p.wait("✓ Saved #1 Zoë Tremblay");
    p.answer("Person (Enter alone: finish)", "Łukasz Nowak");
    p.answer("What did you talk about with", "");
    p.answer("Follow up?", "");
    p.wait("✓ Saved #2 Łukasz Nowak");
    p.answer("Person (Enter alone: finish)", "");
    p.wait("Session: 2 people");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    insta::assert_snapshot!("log_summary_en", tail_of(&transcript, "Session:"));
    let zoe = env.json(&["show", "zoe"]);
    assert_eq!(zoe["company"], "Fablab");
    assert_eq!(zoe["followups"][0]["due"], "2026-11-23");
    assert_eq!(zoe["followups"][0]["what"], "lui écrire");
    assert!(env.json(&["show", "lukasz"])["followups"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// `today --act`: the agenda as a picker; what is chosen is done, put off or met.
#[test]
fn today_act_marks_done_puts_off_and_meets_from_a_picker() {
    let env = notebook();
    let mut p = Pty::spawn(&env, &["today", "--act"]);
    // The first item is the overdue follow-up: mark it done.
    p.wait("What to act on?");
    p.keys("f1  Thu 19 Nov", ENTER);
    p.keys("Mark done", ENTER);
    p.wait("Done f1 Appeler pour le parrainage");
    // Then f2, the first left: put it off a week.
    p.wait("What to act on?");
    p.keys("f2", ENTER);
    p.keys("Put off a week", &format!("{DOWN}{DOWN}{ENTER}"));
    p.wait("Snoozed f2");
    // f4 (Monday), now first: put it off to a date typed in French.
    p.wait("What to act on?");
    p.keys("> f4  Mon 23 Nov", ENTER);
    p.keys("Put off to…", &format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    p.answer("When?", "someday");
    p.wait("unrecognised date 'someday'");
    p.answer("When?", "dans 8 jours");
    p.wait("Snoozed f4 Café au musée to Mon 30 Nov");
    // Zoë, to reconnect with, last of the list before Quit: met today.
    p.wait("What to act on?");
    p.keys(
        "#2  Zoë Łukasz (Studio Z) · reconnect, 2 days late",
        &format!("\x1b[A\x1b[A{ENTER}"),
    );
    p.keys("Seen today", ENTER);
    p.wait("Met #2 Zoë Łukasz today");
    // Quit: the last item.
    p.wait("What to act on?");
    p.keys("Quit", &format!("\x1b[A{ENTER}"));
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");

    let all = env.json(&["fu", "list", "--all"]);
    let by_id = |id: i64| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(by_id(1)["done_on"], "2026-11-22");
    assert_eq!(by_id(2)["due"], "2026-11-29");
    assert_eq!(by_id(2)["done_on"], serde_json::Value::Null);
    assert_eq!(by_id(3)["due"], "2026-11-27", "untouched");
    assert_eq!(by_id(4)["due"], "2026-11-30");
    let zoe = env.json(&["show", "zoe"]);
    assert_eq!(zoe["last_seen"], "2026-11-22");
    assert!(env.json(&["today"])["reconnect"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn today_act_in_french_and_refused_without_a_terminal() {
    let env = notebook();
    let mut p = Pty::spawn_env(&env, &["today", "--act"], &[("CARNET_LANG", "fr")]);
    p.wait("Sur quoi agir ?");
    p.keys("f1  jeu. 19 nov.", ENTER);
    p.keys("Reporter à demain", &format!("{DOWN}{ENTER}"));
    p.wait("Reportée : f1");
    p.keys("Quitter", &format!("\x1b[A{ENTER}"));
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    let f1 = env.json(&["fu", "list"]);
    let f1 = f1
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == 1)
        .unwrap();
    assert_eq!(f1["due"], "2026-11-23");
    // Without a terminal: an error that says what to type instead, and nothing changed.
    let r = env.fails(&["today", "--act"], 1);
    assert!(r.stderr.contains("needs a terminal"), "{}", r.stderr);
    assert!(r.stderr.contains("carnet fu done ID"), "{}", r.stderr);
    // Only the footer of a terminal offers it.
    assert!(!env.ok(&["today"]).stdout.contains("--act"));
    let p = Pty::spawn_env(
        &env,
        &["today"],
        &[("CARNET_LANG", "fr"), ("COLUMNS", "80"), ("PAGER", "")],
    );
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ou : carnet today --act"), "{out}");
}
