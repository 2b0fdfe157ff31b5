use super::*;

fn words(terms: &[Term]) -> Vec<String> {
    terms.iter().map(Term::typed).collect()
}

fn word(t: &Term) -> &Word {
    match t {
        Term::Word(w) => w,
        Term::Number { .. } => panic!("a number: {t:?}"),
    }
}

#[test]
fn stop_words_are_sorted_folded_and_unique() {
    let mut sorted = STOP_WORDS.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, STOP_WORDS);
    for w in STOP_WORDS {
        assert_eq!(fold(w), *w);
        assert!(is_stop_word(w));
    }
    assert!(!is_stop_word("chocolatier"));
    assert!(!is_stop_word("zz"));
}

#[test]
fn plurals_stem_like_singulars() {
    for (a, b) in [
        ("praline", "pralines"),
        ("carte", "cartes"),
        ("journal", "journaux"),
        ("jeu", "jeux"),
        ("bijou", "bijoux"),
        ("bureau", "bureaux"),
        ("company", "companies"),
        ("serie", "series"),
        ("partie", "parties"),
        ("astrologue", "astrologues"),
        ("notaire", "notaires"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} / {b}");
    }
    for (w, s) in [
        ("pralines", "praline"),
        ("business", "business"),
        ("chocolatier", "chocolatier"),
        ("prix", "prix"),
        ("les", "les"),
        ("bus", "bus"),
        ("vies", "vie"),
        ("a2s", "a2s"),
        ("2026s", "2026s"),
        ("companies", "company"),
        ("marie", "mary"),
        ("chevaux", "cheval"),
        ("eaux", "eau"),
    ] {
        assert_eq!(stem(w), s, "{w}");
    }
}

#[test]
fn index_text_folds_splits_and_stems() {
    assert_eq!(
        index_text("Pralines au PIMENT, Œuvres d'Été"),
        "praline au piment oeuvre d ete"
    );
    assert_eq!(index_text(""), "");
    assert_eq!(index_text("fred@example.org"), "fred example org");
}

#[test]
fn phones_are_indexed_and_searched_by_reversed_digits() {
    assert_eq!(
        phone_key("+1 (514) 555-4567").as_deref(),
        Some("76545554151")
    );
    assert_eq!(phone_key("no digits"), None);
    assert_eq!(phone_query("4567"), "7654");
    assert_eq!(phone_query("0612345678"), "876543216");
    // At most the last nine digits: the country code may be missing from the record.
    assert_eq!(phone_query("15145554567"), "765455541");
    assert_eq!(phone_query("145554567"), "765455541");
    assert_eq!(phone_query("0000"), "");
}

#[test]
fn a_query_drops_little_words_unless_nothing_else_is_left() {
    let t = parse_query("the chocolatier with chili pralines");
    assert_eq!(words(&t), ["chocolatier", "chili", "pralines"]);
    let t = parse_query("le notaire de la rue, avec André");
    assert_eq!(words(&t), ["notaire", "rue", "andre"]);
    // Only little words: they are what was meant.
    assert_eq!(words(&parse_query("Le Du")), ["le", "du"]);
    // Elisions.
    assert_eq!(
        words(&parse_query("l'astrologue d'Anne")),
        ["astrologue", "anne"]
    );
    // A word typed twice is searched once.
    assert_eq!(words(&parse_query("jazz Jazz")), ["jazz"]);
}

#[test]
fn search_syntax_is_plain_words() {
    let t = parse_query("Frédéric \"CHOCO*\" -x (a:b) NEAR AND");
    assert_eq!(
        words(&t),
        ["frederic", "choco", "x", "b", "near"],
        "a and AND are English little words"
    );
    assert!(parse_query("  \"*\" -- ( ) :").is_empty());
    assert_eq!(words(&parse_query("Œuvre")), ["oeuvre"]);
}

#[test]
fn only_the_last_word_typed_is_a_prefix() {
    let t = parse_query("marie choco");
    assert!(!word(&t[0]).prefix);
    assert!(word(&t[1]).prefix);
    // A little word last: the word before it is whole.
    let t = parse_query("choco de");
    assert!(!word(&t[0]).prefix);
    // One letter is too short to be a prefix.
    let t = parse_query("jean b");
    assert!(!word(&t[1]).prefix);
    let t = parse_query("jean bo");
    assert!(word(&t[1]).prefix);
}

#[test]
fn groups_of_digits_are_one_number() {
    let t = parse_query("+1 514 555-4567");
    assert_eq!(
        t,
        [Term::Number {
            groups: vec!["1".into(), "514".into(), "555".into(), "4567".into()],
            phone: "765455541".into(),
        }]
    );
    assert_eq!(t[0].typed(), "1 514 555 4567");
    let t = parse_query("karine 4567");
    assert!(matches!(&t[1], Term::Number { phone, .. } if phone == "7654"));
    // Fewer than four digits: words.
    let t = parse_query("rue 12");
    assert_eq!(words(&t), ["rue", "12"]);
    assert!(matches!(t[1], Term::Word(_)));
    assert!(!word(&t[1]).prefix, "a number is never a prefix");
    // Zeros only: no phone to look for.
    assert!(matches!(parse_query("0000")[0], Term::Word(_)));
}

#[test]
fn expressions_quote_every_form() {
    let t = parse_query("Pralines choco");
    assert_eq!(
        match_expression(&t).unwrap(),
        "(\"praline\") AND (\"choco\" OR \"choco\"*)"
    );
    assert_eq!(term_expression(&t[0], Some(Tier::Own)), "(\"o_praline\")");
    assert_eq!(
        term_expression(&t[1], Some(Tier::About)),
        "(\"a_choco\" OR \"a_choco\"*)"
    );
    assert_eq!(
        term_expression(&t[1], Some(Tier::Phones)),
        term_expression(&t[1], Some(Tier::About))
    );
    assert_eq!(
        term_expression(&t[1], Some(Tier::Mentions)),
        term_expression(&t[1], None)
    );
    let n = parse_query("514 4567");
    assert_eq!(
        term_expression(&n[0], None),
        "(\"t_7654415\"* OR (\"514\" AND \"4567\"))"
    );
    assert_eq!(
        term_expression(&n[0], Some(Tier::About)),
        "(\"t_7654415\"* OR (\"a_514\" AND \"a_4567\"))"
    );
    assert_eq!(
        term_expression(&n[0], Some(Tier::Own)),
        "(\"o_514\" AND \"o_4567\")"
    );
    let mut w = parse_query("frederik duval");
    if let Term::Word(w) = &mut w[0] {
        w.close = vec!["frederic".into()];
    }
    assert_eq!(
        term_expression(&w[0], None),
        "(\"frederik\" OR \"frederic\")"
    );
    assert!(match_expression(&[]).is_none());
}

#[test]
fn own_and_about_words_are_indexed_twice_and_phones_by_digits() {
    assert_eq!(
        index_tokens(Tier::Own, "Pralines Côté"),
        "praline cote o_praline o_cote"
    );
    assert_eq!(index_tokens(Tier::About, "jazz"), "jazz a_jazz");
    assert_eq!(index_tokens(Tier::Mentions, "Les pralines"), "les praline");
    assert_eq!(
        index_tokens(Tier::Phones, "+1 514-555-4567"),
        "t_76545554151"
    );
    assert_eq!(index_tokens(Tier::Phones, "none"), "");
    assert_eq!(index_tokens(Tier::Own, "--"), "");
    for (col, tier, weight) in [
        ("own", Tier::Own, 100),
        ("about", Tier::About, 30),
        ("phones", Tier::Phones, 30),
        ("mentions", Tier::Mentions, 10),
        ("anything", Tier::Mentions, 10),
    ] {
        assert_eq!(Tier::of(col), tier);
        assert_eq!(tier.weight(), weight);
    }
}

#[test]
fn a_text_holds_a_term_by_word_plural_prefix_close_word_or_phone_digits() {
    let t = parse_query("praline choc");
    assert_eq!(
        found_in("Ses pralines au chocolat", false, &t[0]),
        Some(vec!["pralines".to_owned()])
    );
    assert_eq!(
        found_in("Ses pralines au chocolat", false, &t[1]),
        Some(vec!["chocolat".to_owned()])
    );
    assert_eq!(found_in("Chocolat", false, &t[0]), None);
    let mut w = parse_query("frederik");
    if let Term::Word(w) = &mut w[0] {
        w.close = vec!["frederic".into()];
        assert!(!w.matches_exactly("frederic"));
    }
    assert_eq!(
        found_in("Frédéric Duval", false, &w[0]),
        Some(vec!["frederic".to_owned()])
    );
    let n = parse_query("4567");
    assert_eq!(
        found_in("+1 514 555-4567", true, &n[0]),
        Some(vec!["1".into(), "514".into(), "555".into(), "4567".into()])
    );
    // Not a phone field: the digits as words.
    assert_eq!(
        found_in("+1 514 555-4567", false, &n[0]),
        Some(vec!["4567".into()])
    );
    assert_eq!(found_in("+1 514 555-4568", true, &n[0]), None);
    assert_eq!(found_in("45678", false, &n[0]), None);
}

#[test]
fn misspelt_words_have_five_letters_or_more() {
    let t = parse_query("andre frederik 12345 noe");
    let may: Vec<bool> = t
        .iter()
        .map(|t| matches!(t, Term::Word(w) if w.may_be_misspelt()))
        .collect();
    assert_eq!(may, [true, true, false, false]);
    assert!(!word(&parse_query("andr")[0]).may_be_misspelt());
}

#[test]
fn snippet_marks_the_words_given() {
    let marked = vec!["marie".to_owned(), "chocolatier".to_owned()];
    assert_eq!(
        snippet(
            "Marie's partner is a Chocolatier",
            &marked,
            80,
            Some(("[", "]"))
        ),
        "[Marie]'s partner is a [Chocolatier]"
    );
    assert_eq!(
        snippet(
            "Œuvre de Côté",
            &["oeuvre".to_owned()],
            80,
            Some(("[", "]"))
        ),
        "[Œuvre] de Côté"
    );
    assert_eq!(
        snippet("Œuvre de Côté", &["oeuvre".to_owned()], 80, None),
        "Œuvre de Côté"
    );
}

#[test]
fn long_text_is_cut_around_the_first_match() {
    let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod \
                tempor incididunt ut labore et dolore magna aliqua. Her brother is a \
                chocolatier in Lyon and she loves jazz. Ut enim ad minim veniam, quis \
                nostrud exercitation ullamco laboris.";
    let s = snippet(text, &["chocolatier".to_owned()], 60, None);
    assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    assert!(s.contains("chocolatier"), "{s}");
    assert!(s.chars().count() <= 62, "{s}");
    // Newlines never reach a one-line snippet.
    assert_eq!(snippet("a\n\nb  c", &["b".to_owned()], 60, None), "a b c");
}

#[test]
fn no_match_in_the_text_shows_its_start() {
    let s = snippet(&"word ".repeat(40), &["zzz".to_owned()], 20, None);
    assert!(s.starts_with("word word"), "{s}");
    assert!(s.ends_with('…'));
}
