# carnet card scan: business cards and badges read from photos (src/commands/card/scan.rs,
# src/view/scan.rs, src/ops/scan/, src/scan/).

scan-cannot-ask = card scan cannot ask whose card each photo is: standard input is not a terminal
scan-cannot-ask-hint = pass --yes to file the cards (each to the person it names, or to --for CONTACT), or --json to print what is read without filing it

scan-no-such-photo = no such file or folder: { $path }
scan-empty-folder = no JPEG or PNG photo in the folder { $path }
scan-reads-photo-files = card scan reads .jpg, .jpeg and .png files
scan-cannot-read = cannot read { $path }: { $reason }
scan-not-a-photo = { $path } is not a photo carnet can read: { $reason }
# The reason given when a file is neither a JPEG nor a PNG.
scan-not-jpeg-png = not a JPEG or PNG file
scan-not-a-photo-hint = card scan reads JPEG and PNG photos

scan-tesseract-missing = Tesseract is not installed: carnet needs it to read the text printed on a card
scan-tesseract-no-language = Tesseract has neither its French nor its English data
scan-tesseract-cannot-run = cannot run tesseract: { $error }
scan-tesseract-failed = tesseract failed ({ $status }): { $detail }
scan-tesseract-refused = tesseract did not take the image: { $error }
# The hint after "Tesseract is not installed", one system a line.
scan-install-hint = install Tesseract with its French data:
    {"  "}Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fra
    {"  "}Fedora:        sudo dnf install tesseract tesseract-langpack-fra
    {"  "}macOS:         brew install tesseract tesseract-lang
    (a QR code with a vCard or MeCard is read without it)
scan-without-french = Tesseract has no French data: accented letters may be misread (Debian/Ubuntu: apt-get install tesseract-ocr-fra)
scan-qr-only = Tesseract is not installed: only the QR code was read

scan-already-filed = { $path }: already filed as card c{ $card } of #{ $contact } { $name }; skipped
scan-same-photo = { $path }: the same photo as { $other }, already filed as card c{ $card } of #{ $contact } { $name }; skipped

scan-nothing-read = nothing could be read on { $path }
scan-nothing-read-hint = a sharp photo taken from above, the card filling most of the frame, reads best
scan-no-name = no name was read on { $path }
scan-no-name-hint = pass --for CONTACT to file the card to someone, or scan it on a terminal to say whose it is
scan-name-taken = '{ $name }' is already a contact ({ $ids })
scan-name-taken-hint = add --for '#{ $id }' to file the card to them, or --new to create another contact

# What was read, shown before the question; the labels are aligned by the code.
scan-label-read = read:
scan-label-address = address:
scan-label-also = also:
scan-nothing-sorted = (no name, company or contact details)

scan-whose = Whose card is it?
scan-existing = existing { $who }
scan-new-contact = new contact: { $name }
scan-someone-else = someone else (type a name)
scan-skip = skip this photo
scan-ask-name = Name (Enter to skip the photo)
scan-file-to = File it as a card of { $who }?
scan-skipped = { $path }: skipped

scan-filed = Filed card c{ $card } for #{ $contact } { $name }
scan-filed-new = Filed card c{ $card } for #{ $contact } { $name } (new contact)
scan-filed-at = Filed card c{ $card } for #{ $contact } { $name } at { $event }
scan-filed-new-at = Filed card c{ $card } for #{ $contact } { $name } (new contact) at { $event }
scan-photo-failed = error: { $path }: { $error }

# The summary of a run of several photos: "Photos: 2 filed, 1 failed".
scan-summary = Photos: { $parts }
scan-count-read = { $count } read
scan-count-filed = { $count } filed
scan-count-skipped = { $count } skipped
scan-count-failed = { $count } failed
scan-some-failed = { $failed } of { $total } photos could not be filed
scan-some-unread = { $failed } of { $total } photos could not be read

# Correcting what was read, in the one-line person form of `carnet log`.
scan-correct = correct what was read
scan-correct-ask = Correct the card (name, company, title, email, phone, website; an empty line keeps it as read)
scan-corrected = → { $line }
scan-correct-via = a card does not say who introduced someone ('via { $who }'): say it with carnet edit once the card is filed
scan-correct-tags = a card carries no tags ({ $tags }): add them with carnet tag
