//! vCard reading and writing, on broken and real-world shaped input.

use super::*;
use crate::model::interop::ExportContact;

fn one(s: &[u8]) -> ImportRecord {
    let mut all = read(s);
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0).unwrap()
}

#[test]
fn splits_outside_quotes_keeping_them() {
    assert_eq!(
        split_unquoted(r#"TEL;TYPE="work;voice";PREF=1"#, ';'),
        ["TEL", r#"TYPE="work;voice""#, "PREF=1"]
    );
    assert_eq!(split_unquoted("a,,b,", ','), ["a", "", "b", ""]);
    assert_eq!(split_unquoted("Zoë;Québec", ';'), ["Zoë", "Québec"]);
}

#[test]
fn property_text_in_its_encoding_borrowed_when_plain() {
    let text = |line: &[u8]| parse_property(line).unwrap().text().into_owned();
    assert_eq!(text(b"NOTE;CHARSET=ISO-8859-1:Qu\xe9bec"), "Québec");
    assert_eq!(text(b"FN;ENCODING=quoted-printable:Zo=C3=AB"), "Zoë");
    assert_eq!(text(b"PHOTO;ENCODING=b:AAAA"), "");
    assert_eq!(text(b"NOTE:Qu\xe9bec"), "Québec");
    let p = parse_property("FN:Frédéric".as_bytes()).unwrap();
    assert!(matches!(p.text(), Cow::Borrowed("Frédéric")));
    assert_eq!(unescape(r"a\,b\nc"), "a,b\nc");
    assert_eq!(
        unescape("'; DROP TABLE contacts; --"),
        "'; DROP TABLE contacts; --"
    );
}

#[test]
fn unfolds_bytes_before_decoding() {
    // "é" is C3 A9; the fold falls between the two bytes.
    let r = one(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fr\xC3\r\n \xA9d\xC3\xA9ric\r\nEND:VCARD\r\n");
    assert_eq!(r.contact.name, "Frédéric");
}

#[test]
fn quoted_printable_with_charset_and_soft_breaks() {
    let r = one(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:C=F4t=\r\n=E9;Marie\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a =\r\n#b\r\nEND:VCARD\r\n");
    assert_eq!(r.contact.name, "Marie Côté");
    assert_eq!(r.notes[0].1, "a #b");
    let r = one(b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=SHIFT_JIS:\x88\xc0\x93\xa1\nEND:VCARD\n");
    assert_eq!(r.contact.name, "安藤");
}

#[test]
fn groups_labels_uris_and_categories() {
    let r = one(b"BEGIN:VCARD\nVERSION:3.0\nFN:Zo\xC3\xAB\nitem1.EMAIL;type=INTERNET:zoe@example.org\nitem1.X-ABLabel:_$!<Other>!$_\nTEL;VALUE=uri:tel:+33-1-23\nCATEGORIES:amis,Qu\xC3\xA9bec\\, QC\nORG:Acme\\, Inc.;R&D\nEND:VCARD\n");
    assert_eq!(r.contact.emails[0].label.as_deref(), Some("other"));
    assert_eq!(r.contact.phones[0].value, "+33-1-23");
    assert_eq!(r.contact.tags, ["amis", "Québec, QC"]);
    assert_eq!(r.contact.company.as_deref(), Some("Acme, Inc., R&D"));
}

#[test]
fn broken_files_never_panic() {
    for s in [
        &b""[..],
        b"BEGIN:VCARD",
        b"END:VCARD\nEND:VCARD",
        b"BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:=\nEND:VCARD",
        b"BEGIN:VCARD\nFN:=E\n\xff\xfe\x00",
        b"\xff\xfe",
        b"BEGIN:VCARD\nN:;;;;\nEND:VCARD",
        b"::::;;;;\"\"\"",
    ] {
        let _ = read(s);
    }
    let r = read(b"BEGIN:VCARD\nN:;;;;\nEND:VCARD\nBEGIN:VCARD\nFN:Ok\nEND:VCARD\n");
    assert!(r[0].is_err());
    assert_eq!(r[1].as_ref().unwrap().contact.name, "Ok");
}

#[test]
fn file_stems_stay_in_the_folder() {
    assert_eq!(file_stem("abc-123@host"), "abc-123@host");
    let evil = file_stem("../../evil");
    assert!(!evil.contains('/') && !evil.starts_with('.'), "{evil}");
    assert_ne!(file_stem("a/b"), file_stem("a%2Fb"));
    assert!(file_stem(&"x".repeat(500)).len() < 160);
    assert_eq!(file_stem(""), "%00");
}

#[test]
fn dots_stay_but_a_leading_one_and_long_uids_are_cut_with_their_hash() {
    assert_eq!(file_stem("a.b@host.example"), "a.b@host.example");
    assert_eq!(file_stem(".hidden"), "%2Ehidden");
    assert_eq!(file_stem(&"x".repeat(150)), "x".repeat(150));
    // FNV-1a of the whole UID keeps two long UIDs with the same start apart.
    assert_eq!(
        file_stem(&"x".repeat(151)),
        format!("{}-b7955425f967b99f", "x".repeat(120))
    );
}

#[test]
fn lines_fold_at_75_octets_never_inside_a_character() {
    let mut out = String::new();
    fold_line(&mut out, &"a".repeat(75));
    assert_eq!(out, "a".repeat(75) + "\r\n");
    out.clear();
    fold_line(&mut out, &("a".repeat(75) + "b"));
    assert_eq!(out, "a".repeat(75) + "\r\n b\r\n");
    out.clear();
    fold_line(&mut out, &("a".repeat(74) + "éb"));
    assert_eq!(out, "a".repeat(74) + "\r\n éb\r\n");
}

#[test]
fn written_cards_read_back() {
    use crate::model::{Contact, Note};
    let c = ExportContact {
        related: Vec::new(),
        uid: "u-1".into(),
        contact: Contact {
            id: 1,
            name: "Frédéric Duval".into(),
            company: Some("Concours; des vœux".into()),
            title: None,
            city: Some("Québec".into()),
            how_met: Some("LinkedIn".into()),
            birthday: Birthday::parse("--02-29"),
            keep_in_touch_days: None,
            introduced_by: None,
            archived: false,
            created_at: "2026-11-22T09:00:00Z".into(),
            updated_at: "2026-11-22T09:00:00Z".into(),
            emails: vec![Labeled::new("fred@example.org", Some("work".into()))],
            phones: vec![Labeled::new("+33 6 12 34 56 78", None)],
            links: vec![],
            addresses: vec![],
            postal_addresses: Vec::new(),
            tags: vec!["vœux".into(), "a,b".into()],
            notes: vec![Note {
                id: 1,
                date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
                text: "x".repeat(200) + "\nsecond line é",
            }],
        },
    };
    for v in [Version::V3, Version::V4] {
        let text = write_card(&c, v);
        assert!(text.lines().all(|l| l.len() <= 76), "{text}");
        for line in [
            "\r\nN:Duval;Frédéric;;;\r\n",
            "\r\nORG:Concours\\; des vœux\r\n",
            "\r\nEMAIL;TYPE=WORK:fred@example.org\r\nTEL:+33 6 12 34 56 78\r\n",
            "\r\nADR:;;;Québec;;;\r\n",
            "\r\nNOTE:2026-01-02: xxxx",
            "\r\nCATEGORIES:vœux,a\\,b\r\nREV:20261122T090000Z\r\nEND:VCARD\r\n",
            if v == Version::V4 {
                "\r\nBDAY:--0229\r\n"
            } else {
                "\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n"
            },
        ] {
            assert!(text.contains(line), "{line:?} in {text}");
        }
        let r = one(text.as_bytes());
        assert_eq!(r.uid.as_deref(), Some("u-1"));
        assert_eq!(r.contact.name, "Frédéric Duval");
        assert_eq!(r.contact.company.as_deref(), Some("Concours; des vœux"));
        assert_eq!(r.contact.emails, c.contact.emails);
        assert_eq!(r.contact.tags, ["vœux", "a,b"]);
        assert_eq!(r.contact.birthday, c.contact.birthday);
        assert_eq!(r.contact.how_met.as_deref(), Some("LinkedIn"));
        assert_eq!(r.notes[0].0, NaiveDate::from_ymd_opt(2026, 1, 2));
        assert_eq!(r.notes[0].1, c.contact.notes[0].text);
    }
}

#[test]
fn ties_are_read_from_related_and_from_the_apple_form() {
    let r = one(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chana Levi\r\n\
        RELATED;VALUE=text;TYPE=spouse:Michel Astre\r\n\
        RELATED;TYPE=friend:urn:uuid:0b1e7c6a-1111-4222-8333-944445555666\r\n\
        RELATED;TYPE=co-worker:https://example.org/andre\r\n\
        RELATED;VALUE=text;TYPE=contact;X-CARNET-KIND=\"mentor, de c\xc5\x93ur\";X-CARNET-UID=u-7:Andr\xc3\xa9\r\n\
        item1.X-ABRELATEDNAMES:Sarah Levi\r\nitem1.X-ABLabel:_$!<Mother>!$_\r\n\
        item2.X-ABRELATEDNAMES:Lou\r\nitem2.X-ABLabel:voisine\r\n\
        X-ABRELATEDNAMES:Sans \xc3\xa9tiquette\r\n\
        RELATED;VALUE=text:\r\nEND:VCARD\r\n");
    let tie = |kind: &str, uid: Option<&str>, name: Option<&str>| ImportTie {
        kind: kind.to_owned(),
        uid: uid.map(str::to_owned),
        name: name.map(str::to_owned),
    };
    assert_eq!(
        r.related,
        [
            tie("partner", None, Some("Michel Astre")),
            tie("friend", Some("0b1e7c6a-1111-4222-8333-944445555666"), None),
            tie("mentor, de cœur", Some("u-7"), Some("André")),
            tie("family", None, Some("Sarah Levi")),
            tie("voisine", None, Some("Lou")),
            tie("contact", None, Some("Sans étiquette")),
        ]
    );
}

#[test]
fn written_ties_read_back_in_both_versions() {
    use crate::model::interop::ExportTie;
    use crate::model::Contact;
    let c = ExportContact {
        uid: "u-1".into(),
        contact: Contact {
            id: 1,
            name: "André Roy".into(),
            company: None,
            title: None,
            city: None,
            how_met: None,
            birthday: None,
            keep_in_touch_days: None,
            introduced_by: None,
            archived: false,
            created_at: "2026-11-22T09:00:00Z".into(),
            updated_at: "2026-11-22T09:00:00Z".into(),
            emails: vec![],
            phones: vec![],
            links: vec![],
            addresses: vec![],
            postal_addresses: Vec::new(),
            tags: vec![],
            notes: vec![],
        },
        related: vec![
            ExportTie {
                kind: "works-for".into(),
                name: "Chana; Levi".into(),
                uid: "u:2".into(),
            },
            ExportTie {
                kind: "parrain \"de\" cœur ^_^".into(),
                name: "Michel".into(),
                uid: "u-3".into(),
            },
        ],
    };
    for version in [Version::V4, Version::V3] {
        let r = one(write_card(&c, version).as_bytes());
        assert_eq!(
            r.related,
            [
                ImportTie {
                    kind: "works-for".into(),
                    uid: Some("u:2".into()),
                    name: Some("Chana; Levi".into()),
                },
                ImportTie {
                    kind: "parrain \"de\" cœur ^_^".into(),
                    uid: Some("u-3".into()),
                    name: Some("Michel".into()),
                },
            ],
            "{version:?}"
        );
    }
}

#[test]
fn a_tie_with_a_control_character_refuses_its_card() {
    for line in [
        "RELATED;VALUE=text;TYPE=friend;X-CARNET-KIND=ami\u{1b}[2J:Lou",
        "RELATED;VALUE=text;TYPE=friend:Lou\u{7}",
        "RELATED;TYPE=friend;X-CARNET-UID=u\u{202E}1:urn:uuid:1234",
    ] {
        let text = format!("BEGIN:VCARD\r\nFN:Chana Levi\r\n{line}\r\nEND:VCARD\r\n");
        let all = read(text.as_bytes());
        assert_eq!(all.len(), 1, "{all:?}");
        let Err(rejected) = &all[0] else {
            panic!("{line:?} was read: {all:?}");
        };
        assert_eq!(rejected.line, 1);
        assert_eq!(rejected.reason.kind(), "unsafe_text", "{rejected:?}");
        let SkipReason::UnsafeText(why) = &rejected.reason else {
            unreachable!()
        };
        assert!(why.contains("relation"), "{why}");
    }
}
