//! Values stored in English and shown in the interface language: roles in a project, kinds
//! of events, how people met (`locales/*/values.ftl`).

use crate::i18n::{lookup, Lang};
use crate::model::encounter::How;
use crate::model::event::EventKind;

/// A role: a standard one in `lang` ("allié"), a custom one as typed.
pub fn role(lang: Lang, name: &str) -> String {
    // i18n-ignore: a message id
    lookup(lang, &format!("role-{name}"), None).unwrap_or_else(|| name.to_owned())
}

/// A kind of event: "petit-déjeuner" / "breakfast".
pub fn kind(lang: Lang, k: EventKind) -> String {
    // i18n-ignore: a message id
    lookup(lang, &format!("kind-{}", k.as_str()), None).unwrap_or_else(|| k.as_str().to_owned())
}

/// How people met: "café" / "coffee".
pub fn how(lang: Lang, h: How) -> String {
    // i18n-ignore: a message id
    lookup(lang, &format!("how-{}", h.as_str()), None).unwrap_or_else(|| h.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project::STANDARD_ROLES;

    #[test]
    fn every_stored_value_has_its_name_in_both_languages() {
        for lang in Lang::ALL {
            for r in STANDARD_ROLES
                .iter()
                .chain(&[crate::model::project::DEFAULT_ROLE])
            {
                assert!(lookup(lang, &format!("role-{r}"), None).is_some(), "{r}");
            }
            for k in EventKind::ALL {
                assert!(lookup(lang, &format!("kind-{}", k.as_str()), None).is_some());
            }
            for h in How::ALL {
                assert!(lookup(lang, &format!("how-{}", h.as_str()), None).is_some());
            }
        }
        assert_eq!(role(Lang::Fr, "ally"), "allié");
        assert_eq!(role(Lang::En, "ally"), "ally");
        assert_eq!(role(Lang::Fr, "Trésorière"), "Trésorière");
        assert_eq!(kind(Lang::Fr, EventKind::Afterwork), "5 à 7");
        assert_eq!(kind(Lang::En, EventKind::Breakfast), "breakfast");
        assert_eq!(how(Lang::Fr, How::Coffee), "café");
        assert_eq!(how(Lang::En, How::Call), "call");
    }
}
