//! What was read on a photographed business card, sorted into a card's fields.

use serde::Serialize;

/// A card's fields as read from a photo (printed text, a QR code, or both).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CardReading {
    pub name: Option<String>,
    pub company: Option<String>,
    pub title: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    /// A web address as carnet stores links (`https://` added to a bare host).
    pub website: Option<String>,
    pub address: Option<String>,
    /// What was read but fits none of the fields (a slogan, a fax number, a second
    /// website…), in reading order. Filed in the card's note, so that nothing read is lost.
    pub other: Vec<String>,
}

impl CardReading {
    /// Whether nothing at all was read.
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.company.is_none()
            && self.title.is_none()
            && self.emails.is_empty()
            && self.phones.is_empty()
            && self.website.is_none()
            && self.address.is_none()
            && self.other.is_empty()
    }

    /// The reading in one line, name first, then company, title, emails, phones and
    /// website, comma-separated: the form a person is typed in (`carnet log`).
    pub fn one_line(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.name.as_deref());
        parts.extend(self.company.as_deref());
        parts.extend(self.title.as_deref());
        parts.extend(self.emails.iter().map(String::as_str));
        parts.extend(self.phones.iter().map(String::as_str));
        parts.extend(self.website.as_deref());
        parts.join(", ")
    }

    /// Leaves out of `other` what repeats a field: a note that says the title again, the
    /// first and last names printed on two lines of a badge whose QR code gave the name.
    pub fn drop_repeats(&mut self) {
        let known: Vec<String> = [&self.name, &self.company, &self.title, &self.address]
            .into_iter()
            .flatten()
            .flat_map(|f| super::text::folded_words(f))
            .collect();
        self.other.retain(|o| {
            let words = super::text::folded_words(o);
            words.is_empty()
                || !words.iter().all(|w| {
                    known.iter().any(|k| {
                        k == w
                            || (w.chars().count() >= 4
                                && strsim::normalized_levenshtein(k, w) >= 0.8)
                    })
                })
        });
    }

    /// Fills what `self` lacks from `other`: its empty fields, and emails and phones it does
    /// not have yet (a phone is the same when its digits are, give or take a country code).
    /// What `other` has that cannot be kept (a second name, company, title, website or
    /// address) goes to `other`, so that nothing read is dropped.
    pub fn fill_from(&mut self, other: CardReading) {
        fn scalar(mine: &mut Option<String>, theirs: Option<String>, rest: &mut Vec<String>) {
            match (mine.as_ref(), theirs) {
                (None, t) => *mine = t,
                (Some(m), Some(t)) if !same_text(m, &t) => rest.push(t),
                _ => {}
            }
        }
        let mut rest = Vec::new();
        scalar(&mut self.name, other.name, &mut rest);
        scalar(&mut self.company, other.company, &mut rest);
        scalar(&mut self.title, other.title, &mut rest);
        for e in other.emails {
            if !self.emails.iter().any(|m| m.eq_ignore_ascii_case(&e)) {
                self.emails.push(e);
            }
        }
        for p in other.phones {
            if !self.phones.iter().any(|m| same_phone(m, &p)) {
                self.phones.push(p);
            }
        }
        match (&self.website, other.website) {
            (None, w) => self.website = w,
            (Some(m), Some(w)) if !same_site(m, &w) => rest.push(w),
            _ => {}
        }
        scalar(&mut self.address, other.address, &mut rest);
        for o in rest.into_iter().chain(other.other) {
            if !self.other.iter().any(|m| same_text(m, &o)) {
                self.other.push(o);
            }
        }
    }
}

/// The same words, give or take the accents, the case and a letter or two the OCR got
/// wrong ("Wista Robotics" for "Wisła Robotics").
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (super::text::fold(a), super::text::fold(b));
    a == b || (a.chars().count() >= 6 && strsim::normalized_levenshtein(&a, &b) >= 0.85)
}

/// Two phone numbers are the same when their digits are, or when one's digits end with the
/// other's (at least 8 of them): `+1 514 555 0155` and `514-555-0155`.
pub fn same_phone(a: &str, b: &str) -> bool {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let (a, b) = (digits(a), digits(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.len() >= 8 && long.ends_with(&short))
}

/// Two web addresses are the same page when they are but for the scheme, `www.`, the
/// case of the host and a trailing `/`.
fn same_site(a: &str, b: &str) -> bool {
    fn page(s: &str) -> String {
        let s = s.split_once("://").map_or(s, |(_, r)| r);
        let (host, path) = s.find(['/', '?', '#']).map_or((s, ""), |i| s.split_at(i));
        let host = host.to_ascii_lowercase();
        format!(
            "{}{}",
            host.trim_start_matches("www."),
            path.trim_end_matches('/')
        )
    }
    page(a) == page(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(name: &str) -> CardReading {
        CardReading {
            name: Some(name.to_owned()),
            ..Default::default()
        }
    }

    #[test]
    fn one_line_puts_the_name_first_and_skips_what_is_missing() {
        let r = CardReading {
            name: Some("Karine Lavoie".into()),
            title: Some("Stratège marketing".into()),
            emails: vec!["karine@lavoie.example".into()],
            phones: vec!["514-555-0142".into(), "438 555 0100".into()],
            website: Some("https://lavoie.example".into()),
            address: Some("12 rue X".into()),
            ..Default::default()
        };
        assert_eq!(
            r.one_line(),
            "Karine Lavoie, Stratège marketing, karine@lavoie.example, 514-555-0142, \
             438 555 0100, https://lavoie.example"
        );
        assert_eq!(CardReading::default().one_line(), "");
        assert!(CardReading::default().is_empty());
        assert!(!r.is_empty());
        for r in [
            CardReading {
                other: vec!["x".into()],
                ..Default::default()
            },
            CardReading {
                address: Some("x".into()),
                ..Default::default()
            },
            CardReading {
                website: Some("x".into()),
                ..Default::default()
            },
            CardReading {
                phones: vec!["1".into()],
                ..Default::default()
            },
            CardReading {
                emails: vec!["x".into()],
                ..Default::default()
            },
            CardReading {
                title: Some("x".into()),
                ..Default::default()
            },
            CardReading {
                company: Some("x".into()),
                ..Default::default()
            },
            reading("x"),
        ] {
            assert!(!r.is_empty(), "{r:?}");
        }
    }

    #[test]
    fn filling_keeps_mine_and_sets_aside_what_differs() {
        let mut qr = CardReading {
            name: Some("Julie Pelletier".into()),
            phones: vec!["+15145550155".into()],
            emails: vec!["julie@p.example".into()],
            website: Some("https://p.example".into()),
            ..Default::default()
        };
        qr.fill_from(CardReading {
            name: Some("JULIE PELLETIER".into()),
            company: Some("Pelletier Traduction".into()),
            title: Some("Traductrice".into()),
            emails: vec!["Julie@P.example".into(), "info@p.example".into()],
            phones: vec!["+1 514 555 0155".into(), "514 555 0199".into()],
            website: Some("www.p.example".into()),
            address: Some("1 rue A".into()),
            other: vec!["Salon 2026".into()],
        });
        assert_eq!(qr.name.as_deref(), Some("Julie Pelletier"));
        assert_eq!(qr.company.as_deref(), Some("Pelletier Traduction"));
        assert_eq!(qr.title.as_deref(), Some("Traductrice"));
        assert_eq!(qr.emails, ["julie@p.example", "info@p.example"]);
        assert_eq!(qr.phones, ["+15145550155", "514 555 0199"]);
        assert_eq!(qr.website.as_deref(), Some("https://p.example"));
        assert_eq!(qr.address.as_deref(), Some("1 rue A"));
        assert_eq!(qr.other, ["Salon 2026"]);

        let mut a = reading("Zoë Martin");
        a.website = Some("https://a.example".into());
        a.address = Some("1 rue A".into());
        a.fill_from(CardReading {
            name: Some("Zoe Martineau".into()),
            website: Some("https://b.example/zoe".into()),
            address: Some("2 rue B".into()),
            other: vec!["Zoe Martineau".into()],
            ..Default::default()
        });
        assert_eq!(a.name.as_deref(), Some("Zoë Martin"));
        assert_eq!(
            a.other,
            ["Zoe Martineau", "https://b.example/zoe", "2 rue B"]
        );
    }

    #[test]
    fn the_same_text_or_page_give_or_take_small_differences() {
        assert!(same_text("Wisła Robotics", "Wista Robotics"));
        assert!(same_text("ZOË", "zoe"));
        assert!(!same_text("Zoé", "Zoa"));
        assert!(!same_text(
            "Pelletier Traduction",
            "Pelletier Tradition Inc"
        ));
        assert!(same_site("https://www.A.example/", "a.example"));
        assert!(same_site("http://a.example/x", "https://www.a.example/x/"));
        assert!(!same_site("https://a.example/x", "https://a.example"));
        assert!(!same_site("https://a.example", "https://b.example"));
    }

    #[test]
    fn repeats_of_a_field_are_left_out_of_other() {
        let mut r = CardReading {
            name: Some("Łukasz Nowak".into()),
            title: Some("Traductrice agréée".into()),
            other: vec![
                "tukasz".into(),
                "Nowak".into(),
                "Traductrice agréée".into(),
                "Salon Inno Québec 2026".into(),
                "Nora".into(),
                "Łukasz Kowalski".into(),
                "·".into(),
            ],
            ..Default::default()
        };
        r.drop_repeats();
        assert_eq!(
            r.other,
            ["Salon Inno Québec 2026", "Nora", "Łukasz Kowalski", "·"]
        );
    }

    #[test]
    fn phones_match_on_their_digits_give_or_take_a_country_code() {
        assert!(same_phone("+1 514 555 0155", "514-555-0155"));
        assert!(same_phone("514.555.0155", "(514) 555-0155"));
        assert!(!same_phone("514 555 0155", "514 555 0156"));
        assert!(!same_phone("555 0155", "1 555 0155"));
        assert!(same_phone("0155", "0155"));
        assert!(same_phone("55501555", "1 5550 1555"));
    }
}
