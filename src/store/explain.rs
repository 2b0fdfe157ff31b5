//! `CARNET_EXPLAIN=FILE`: a diagnostic that appends to FILE the query plan (EXPLAIN QUERY
//! PLAN) of every SELECT the command ran, so benchmarks can show that the daily commands
//! use indexes rather than scanning large tables.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use rusqlite::trace::{TraceEvent, TraceEventCodes};
use rusqlite::Connection;

static STATEMENTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(sql: &str) {
    let trimmed = sql.trim_start();
    let is_query = ["SELECT", "WITH"].iter().any(|k| {
        trimmed
            .get(..k.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(k))
    });
    if is_query {
        if let Ok(mut list) = STATEMENTS.lock() {
            if !list.iter().any(|s| s == sql) {
                list.push(sql.to_owned());
            }
        }
    }
}

/// The file named by `CARNET_EXPLAIN`, if set.
pub fn target() -> Option<PathBuf> {
    std::env::var_os("CARNET_EXPLAIN")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

pub fn start(conn: &mut Connection) {
    let traced = conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_STMT,
        Some(|event: TraceEvent<'_>| {
            if let TraceEvent::Stmt(stmt, _) = event {
                record(&stmt.sql());
            }
        }),
    );
    if let Err(e) = traced {
        // i18n-ignore: a diagnostic for benchmarks (CARNET_EXPLAIN), not for people
        eprintln!("warning: cannot trace statements for CARNET_EXPLAIN: {e}");
    }
}

/// Writes the plans of the recorded statements; errors are reported on stderr only.
pub fn finish(conn: &mut Connection, path: &std::path::Path) {
    let _ = conn.trace_v2(TraceEventCodes::empty(), None::<fn(TraceEvent<'_>)>);
    let statements = STATEMENTS.lock().map(|l| l.clone()).unwrap_or_default();
    let mut text = String::new();
    let command: Vec<String> = std::env::args().skip(1).collect();
    // i18n-ignore: a diagnostic for benchmarks, in Markdown
    text.push_str(&format!("### `carnet {}`\n\n", command.join(" ")));
    for sql in statements {
        text.push_str("```sql\n");
        text.push_str(sql.trim());
        text.push_str("\n```\n```text\n");
        match plan(conn, &sql) {
            Ok(lines) => text.push_str(&lines),
            // i18n-ignore: a diagnostic for benchmarks
            Err(e) => text.push_str(&format!("(no plan: {e})\n")),
        }
        text.push_str("```\n\n");
    }
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        eprintln!(
            // i18n-ignore: a diagnostic for benchmarks (CARNET_EXPLAIN), not for people
            "warning: cannot write query plans to {}: {e}",
            path.display()
        );
    }
}

fn plan(conn: &Connection, sql: &str) -> rusqlite::Result<String> {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    // The plan does not depend on the values; bind NULLs so the statement can run.
    let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
    let mut rows = stmt.query(rusqlite::params_from_iter(nulls))?;
    let mut out = String::new();
    let mut depth: Vec<(i64, usize)> = Vec::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let parent: i64 = r.get(1)?;
        let detail: String = r.get(3)?;
        while depth.last().is_some_and(|(p, _)| *p != parent) {
            depth.pop();
        }
        let level = depth.last().map(|(_, l)| l + 1).unwrap_or(0);
        depth.push((id, level));
        out.push_str(&format!("{}{}\n", "  ".repeat(level), detail));
    }
    Ok(out)
}
