# carnet me: your own card (src/view/me.rs, src/commands/me.rs).

me-empty = Your card is empty.
me-empty-hint = hint: carnet me set --name "Your Name" --company … --email … --phone …
me-field-name = Name
me-field-company = Company
me-field-title = Title
me-field-email = Email
me-field-phone = Phone
me-field-url = Web
me-no-name = your card has no name yet
me-no-name-hint = set it first: carnet me set --name "Your Name" --email you@example.org
me-too-long = your card is too long to fit a QR code in an 80×40 terminal
me-too-long-hint = shorten some fields with carnet me set (the QR code holds name, company, phone, email and url)
me-nothing-to-set = nothing to set
me-nothing-to-set-hint = give at least one of --name, --company, --title, --email, --phone, --url
me-updated = Updated your card.
