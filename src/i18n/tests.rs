//! The catalogues agree with each other and parse; the language is chosen as documented;
//! a message missing at run time never panics.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::*;

fn catalogue(lang: Lang) -> super::ftl::Catalogue {
    super::ftl::read(&lang.files())
}

/// Differences between two languages' catalogues, as lines a person can act on.
fn differences(a: Lang, b: Lang) -> Vec<String> {
    let (ca, cb) = (catalogue(a), catalogue(b));
    let mut out = Vec::new();
    for (id, vars) in &ca.messages {
        match cb.messages.get(id) {
            None => out.push(format!(
                "{id} is in locales/{}/ but not in locales/{}/",
                a.code(),
                b.code()
            )),
            Some(other) if other != vars => out.push(format!(
                "{id} takes {:?} in locales/{}/ but {:?} in locales/{}/",
                vars,
                a.code(),
                other,
                b.code()
            )),
            Some(_) if ca.files[id] != cb.files[id] => out.push(format!(
                "{id} is in locales/{}/{} but in locales/{}/{}",
                a.code(),
                ca.files[id],
                b.code(),
                cb.files[id]
            )),
            Some(_) => {}
        }
    }
    for id in cb.messages.keys() {
        if !ca.messages.contains_key(id) {
            out.push(format!(
                "{id} is in locales/{}/ but not in locales/{}/",
                b.code(),
                a.code()
            ));
        }
    }
    out
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let problems = differences(Lang::En, Lang::Fr);
    assert!(
        problems.is_empty(),
        "catalogues differ:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn a_message_missing_from_one_language_or_with_other_variables_is_found() {
    let en = super::ftl::read(&[(
        "a.ftl",
        "one = One\ntwo = { $n } two\nthree = Three { $x }\n",
    )]);
    let fr = super::ftl::read(&[("a.ftl", "one = Un\ntwo = { $m } deux\n")]);
    assert!(en.problems.is_empty() && fr.problems.is_empty());
    let missing: Vec<_> = en
        .messages
        .keys()
        .filter(|k| !fr.messages.contains_key(*k))
        .collect();
    assert_eq!(missing, ["three"]);
    assert_ne!(en.messages["two"], fr.messages["two"]);
}

#[test]
fn every_catalogue_file_parses_without_errors() {
    for lang in Lang::ALL {
        assert!(
            !lang.files().is_empty(),
            "no .ftl file in locales/{}/",
            lang.code()
        );
        let c = catalogue(lang);
        assert!(
            c.problems.is_empty(),
            "locales/{}/ has problems:\n  {}",
            lang.code(),
            c.problems.join("\n  ")
        );
        // fluent-bundle reads them too, whole.
        for (name, text) in lang.files() {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("locales/{}/{name}: {errors:?}", lang.code());
            }
        }
    }
}

#[test]
fn the_same_file_names_exist_in_every_language() {
    let names =
        |lang: Lang| -> BTreeSet<&str> { lang.files().into_iter().map(|(n, _)| n).collect() };
    assert_eq!(names(Lang::En), names(Lang::Fr));
}

#[test]
fn parse_errors_duplicates_and_dangling_references_are_reported() {
    let c = super::ftl::read(&[
        (
            "a.ftl",
            "ok = fine\nbroken = { $n\nnext = x { other } { -term }\n",
        ),
        (
            "b.ftl",
            "ok = again\n-brand = carnet\nattrs =\n    .title = T\n",
        ),
    ]);
    let all = c.problems.join("\n");
    assert!(all.contains("a.ftl:2"), "{all}");
    assert!(all.contains("ok is already defined in a.ftl"), "{all}");
    assert!(
        all.contains("refers to other, which is not defined"),
        "{all}"
    );
    assert!(all.contains("-term"), "{all}");
    assert!(all.contains("attrs has no value"), "{all}");
}

#[test]
fn a_message_may_refer_only_to_its_own_file() {
    let c = super::ftl::read(&[
        ("a.ftl", "-brand = carnet\nhere = { -brand } { there }\n"),
        ("b.ftl", "there = x\nelse = { -brand }\n"),
    ]);
    let all = c.problems.join("\n");
    assert!(
        all.contains("a.ftl: here refers to there, which is in b.ftl"),
        "{all}"
    );
    assert!(
        all.contains("b.ftl: else refers to -brand, which is not defined in b.ftl"),
        "{all}"
    );
    assert_eq!(c.problems.len(), 2, "{all}");
    assert_eq!(c.files["there"], "b.ftl");
}

#[test]
fn variables_are_gathered_through_selectors_functions_terms_and_references() {
    let c = super::ftl::read(&[(
        "a.ftl",
        "-t = { $inner }\n\
         base = { $a }\n\
         m = { $sel ->\n    [one] { base }\n   *[other] { NUMBER($num, minimumFractionDigits: 2) } { -t(x: \"lit\") } { { $nested } }\n}\n",
    )]);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    // `$inner` belongs to the term, not to the message.
    let vars: Vec<&str> = c.messages["m"].iter().map(String::as_str).collect();
    assert_eq!(vars, ["a", "nested", "num", "sel"]);
}

#[test]
fn the_compile_time_table_is_the_english_catalogue() {
    let c = catalogue(Lang::En);
    let table: Vec<(String, &str, Vec<String>)> = catalogues::MESSAGES
        .iter()
        .map(|(id, file, vars)| {
            (
                id.to_string(),
                catalogues::FILES[*file],
                vars.iter().map(|v| v.to_string()).collect(),
            )
        })
        .collect();
    let read: Vec<(String, &str, Vec<String>)> = c
        .messages
        .iter()
        .map(|(id, vars)| {
            (
                id.clone(),
                c.files[id].as_str(),
                vars.iter().cloned().collect(),
            )
        })
        .collect();
    assert_eq!(table, read);
    assert_eq!(
        file_of("date-today").map(|f| catalogues::FILES[f]),
        Some("dates.ftl")
    );
    assert_eq!(
        file_of("error-line").map(|f| catalogues::FILES[f]),
        Some("errors.ftl")
    );
    assert_eq!(file_of("no-such-message"), None);
    assert!(known("date-days-late", &["days"]));
    assert!(!known("date-days-late", &[]));
    assert!(!known("date-days-late", &["days", "days"]));
    assert!(!known("date-days-late", &["n"]));
    assert!(!known("date-days-lat", &["days"]));
    assert!(!known("", &[]));
    assert!(known("date-today", &[]));
    // The first and last ids of the table, for the binary search's bounds.
    let (first, _, first_vars) = catalogues::MESSAGES[0];
    let (last, _, last_vars) = catalogues::MESSAGES[catalogues::MESSAGES.len() - 1];
    assert!(known(first, first_vars));
    assert!(known(last, last_vars));
    assert!(!known("zzzz", &[]));
    assert!(!known("0", &[]));
}

#[test]
fn same_set_ignores_order_and_refuses_repeats() {
    assert!(same_set(&["a", "b"], &["b", "a"]));
    assert!(!same_set(&["a", "b"], &["a", "a"]));
    assert!(!same_set(&["a"], &["a", "b"]));
    assert!(!same_set(&["a", "b"], &["a", "c"]));
    assert!(same_set(&[], &[]));
    assert_eq!(compare(b"ab", b"abc").signum(), -1);
    assert_eq!(compare(b"abc", b"ab").signum(), 1);
    assert_eq!(compare(b"b", b"abc").signum(), 1);
    assert_eq!(compare(b"abc", b"b").signum(), -1);
    assert_eq!(compare(b"ab", b"ab"), 0);
}

#[test]
fn messages_come_in_the_language_asked_for() {
    assert_eq!(tr!(Lang::Fr; "error-line", message = "x"), "Erreur : x");
    assert_eq!(tr!(Lang::En; "error-line", message = "x"), "Error: x");
    // No Unicode isolation marks around the values.
    assert_eq!(tr!(Lang::En; "date-in-days", days = 3), "in 3 days");
    let name = String::from("Zoë");
    assert_eq!(
        tr!(Lang::Fr; "settings-unknown-key", key = &name),
        "réglage inconnu « Zoë »"
    );
}

#[test]
fn an_unknown_id_at_run_time_falls_back_to_english_then_to_the_id() {
    assert_eq!(
        message(Lang::Fr, "no-such-message", None),
        "no-such-message"
    );
    assert_eq!(lookup(Lang::Fr, "no-such-message", None), None);
    assert_eq!(
        lookup(Lang::Fr, "date-today", None).as_deref(),
        Some("aujourd'hui")
    );
    // A variable left out shows as such; nothing panics.
    assert_eq!(message(Lang::En, "date-in-days", None), "in {$days} days");
}

#[test]
fn a_message_is_looked_for_in_the_language_then_in_english() {
    assert_eq!(
        search_order(Lang::Fr).collect::<Vec<_>>(),
        [Lang::Fr, Lang::En]
    );
    assert_eq!(search_order(Lang::En).collect::<Vec<_>>(), [Lang::En]);
}

#[test]
fn a_message_missing_from_french_is_said_in_english() {
    // A French catalogue mid-translation: one message only.
    let lang = unic_langid::LanguageIdentifier::from_bytes(b"fr").unwrap();
    let mut fr = FluentBundle::new_concurrent(vec![lang]);
    fr.set_use_isolating(false);
    fr.add_resource(FluentResource::try_new("date-today = aujourd'hui\n".to_owned()).unwrap())
        .unwrap();
    let dates = file_of("date-today").unwrap();
    let both = || [&fr, bundle(Lang::En, dates)].into_iter();
    assert_eq!(
        lookup_in(both(), "date-today", None).as_deref(),
        Some("aujourd'hui")
    );
    assert_eq!(
        lookup_in(both(), "date-tomorrow", None).as_deref(),
        Some("tomorrow")
    );
    assert_eq!(lookup_in(both(), "no-such-message", None), None);
}

mod choosing {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn no_setting() -> SettingLang {
        Ok(None)
    }

    fn choose_with(vars: &[(&str, &str)], setting: Option<&str>) -> Choice {
        let setting = setting.map(|s| s.to_owned());
        choose(&env(vars), &|| {
            Ok(setting
                .clone()
                .map(|v| (PathBuf::from("/c/config.toml"), v)))
        })
    }

    #[test]
    fn carnet_lang_wins_then_the_setting_then_the_locale() {
        let all = [
            ("CARNET_LANG", "en"),
            ("LC_ALL", "fr_FR.UTF-8"),
            ("LANG", "fr_CA.UTF-8"),
        ];
        let c = choose_with(&all, Some("fr"));
        assert_eq!((c.lang, c.source), (Lang::En, Source::CarnetLang));
        let c = choose_with(&all[1..], Some("en"));
        assert_eq!(
            (c.lang, c.source),
            (Lang::En, Source::Setting(PathBuf::from("/c/config.toml")))
        );
        let c = choose_with(&all[1..], None);
        assert_eq!(
            (c.lang, c.source),
            (Lang::Fr, Source::Locale("LC_ALL", "fr_FR.UTF-8".into()))
        );
        let c = choose_with(&[], None);
        assert_eq!((c.lang, c.source), (Lang::En, Source::Default));
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn the_first_locale_variable_set_decides_as_posix_says() {
        let c = choose_with(
            &[("LC_ALL", "C"), ("LC_MESSAGES", "fr_FR"), ("LANG", "fr_FR")],
            None,
        );
        assert_eq!(
            (c.lang, c.source),
            (Lang::En, Source::Locale("LC_ALL", "C".into()))
        );
        let c = choose_with(
            &[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "fr_BE.UTF-8"),
                ("LANG", "en_US"),
            ],
            None,
        );
        assert_eq!(c.lang, Lang::Fr);
        assert_eq!(
            c.source,
            Source::Locale("LC_MESSAGES", "fr_BE.UTF-8".into())
        );
        let c = choose_with(&[("LANG", "fr")], None);
        assert_eq!(c.lang, Lang::Fr);
        let c = choose_with(&[("LANG", "de_DE.UTF-8")], None);
        assert_eq!(
            (c.lang, c.source),
            (Lang::En, Source::Locale("LANG", "de_DE.UTF-8".into()))
        );
        // North Frisian is not French.
        assert_eq!(choose_with(&[("LANG", "frr_DE")], None).lang, Lang::En);
    }

    #[test]
    fn the_setting_is_not_read_when_carnet_lang_decides() {
        let c = choose(&env(&[("CARNET_LANG", "fr")]), &|| panic!("settings read"));
        assert_eq!(c.lang, Lang::Fr);
    }

    #[test]
    fn a_bad_carnet_lang_or_setting_is_said_and_passed_over() {
        let c = choose_with(
            &[("CARNET_LANG", "klingon"), ("LANG", "fr_FR.UTF-8")],
            Some("de"),
        );
        assert_eq!(c.lang, Lang::Fr);
        assert_eq!(c.source, Source::Locale("LANG", "fr_FR.UTF-8".into()));
        let texts: Vec<String> = c.warnings.iter().map(|w| w.text(Lang::En)).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].contains("CARNET_LANG=klingon"), "{texts:?}");
        assert!(
            texts[1].contains("'de'") && texts[1].contains("/c/config.toml"),
            "{texts:?}"
        );
        // An empty CARNET_LANG is unset, not wrong.
        let c = choose(&env(&[("CARNET_LANG", " ")]), &no_setting);
        assert!(c.warnings.is_empty());
        // An unreadable settings file is said too.
        let c = choose(&env(&[]), &|| {
            Err(SettingsError::Read {
                path: "/c/config.toml".into(),
                error: "bad".into(),
            })
        });
        assert_eq!(c.warnings.len(), 1);
        assert!(c.warnings[0]
            .text(Lang::Fr)
            .starts_with("le réglage de la langue est ignoré"));
    }

    #[test]
    fn tags_and_locale_names() {
        for fr in ["fr", "FR", "fr-CA", "fr_FR.UTF-8", "fr@euro", " fr "] {
            assert_eq!(Lang::from_tag(fr), Some(Lang::Fr), "{fr}");
        }
        for en in ["en", "en_GB.UTF-8", "EN-us"] {
            assert_eq!(Lang::from_tag(en), Some(Lang::En), "{en}");
        }
        for none in ["", "C", "POSIX", "de", "french", "frr_DE", "e"] {
            assert_eq!(Lang::from_tag(none), None, "{none}");
        }
        assert_eq!(Lang::Fr.code(), "fr");
        assert_eq!(Lang::En.code(), "en");
    }
}
