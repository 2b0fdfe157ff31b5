use super::*;

/// A line of `text` at `left`, `top`, its words `size` pixels high, spaced as a sans font.
fn at(text: &str, left: i32, top: i32, size: i32) -> Line {
    let mut x = left;
    let words = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let width = w.chars().count() as i32 * size * 6 / 10;
            let word = Word {
                text: w.to_owned(),
                left: x,
                top,
                width,
                height: size,
                conf: 95.0,
            };
            x += width + size * 3 / 10;
            word
        })
        .collect();
    Line { words }
}

fn l(text: &str, top: i32, size: i32) -> Line {
    at(text, 100, top, size)
}

#[test]
fn a_card_with_the_name_on_top() {
    let r = classify(&[
        l("Karine Lavoie", 100, 60),
        l("Stratège marketing", 175, 36),
        l("Lavoie Stratégies", 280, 40),
        l("karine@lavoie-strategies.ca", 420, 30),
        l("514-555-0142", 470, 30),
        l("lavoie-strategies.ca", 520, 30),
    ]);
    assert_eq!(r.name.as_deref(), Some("Karine Lavoie"));
    assert_eq!(r.title.as_deref(), Some("Stratège marketing"));
    assert_eq!(r.company.as_deref(), Some("Lavoie Stratégies"));
    assert_eq!(r.emails, ["karine@lavoie-strategies.ca"]);
    assert_eq!(r.phones, ["514-555-0142"]);
    assert_eq!(r.website.as_deref(), Some("https://lavoie-strategies.ca"));
    assert_eq!(r.address, None);
    assert!(r.other.is_empty(), "{:?}", r.other);
}

#[test]
fn a_company_logo_above_the_person_and_an_address_on_two_lines() {
    let r = classify(&[
        l("NuageSûr", 60, 80),
        l("Marc-André Tremblay", 215, 44),
        l("Architecte infonuagique", 270, 32),
        l("marc-andre@nuagesur.ca", 370, 28),
        l("+1 418 555 0199", 415, 28),
        l("350, rue Saint-Paul Est", 470, 28),
        l("Québec (Québec) GIR 3W6", 515, 28),
    ]);
    assert_eq!(r.name.as_deref(), Some("Marc-André Tremblay"));
    assert_eq!(r.company.as_deref(), Some("NuageSûr"));
    assert_eq!(r.title.as_deref(), Some("Architecte infonuagique"));
    assert_eq!(r.phones, ["+1 418 555 0199"]);
    assert_eq!(
        r.address.as_deref(),
        Some("350, rue Saint-Paul Est, Québec (Québec) G1R 3W6")
    );
    assert!(r.other.is_empty(), "{:?}", r.other);
}

#[test]
fn the_largest_line_is_the_company_when_nothing_else_tells() {
    // No domain, no company word: the largest line that is not the name.
    let r = classify(&[
        l("Les Jardins Perchés", 60, 70),
        l("Paul Girard", 200, 40),
        l("Maraîcher", 250, 30),
        l("paul@gmail.com", 400, 28),
    ]);
    assert_eq!(r.name.as_deref(), Some("Paul Girard"));
    assert_eq!(r.company.as_deref(), Some("Les Jardins Perchés"));
    assert_eq!(r.title.as_deref(), Some("Maraîcher"));
    // A line that is neither, far from the name, is kept aside.
    let r = classify(&[
        l("Paul Girard", 100, 50),
        l("Maraîcher", 160, 30),
        l("Bio depuis 1998", 400, 24),
    ]);
    assert_eq!(r.company, None);
    assert_eq!(r.title.as_deref(), Some("Maraîcher"));
    assert_eq!(r.other, ["Bio depuis 1998"]);
}

#[test]
fn the_email_tells_the_person_from_a_name_shaped_company() {
    // Both lines look like names; the email's local part names the person.
    let r = classify(&[
        l("Morin Gauthier", 60, 60),
        l("Julie Tanguay", 200, 40),
        l("julie.tanguay@morin-gauthier.ca", 400, 28),
    ]);
    assert_eq!(r.name.as_deref(), Some("Julie Tanguay"));
    assert_eq!(r.company.as_deref(), Some("Morin Gauthier"));
    // Initials and surname, or a prefix of the first name.
    for (email, want) in [
        ("hbouchard@x.example", "Hélène Bouchard"),
        ("jf.roy@x.example", "Jean-François Roy"),
        ("fred@x.example", "Frédéric Duval"),
        ("frederic.duval@x.example", "Frédéric Duval"),
        ("fredericduval@x.example", "Frédéric Duval"),
    ] {
        let r = classify(&[
            l("Frédéric Duval", 60, 50),
            l("Hélène Bouchard", 200, 50),
            l("Jean-François Roy", 300, 50),
            l(email, 400, 28),
        ]);
        assert_eq!(r.name.as_deref(), Some(want), "{email}");
    }
}

#[test]
fn without_an_email_the_larger_name_wins_then_the_first() {
    let r = classify(&[l("Hélène Bouchard", 60, 30), l("Paul Girard", 200, 50)]);
    assert_eq!(r.name.as_deref(), Some("Paul Girard"));
    let r = classify(&[l("Hélène Bouchard", 60, 40), l("Paul Girard", 200, 40)]);
    assert_eq!(r.name.as_deref(), Some("Hélène Bouchard"));
}

#[test]
fn a_name_that_spells_the_domain_is_a_company_unless_the_email_names_it() {
    let r = classify(&[
        l("Fortin Bernier", 60, 80),
        l("Isabelle Caron", 200, 30),
        l("info@fortinbernier.ca", 400, 28),
    ]);
    assert_eq!(r.name.as_deref(), Some("Isabelle Caron"));
    assert_eq!(r.company.as_deref(), Some("Fortin Bernier"));
    let r = classify(&[
        l("Karine Lavoie", 60, 50),
        l("karine@karinelavoie.com", 400, 28),
    ]);
    assert_eq!(r.name.as_deref(), Some("Karine Lavoie"));
}

#[test]
fn names_in_capitals_are_written_as_names() {
    let r = classify(&[
        l("JEAN-FRANÇOIS ROY", 60, 50),
        l("Directeur des opérations", 120, 30),
    ]);
    assert_eq!(r.name.as_deref(), Some("Jean-François Roy"));
    assert_eq!(name_case("JEAN DE LA FONTAINE"), "Jean de la Fontaine");
    assert_eq!(name_case("MARIE O'NEIL"), "Marie O'Neil");
    assert_eq!(name_case("Marie McDonald"), "Marie McDonald");
}

#[test]
fn a_first_and_last_name_on_two_lines_are_one_name() {
    let r = classify(&[
        l("Łukasz", 60, 70),
        l("Nowak", 150, 70),
        l("Wisła Robotics", 250, 36),
    ]);
    assert_eq!(r.name.as_deref(), Some("Łukasz Nowak"));
    assert_eq!(r.company.as_deref(), Some("Wisła Robotics"));
    // Not when the sizes differ, nor when one is a company word, nor when far apart.
    for lines in [
        [l("Łukasz", 60, 70), l("Nowak", 150, 40)],
        [l("Atelier", 60, 70), l("Nowak", 150, 70)],
        [l("Łukasz", 60, 70), l("Nowak", 400, 70)],
    ] {
        let r = classify(&lines);
        assert_eq!(r.name, None, "{lines:?}");
    }
}

#[test]
fn name_shapes() {
    for yes in [
        "Karine Lavoie",
        "Marc-André Tremblay",
        "Jean de la Fontaine",
        "Jean F. Roy",
        "Marie O'Neil",
        "Zoë Martin",
        "Łukasz Nowak",
        "Ana Maria da Silva Costa",
    ] {
        assert!(is_name_shaped(yes), "{yes}");
    }
    for no in [
        "Karine",
        "karine lavoie",
        "Lavoie Stratégies inc",
        "Atelier Zoë",
        "Stratège marketing",
        "Data Scientist",
        "Roy & Fils",
        "Studio 54 Montréal",
        "Coach d'affaires",
        "Concours des vœux",
        "Jean Paul Marie Pierre Louis",
        "A.B. Cd",
        "Un Deux Trois Quatre Cinq Six",
    ] {
        assert!(!is_name_shaped(no), "{no}");
    }
}

#[test]
fn labels_are_taken_off_and_say_what_follows() {
    assert_eq!(
        strip_label("Tél. : +33 6 12 34"),
        (Some(Label::Phone), "+33 6 12 34")
    );
    assert_eq!(
        strip_label("T 514 555-0101"),
        (Some(Label::Phone), "514 555-0101")
    );
    assert_eq!(
        strip_label("Courriel : a@b.ca"),
        (Some(Label::Email), "a@b.ca")
    );
    assert_eq!(strip_label("E a@b.ca"), (Some(Label::Email), "a@b.ca"));
    assert_eq!(strip_label("Fax: 514"), (Some(Label::Fax), "514"));
    assert_eq!(
        strip_label("Ligne directe : 514"),
        (Some(Label::Phone), "514")
    );
    assert_eq!(strip_label("Web: www.a.ca"), (Some(Label::Web), "www.a.ca"));
    assert_eq!(
        strip_label("Adresse 12 rue X"),
        (Some(Label::Address), "12 rue X")
    );
    assert_eq!(strip_label("Mobile 514"), (Some(Label::Phone), "514"));
    // A name's initial, a word that only starts like a label, a label with nothing after.
    assert_eq!(strip_label("M. Jean Roy"), (None, "M. Jean Roy"));
    assert_eq!(strip_label("Telus Mobilité"), (None, "Telus Mobilité"));
    assert_eq!(strip_label("Tél."), (None, "Tél."));
    assert_eq!(strip_label("Mobile Studio"), (None, "Mobile Studio"));
    assert_eq!(strip_label("C Roy"), (None, "C Roy"));
    assert_eq!(strip_label("  Cell.  438"), (Some(Label::Phone), "438"));
}

#[test]
fn phones_emails_and_websites_by_their_shape() {
    let r = classify(&[
        l("Tél. +33 6 98 76 54 32", 100, 30),
        l("Courriel : zoe@Atelier-Zoe.FR", 150, 30),
        l("Mobile: +1 (604) 555-0147", 200, 30),
        l("(514) 555-0188", 250, 30),
        l("418.555.0110", 300, 30),
        l("T 514 555-0101 | hbouchard@b.ca", 350, 30),
        l("0262 12 34 56: nicolas@v.re", 400, 30),
        l("Fax 514 555 0000", 450, 30),
        l("https://mapleanalytics.com/en", 500, 30),
        l("www.fortincoaching.ca", 550, 30),
    ]);
    assert_eq!(
        r.phones,
        [
            "+33 6 98 76 54 32",
            "+1 (604) 555-0147",
            "(514) 555-0188",
            "418.555.0110",
            "514 555-0101",
            "0262 12 34 56"
        ]
    );
    assert_eq!(
        r.emails,
        ["zoe@atelier-zoe.fr", "hbouchard@b.ca", "nicolas@v.re"]
    );
    assert_eq!(r.website.as_deref(), Some("https://mapleanalytics.com/en"));
    assert_eq!(
        r.other,
        ["Fax 514 555 0000", "https://www.fortincoaching.ca"]
    );
    assert_eq!(
        (r.name, r.company, r.title, r.address),
        (None, None, None, None)
    );
}

#[test]
fn web_addresses_need_a_known_ending_or_www() {
    for (t, want) in [
        ("studioboreal.com", Some("https://studioboreal.com")),
        ("vanillepei.re", Some("https://vanillepei.re")),
        ("www.gagnonimmo.com.", Some("https://www.gagnonimmo.com")),
        ("WWW.GAGNON.COM", Some("https://WWW.GAGNON.COM")),
        (
            "(lavoie-strategies.ca)",
            Some("https://lavoie-strategies.ca"),
        ),
        ("http://a.example/x", Some("http://a.example/x")),
        ("jf.roy", None),
        ("M.Sc", None),
        ("Ltd.", None),
        ("inc.", None),
        ("a.ca", None),
        ("-a.ca", None),
        ("a..ca", None),
        ("x.y_z.ca", None),
        ("fred@concours.fr", None),
        ("3.14", None),
        ("", None),
    ] {
        assert_eq!(url_in(t).as_deref(), want, "{t}");
    }
}

#[test]
fn phone_runs_stand_apart_from_letters() {
    let runs = |t: &str| -> Vec<String> {
        phone_runs(t)
            .into_iter()
            .map(|(s, e)| t[s..e].to_owned())
            .collect()
    };
    assert_eq!(
        runs("Cell 438 555-0123 ou 514 555 0177"),
        ["438 555-0123 ", "514 555 0177"].map(str::trim)
    );
    assert_eq!(runs("(514) 555-0188"), ["(514) 555-0188"]);
    assert_eq!(runs("+1 (604) 555-0147)"), ["+1 (604) 555-0147"]);
    assert_eq!(
        runs("8 rue de Paris, 97400 Saint-Denis"),
        Vec::<String>::new()
    );
    assert_eq!(runs("Québec (Québec) G1K 3W6"), Vec::<String>::new());
    assert_eq!(runs("A1234567"), Vec::<String>::new());
    assert_eq!(runs("1234567B"), Vec::<String>::new());
    assert_eq!(runs("123456"), Vec::<String>::new());
    assert_eq!(runs("1234567"), ["1234567"]);
    assert_eq!(runs("1234567890123456"), Vec::<String>::new());
    assert_eq!(runs("123456789012345"), ["123456789012345"]);
}

#[test]
fn addresses_by_postcode_or_street() {
    assert_eq!(
        canadian_postcode("Québec (Québec) GIR 1N9").as_deref(),
        Some("Québec (Québec) G1R 1N9")
    );
    assert_eq!(
        canadian_postcode("Montréal H2X1Y4").as_deref(),
        Some("Montréal H2X1Y4")
    );
    assert_eq!(
        canadian_postcode("H2X 1Y4, Canada").as_deref(),
        Some("H2X 1Y4, Canada")
    );
    for no in [
        "ROBOTS", "H2X 1Y4A", "AH2X 1Y4", "D2X 1Y4", "W2X 1Y4", "H2X 1Y", "HAX 1Y4",
    ] {
        assert_eq!(canadian_postcode(no), None, "{no}");
    }
    assert!(five_digit_postcode("75002 Paris"));
    assert!(five_digit_postcode("Paris, 75002"));
    assert!(five_digit_postcode("New York, NY 10001"));
    assert!(!five_digit_postcode("75002"));
    assert!(!five_digit_postcode("750021 Paris"));
    assert!(!five_digit_postcode("Salon 2026 Paris"));
    assert!(!five_digit_postcode("75002 paris rive"));
    assert!(is_street("12 rue de la Paix"));
    assert!(is_street("350, boul. René-Lévesque"));
    assert!(!is_street("Rue du Commerce"));
    assert!(!is_street("Salon Inno 2026"));

    let r = classify(&[
        l("Frédéric Duval", 60, 50),
        at("fred@concoursdesvoeux.fr", 600, 300, 28),
        at("12 rue de la Paix", 600, 345, 28),
        at("75002 Paris", 600, 390, 28),
        at("Bureau 300", 600, 435, 28),
    ]);
    assert_eq!(
        r.address.as_deref(),
        Some("12 rue de la Paix, 75002 Paris, Bureau 300")
    );
    // A city under the street, without a postcode, belongs to it; two blocks stay apart.
    let r = classify(&[
        l("12 rue de la Paix", 300, 28),
        l("Paris", 345, 28),
        l("Adresse postale : C.P. 45, 97400 Saint-Denis", 600, 28),
    ]);
    assert_eq!(r.address.as_deref(), Some("12 rue de la Paix, Paris"));
    assert_eq!(r.other, ["C.P. 45, 97400 Saint-Denis"]);
}

#[test]
fn columns_and_separators_cut_lines() {
    // One OCR line across two columns: the name on the left, the phone on the right.
    let mut line = at("Frédéric Duval", 60, 100, 40);
    line.words.extend(at("06 12 34 56 78", 700, 100, 28).words);
    let r = classify(&[line, l("Président", 150, 28)]);
    assert_eq!(r.name.as_deref(), Some("Frédéric Duval"));
    assert_eq!(r.phones, ["06 12 34 56 78"]);
    assert_eq!(r.title.as_deref(), Some("Président"));
    let r = classify(&[l("Studio Boréal • Design • Montréal", 100, 30)]);
    assert_eq!(r.company.as_deref(), Some("Studio Boréal"));
    assert_eq!(r.other, ["Design", "Montréal"]);
}

#[test]
fn specks_are_not_text_and_nothing_else_is_dropped() {
    let mut noisy = l("Paul Girard", 100, 40);
    noisy.words.push(Word {
        text: "|".into(),
        left: 900,
        top: 100,
        width: 5,
        height: 40,
        conf: 20.0,
    });
    noisy.words.push(Word {
        text: "©".into(),
        left: 950,
        top: 100,
        width: 5,
        height: 40,
        conf: 20.0,
    });
    noisy.words.push(Word {
        text: "a".into(),
        left: 990,
        top: 100,
        width: 5,
        height: 40,
        conf: 30.0,
    });
    let quiet = Line {
        words: vec![Word {
            text: "Ok".into(),
            left: 100,
            top: 500,
            width: 40,
            height: 20,
            conf: 40.0,
        }],
    };
    let r = classify(&[noisy, quiet, Line::default()]);
    assert_eq!(r.name.as_deref(), Some("Paul Girard"));
    assert_eq!(r.company, None);
    assert_eq!(r.other, ["Ok"]);
}

#[test]
fn domains_spell_companies() {
    let keys = domain_keys(
        &[
            "a@gagnonimmo.com".into(),
            "b@gmail.com".into(),
            "c@x.co".into(),
        ],
        &[
            "https://www.Studio-Boreal.com/amelie".into(),
            "https://localhost".into(),
        ],
    );
    assert_eq!(keys, ["gagnonimmo", "studioboreal"]);
    assert!(matches_domain("Gagnon Immobilier", &keys));
    assert!(matches_domain("Studio Boréal", &keys));
    assert!(matches_domain("STUDIO BORÉAL", &keys));
    assert!(!matches_domain("Sophie Gagnon", &keys));
    assert!(!matches_domain("Gagno", &keys));
    assert!(matches_domain("Gagnonimmo", &keys));
    assert!(!matches_domain("Studio", &keys));
}

#[test]
fn a_word_read_with_and_without_its_accents_keeps_them() {
    let mut name = Some("Zoë Martin".to_owned());
    let mut company = Some("ATELIER ZOE (Québec)".to_owned());
    let mut title = Some("Céramiste chez Zoe, Quebec".to_owned());
    harmonize_accents(&mut [&mut name, &mut company, &mut title]);
    assert_eq!(company.as_deref(), Some("ATELIER ZOË (Québec)"));
    assert_eq!(title.as_deref(), Some("Céramiste chez Zoë, Québec"));
    assert_eq!(name.as_deref(), Some("Zoë Martin"));
    // Two different accents: left as read.
    let mut a = Some("Zoé Martin".to_owned());
    let mut b = Some("Atelier Zoë".to_owned());
    let mut c = Some("Studio Zoe".to_owned());
    harmonize_accents(&mut [&mut a, &mut b, &mut c]);
    assert_eq!(
        (a.as_deref(), b.as_deref(), c.as_deref()),
        (Some("Zoé Martin"), Some("Atelier Zoë"), Some("Studio Zoe"))
    );
    // Short words and other words are left alone; "Œuvre" folds to five letters.
    let mut a = Some("Où Œuvre".to_owned());
    let mut b = Some("Ou Oeuvre Mart".to_owned());
    let mut none = None;
    harmonize_accents(&mut [&mut a, &mut b, &mut none]);
    assert_eq!(b.as_deref(), Some("Ou Oeuvre Mart"));
    assert_eq!(none, None);
}

fn seg(left: i32, top: i32, right: i32, size: i32) -> Segment {
    Segment {
        text: "x".into(),
        left,
        top,
        right,
        bottom: top + size,
        size: size as f32,
    }
}

#[test]
fn segment_geometry() {
    let a = seg(0, 100, 100, 20);
    let touching = seg(100, 130, 200, 20);
    let far = seg(300, 130, 400, 20);
    let under = seg(50, 130, 150, 20);
    assert!(!a.overlaps_horizontally(&touching) && !touching.overlaps_horizontally(&a));
    assert!(!a.overlaps_horizontally(&far) && !far.overlaps_horizontally(&a));
    assert!(a.overlaps_horizontally(&under) && under.overlaps_horizontally(&a));
    assert!(a.is_just_above(&under));
    assert!(!under.is_just_above(&a));
    assert!(!a.is_just_above(&touching));
    // Level with it is not under it; a line and a half lower still is, further is not.
    assert!(!a.is_just_above(&seg(50, 100, 150, 20)));
    assert!(a.is_just_above(&seg(50, 150, 150, 20)));
    assert!(!a.is_just_above(&seg(50, 151, 150, 20)));
}

#[test]
fn two_columns_on_one_line_are_two_items() {
    let mut line = at("Frédéric Duval", 60, 100, 40);
    line.words
        .extend(at("Concours des vœux", 700, 100, 40).words);
    let r = classify(&[line, l("fred@concoursdesvoeux.fr", 300, 28)]);
    assert_eq!(r.name.as_deref(), Some("Frédéric Duval"));
    assert_eq!(r.company.as_deref(), Some("Concours des vœux"));
    // Words three letter-heights apart are still one item.
    let word = |text: &str, left: i32| Word {
        text: text.into(),
        left,
        top: 100,
        width: 100,
        height: 20,
        conf: 90.0,
    };
    let r = classify(&[Line {
        words: vec![word("Paul", 100), word("Girard", 260)],
    }]);
    assert_eq!(r.name.as_deref(), Some("Paul Girard"));
    let r = classify(&[Line {
        words: vec![word("Paul", 100), word("Girard", 261)],
    }]);
    assert_eq!(r.name, None);
}

#[test]
fn ampersands_stay_and_symbols_go() {
    let r = classify(&[
        l("Paul Girard ©", 100, 40),
        l("Roy & Fils inc. ®", 200, 40),
        l("* *", 300, 40),
    ]);
    assert_eq!(r.name.as_deref(), Some("Paul Girard"));
    assert_eq!(r.company.as_deref(), Some("Roy & Fils inc."));
    assert!(r.other.is_empty(), "{:?}", r.other);
}

#[test]
fn labels_between_values_go_and_a_fax_is_told_apart() {
    let r = classify(&[l(
        "Tél. 514 555 0101 Cell. 438 555 0123 Fax 514 555 0102",
        100,
        30,
    )]);
    assert_eq!(r.phones, ["514 555 0101", "438 555 0123"]);
    assert_eq!(r.other, ["Fax 514 555 0102"]);
    // Words next to a number that are no label stay.
    let r = classify(&[
        l("Karine Lavoie", 40, 40),
        l("Montréal 514 555 0101", 400, 30),
    ]);
    assert_eq!(r.phones, ["514 555 0101"]);
    assert_eq!(r.other, ["Montréal"]);
    // A label word with no value is a word ("Mobile Studio"), kept whole.
    let r = classify(&[l("Mobile Studio inc.", 100, 30)]);
    assert_eq!(r.company.as_deref(), Some("Mobile Studio inc."));
    assert!(ends_with_fax_label("appelez le Fax: "));
    assert!(!ends_with_fax_label("Tél. "));
    assert!(!ends_with_fax_label(""));
}

#[test]
fn a_number_in_parentheses_keeps_its_closing_one() {
    let runs = |t: &str| -> Vec<String> {
        phone_runs(t)
            .into_iter()
            .map(|(s, e)| t[s..e].to_owned())
            .collect()
    };
    assert_eq!(runs("(514 555-0188) bureau"), ["(514 555-0188)"]);
    assert_eq!(runs("x (514) 555-0188) y"), ["(514) 555-0188"]);
}

#[test]
fn postcodes_with_their_punctuation_and_a_state_before() {
    assert!(five_digit_postcode("75002, Paris"));
    assert!(five_digit_postcode("Paris 75002."));
    assert!(five_digit_postcode("NY 10001 (USA)"));
    assert!(!five_digit_postcode("Salon 10001 (USA)"));
    assert!(!five_digit_postcode("Nyc 10001 (USA)"));
}

#[test]
fn each_way_an_email_names_a_person() {
    let e = |local: &str| vec![format!("{local}@x.example")];
    let name = "Marie Ève Tremblay";
    for yes in [
        "marie",
        "tremblay",
        "metremblay",
        "mtremblay",
        "marieevetremblay",
        "mari",
    ] {
        assert!(email_names(name, &e(yes)), "{yes}");
    }
    for no in [
        "info",
        "mt",
        "blay",
        "evetremblay",
        "mar",
        "m.e",
        "mtrembla",
    ] {
        assert!(!email_names(name, &e(no)), "{no}");
    }
    assert!(!email_names("Tremblay", &e("tremblay")));
    assert!(!email_names(name, &[]));
}

#[test]
fn only_single_capitalised_words_of_a_name_are_joined() {
    for first in ["J", "nowak", "Łukasz2", "Jean Paul", "Directeur", "Studio"] {
        let r = classify(&[l(first, 60, 70), l("Nowak", 150, 70)]);
        assert_ne!(
            r.name.as_deref(),
            Some(format!("{first} Nowak").as_str()),
            "{first}"
        );
    }
    for second in ["N", "nowak", "Nowak2", "Roy Nowak", "Fondateur", "Atelier"] {
        let r = classify(&[l("Łukasz", 60, 70), l(second, 150, 70)]);
        assert_ne!(
            r.name.as_deref(),
            Some(format!("Łukasz {second}").as_str()),
            "{second}"
        );
    }
}

#[test]
fn a_line_just_under_the_name_is_its_title_rather_than_the_company() {
    let r = classify(&[l("Paul Girard", 100, 40), l("Maraîcher bio", 150, 36)]);
    assert_eq!(r.title.as_deref(), Some("Maraîcher bio"));
    assert_eq!(r.company, None);
}

#[test]
fn between_two_lines_next_to_the_name_the_smaller_is_the_title() {
    let r = classify(&[
        l("Photo et vidéo", 45, 40),
        l("Paul Girard", 100, 40),
        l("Arts visuels", 150, 30),
        l("Studio Boréal", 300, 60),
    ]);
    assert_eq!(r.name.as_deref(), Some("Paul Girard"));
    assert_eq!(r.company.as_deref(), Some("Studio Boréal"));
    assert_eq!(r.title.as_deref(), Some("Arts visuels"));
    assert_eq!(r.other, ["Photo et vidéo"]);
}
