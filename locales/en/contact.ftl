# A contact: carnet show (src/view/contact.rs), list, and what add, edit, rm, note, tag,
# untag, archive and unarchive say. $id is "#12"; $name a contact's name.

contact-archived = [archived]

# The fields of carnet show.
contact-field-company = Company
contact-field-title = Title
contact-field-emails = Emails
contact-field-phones = Phones
contact-field-links = Links
contact-field-addresses = Addresses
contact-field-city = City
contact-field-tags = Tags
contact-field-birthday = Birthday
contact-field-how-met = How met
contact-field-keep-in-touch = Keep in touch
contact-field-introduced-by = Introduced by
contact-field-introduced = Introduced you to
contact-field-last-seen = Last seen
contact-field-projects = Projects
contact-field-added = Added
# A project in the Projects field: its name and the contact's roles in it.
contact-project = { $project } ({ $roles })
contact-project-archived = { $project } ({ $roles }, archived)

contact-section-followups = Follow-ups
contact-section-cards = Cards
contact-section-timeline = Timeline
contact-followup-every = { $what }, { $every }
contact-met-at = Met at { $event }
contact-met-how = Met ({ $how })
contact-met-note = { $met }: { $note }
contact-note = Note: { $text }
# The follow-up planned at a meeting, under it in the history.
contact-follow-up = follow up: { $due }: { $what }
contact-follow-up-done = follow up: { $due }: { $what }; done { $done }

# The columns of carnet list.
contact-list-id = ID
contact-list-name = NAME
contact-list-company = COMPANY
contact-list-title = TITLE
contact-list-tags = TAGS
contact-list-city = CITY
contact-list-email = EMAIL
contact-list-none = No contacts.

contact-added = Added { $id } { $name }
contact-same-name = note: { $id } is also named { $name }; use the ids to tell them apart
contact-updated = Updated { $id } { $name }
contact-no-changes = No changes.
contact-nothing-to-change = nothing to change on { $id } { $name }
contact-nothing-to-change-hint = pass a flag such as --company, --add-email or --add-tag (see `carnet edit --help`), or run on a terminal to open $EDITOR
contact-had-no = note: { $id } had no '{ $value }' to remove
contact-self-introduced = '{ $who }' is the contact being edited
contact-self-introduced-hint = a contact cannot be introduced by themselves
contact-note-empty = the note is empty
contact-note-empty-hint = give the note's text after the contact
contact-noted = Noted for { $id } { $name }
contact-rm-ask = Delete { $who } and all their notes?
contact-rm-refused = refusing to delete { $who } without confirmation
contact-rm-hint = pass --yes to delete: carnet rm '{ $id }' --yes
contact-deleted = Deleted { $id } { $name }
contact-tags-had = { $id } { $name } already had those tags
contact-tagged = Tagged { $id } { $name }: { $tags }
contact-tags-had-none = { $id } { $name } had none of those tags
contact-untagged = Untagged { $id } { $name }: { $tags }
contact-already-archived = { $id } { $name } is already archived
contact-not-archived = { $id } { $name } is not archived
contact-archived-now = Archived { $id } { $name }
contact-unarchived-now = Unarchived { $id } { $name }
