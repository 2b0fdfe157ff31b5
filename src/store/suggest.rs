//! The contacts `suggest` weighs, read in bounded steps (never every contact):
//!
//! 1. lapsed cadences: `reconnect_on` before today, through its partial index, most late
//!    first, at most `limit`;
//! 2. when those leave room, weak ties: encounters are read oldest first through the index
//!    on date; a contact whose last encounter is at least 90 days old and who has a tie (met
//!    more than once, a role in an active project, introduced someone) is a candidate. Once
//!    the scan has passed the last-seen day of `room` candidates, no contact not yet read can
//!    have been seen earlier, so those are the `room` longest unseen: the scan stops there,
//!    or after [`SCAN_CAP`] encounters;
//! 3. people never met holding a role in an active project or having introduced someone
//!    (unseen since they were added).

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::params;

use super::{day_of, Db, Result};
use crate::model::project::ProjectId;
use crate::model::suggest::{Candidate, WEAK_TIE_DAYS};
use crate::model::text::fold;
use crate::model::ContactId;

/// At most this many encounters are read looking for weak ties.
pub const SCAN_CAP: usize = 20_000;

#[derive(Debug, Clone, Default)]
pub struct SuggestFilter {
    pub tag: Option<String>,
    pub project: Option<ProjectId>,
    pub include_archived: bool,
}

const CANDIDATE: &str = "SELECT c.id, c.name, c.company, c.archived,
        coalesce(c.keep_in_touch_days,
                 (SELECT min(t.keep_in_touch_days) FROM contact_tags ct
                    JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)),
        substr(c.created_at, 1, 10),
        (SELECT max(substr(e.date, 1, 10)) FROM encounters e WHERE e.contact_id = c.id),
        (SELECT count(*) FROM encounters e WHERE e.contact_id = c.id)
   FROM contacts c";

impl Db<'_> {
    /// The candidates of `suggest` on `today`: enough to fill `limit` once ranked by
    /// `model::suggest::rank` (see the module documentation).
    pub fn reconnect_candidates(
        &self,
        f: &SuggestFilter,
        today: NaiveDate,
        limit: usize,
    ) -> Result<Vec<Candidate>> {
        let (filter, mut args) = filter_sql(f);
        // 1. Lapsed cadences, most late first (the partial index needs `archived = 0`).
        let archived = if f.include_archived {
            ""
        } else {
            " AND c.archived = 0"
        };
        args.push(Box::new(today));
        let today_arg = args.len();
        args.push(Box::new(limit as i64));
        let sql = format!(
            "{CANDIDATE} WHERE c.reconnect_on < ?{today_arg}{archived}{filter}
              ORDER BY c.reconnect_on, c.name_folded, c.id LIMIT ?{}",
            args.len()
        );
        let mut list = self.candidates(&sql, &args)?;
        let room = limit.saturating_sub(list.len());
        if room == 0 {
            return self.with_ties(list);
        }
        // 2. Weak ties, longest unseen first.
        let cutoff = today - chrono::Duration::days(WEAK_TIE_DAYS);
        let (filter, mut args) = filter_sql(f);
        args.push(Box::new(f.include_archived));
        let archived_arg = args.len();
        let one = format!(
            "{CANDIDATE} WHERE c.id = ?{} AND (?{archived_arg} OR c.archived = 0)
                AND c.reconnect_on IS NULL{filter}
                AND (SELECT count(*) FROM (SELECT 1 FROM encounters e
                                           WHERE e.contact_id = c.id LIMIT 2)) > 1
                 OR c.id = ?{0} AND (?{archived_arg} OR c.archived = 0)
                AND c.reconnect_on IS NULL{filter}
                AND (EXISTS (SELECT 1 FROM project_roles pr JOIN projects p ON p.id = pr.project_id
                              WHERE pr.contact_id = c.id AND p.archived = 0)
                     OR EXISTS (SELECT 1 FROM contacts i WHERE i.introduced_by = c.id))",
            args.len() + 1
        );
        let mut one = self.conn.prepare_cached(&one)?;
        let mut scan = self.conn.prepare_cached(
            "SELECT contact_id, substr(date, 1, 10) FROM encounters
              WHERE date < ?1 ORDER BY date, id LIMIT ?2",
        )?;
        let mut rows = scan.query(params![cutoff, SCAN_CAP as i64])?;
        let mut looked: HashSet<ContactId> = list.iter().map(|c| c.id).collect();
        let mut weak: Vec<Candidate> = Vec::new();
        // The last-seen days of `weak`, in order.
        let mut seen: Vec<NaiveDate> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: ContactId = r.get(0)?;
            let Some(day) = day_of(r.get(1)?) else {
                continue;
            };
            // Every contact last seen before `day` has been read.
            if seen.partition_point(|s| *s < day) >= room {
                break;
            }
            if !looked.insert(id) {
                continue;
            }
            let mut a: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
            a.push(&id);
            let mut found = one.query(a.as_slice())?;
            if let Some(row) = found.next()? {
                let c = candidate(row)?;
                if let Some(last) = c.last_seen.filter(|s| *s < cutoff) {
                    let at = seen.partition_point(|s| *s <= last);
                    seen.insert(at, last);
                    weak.push(c);
                }
            }
        }
        weak.sort_by_key(|c| c.last_seen);
        weak.truncate(room);
        list.extend(weak);
        // 3. Never met, with a role or an introduction.
        let (filter, mut args) = filter_sql(f);
        args.push(Box::new(f.include_archived));
        let sql = format!(
            "{CANDIDATE} WHERE (?{} OR c.archived = 0) AND c.reconnect_on IS NULL{filter}
                AND c.id IN (SELECT pr.contact_id FROM project_roles pr
                               JOIN projects p ON p.id = pr.project_id WHERE p.archived = 0
                             UNION SELECT introduced_by FROM contacts
                              WHERE introduced_by IS NOT NULL)
                AND NOT EXISTS (SELECT 1 FROM encounters e WHERE e.contact_id = c.id)
              ORDER BY c.created_at, c.id LIMIT {room}",
            args.len()
        );
        let never = self.candidates(&sql, &args)?;
        list.extend(never.into_iter().filter(|c| !looked.contains(&c.id)));
        self.with_ties(list)
    }

    fn candidates(&self, sql: &str, args: &[Box<dyn rusqlite::ToSql>]) -> Result<Vec<Candidate>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(candidate(r)?);
        }
        Ok(out)
    }

    /// The roles in active projects and the people introduced, for the candidates only.
    fn with_ties(&self, mut list: Vec<Candidate>) -> Result<Vec<Candidate>> {
        let mut roles = self.conn.prepare_cached(
            "SELECT p.name, pr.role
               FROM project_roles pr JOIN projects p ON p.id = pr.project_id
              WHERE pr.contact_id = ?1 AND p.archived = 0 ORDER BY p.name_folded, pr.role_folded",
        )?;
        let mut intro = self.conn.prepare_cached(
            "SELECT name FROM contacts WHERE introduced_by = ?1 ORDER BY name_folded, id",
        )?;
        for c in &mut list {
            let rows = roles.query_map([c.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            c.roles = rows.collect::<rusqlite::Result<_>>()?;
            let rows = intro.query_map([c.id], |r| r.get(0))?;
            c.introduced = rows.collect::<rusqlite::Result<_>>()?;
        }
        Ok(list)
    }
}

/// The tag and project filters as SQL, with their arguments numbered from 1.
fn filter_sql(f: &SuggestFilter) -> (String, Vec<Box<dyn rusqlite::ToSql>>) {
    let mut sql = String::new();
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
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
    (sql, args)
}

fn candidate(r: &rusqlite::Row<'_>) -> rusqlite::Result<Candidate> {
    Ok(Candidate {
        id: r.get(0)?,
        name: r.get(1)?,
        company: r.get(2)?,
        archived: r.get(3)?,
        keep_in_touch_days: r.get(4)?,
        added: day_of(r.get(5)?),
        last_seen: day_of(r.get(6)?),
        encounters: r.get(7)?,
        roles: Vec::new(),
        introduced: Vec::new(),
    })
}
