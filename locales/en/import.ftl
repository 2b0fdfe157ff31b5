# The report of `carnet import` (src/view/interop.rs), on stderr, and the errors of reading
# a contact file (src/formats/, src/ops/import.rs). Variables: $file is a file name, $line a
# line number, $size a size from import-size-*.

# A contact updated by the import, and what matched it.
import-updated = updated #{ $id } { $name } ({ $by })
import-matched-uid = same UID
import-matched-email = same email
# A record of the file not imported, and why (one of import-skip-*).
import-skipped = skipped { $file }:{ $line }: { $reason }
# A record imported without part of it, and what (one of import-cut-*).
import-shortened = shortened { $file }:{ $line }: { $reason }
import-nothing-in = note: no contacts found in { $file } (read as { $format }; --format chooses another)
# The last line. $from is a file name or import-files; each count is given as a number
# ($total, for plurals) and as text, its digits grouped ($total_text).
import-summary = Read { $total ->
        [one] { $total_text } record
       *[other] { $total_text } records
    } from { $from }: { $added ->
       *[other] { $added_text } added
    }, { $updated ->
       *[other] { $updated_text } updated
    }, { $unchanged ->
       *[other] { $unchanged_text } unchanged
    }, { $skipped ->
       *[other] { $skipped_text } skipped
    }
import-summary-shortened = { $summary }, { $shortened ->
       *[other] { $shortened_text } shortened
    }
import-summary-dry-run = { $summary } (dry run: nothing written)
import-files = { $count } files

import-skip-no-name-card = no name: the card has no FN, N, ORG or EMAIL
import-skip-no-name-row = no name: the row has no name, email or company
import-skip-quote = a quote opened on line { $line } is never closed ({ $how }); the row is left out and reading goes on at line { $next }
import-quote-end-of-file = it is still open at the end of the file
import-quote-swallows-rows = the lines after it are rows of their own
import-quote-too-long = its field would run on for more than { $size }
import-skip-line-too-long = the line is longer than { $size }: the row is left out
import-skip-refused = refused by the database: { $why }

import-cut-too-long = { $field } is longer than { $size }: its first { $kept } bytes were kept
import-cut-not-a-property = this line is not a vCard property (NAME:value): left out
import-cut-no-end-before = the card has no END:VCARD before the BEGIN:VCARD of line { $next }: it may be incomplete
import-cut-no-end = the file ends before the card's END:VCARD: it may be incomplete
import-cut-nested = the card begun on line { $line } inside this one, without AGENT, was left out
import-cut-card-too-large = the card holds more than { $size } of values: the rest of it was left out

import-size-mib = { $n } MiB
import-size-kib = { $n } KiB
import-size-bytes = { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }

# A CSV file that cannot be read as contacts at all.
import-csv-no-header = no header row naming known columns (name, email, …) in its first { $within } lines
# Reading the files given to import (src/ops/import.rs).
import-json-in-folder = '{ $file }' is a JSON export: it is imported on its own, not from a folder
import-json-on-its-own = '{ $file }' is read as a carnet JSON export on its own
# $format is the name of a format (vCard, CSV, Google CSV, LinkedIn CSV); $why one of import-csv-*.
import-cannot-read-as = cannot import '{ $file }' as { $format }: { $why }
import-cannot-read-as-hint = if it is a vCard or a JSON export, say so with --format vcard or --format json
