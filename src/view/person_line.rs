//! The one-line person form as a person reads it back: what carnet understood of a line
//! ("Karine Lavoie · company: Lavoie Stratégies · email: karine@lavoie.example"), shown
//! before a person is saved, and why a line could not be read. Shared by `carnet log`,
//! `carnet met --new`, and whatever fills the form for the person to correct (a card's
//! photo).

use crate::i18n::Lang;
use crate::model::person_line::{LineError, PersonLine, ValueKind};
use crate::model::Labeled;
use crate::store::ContactMatch;
use crate::tr;

/// `#12 Frédéric Duval (Concours des vœux)`: a contact named in a line.
pub fn contact(m: &ContactMatch) -> String {
    match &m.company {
        Some(c) => format!("#{} {} ({c})", m.id, m.name),
        None => format!("#{} {}", m.id, m.name),
    }
}

/// The fields of a line but the name, each named: "company: Lavoie Stratégies · email: …".
pub fn fields(lang: Lang, p: &PersonLine, introducer: Option<&ContactMatch>) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(c) = &p.company {
        parts.push(tr!(lang; "line-company", value = c));
    }
    if let Some(t) = &p.title {
        parts.push(tr!(lang; "line-title", value = t));
    }
    let value = |v: &Labeled| v.to_string();
    for e in &p.emails {
        parts.push(tr!(lang; "line-email", value = value(e)));
    }
    for ph in &p.phones {
        parts.push(tr!(lang; "line-phone", value = value(ph)));
    }
    for l in &p.links {
        parts.push(tr!(lang; "line-link", value = value(l)));
    }
    if !p.tags.is_empty() {
        parts.push(tr!(lang; "line-tags", value = p.tags.join(", ")));
    }
    match (introducer, &p.introduced_by) {
        (Some(m), _) => parts.push(tr!(lang; "line-introduced-by", value = contact(m))),
        (None, Some(typed)) => parts.push(tr!(lang; "line-introduced-by", value = typed)),
        (None, None) => {}
    }
    parts
}

/// The whole line as understood: the name, then its fields.
pub fn understood(lang: Lang, p: &PersonLine, introducer: Option<&ContactMatch>) -> String {
    let mut parts = vec![p.name.clone()];
    parts.extend(fields(lang, p, introducer));
    parts.join(" · ")
}

/// Why a line cannot be read, naming what is wrong.
pub fn problem(lang: Lang, e: &LineError) -> String {
    let kind = |k: &ValueKind| match k {
        ValueKind::Email => tr!(lang; "line-kind-email"),
        ValueKind::Phone => tr!(lang; "line-kind-phone"),
        ValueKind::Link => tr!(lang; "line-kind-link"),
    };
    match e {
        LineError::Empty => tr!(lang; "line-empty"),
        LineError::NoName => tr!(lang; "line-no-name"),
        LineError::NameIsAValue { kind: k, value } => {
            tr!(lang; "line-name-is-a-value", value = value, kind = kind(k))
        }
        LineError::TwoPeople(name) => tr!(lang; "line-two-people", name = name),
        LineError::EmailWithSpace(value) => tr!(lang; "line-email-with-space", value = value),
        LineError::NoIntroducer(part) => tr!(lang; "line-no-introducer", part = part),
        LineError::TwoIntroducers(a, b) => tr!(lang; "line-two-introducers", first = a, second = b),
        LineError::TagIsANumber(tag) => tr!(lang; "line-tag-is-a-number", tag = tag),
        LineError::UnclosedQuote => tr!(lang; "line-unclosed-quote"),
        LineError::Invalid(e) => e.to_string(),
    }
}

/// The form of a line, for a hint: "Name, company, title, email, phone, website, #tag, via WHO".
pub fn form(lang: Lang) -> String {
    tr!(lang; "line-form")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(id: i64, name: &str, company: Option<&str>) -> ContactMatch {
        ContactMatch {
            id,
            name: name.into(),
            company: company.map(Into::into),
            archived: false,
        }
    }

    #[test]
    fn a_line_is_shown_back_field_by_field_in_both_languages() {
        let p = PersonLine::parse(
            "Karine Lavoie, Lavoie Stratégies, experte SEO, work=karine@lavoie.example, \
             514-555-0142, lavoie.example #seo #montréal, via Michel",
        )
        .unwrap();
        let michel = m(3, "Michel Roy", Some("Roy & fils"));
        assert_eq!(
            understood(Lang::En, &p, Some(&michel)),
            "Karine Lavoie · company: Lavoie Stratégies · title: experte SEO · \
             email: karine@lavoie.example (work) · phone: 514-555-0142 · \
             website: https://lavoie.example · tags: seo, montréal · \
             introduced by: #3 Michel Roy (Roy & fils)"
        );
        assert_eq!(
            understood(Lang::Fr, &p, None),
            "Karine Lavoie · entreprise : Lavoie Stratégies · titre : experte SEO · \
             courriel : karine@lavoie.example (work) · téléphone : 514-555-0142 · \
             site : https://lavoie.example · étiquettes : seo, montréal · présenté par : Michel"
        );
        let zoe = PersonLine::parse("Zoë").unwrap();
        assert_eq!(understood(Lang::En, &zoe, None), "Zoë");
        assert_eq!(contact(&m(1, "Zoë", None)), "#1 Zoë");
    }

    #[test]
    fn every_problem_names_what_is_wrong() {
        let cases = [
            "",
            ", Acme",
            "karine@lavoie.example",
            "514-555-0142",
            "lavoie.example",
            "Karine et Michel",
            "Karine, karine @lavoie.example",
            "Karine, via",
            "Karine, via A, via B",
            "Karine #12",
            "Karine, \"Acme",
            "Karine, www.",
        ];
        for line in cases {
            let e = PersonLine::parse(line).unwrap_err();
            for lang in Lang::ALL {
                let said = problem(lang, &e);
                assert!(
                    !said.is_empty() && !said.contains("line-"),
                    "{line}: {said}"
                );
            }
        }
        let e = PersonLine::parse("Karine et Michel").unwrap_err();
        assert!(problem(Lang::En, &e).contains("'Karine et Michel'"));
        let e = PersonLine::parse("514-555-0142").unwrap_err();
        assert!(problem(Lang::En, &e).contains("phone number"));
        let e = PersonLine::parse("karine@x.example").unwrap_err();
        assert!(problem(Lang::Fr, &e).contains("courriel"));
        let e = PersonLine::parse("xy.example").unwrap_err();
        assert!(problem(Lang::En, &e).contains("web address"));
        let e = PersonLine::parse("Karine, via A, par B").unwrap_err();
        let said = problem(Lang::En, &e);
        assert!(said.contains("'A'") && said.contains("'B'"), "{said}");
        assert!(form(Lang::En).contains("via"));
    }
}
