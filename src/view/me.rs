//! The user's own card, `me`.

use serde::Serialize;

use super::Screen;
use crate::i18n::Lang;
use crate::model::me::Me;
use crate::tr;
use crate::ui::fit;
use crate::ui::output::Text;

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct MeView(pub Me);

impl Screen for MeView {
    fn text(self, lang: Lang) -> Text {
        let me = self.0;
        if me.is_empty() {
            return Text::Status(format!(
                "{}\n{}",
                tr!(lang; "me-empty"),
                tr!(lang; "me-empty-hint")
            ));
        }
        let fields = [
            (tr!(lang; "me-field-name"), &me.name),
            (tr!(lang; "me-field-company"), &me.company),
            (tr!(lang; "me-field-title"), &me.title),
            (tr!(lang; "me-field-email"), &me.email),
            (tr!(lang; "me-field-phone"), &me.phone),
            (tr!(lang; "me-field-url"), &me.url),
        ];
        let width = fields
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(k, _)| fit::width(k))
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        for (k, v) in fields {
            if let Some(v) = v {
                out.push_str(&format!("{}  {v}\n", fit::pad(&k, width)));
            }
        }
        Text::Page(out)
    }
}
