//! The one SQL builder of a selection of people (`model::selection::Selection`): the
//! conditions on `contacts c` that `list` shows and every bulk command acts on, each a
//! parameterised subquery over an index (`CARNET_EXPLAIN=1` prints the plans). Lists of ids
//! and names go in as one JSON array each (`json_each`), so the statement's text depends
//! only on which selectors are given.

use rusqlite::types::Value;

use super::names::{match_row, ContactMatch};
use super::{Db, Result};
use crate::model::search::{match_expression, parse_query, Term};
use crate::model::selection::{Answer, Selection};
use crate::model::ContactId;

/// Adds `value` to `args`, returning its placeholder.
fn arg(args: &mut Vec<Value>, value: impl Into<Value>) -> String {
    args.push(value.into());
    format!("?{}", args.len())
}

/// A JSON array of `values`, as `json_each` reads it.
fn json<T: serde::Serialize>(values: &[T]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}

/// `c.id IN (sub)` for one value (`= ?`) or several (`IN json_each(?)`) of `column`.
fn one_of<T: serde::Serialize + Clone + Into<Value>>(
    args: &mut Vec<Value>,
    column: &str,
    values: &[T],
) -> String {
    match values {
        [one] => format!("{column} = {}", arg(args, one.clone())),
        _ => format!(
            "{column} IN (SELECT value FROM json_each({}))",
            arg(args, json(values))
        ),
    }
}

/// The conditions of `s` on `contacts c`, each starting with ` AND `, their arguments
/// pushed onto `args` (numbered after those already there).
pub(super) fn conditions(s: &Selection, args: &mut Vec<Value>) -> String {
    let mut sql = String::new();
    let mut and = |cond: String| {
        sql.push_str(" AND ");
        sql.push_str(&cond);
    };
    if !s.include_archived {
        and("c.archived = 0".to_owned());
    }
    if !s.tags.is_empty() {
        let groups: Vec<String> = s
            .tags
            .iter()
            .map(|group| {
                let all: Vec<String> = group
                    .iter()
                    .map(|tag| {
                        format!(
                            "c.id IN (SELECT ct.contact_id FROM contact_tags ct \
                             WHERE ct.tag_id = (SELECT t.id FROM tags t WHERE t.folded = {}))",
                            arg(args, tag.clone())
                        )
                    })
                    .collect();
                format!("({})", all.join(" AND "))
            })
            .collect();
        and(format!("({})", groups.join(" OR ")));
    }
    let text_parts = |args: &mut Vec<Value>, column: &str, parts: &[String]| -> String {
        let any: Vec<String> = parts
            .iter()
            .map(|p| format!("fold({column}) LIKE {} ESCAPE '\\'", arg(args, like(p))))
            .collect();
        format!("({})", any.join(" OR "))
    };
    if !s.companies.is_empty() {
        and(text_parts(args, "c.company", &s.companies));
    }
    if !s.cities.is_empty() {
        and(text_parts(args, "c.city", &s.cities));
    }
    if !s.met_at.is_empty() {
        and(format!(
            "c.id IN (SELECT contact_id FROM encounters WHERE {})",
            one_of(args, "event_id", &s.met_at)
        ));
    }
    if !s.new_at.is_empty() {
        // The rule of an event's report: no encounter with them dated before this one.
        and(format!(
            "c.id IN (SELECT x.contact_id FROM encounters x WHERE {} AND NOT EXISTS \
             (SELECT 1 FROM encounters y WHERE y.contact_id = x.contact_id AND y.date < x.date))",
            one_of(args, "x.event_id", &s.new_at)
        ));
    }
    if !s.introduced_by.is_empty() {
        and(one_of(args, "c.introduced_by", &s.introduced_by));
    }
    if !s.projects.is_empty() || !s.roles.is_empty() {
        let mut sub = String::from("SELECT pr.contact_id FROM project_roles pr WHERE 1");
        if !s.projects.is_empty() {
            sub.push_str(" AND ");
            sub.push_str(&one_of(args, "pr.project_id", &s.projects));
        }
        if !s.roles.is_empty() {
            let folded: Vec<String> = s
                .roles
                .iter()
                .map(|r| crate::model::text::fold(r))
                .collect();
            sub.push_str(" AND ");
            sub.push_str(&one_of(args, "pr.role_folded", &folded));
        }
        and(format!("c.id IN ({sub})"));
    }
    if let Some(day) = s.not_seen_since {
        and(format!(
            "c.id NOT IN (SELECT contact_id FROM encounters WHERE date >= {})",
            arg(args, day.format("%Y-%m-%d").to_string())
        ));
    }
    if !s.invited_to.is_empty() {
        let mut sub = format!(
            "SELECT i.contact_id FROM invitations i WHERE {}",
            one_of(args, "i.event_id", &s.invited_to)
        );
        if !s.answers.is_empty() {
            let said: Vec<&str> = s
                .answers
                .iter()
                .filter_map(|a| match a {
                    Answer::Said(r) => Some(r.as_str()),
                    Answer::None => None,
                })
                .collect();
            let mut any = Vec::new();
            if !said.is_empty() {
                any.push(format!(
                    "i.rsvp IN (SELECT value FROM json_each({}))",
                    arg(args, json(&said))
                ));
            }
            if s.answers.contains(&Answer::None) {
                any.push("i.rsvp IS NULL".to_owned());
            }
            sub.push_str(&format!(" AND ({})", any.join(" OR ")));
        }
        and(format!("c.id IN ({sub})"));
    }
    if !s.search.is_empty() {
        let any: Vec<String> = s
            .search
            .iter()
            .map(|expr| {
                format!(
                    "c.id IN (SELECT rowid FROM search_people WHERE search_people MATCH {})",
                    arg(args, expr.clone())
                )
            })
            .collect();
        and(format!("({})", any.join(" OR ")));
    }
    sql
}

/// A LIKE pattern finding `part` anywhere, its own `%` and `_` taken as they are.
fn like(part: &str) -> String {
    let mut p = String::from("%");
    for ch in part.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

impl Db<'_> {
    /// The people of a selection, by name.
    pub fn selected(&self, s: &Selection) -> Result<Vec<ContactMatch>> {
        let mut args = Vec::new();
        let sql = format!(
            "SELECT c.id, c.name, c.company, c.archived FROM contacts c WHERE 1{} \
             ORDER BY c.name_folded, c.id",
            conditions(s, &mut args)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The FTS5 expression of a recall search (`carnet search`'s words, stems and the last
    /// word as a prefix); when it matches nothing, with the words of five letters or more
    /// also matching their close spellings, as `search` does. `None` for no word.
    pub fn search_expression(&self, text: &str) -> Result<Option<String>> {
        let mut terms = parse_query(text);
        terms.truncate(super::search::MAX_TERMS);
        let Some(exact) = match_expression(&terms) else {
            return Ok(None);
        };
        if self.any_search_match(&exact)? {
            return Ok(Some(exact));
        }
        for t in &mut terms {
            if let Term::Word(w) = t {
                if w.may_be_misspelt() {
                    w.close = self.close_words(w)?;
                }
            }
        }
        Ok(match_expression(&terms))
    }

    /// Archives each of `ids` (or brings them back) in one statement; returns those that
    /// were not yet so, in the order of `ids`, once each.
    pub fn set_archived_many(
        &self,
        ids: &[ContactId],
        archived: bool,
        now: &str,
    ) -> Result<Vec<ContactId>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let json = super::listing::ids_json(ids);
        let changed = self.ids_in_order(
            "SELECT j.value FROM json_each(?1) j JOIN contacts c ON c.id = j.value
              WHERE c.archived != ?2 ORDER BY j.key",
            rusqlite::params![json, archived],
        )?;
        self.conn.execute(
            "UPDATE contacts SET archived = ?2, updated_at = ?3
              WHERE id IN (SELECT value FROM json_each(?1)) AND archived != ?2",
            rusqlite::params![json, archived, now],
        )?;
        Ok(changed)
    }

    fn any_search_match(&self, expr: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM search_people WHERE search_people MATCH ?1)",
            )?
            .query_row([expr], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests;
