//! `carnet brief`: one screen before an event — who you know among the invited, when and
//! where you last saw them and what was said, open follow-ups, their roles in your
//! projects, the people you want to meet (tag `to-meet`); for an event you organise (one
//! with invitations), who has not answered, who declined, and who you met lately but did
//! not invite.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::contact::ContactRef;
use super::Screen;
use crate::i18n::{fmt, Lang};
use crate::model::event::{Event, EventId};
use crate::model::followup::FollowUpWhen;
use crate::model::invitation::Rsvp;
use crate::model::strength::score;
use crate::model::ContactId;
use crate::store::{Db, LastSeen, MetLately};
use crate::tr;
use crate::ui::output::Text;

/// The tag that says "I want to meet this person".
pub const TO_MEET: &str = "to-meet";
/// "Met lately" is within this many days.
pub const LATELY_DAYS: i64 = 60;
/// At most this many people met lately are listed.
pub const LATELY_MAX: usize = 10;
/// At most this many open follow-ups per person.
const FOLLOWUPS_MAX: usize = 3;

#[derive(Debug, Serialize)]
pub struct BriefFollowUp {
    pub id: i64,
    pub what: String,
    pub due: NaiveDate,
}

#[derive(Debug, Serialize)]
pub struct BriefRole {
    pub project: String,
    pub role: String,
}

/// Someone invited you have met before.
#[derive(Debug, Serialize)]
pub struct Known {
    pub contact_id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub rsvp: Option<Rsvp>,
    pub last_seen: Option<LastSeen>,
    pub followups: Vec<BriefFollowUp>,
    /// Each role held in an active project.
    pub roles: Vec<BriefRole>,
    pub strength: u32,
}

#[derive(Debug, Serialize)]
pub struct WantToMeet {
    pub contact_id: ContactId,
    pub name: String,
    pub invited: bool,
    pub rsvp: Option<Rsvp>,
}

/// What `brief --json` prints.
#[derive(Debug, Serialize)]
pub struct Brief {
    pub event: Event,
    /// An event with invitations is one you organise.
    pub organised: bool,
    /// The invited (declined left out) you have met before the event, by name.
    pub known: Vec<Known>,
    /// The invited (declined left out) you have never met.
    pub new_faces: Vec<ContactRef>,
    /// Contacts tagged `to-meet`, invited or not.
    pub want_to_meet: Vec<WantToMeet>,
    pub no_answer: Vec<ContactRef>,
    pub declined: Vec<ContactRef>,
    /// Met in the last 60 days and not invited (most recent first; organised events only).
    pub met_lately_not_invited: Vec<MetLately>,
    #[serde(skip)]
    pub today: NaiveDate,
    #[serde(skip)]
    pub markdown: bool,
}

impl Brief {
    pub fn read(db: Db<'_>, id: EventId, today: NaiveDate) -> crate::store::Result<Brief> {
        let event = db.get_event(id)?;
        let invitations = db.invitations(id)?;
        let organised = !invitations.is_empty();
        let mut known = Vec::new();
        let mut new_faces = Vec::new();
        let mut no_answer = Vec::new();
        let mut declined = Vec::new();
        for inv in &invitations {
            let r = ContactRef {
                id: inv.contact_id,
                name: inv.name.clone(),
            };
            match inv.rsvp {
                Some(Rsvp::No) => {
                    declined.push(r);
                    continue;
                }
                None => no_answer.push(ContactRef {
                    id: inv.contact_id,
                    name: inv.name.clone(),
                }),
                _ => {}
            }
            let Some(last_seen) = db.last_seen_before(inv.contact_id, event.date)? else {
                new_faces.push(r);
                continue;
            };
            let contact = db.contact_match(inv.contact_id)?;
            let followups = db
                .followups(FollowUpWhen::Open, Some(inv.contact_id), today, None)?
                .into_iter()
                .take(FOLLOWUPS_MAX)
                .map(|f| BriefFollowUp {
                    id: f.id,
                    what: f.what,
                    due: f.due,
                })
                .collect();
            let roles = db
                .contact_projects(inv.contact_id)?
                .into_iter()
                .filter(|p| !p.archived)
                .flat_map(|p| {
                    let project = p.name;
                    p.roles.into_iter().map(move |role| BriefRole {
                        project: project.clone(),
                        role,
                    })
                })
                .collect();
            let strength = score(
                &db.strength_inputs(inv.contact_id)?.unwrap_or_default(),
                today,
            );
            known.push(Known {
                contact_id: inv.contact_id,
                name: inv.name.clone(),
                company: contact.and_then(|c| c.company),
                rsvp: inv.rsvp,
                last_seen: Some(last_seen),
                followups,
                roles,
                strength,
            });
        }
        let want_to_meet = db
            .tagged(TO_MEET)?
            .into_iter()
            .map(|(contact_id, name)| {
                let inv = invitations.iter().find(|i| i.contact_id == contact_id);
                WantToMeet {
                    contact_id,
                    name,
                    invited: inv.is_some(),
                    rsvp: inv.and_then(|i| i.rsvp),
                }
            })
            .collect();
        let met_lately_not_invited = if organised {
            db.met_lately_not_invited(id, today - Duration::days(LATELY_DAYS), LATELY_MAX)?
        } else {
            Vec::new()
        };
        Ok(Brief {
            event,
            organised,
            known,
            new_faces,
            want_to_meet,
            no_answer,
            declined,
            met_lately_not_invited,
            today,
            markdown: false,
        })
    }
}

impl Screen for Brief {
    fn text(self, lang: Lang) -> Text {
        Text::Page(render(&self, lang))
    }
}

fn rsvp_word(lang: Lang, r: Option<Rsvp>) -> String {
    tr!(lang; "brief-rsvp", rsvp = r.map_or("none", Rsvp::as_str))
}

/// The text, or Markdown: headings `##`, items `- `.
fn render(b: &Brief, lang: Lang) -> String {
    let md = b.markdown;
    let (h1, h2, item, sub) = if md {
        ("# ", "\n## ", "- ", "  - ")
    } else {
        ("", "\n", "  ", "      ")
    };
    let day = |d: NaiveDate| fmt::short_date(lang, d, b.today);
    let mut out = String::new();
    let line = |out: &mut String, parts: &[&str]| {
        out.push_str(&parts.concat());
        out.push('\n');
    };
    let title = tr!(lang; "brief-title",
        name = b.event.name.as_str(),
        date = day(b.event.date)
    );
    line(&mut out, &[h1, &title]);
    line(
        &mut out,
        &[h2, &tr!(lang; "brief-known", count = b.known.len() as i64)],
    );
    for k in &b.known {
        let mut head = k.name.clone();
        if let Some(c) = &k.company {
            head = tr!(lang; "brief-with-company", name = head, company = c.as_str());
        }
        let head = tr!(lang; "brief-person",
            person = head,
            id = k.contact_id.to_string(),
            rsvp = rsvp_word(lang, k.rsvp),
            strength = k.strength as i64
        );
        line(&mut out, &[item, &head]);
        if let Some(s) = &k.last_seen {
            let at = s
                .event
                .clone()
                .unwrap_or_else(|| tr!(lang; "strength-how", how = s.how.as_str(), event = "none"));
            let seen = tr!(lang; "brief-last-seen", date = day(s.date), at = at);
            line(&mut out, &[sub, &seen]);
            if let Some(n) = &s.note {
                line(
                    &mut out,
                    &[sub, &tr!(lang; "brief-said", note = n.as_str())],
                );
            }
        }
        for f in &k.followups {
            let t = tr!(lang; "brief-followup",
                id = f.id.to_string(),
                what = f.what.as_str(),
                due = day(f.due)
            );
            line(&mut out, &[sub, &t]);
        }
        if !k.roles.is_empty() {
            let roles: Vec<String> = k
                .roles
                .iter()
                .map(|r| {
                    tr!(lang; "brief-role",
                        role = crate::view::values::role(lang, &r.role),
                        project = r.project.as_str())
                })
                .collect();
            line(&mut out, &[sub, &roles.join(", ")]);
        }
    }
    let names = |list: &[ContactRef]| {
        list.iter()
            .map(|r| tr!(lang; "brief-ref", name = r.name.as_str(), id = r.id.to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !b.new_faces.is_empty() {
        line(
            &mut out,
            &[
                h2,
                &tr!(lang; "brief-new-faces", count = b.new_faces.len() as i64),
            ],
        );
        line(&mut out, &[item, &names(&b.new_faces)]);
    }
    if !b.want_to_meet.is_empty() {
        line(&mut out, &[h2, &tr!(lang; "brief-want-to-meet")]);
        for w in &b.want_to_meet {
            let state = if w.invited {
                rsvp_word(lang, w.rsvp)
            } else {
                tr!(lang; "brief-not-invited")
            };
            let t = tr!(lang; "brief-ref",
                name = w.name.as_str(),
                id = w.contact_id.to_string()
            );
            line(&mut out, &[item, &t, " — ", &state]);
        }
    }
    if b.organised {
        line(
            &mut out,
            &[
                h2,
                &tr!(lang; "brief-no-answer", count = b.no_answer.len() as i64),
            ],
        );
        if !b.no_answer.is_empty() {
            line(&mut out, &[item, &names(&b.no_answer)]);
        }
        line(
            &mut out,
            &[
                h2,
                &tr!(lang; "brief-declined", count = b.declined.len() as i64),
            ],
        );
        if !b.declined.is_empty() {
            line(&mut out, &[item, &names(&b.declined)]);
        }
        let lately = &b.met_lately_not_invited;
        line(
            &mut out,
            &[
                h2,
                &tr!(lang; "brief-lately",
                    count = lately.len() as i64,
                    days = LATELY_DAYS
                ),
            ],
        );
        for m in lately {
            let t = tr!(lang; "brief-ref",
                name = m.name.as_str(),
                id = m.contact_id.to_string()
            );
            let seen = tr!(lang; "brief-met-on", date = day(m.last_seen));
            line(&mut out, &[item, &t, " — ", &seen]);
        }
    }
    out
}
