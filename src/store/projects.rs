//! Projects and the roles contacts hold in them.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result, StoreError};
use crate::model::project::{
    role_order, ContactProject, Project, ProjectId, ProjectMember, ProjectSummary,
};
use crate::model::text::fold;
use crate::model::ContactId;

const PROJECT_COLUMNS: &str = "id, name, note, archived, created_at, updated_at";

fn project_row(r: &Row<'_>) -> rusqlite::Result<Project> {
    Ok(Project {
        id: r.get(0)?,
        name: r.get(1)?,
        note: r.get(2)?,
        archived: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

/// A change to a project: `None` leaves a field alone; `Some(None)` clears the note.
#[derive(Debug, Clone, Default)]
pub struct ProjectPatch {
    pub name: Option<String>,
    pub note: Option<Option<String>>,
    pub archived: Option<bool>,
}

fn sort_roles(roles: &mut [String]) {
    roles.sort_by_key(|r| role_order(r));
}

impl Db<'_> {
    /// Adds a project; its name must be new (compared folded).
    pub fn insert_project(&self, name: &str, note: Option<&str>, now: &str) -> Result<ProjectId> {
        if let Some(p) = self.project_named(name)? {
            return Err(StoreError::Conflict(format!(
                "a project named '{}' already exists (p{})",
                p.name, p.id
            )));
        }
        self.conn.execute(
            "INSERT INTO projects (name, name_folded, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![name, fold(name), note, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn get_project(&self, id: ProjectId) -> Result<Project> {
        self.conn
            .query_row(
                &format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE id = ?1"),
                [id],
                project_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "project",
                id,
            })
    }

    /// The project whose name folds like `name`.
    pub fn project_named(&self, name: &str) -> Result<Option<Project>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE name_folded = ?1"),
                [fold(name)],
                project_row,
            )
            .optional()?)
    }

    /// Projects whose folded name starts with the folded `prefix`, or has a word starting so.
    pub fn projects_matching(&self, prefix: &str) -> Result<Vec<Project>> {
        let f = fold(prefix);
        if f.is_empty() {
            return Ok(Vec::new());
        }
        let escaped = f
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PROJECT_COLUMNS} FROM projects
             WHERE name_folded LIKE ?1 ESCAPE '\\' OR name_folded LIKE ?2 ESCAPE '\\'
             ORDER BY archived, name_folded"
        ))?;
        let rows = stmt.query_map(
            params![format!("{escaped}%"), format!("% {escaped}%")],
            project_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every project with its member count and the roles filled.
    pub fn list_projects(&self, include_archived: bool) -> Result<Vec<ProjectSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.name, p.note, p.archived,
                    (SELECT count(DISTINCT contact_id) FROM project_roles WHERE project_id = p.id)
               FROM projects p WHERE ?1 OR p.archived = 0 ORDER BY p.name_folded",
        )?;
        let rows = stmt.query_map([include_archived], |r| {
            Ok(ProjectSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                note: r.get(2)?,
                archived: r.get(3)?,
                members: r.get(4)?,
                roles: Vec::new(),
            })
        })?;
        let mut list: Vec<ProjectSummary> = rows.collect::<rusqlite::Result<_>>()?;
        let mut roles = self.conn.prepare_cached(
            "SELECT role FROM project_roles WHERE project_id = ?1 GROUP BY role_folded",
        )?;
        for p in &mut list {
            p.roles = roles
                .query_map([p.id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            sort_roles(&mut p.roles);
        }
        Ok(list)
    }

    pub fn update_project(&self, id: ProjectId, p: &ProjectPatch, now: &str) -> Result<()> {
        let current = self.get_project(id)?;
        if let Some(name) = &p.name {
            if let Some(other) = self.project_named(name)?.filter(|o| o.id != id) {
                return Err(StoreError::Conflict(format!(
                    "a project named '{}' already exists (p{})",
                    other.name, other.id
                )));
            }
            self.conn.execute(
                "UPDATE projects SET name = ?2, name_folded = ?3 WHERE id = ?1",
                params![id, name, fold(name)],
            )?;
        }
        if let Some(note) = &p.note {
            self.conn.execute(
                "UPDATE projects SET note = ?2 WHERE id = ?1",
                params![id, note],
            )?;
        }
        if let Some(a) = p.archived {
            self.conn.execute(
                "UPDATE projects SET archived = ?2 WHERE id = ?1",
                params![id, a],
            )?;
        }
        self.conn.execute(
            "UPDATE projects SET updated_at = ?2 WHERE id = ?1",
            params![current.id, now],
        )?;
        Ok(())
    }

    pub fn delete_project(&self, id: ProjectId) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM projects WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound {
                what: "project",
                id,
            });
        }
        Ok(())
    }

    /// Gives `contact` the `role` in `project`; returns false when it already held that role
    /// (its note is then replaced when a new one is given).
    pub fn assign_role(
        &self,
        project: ProjectId,
        contact: ContactId,
        role: &str,
        note: Option<&str>,
        now: &str,
    ) -> Result<bool> {
        let n = self.exec(
            "INSERT OR IGNORE INTO project_roles (project_id, contact_id, role, role_folded, note, assigned_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![project, contact, role, fold(role), note, now],
        )?;
        if n == 0 && note.is_some() {
            self.conn.execute(
                "UPDATE project_roles SET note = ?4
                 WHERE project_id = ?1 AND contact_id = ?2 AND role_folded = ?3",
                params![project, contact, fold(role), note],
            )?;
        }
        self.exec(
            "UPDATE projects SET updated_at = ?2 WHERE id = ?1",
            params![project, now],
        )?;
        Ok(n > 0)
    }

    /// Removes `contact`'s roles in `project` (only `role` when given); returns how many.
    pub fn unassign_role(
        &self,
        project: ProjectId,
        contact: ContactId,
        role: Option<&str>,
        now: &str,
    ) -> Result<usize> {
        let n = match role {
            Some(r) => self.conn.execute(
                "DELETE FROM project_roles WHERE project_id = ?1 AND contact_id = ?2 AND role_folded = ?3",
                params![project, contact, fold(r)],
            )?,
            None => self.conn.execute(
                "DELETE FROM project_roles WHERE project_id = ?1 AND contact_id = ?2",
                params![project, contact],
            )?,
        };
        if n > 0 {
            self.conn.execute(
                "UPDATE projects SET updated_at = ?2 WHERE id = ?1",
                params![project, now],
            )?;
        }
        Ok(n)
    }

    /// A project's members grouped by role (standard roles first), each with the date they
    /// were last seen.
    pub fn project_members(&self, project: ProjectId) -> Result<Vec<(String, Vec<ProjectMember>)>> {
        let mut stmt = self.conn.prepare(
            "SELECT pr.role, c.id, c.name, pr.note, c.archived,
                    (SELECT max(e.date) FROM encounters e WHERE e.contact_id = c.id),
                    (SELECT count(*) FROM followups f
                      WHERE f.contact_id = c.id AND f.done_on IS NULL),
                    (SELECT min(f.due) FROM followups f
                      WHERE f.contact_id = c.id AND f.done_on IS NULL)
               FROM project_roles pr JOIN contacts c ON c.id = pr.contact_id
              WHERE pr.project_id = ?1
              ORDER BY c.name_folded, c.id",
        )?;
        let rows = stmt.query_map([project], |r| {
            Ok(ProjectMember {
                role: r.get(0)?,
                contact_id: r.get(1)?,
                name: r.get(2)?,
                note: r.get(3)?,
                archived: r.get(4)?,
                last_seen: r.get(5)?,
                open_followups: r.get(6)?,
                next_due: r.get(7)?,
            })
        })?;
        let mut groups: BTreeMap<(usize, String), (String, Vec<ProjectMember>)> = BTreeMap::new();
        for m in rows {
            let m = m?;
            groups
                .entry(role_order(&m.role))
                .or_insert_with(|| (m.role.clone(), Vec::new()))
                .1
                .push(m);
        }
        Ok(groups.into_values().collect())
    }

    /// The projects a contact belongs to, with the roles held in each.
    pub fn contact_projects(&self, contact: ContactId) -> Result<Vec<ContactProject>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, p.archived, pr.role
               FROM project_roles pr JOIN projects p ON p.id = pr.project_id
              WHERE pr.contact_id = ?1
              ORDER BY p.archived, p.name_folded, p.id",
        )?;
        let mut rows = stmt.query([contact])?;
        let mut out: Vec<ContactProject> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: ProjectId = r.get(0)?;
            let role: String = r.get(3)?;
            match out.last_mut() {
                Some(last) if last.project_id == id => last.roles.push(role),
                _ => out.push(ContactProject {
                    project_id: id,
                    name: r.get(1)?,
                    archived: r.get(2)?,
                    roles: vec![role],
                }),
            }
        }
        for p in &mut out {
            sort_roles(&mut p.roles);
        }
        Ok(out)
    }
}
