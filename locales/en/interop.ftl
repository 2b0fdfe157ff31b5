# Imports and exports: the reports of import, a restore and an export into a folder
# (src/view/interop.rs), and what import and export say (src/commands/, src/ops/).

interop-restored = Restored { $rows } rows in { $tables } tables from { $file }
interop-would-restore = Would restore { $rows } rows in { $tables } tables from { $file }
interop-vdir = { $folder }: { $written } written, { $unchanged } unchanged, { $removed } removed
interop-exported-contacts = Exported { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} to { $path }
interop-exported-calendar = Exported { $count ->
    [one] { $count } calendar item
   *[other] { $count } calendar items
} to { $path }

export-filter-not-here = --tag and --project filter contacts: they apply to vcard and csv exports
export-filter-not-here-hint = a JSON export is the whole database; an ics export holds every event and follow-up
export-vdir-kinds = --vdir writes vcard or ics exports
export-vdir-kinds-hint = use -o FILE for csv and json

import-cannot-read = cannot read '{ $path }'
import-no-such-file = no such file '{ $path }'
import-no-such-file-hint = give a .vcf, .csv or .json file, or a folder of .vcf files
import-cannot-read-folder = cannot read the folder { $path }
import-no-vcf = no .vcf files in '{ $path }'
import-no-vcf-hint = a folder is read as a vdir: one or more .vcf files
import-cannot-import = cannot import '{ $path }'
import-newer = '{ $path }' was exported from a newer carnet (schema { $found }, this one knows { $known })
import-newer-hint = upgrade carnet to import it
import-not-empty = cannot restore '{ $path }': the database is not empty
import-not-empty-hint = a JSON export restores a whole database into an empty one: carnet --db new.db import FILE
import-cannot-restore = cannot restore '{ $path }'
import-not-json-export = not a carnet JSON export: { $error }
import-not-json-format = not a carnet JSON export (format '{ $format }')
import-json-newer = JSON export format version { $found } is newer than this carnet knows ({ $known })

export-cannot-write-csv = cannot write the CSV
export-no-folder = cannot write { $path }: folder { $folder } does not exist
export-no-folder-hint = create the folder first, or give another path with -o
export-cannot-write-why = cannot write { $path }: { $why }
export-cannot-write = cannot write { $path }
export-cannot-create-folder = cannot create the folder { $path }
export-not-a-folder = '{ $path }' is not a folder
export-not-a-folder-hint = --vdir takes a folder, created when missing

# Issue 17: matching, sync, region.
# How an imported record was found to be a contact already there (shown in brackets after
# "updated #12 Name").
interop-matched-phone = same phone number
interop-matched-name = same name and another fact in common
# A record added as a new contact that has only the name of another: never merged.
interop-possible-duplicate = added #{ $id } { $name } ({ $file }:{ $line }): possible duplicate of #{ $of }, only the name is the same
interop-possible-duplicate-hint = if they are one person: carnet merge #{ $of } #{ $id }
# A note added to a contact when a field was changed both in carnet and on the other side
# of a sync: carnet's value stays, the other is kept here.
sync-conflict-note = Sync conflict: { $field } was changed on the other side too, to: { $value }
sync-merged = took the other side's edits: #{ $id } { $name }
sync-conflict = conflict on #{ $id } { $name }: { $field } is { $ours } here and { $theirs } on the other side; kept { $ours }, the other value is in a note
sync-deleted = deleted #{ $id } { $name } (deleted on the other side)
sync-deletion-held = not deleted: #{ $id } { $name } (deleted on the other side)
sync-deletions-hint = { $count ->
    [one] the other side deleted this contact: run the import again with --yes to delete it here too
   *[other] the other side deleted these { $count } contacts: run the import again with --yes to delete them here too
}
sync-too-many-hint = that is more than a tenth of the synced contacts: check the other side, then add --force to delete them all
sync-summary = synced folder: { $unchanged } unchanged since the last export, { $merged } took edits, { $conflicts } conflicts
config-region-set = Phone numbers without a country code are now read in { $region } (set in { $path }).
config-region-unset = Region setting removed from { $path }; phone numbers follow the locale's country again.
config-region-none = none: only numbers with a country code are compared
