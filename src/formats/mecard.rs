//! MeCard, the compact contact format of QR codes (NTT Docomo):
//! `MECARD:N:Pelletier,Julie;ORG:…;TEL:…;EMAIL:…;URL:…;ADR:…;NOTE:…;;`.
//! Fields are `KEY:value;`; `\;`, `\:`, `\,` and `\\` escape those characters.

use crate::model::scan::CardReading;
use crate::model::validate;

/// Whether `payload` is a MeCard.
pub fn is_mecard(payload: &str) -> bool {
    payload
        .trim_start()
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("MECARD:"))
}

/// Splits on `sep` where it is not escaped by a backslash; the escapes are undone.
fn split_unescaped(s: &str, sep: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                if n != sep {
                    // Keep the escape for a later split on another separator.
                    cur.push('\\');
                }
                cur.push(n);
            }
        } else if c == sep {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// Reads a MeCard. Values that are not valid (an email without `@`…) go to `other`, so
/// that nothing in the code is dropped; `None` when `payload` is not a MeCard.
pub fn read(payload: &str) -> Option<CardReading> {
    if !is_mecard(payload) {
        return None;
    }
    let body = &payload.trim_start()[7..];
    let mut r = CardReading::default();
    for field in split_unescaped(body, ';') {
        let Some((key, value)) = field.split_once(':') else {
            let v = unescape(&field);
            if !v.is_empty() {
                r.other.push(v);
            }
            continue;
        };
        let key = key.trim().to_ascii_uppercase();
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "N" => {
                // "Last,First": shown as "First Last".
                let parts: Vec<String> = split_unescaped(value, ',')
                    .iter()
                    .map(|p| unescape(p))
                    .filter(|p| !p.is_empty())
                    .collect();
                let name = parts.iter().rev().cloned().collect::<Vec<_>>().join(" ");
                if name.is_empty() {
                    continue;
                }
                if r.name.is_none() {
                    r.name = Some(name);
                } else {
                    r.other.push(name);
                }
            }
            "ORG" if r.company.is_none() => r.company = Some(unescape(value)),
            "TITLE" if r.title.is_none() => r.title = Some(unescape(value)),
            "TEL" | "TEL-AV" => match validate::phone(&unescape(value)) {
                Ok(p) => r.phones.push(p),
                Err(_) => r.other.push(unescape(value)),
            },
            "EMAIL" => match validate::email(&unescape(value)) {
                Ok(e) => r.emails.push(e),
                Err(_) => r.other.push(unescape(value)),
            },
            "URL" => match validate::url(&unescape(value)) {
                Ok(u) if r.website.is_none() => r.website = Some(u),
                _ => r.other.push(unescape(value)),
            },
            "ADR" if r.address.is_none() => {
                // Either one line, or the vCard order: PO box, extended, street, city,
                // region, postcode, country.
                let parts: Vec<String> = split_unescaped(value, ',')
                    .iter()
                    .map(|p| unescape(p))
                    .filter(|p| !p.is_empty())
                    .collect();
                r.address = Some(parts.join(", "));
            }
            _ => r.other.push(unescape(value)),
        }
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_field_of_a_mecard() {
        let r = read(
            "MECARD:N:Pelletier,Julie;ORG:Pelletier Traduction;TEL:+15145550155;\
             EMAIL:julie@pelletier-traduction.ca;URL:pelletier-traduction.ca;\
             ADR:,,12 rue X,Montréal,QC,H2X 1Y4,Canada;NOTE:Traductrice agréée;;",
        )
        .unwrap();
        assert_eq!(r.name.as_deref(), Some("Julie Pelletier"));
        assert_eq!(r.company.as_deref(), Some("Pelletier Traduction"));
        assert_eq!(r.phones, ["+15145550155"]);
        assert_eq!(r.emails, ["julie@pelletier-traduction.ca"]);
        assert_eq!(
            r.website.as_deref(),
            Some("https://pelletier-traduction.ca")
        );
        assert_eq!(
            r.address.as_deref(),
            Some("12 rue X, Montréal, QC, H2X 1Y4, Canada")
        );
        assert_eq!(r.other, ["Traductrice agréée"]);
        assert_eq!(r.title, None);
    }

    #[test]
    fn escapes_and_odd_values_are_kept() {
        let r = read(
            r"mecard:N:Côté\, fils,Amélie;ORG:A\;B\:C;TITLE:Designer;EMAIL:pas une adresse;TEL:123abc;URL:https://a.example;URL:https://b.example;BDAY:19800101;stray;;",
        )
        .unwrap();
        assert_eq!(r.name.as_deref(), Some("Amélie Côté, fils"));
        assert_eq!(r.company.as_deref(), Some("A;B:C"));
        assert_eq!(r.title.as_deref(), Some("Designer"));
        assert!(r.emails.is_empty() && r.phones.is_empty());
        assert_eq!(r.website.as_deref(), Some("https://a.example"));
        assert_eq!(
            r.other,
            [
                "pas une adresse",
                "123abc",
                "https://b.example",
                "19800101",
                "stray"
            ]
        );
    }

    #[test]
    fn a_field_given_twice_keeps_the_first_and_sets_the_second_aside() {
        let r =
            read("MECARD:N:Roy,Jean;N:Roy,Paul;ORG:A;ORG:B;TITLE:C;TITLE:D;ADR:E;ADR:F;;").unwrap();
        assert_eq!(r.name.as_deref(), Some("Jean Roy"));
        assert_eq!(r.company.as_deref(), Some("A"));
        assert_eq!(r.title.as_deref(), Some("C"));
        assert_eq!(r.address.as_deref(), Some("E"));
        assert_eq!(r.other, ["Paul Roy", "B", "D", "F"]);
    }

    #[test]
    fn only_mecards_are_read() {
        assert!(read("BEGIN:VCARD").is_none());
        assert!(read("MECARD").is_none());
        assert!(read("https://example.org").is_none());
        assert!(is_mecard("  MeCard:N:A;;"));
        let empty = read("MECARD:;;").unwrap();
        assert!(empty.is_empty());
    }
}
