//! The user's own card, `me`.

use serde::Serialize;

use super::Screen;
use crate::model::me::Me;
use crate::ui::output::Text;

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct MeView(pub Me);

impl Screen for MeView {
    fn text(self) -> Text {
        let me = self.0;
        if me.is_empty() {
            return Text::Status(
                "Your card is empty.\nhint: carnet me set --name \"Your Name\" --company … --email … --phone …"
                    .into(),
            );
        }
        let fields = [
            ("Name", &me.name),
            ("Company", &me.company),
            ("Title", &me.title),
            ("Email", &me.email),
            ("Phone", &me.phone),
            ("Web", &me.url),
        ];
        let mut out = String::new();
        for (k, v) in fields {
            if let Some(v) = v {
                out.push_str(&format!("{k:<7}  {v}\n"));
            }
        }
        Text::Page(out)
    }
}
