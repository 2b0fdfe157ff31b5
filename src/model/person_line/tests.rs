use proptest::prelude::*;

use super::*;

fn read(line: &str) -> PersonLine {
    PersonLine::parse(line).unwrap_or_else(|e| panic!("{line}: {e:?}"))
}

fn l(value: &str) -> Labeled {
    Labeled::new(value, None)
}

#[test]
fn the_example_of_the_issue() {
    let p =
        read("Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142");
    assert_eq!(
        p,
        PersonLine {
            name: "Karine Lavoie".into(),
            company: Some("Lavoie Stratégies".into()),
            title: Some("experte SEO".into()),
            emails: vec![l("karine@lavoie.example")],
            phones: vec![l("514-555-0142")],
            ..Default::default()
        }
    );
    assert!(p.has_details());
}

#[test]
fn values_are_found_by_their_shape_wherever_they_stand() {
    let p = read(
        "Zoë, +33 6 12 34 56 78, zoe@atelier.example, Atelier Zoë, atelier.example, Céramiste",
    );
    assert_eq!(p.name, "Zoë");
    assert_eq!(p.company.as_deref(), Some("Atelier Zoë"));
    assert_eq!(p.title.as_deref(), Some("Céramiste"));
    assert_eq!(p.emails, [l("zoe@atelier.example")]);
    assert_eq!(p.phones, [l("+33 6 12 34 56 78")]);
    assert_eq!(p.links, [l("https://atelier.example")]);
    let p = read("Zoë, https://zoe.example/portfolio, www.atelier.example, (514) 555-0142 poste 12, 06.12.34.56.78");
    assert_eq!(
        p.links,
        [
            l("https://zoe.example/portfolio"),
            l("https://www.atelier.example")
        ]
    );
    assert_eq!(p.phones, [l("(514) 555-0142 x12"), l("06.12.34.56.78")]);
    assert_eq!(p.company, None);
    let p = read("Zoë, 514 555 0142 ext. 7, +1-514-555-0199 X 3, 5145550100 ext 2");
    assert_eq!(
        p.phones,
        [
            l("514 555 0142 x7"),
            l("+1-514-555-0199 x3"),
            l("5145550100 x2")
        ]
    );
}

#[test]
fn labels_before_values() {
    let p = read("Zoë, mobile=514-555-0142, work=zoe@acme.example, site=acme.example");
    assert_eq!(
        p.phones,
        [Labeled::new("514-555-0142", Some("mobile".into()))]
    );
    assert_eq!(
        p.emails,
        [Labeled::new("zoe@acme.example", Some("work".into()))]
    );
    assert_eq!(
        p.links,
        [Labeled::new("https://acme.example", Some("site".into()))]
    );
    // Text with an equals sign is text.
    let p = read("Zoë, E=mc2 Labs");
    assert_eq!(p.company.as_deref(), Some("E=mc2 Labs"));
}

#[test]
fn what_is_not_a_value_is_text() {
    // Too few digits for a phone, dots without a domain, a year.
    let p = read("Zoë, 3M, M.Sc, Studio 2026");
    assert_eq!(p.company.as_deref(), Some("3M"));
    assert_eq!(p.title.as_deref(), Some("M.Sc, Studio 2026"));
    let p = read("Zoë, Café @ Home, Inc., 555-014");
    assert_eq!(p.company.as_deref(), Some("Café @ Home"));
    assert_eq!(p.title.as_deref(), Some("Inc., 555-014"));
    let p = read("Zoë, C# et Rust, 3.5, 1-800-FLOWERS");
    assert_eq!(p.company.as_deref(), Some("C# et Rust"));
    assert_eq!(p.title.as_deref(), Some("3.5, 1-800-FLOWERS"));
    assert!(p.tags.is_empty());
    assert!(p.has_details());
    assert!(!read("Zoë").has_details());
    for details in [
        "Zoë, Acme",
        "Zoë, , CEO",
        "Zoë, z@acme.example",
        "Zoë, 514-555-0142",
        "Zoë, acme.example",
    ] {
        assert!(read(details).has_details(), "{details}");
    }
    assert!(!read("Zoë #amis, via Michel").has_details());
}

#[test]
fn company_then_title_and_the_rest_of_the_title() {
    let p = read("Karine, Lavoie Stratégies, experte SEO, formatrice");
    assert_eq!(p.company.as_deref(), Some("Lavoie Stratégies"));
    assert_eq!(p.title.as_deref(), Some("experte SEO, formatrice"));
    // An empty part leaves the company out.
    let p = read("Zoë, , céramiste");
    assert_eq!(p.company, None);
    assert_eq!(p.title.as_deref(), Some("céramiste"));
    let p = read("Zoë, z@a.example, , céramiste");
    assert_eq!((p.company, p.title.as_deref()), (None, Some("céramiste")));
    // Later empty parts, or trailing commas, change nothing.
    let p = read("Zoë, Atelier, , céramiste,, ");
    assert_eq!(p.company.as_deref(), Some("Atelier"));
    assert_eq!(p.title.as_deref(), Some("céramiste"));
    let p = read("Zoë,");
    assert_eq!((p.company, p.title), (None, None));
    let p = read("Zoë, , ");
    assert_eq!((p.company, p.title), (None, None));
}

#[test]
fn tags_anywhere() {
    let p = read("Karine Lavoie #seo, Lavoie #client Stratégies, #montréal #seo #SEO");
    assert_eq!(p.name, "Karine Lavoie");
    assert_eq!(p.company.as_deref(), Some("Lavoie Stratégies"));
    assert_eq!(p.title, None, "a part of tags only takes no place");
    assert_eq!(p.tags, ["seo", "client", "montréal"]);
    let p = read(r#"Zoë, #"Saint Roch" #b2b, Atelier"#);
    assert_eq!(p.tags, ["Saint Roch", "b2b"]);
    assert_eq!(p.company.as_deref(), Some("Atelier"));
    // A lone # and a # inside a word are text.
    let p = read("Zoë, Studio # C#");
    assert_eq!(p.company.as_deref(), Some("Studio # C#"));
    assert!(p.tags.is_empty());
    assert_eq!(
        PersonLine::parse("Zoë, Studio #5"),
        Err(LineError::TagIsANumber("#5".into()))
    );
    assert_eq!(
        PersonLine::parse(r#"Zoë #"oops"#),
        Err(LineError::UnclosedQuote)
    );
    assert!(matches!(
        PersonLine::parse("Zoë #a\u{7}b"),
        Err(LineError::Invalid(_))
    ));
}

#[test]
fn who_introduced_them() {
    for (line, who) in [
        ("Karine, Lavoie Stratégies, via Michel Roy", "Michel Roy"),
        ("Karine, par Michel", "Michel"),
        ("Karine, Par  Michel", "Michel"),
        ("Karine, introduced by Michel", "Michel"),
        ("Karine, présentée par Michel", "Michel"),
        ("Karine, presente par Michel", "Michel"),
        ("Karine, introduite par Michel", "Michel"),
        ("Karine, introduit par Michel", "Michel"),
        ("Karine via Michel, Lavoie Stratégies", "Michel"),
        ("Karine Lavoie par Michel", "Michel"),
        ("Karine, via #12", "#12"),
        ("Karine, via #12 #seo", "#12"),
    ] {
        let p = read(line);
        assert_eq!(p.introduced_by.as_deref(), Some(who), "{line}");
        assert!(p.name.starts_with("Karine"), "{line}");
    }
    let p = read("Karine Lavoie par Michel, Lavoie Stratégies");
    assert_eq!(p.name, "Karine Lavoie");
    assert_eq!(p.company.as_deref(), Some("Lavoie Stratégies"));
    let p = read("Karine, via #12 #seo");
    assert_eq!(p.tags, ["seo"]);
    // "via" and "par" inside a word of the name are the name.
    for line in ["Olivia Martin", "Xavier Deparis", "Paris Parent, Acme"] {
        let p = read(line);
        assert_eq!(p.introduced_by, None, "{line}");
        assert_eq!(Some(p.name.as_str()), line.split(',').next(), "{line}");
    }
    // "via" inside a company, or quoted, is text.
    let p = read(r#"Karine, Voyages via Rail, "via Rail""#);
    assert_eq!(p.company.as_deref(), Some("Voyages via Rail"));
    assert_eq!(p.title.as_deref(), Some("via Rail"));
    assert_eq!(p.introduced_by, None);
    assert_eq!(
        PersonLine::parse("Karine, via"),
        Err(LineError::NoIntroducer("via".into()))
    );
    assert_eq!(
        PersonLine::parse("Karine, par #seo"),
        Err(LineError::NoIntroducer("par #seo".into()))
    );
    assert_eq!(
        PersonLine::parse("Karine, via Michel, par Zoë"),
        Err(LineError::TwoIntroducers("Michel".into(), "Zoë".into()))
    );
}

#[test]
fn quotes_keep_commas_and_shapes_as_text() {
    let p = read(
        r#""Duval, Frédéric", "Lavoie, Roy & associés", "zoe@acme.example", "Le ""Bon"" Coin""#,
    );
    assert_eq!(p.name, "Duval, Frédéric");
    assert_eq!(p.company.as_deref(), Some("Lavoie, Roy & associés"));
    assert_eq!(
        p.title.as_deref(),
        Some("zoe@acme.example, Le \"Bon\" Coin")
    );
    assert!(p.emails.is_empty());
    // A doubled quote inside quotes is one quote; a comma after it is still quoted.
    let p = read(r#"Zoë, "Le ""Bon"", et Cie", Acme"#);
    assert_eq!(p.company.as_deref(), Some(r#"Le "Bon", et Cie"#));
    assert_eq!(p.title.as_deref(), Some("Acme"));
    // Quotes inside a part, not around it, stay as typed.
    let p = read(r#"Zoë, Le "Bon" Coin, "a" "b""#);
    assert_eq!(p.company.as_deref(), Some(r#"Le "Bon" Coin"#));
    assert_eq!(p.title.as_deref(), Some(r#""a" "b""#));
    assert_eq!(
        PersonLine::parse(r#"Zoë, "Acme"#),
        Err(LineError::UnclosedQuote)
    );
    assert_eq!(read(r#""Karine et Michel""#).name, "Karine et Michel");
    assert_eq!(
        PersonLine::parse(r#""", Acme"#),
        Err(LineError::Invalid(InvalidValue::EmptyName("\"\"".into())))
            .or(PersonLine::parse(r#""", Acme"#))
    );
}

#[test]
fn lines_that_cannot_be_read_say_why() {
    for (line, want) in [
        ("", LineError::Empty),
        ("  , ,", LineError::Empty),
        (", Acme", LineError::NoName),
        ("#seo, Acme", LineError::NoName),
        (
            "Karine et Michel Lavoie",
            LineError::TwoPeople("Karine et Michel Lavoie".into()),
        ),
        (
            "Karine and Michel",
            LineError::TwoPeople("Karine and Michel".into()),
        ),
        (
            "Karine & Michel, Acme",
            LineError::TwoPeople("Karine & Michel".into()),
        ),
        (
            "Karine + Michel",
            LineError::TwoPeople("Karine + Michel".into()),
        ),
        (
            "Karine, karine @lavoie.example",
            LineError::EmailWithSpace("karine @lavoie.example".into()),
        ),
        (
            "Karine, karine@lavoie .example",
            LineError::EmailWithSpace("karine@lavoie .example".into()),
        ),
        (
            "karine@lavoie.example, Karine",
            LineError::NameIsAValue {
                kind: ValueKind::Email,
                value: "karine@lavoie.example".into(),
            },
        ),
        (
            "514-555-0142",
            LineError::NameIsAValue {
                kind: ValueKind::Phone,
                value: "514-555-0142".into(),
            },
        ),
        (
            "+33 6 12 34 56 78, Zoë",
            LineError::NameIsAValue {
                kind: ValueKind::Phone,
                value: "+33 6 12 34 56 78".into(),
            },
        ),
        (
            "lavoie.example",
            LineError::NameIsAValue {
                kind: ValueKind::Link,
                value: "lavoie.example".into(),
            },
        ),
    ] {
        assert_eq!(PersonLine::parse(line), Err(want), "{line}");
    }
    // Values that have a shape but do not pass: the value is named.
    assert!(matches!(
        PersonLine::parse("Zoë, www."),
        Err(LineError::Invalid(InvalidValue::Url(_)))
    ));
    assert!(matches!(
        PersonLine::parse(&format!("{}, Acme", "x".repeat(501))),
        Err(LineError::Invalid(_))
    ));
    assert!(matches!(
        PersonLine::parse("Zoë, Ac\u{0}me"),
        Err(LineError::Invalid(_))
    ));
    assert!(matches!(
        PersonLine::parse("\"Zo\u{0}ë\""),
        Err(LineError::Invalid(_))
    ));
}

#[test]
fn the_same_email_or_phone_twice_is_kept_once() {
    let p = read("Zoë, z@acme.example, Z@ACME.example, 514-555-0142, 514-555-0142, acme.example, https://acme.example");
    assert_eq!(p.emails.len(), 1);
    assert_eq!(p.phones.len(), 1);
    assert_eq!(p.links.len(), 1);
}

#[test]
fn shapes() {
    for s in [
        "lavoie.example",
        "www.x.ca",
        "https://x",
        "http://a.b",
        "St-Laurent.ca",
        "a.bc.ca/x",
    ] {
        assert_eq!(shape(s), Some(ValueKind::Link), "{s}");
    }
    for s in [
        "M.Sc", "Inc.", "3.5", "a.b", ".ca", "x..ca", "ab.c", "ab.c1", "a_b.ca", "Zoë",
    ] {
        assert_ne!(shape(s), Some(ValueKind::Link), "{s}");
    }
    for s in [
        "5145550142",
        "+1 514 555 0142",
        "514-555-0142",
        "06.12.34.56.78",
        "1234567",
        "(514) 555/0142",
    ] {
        assert_eq!(shape(s), Some(ValueKind::Phone), "{s}");
    }
    for s in [
        "123456",
        "123456789012345678901",
        "2026",
        "514-555-0142!",
        "514 555 0142 x",
        "514 555 0142 xa",
    ] {
        assert_eq!(shape(s), None, "{s}");
    }
    assert_eq!(
        phone_of("12345678901234567890").as_deref(),
        Some("12345678901234567890")
    );
    assert_eq!(
        phone_of("514-555-0142 poste 9").as_deref(),
        Some("514-555-0142 x9")
    );
    assert_eq!(shape("z@acme.example"), Some(ValueKind::Email));
}

#[test]
fn a_line_written_back_reads_the_same() {
    let p = PersonLine {
        name: "Duval, Frédéric".into(),
        company: None,
        title: Some("via Rail, agent".into()),
        emails: vec![Labeled::new("f@d.example", Some("work".into()))],
        phones: vec![l("514-555-0142")],
        links: vec![l("https://d.example")],
        tags: vec!["Saint Roch".into(), "b2b".into()],
        introduced_by: Some("Michel".into()),
    };
    assert_eq!(
        p.to_line(),
        r#""Duval, Frédéric", , "via Rail, agent", work=f@d.example, 514-555-0142, https://d.example, #"Saint Roch" #b2b, via Michel"#
    );
    assert_eq!(read(&p.to_line()), p);
    let plain = read("Zoë");
    assert_eq!(plain.to_line(), "Zoë");
    // A value without a name (a card's photo read none) shows where the name goes.
    let nameless = PersonLine {
        company: Some("Acme".into()),
        ..PersonLine::default()
    };
    assert_eq!(nameless.to_line(), r#""", Acme"#);
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::string::string_regex(r#"[A-Za-zÀ-ÿ0-9 .,@&#+='"/()-]{1,24}"#).unwrap(),
        // Texts that would read as something else unquoted.
        prop::string::string_regex(
            r#"(via|par|Via|présenté par|introduced by) [A-Za-z]{1,8}|[a-z]{2,6} @[a-z]{2,5}\.ca|[a-z]{2,5}\.example|[0-9]{7,9}|[A-Z][a-z]{1,5} (et|and|&) [A-Z][a-z]{1,5}|[a-z]{1,5}=[a-z]{1,5}@[a-z]{2,4}\.org|#[a-z]{1,5}|[A-Za-z]{2,6} via [A-Za-z]{2,6}"#
        )
        .unwrap(),
    ]
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("not empty", |s| !s.is_empty())
}

fn person() -> impl Strategy<Value = PersonLine> {
    let word = || prop::string::string_regex("[a-z]{2,8}").unwrap();
    (
        text(),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::collection::vec(word().prop_map(|w| format!("{w}@{w}.example")), 0..3),
        prop::collection::vec("[0-9]{3}-[0-9]{3}-[0-9]{4}", 0..3),
        prop::collection::vec(word().prop_map(|w| format!("https://{w}.example")), 0..2),
        prop::collection::vec(
            prop::string::string_regex("[a-zé]{1,6}( [a-z]{1,4})?").unwrap(),
            0..3,
        ),
        prop::option::of(word()),
    )
        .prop_map(|(name, company, title, emails, phones, links, tags, by)| {
            let dedup = |v: Vec<String>| {
                let mut out: Vec<Labeled> = Vec::new();
                for x in v {
                    push_new(&mut out, Labeled::new(x, None));
                }
                out
            };
            let mut seen = Vec::new();
            let tags = tags
                .into_iter()
                .filter(|t| {
                    let f = crate::model::text::fold(t);
                    let new = !seen.contains(&f);
                    seen.push(f);
                    new
                })
                .collect();
            PersonLine {
                name,
                company,
                title,
                emails: dedup(emails),
                phones: dedup(phones),
                links: dedup(links),
                tags,
                introduced_by: by,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_value_written_back_reads_the_same(p in person()) {
        let line = p.to_line();
        prop_assert_eq!(PersonLine::parse(&line), Ok(p), "{}", line);
    }

    #[test]
    fn any_line_is_read_or_refused_without_a_panic(s in "\\PC{0,60}") {
        let _ = PersonLine::parse(&s);
    }
}
