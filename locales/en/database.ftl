# The database file: backup and check (src/view/database.rs, src/commands/backup.rs,
# src/commands/check.rs).

backup-done = Backed up to { $path }
backup-removed = Removed the old backup { $path }
backup-not-pruned = the backup was written, but older ones could not be pruned

check-ok = { $check }: ok
check-problems = { $check }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
check-rebuilt = Rebuilt the { $index }
check-failed = the database check found { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $path }
check-failed-hint = `carnet check --repair` rebuilds the search indexes; for anything else, restore a backup made by `carnet backup`
# The names of the checks.
check-integrity = integrity
check-foreign-keys = foreign keys
check-name-index = contact name index
check-search-index = search index
check-reconnect-dates = reconnect dates
check-full-text = full-text index { $table }
