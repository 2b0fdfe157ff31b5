# Correcting and removing the entries of a contact's history by their ids (n12 note, m12
# encounter, c12 card, f12 follow-up): carnet note edit, carnet met edit, carnet card edit,
# carnet rm ID (src/ops/entry.rs, src/commands/entry/). $kind: note, encounter, card,
# followup, event, project, invitation, relation, contact, operation.


# "note n12 of #3 Zoë Tremblay"
entry-of = { $kind ->
    [note] note
    [encounter] encounter
    [card] card
    [followup] follow-up
    [event] event
    [project] project
    [invitation] invitation
    [relation] relation
    [contact] contact
   *[other] operation
  } { $id } of { $contact } { $name }
entry-alone = { $kind ->
    [note] note
    [encounter] encounter
    [card] card
    [followup] follow-up
    [event] event
    [project] project
    [invitation] invitation
    [relation] relation
    [contact] contact
   *[other] operation
  } { $id }
entry-no-such = no { $kind ->
    [note] note
    [encounter] encounter
    [card] card
    [followup] follow-up
    [event] event
    [project] project
    [invitation] invitation
    [relation] relation
    [contact] contact
   *[other] operation
  } { $id }
entry-no-such-hint = { $kind ->
    [followup] `carnet follow-up list` shows the follow-ups with their ids
    [card] `carnet card list` shows the cards with their ids
   *[other] `carnet show CONTACT` shows each entry of their history with its id
  }
entry-not-removable = { $id } is { $kind ->
    [event] an event
    [project] a project
    [invitation] an invitation
    [relation] a relation
    [contact] a contact
   *[other] an operation
  }: `carnet rm` takes contacts, notes (n12), encounters (m12), cards (c12), follow-ups (f12) and ties (r12)
entry-not-removable-hint = { $kind ->
    [event] `carnet event rm { $id }` deletes an event
    [project] `carnet project rm { $id }` deletes a project
    [contact] `carnet rm { $id }` deletes a contact
   *[other] `carnet undo --list` shows the operations
  }
# Asked before removing, on a terminal.
entry-rm-ask = { $count ->
    [one] Delete { $what }?
   *[other] Delete these { $count } entries: { $what }?
  }
entry-rm-refused = refusing to delete { $what } without confirmation
entry-rm-refused-hint = pass --yes to delete: carnet rm { $ids } --yes
entry-rm-nothing = Nothing deleted.
entry-removed = Deleted { $what }
entry-removed-undo = `carnet undo` brings { $count ->
    [one] it
   *[other] them
  } back
entry-edited = Changed { $what }
entry-nothing-to-change = nothing to change in { $id }: give what to change as a flag
entry-nothing-to-change-hint = { $kind ->
    [note] e.g. carnet note edit { $id } --text "…" --on 2026-11-20
    [encounter] e.g. carnet met edit { $id } --on hier --how coffee --note "…"
   *[other] e.g. carnet card edit { $id } --company "…" --email …
  }
entry-empty-text = the note's text is empty
entry-empty-text-hint = to remove the note: carnet rm { $id }
entry-unchanged = Nothing changed.
