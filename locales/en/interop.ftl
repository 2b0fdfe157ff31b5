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
