# Imports and exports: the reports of import, a restore and an export into a folder
# (src/view/interop.rs), and what import and export say (src/commands/, src/ops/).

interop-updated-uid = updated { $id } { $name } (same UID)
interop-updated-email = updated { $id } { $name } (same email)
interop-skipped = skipped { $file }:{ $line }: { $reason }
interop-imported = Imported: { $added } added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
interop-would-import = Would import: { $added } added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped (dry run: nothing written)
interop-restored = Restored { $rows } rows in { $tables } tables from { $file }
interop-would-restore = Would restore { $rows } rows in { $tables } tables from { $file }
interop-vdir = { $folder }: { $written } written, { $unchanged } unchanged, { $removed } removed
interop-nothing-in = note: no contacts found in { $file } (read as { $format }; --format chooses another)
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
