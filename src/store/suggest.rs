//! The contacts `suggest` weighs: those with a keep-in-touch cadence, met more than once,
//! holding a role in an active project, or having introduced someone.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Db, Result};
use crate::model::project::ProjectId;
use crate::model::suggest::Candidate;
use crate::model::text::fold;
use crate::model::ContactId;

#[derive(Debug, Clone, Default)]
pub struct SuggestFilter {
    pub tag: Option<String>,
    pub project: Option<ProjectId>,
    pub include_archived: bool,
}

impl Db<'_> {
    pub fn reconnect_candidates(&self, f: &SuggestFilter) -> Result<Vec<Candidate>> {
        let mut sql = String::from(
            "SELECT c.id, c.name, c.company, c.archived,
                    coalesce(c.keep_in_touch_days,
                             (SELECT min(t.keep_in_touch_days) FROM contact_tags ct
                                JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)),
                    substr(c.created_at, 1, 10),
                    (SELECT max(e.date) FROM encounters e WHERE e.contact_id = c.id),
                    (SELECT count(*) FROM encounters e WHERE e.contact_id = c.id)
               FROM contacts c
              WHERE (?1 OR c.archived = 0)
                AND (c.reconnect_on IS NOT NULL
                     OR (SELECT count(*) FROM (SELECT 1 FROM encounters e
                                               WHERE e.contact_id = c.id LIMIT 2)) > 1
                     OR EXISTS (SELECT 1 FROM project_roles pr JOIN projects p ON p.id = pr.project_id
                                 WHERE pr.contact_id = c.id AND p.archived = 0)
                     OR EXISTS (SELECT 1 FROM contacts i WHERE i.introduced_by = c.id))",
        );
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![Box::new(f.include_archived)];
        if let Some(tag) = &f.tag {
            args.push(Box::new(fold(tag)));
            sql.push_str(&format!(
                " AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.folded = ?{})",
                args.len()
            ));
        }
        if let Some(p) = f.project {
            args.push(Box::new(p));
            sql.push_str(&format!(
                " AND c.id IN (SELECT contact_id FROM project_roles WHERE project_id = ?{})",
                args.len()
            ));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            let added: Option<String> = r.get(5)?;
            Ok(Candidate {
                id: r.get(0)?,
                name: r.get(1)?,
                company: r.get(2)?,
                archived: r.get(3)?,
                keep_in_touch_days: r.get(4)?,
                added: added.and_then(|a| NaiveDate::parse_from_str(&a, "%Y-%m-%d").ok()),
                last_seen: r.get(6)?,
                encounters: r.get(7)?,
                roles: Vec::new(),
                introduced: Vec::new(),
            })
        })?;
        let mut list: Vec<Candidate> = rows.collect::<rusqlite::Result<_>>()?;
        let index: HashMap<ContactId, usize> =
            list.iter().enumerate().map(|(i, c)| (c.id, i)).collect();

        let mut roles = self.conn.prepare(
            "SELECT pr.contact_id, p.name, pr.role
               FROM project_roles pr JOIN projects p ON p.id = pr.project_id
              WHERE p.archived = 0 ORDER BY p.name_folded, pr.role_folded",
        )?;
        let mut rows = roles.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                list[i].roles.push((r.get(1)?, r.get(2)?));
            }
        }
        let mut intro = self.conn.prepare(
            "SELECT introduced_by, name FROM contacts
              WHERE introduced_by IS NOT NULL ORDER BY name_folded",
        )?;
        let mut rows = intro.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                list[i].introduced.push(r.get(1)?);
            }
        }
        Ok(list)
    }
}
