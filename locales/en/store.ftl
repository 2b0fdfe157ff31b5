# The database file and what goes wrong with it (src/store/error.rs, src/lib.rs).

store-newer-schema = database { $path } has schema version { $found }, newer than this carnet knows ({ $known })
store-newer-schema-hint = upgrade carnet to open this database; it was left untouched
store-not-a-database = { $path } is not a carnet database (not an SQLite file, or damaged)
store-damaged = database { $path } is damaged: { $detail }
store-not-a-database-hint = point --db (or CARNET_DB) at a carnet database, or restore a backup made by `carnet backup`; the file was left untouched
store-read-only = database { $path } is read-only
store-read-only-hint = make the file writable (chmod u+w) or copy it somewhere writable
store-missing-folder = folder { $path } does not exist
store-missing-folder-hint = create the folder first, or choose another path
store-is-a-directory = { $path } is a folder, not a database file
store-busy = the database is busy: another carnet process kept it locked for more than { $seconds } seconds; nothing was changed
store-busy-hint = try again in a moment
# $what is one of the store-record- messages.
store-not-found = { $what } { $id } does not exist
store-record-contact = contact
store-record-event = event
store-record-follow-up = follow-up
store-record-card = card
store-record-project = project
store-record-note = note
store-record-encounter = encounter
store-record-invitation = invitation
store-record-relation = relation
store-database-error = database error: { $error }
store-cannot-read = cannot read { $path }
store-cannot-open = cannot open the database { $path }
store-upgraded = Upgraded the database schema; the previous version is kept in { $path }
store-no-home = cannot find a home folder for carnet's data
store-no-home-hint = set --db PATH or CARNET_DB to choose where the database lives
store-bad-now-hint = CARNET_NOW takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS
store-bad-now = invalid CARNET_NOW '{ $value }'
