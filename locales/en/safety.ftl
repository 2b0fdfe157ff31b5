# The database file and its safety: files carnet refuses, backups, restore, check
# (src/store/, src/commands/{backup,restore,check}.rs, src/view/database.rs).

## Files carnet refuses to open

# $kind: what the file is.
store-not-regular = { $path } is { $kind ->
    [fifo] a named pipe (FIFO)
    [char] a character device
    [block] a block device
    [socket] a socket
    [dir] a folder
   *[other] a special file
}, not a regular file
store-not-regular-hint = point --db (or CARNET_DB) at a carnet database file, or at a path where carnet may create one
store-foreign = { $path } is not a carnet database: { $detail }
# The details of store-foreign. $id is written in hexadecimal, e.g. 0x0f055112.
store-foreign-marked = it is another program's SQLite database (application id { $id })
store-foreign-unmarked = it is another program's SQLite database
store-foreign-version = it is another program's SQLite database (user_version { $version }, without carnet's mark)
store-foreign-tables = its user_version is { $version }, but it lacks what carnet's schema { $version } has ({ $missing })
store-missing-table = no table { $table }
store-missing-column = no column { $column } in table { $table }
store-not-yours = cannot write to database { $path }: it belongs to { $owner }
store-not-yours-hint = run carnet as { $owner }, or copy the file somewhere of yours and point --db at the copy
store-owner-named = the user { $name } (uid { $uid })
store-owner-uid = the user with uid { $uid }
store-read-only-folder = cannot write in the folder { $folder }, where carnet keeps { $wal } beside the database
store-read-only-folder-hint = make the folder writable for you, or move the database to a folder you can write to
store-read-only-fs = { $path } is on a read-only file system
store-read-only-fs-hint = copy the database to a writable disk and point --db at the copy
store-disk-full = the disk holding { $folder } is full
store-disk-full-hint = free some space on that disk, then run the command again
store-cannot-use-folder = cannot use the folder { $folder }

## Backups

store-damaged-source = the database { $path } is damaged ({ $first }): no backup was made, none was removed
store-damaged-source-hint = `carnet check` shows the damage and the command to restore the newest good backup (`carnet restore BACKUP`)
store-copy-damaged = the copy failed its check ({ $first }); it was removed
store-cannot-create-in = cannot create a file in { $folder }
store-cannot-write = cannot write { $path }
store-cannot-list = cannot list { $folder }
store-cannot-remove-backup = cannot remove the old backup { $path }
store-cannot-set-mode = cannot set permissions on { $path }
store-backup-exists = { $path } already exists; a backup never replaces a file
# After "Backed up to …", for each damaged backup found while rotating.
backup-damaged-kept = the backup { $path } is damaged; it is not counted among the { $keep } kept and was left in place

## Restore

store-missing-backup = the backup { $path } does not exist
store-missing-backup-hint = give the path of a file written by `carnet backup` (carnet-backup-….db, beside the database by default)
store-restore-itself = { $path } is the database itself, not a backup of it
store-restore-itself-hint = give the path of a backup written by `carnet backup`
store-backup-in-use = the backup { $path } is in use, or was not closed: { $wal } is beside it
store-backup-in-use-hint = close what has it open, or run `carnet --db { $path } check` once to fold the log in; nothing was changed
store-in-use = the database { $path } is in use by another carnet (or another program)
store-in-use-hint = close it (a `carnet log` session, a sync) and run the command again; nothing was changed
store-integrity-fails = SQLite's integrity check fails ({ $first })
store-cannot-create-folder = cannot create folder { $folder }
store-cannot-keep-aside = cannot keep { $path } aside as { $aside }
store-cannot-move-aside = cannot move { $path } aside
store-cannot-remove = cannot remove { $path }
# On stderr after `carnet restore`.
restore-done = Restored { $backup } into { $database }
restore-kept-aside = The database as it was is kept in { $aside }
restore-kept-aside-wal = The database as it was is kept in { $aside } (with its write-ahead log, { $wal })

## carnet check

# The name of a check, as `carnet check` prints it (its JSON name stays English).
check-name-integrity = integrity
check-name-foreign-keys = foreign keys
check-name-name-index = contact name index
check-name-search-index = search index
check-name-reconnect-dates = reconnect dates
check-name-fts = full-text index { $table }
check-name-fts-all = full-text indexes
check-ok = { $check }: ok
check-problems = { $check }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
# SQLite stopped counting at its limit.
check-problems-at-least = { $check }: at least { $count } problems
check-more = … and { $count } more
check-more-at-least = … and at least { $count } more
# A check that damage stopped midway; $error is SQLite's message.
check-stopped = could not be checked to the end: { $error }
check-rebuilt = Rebuilt the { $index }
check-damaged = the database { $path } is damaged: SQLite's checks found { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
check-damaged-at-least = the database { $path } is damaged: SQLite's checks found at least { $count } problems
check-found = the database check found { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $path }
check-found-hint = `carnet check --repair` rebuilds the search indexes from the data
# $command: the exact command, e.g. carnet restore /home/zoe/.local/share/carnet/carnet-backup-20261122-090000-000000.db
check-restore-hint = restore the newest good backup: { $command } (the database as it is now is kept aside)
check-no-backup-hint = no good backup was found beside the database; save what can still be read first: carnet export json -o rescue.json
check-repair-refused = will not repair { $path }: it is damaged ({ $first }), and a repair writes into the file

## carnet backup

backup-done = Backed up to { $path }
backup-removed = Removed the old backup { $path }
backup-not-pruned = the backup was written, but older ones could not be removed

## Editing in $EDITOR while another carnet writes (src/ui/editor.rs, src/commands/contact/edit.rs)

editor-cannot-merge = cannot merge your changes with the record as it now is
# At the top of the file when it re-opens, each line after "# ".
editor-conflict = while you were editing, another change to this record was saved:
# $ours, $theirs, $base: values as written in the file, e.g. "Vœux & Cie".
editor-conflict-field =   { $field }: you wrote { $ours }, it is now { $theirs } (it was { $base })
editor-conflict-end = Below is your version, with the other changes merged in: save it to keep it, or change it.
editor-contact-gone = contact #{ $id } was removed while you were editing it

## Text that is not text (src/model/validate.rs)

# $field: what was typed (name, company, note…); $value: it, with unsafe characters
# written as \u{202e}; $code: the character, e.g. U+202E.
validate-bidi = invalid { $field } '{ $value }': it holds a bidirectional control character ({ $code }), which would change how the text around it is shown
# $codes: the characters there are, e.g. U+200B U+FEFF.
validate-invisible = invalid { $field }: it has no visible character (only { $codes })
# A JSON export refused: $row counts from 1 in the table's list.
json-unsafe-text = row { $row } of table { $table } has control characters in its { $column }: '{ $value }'; a JSON export with them is refused whole

## export -o

export-is-folder = cannot write the export to { $path }: it is a folder
export-is-folder-hint = give a file name in that folder with -o, or use --vdir to write one file per contact
# $kind: what the file is.
export-special = cannot write the export to { $path }: it is { $kind ->
    [block] a block device
    [socket] a socket
   *[other] a special file
}
export-special-hint = give a file name with -o, or - for standard output
export-cannot-read-link = cannot read the symbolic link { $path }
export-link-loop = { $path } leads through more than { $count } symbolic links (a loop?)
# On stderr before "Exported … to TARGET" when -o named a symbolic link.
export-through-link = { $link } is a symbolic link: the export goes to the file it points to, { $target }
