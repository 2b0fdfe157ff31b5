# The operation log: carnet undo, carnet redo, carnet undo --list (src/store/history.rs,
# src/commands/undo.rs, src/view/history.rs).

# A record named in an undo's refusal: `key` is its id.
history-row = { $table ->
    [contacts] contact #{ $key }
    [notes] note n{ $key }
    [encounters] encounter m{ $key }
    [cards] card c{ $key }
    [followups] follow-up f{ $key }
    [invitations] invitation i{ $key }
    [relations] relation r{ $key }
    [events] event e{ $key }
    [projects] project p{ $key }
    [tags] tag { $key }
    [contact_emails] email { $key }
    [contact_phones] phone number { $key }
    [contact_links] link { $key }
   *[other] row { $key } of { $table }
}

history-nothing-to-undo = nothing to undo
history-nothing-to-undo-hint = `carnet undo --list` shows the operations the log keeps
history-nothing-to-redo = nothing to redo
history-nothing-to-redo-hint = redo re-applies what `carnet undo` took back, until another command changes the database
history-no-such-operation = no operation o{ $id } in the log
history-no-such-operation-hint = `carnet undo --list` shows the operations the log keeps
history-already-undone = o{ $id } is already undone
history-already-undone-hint = `carnet redo` re-applies the operation undone last
history-undo-of = o{ $id } is the undoing of o{ $target }, not a command
history-undo-of-hint = `carnet redo` re-applies o{ $target }
history-redo-of = o{ $id } is the redoing of o{ $target }, not a command
history-redo-of-hint = `carnet undo o{ $target }` takes it back again
history-changed-since = cannot { $undo ->
    [yes] undo
   *[no] redo
  } o{ $id }: o{ $later } changed the same record since ({ $row })
history-later-first-hint = undo o{ $later } first (`carnet undo o{ $later }`), or leave o{ $id } as it is
history-would-touch-later = cannot { $undo ->
    [yes] undo
   *[no] redo
  } o{ $id }: it would also take back what o{ $later } did since ({ $row })
history-would-touch = cannot { $undo ->
    [yes] undo
   *[no] redo
  } o{ $id }: it would also change { $row }, which it did not change
history-cannot-apply = cannot { $undo ->
    [yes] undo
   *[no] redo
  } o{ $id } cleanly: { $detail }

# A bulk write (an import) that the log could not record faithfully; a defect of carnet.
history-bulk-unrecorded = a bulk write added rows to { $table } that the operation log cannot record (below the table's highest id)

# A bound of the log set in the environment that is not a number (CARNET_UNDO_KEEP,
# CARNET_UNDO_DAYS).
history-bad-bound = invalid { $var } '{ $value }'
history-bad-bound-hint = CARNET_UNDO_KEEP is how many operations `carnet undo` keeps (1 or more, 1000 by default); CARNET_UNDO_DAYS how many days (0: whatever their age; 90 by default)

# What an operation changed in one table, in `carnet undo --list` and after an undo: a
# count and the name of the table's records.
history-table = { $table ->
    [contacts] { $count ->
        [one] contact
       *[other] contacts
    }
    [notes] { $count ->
        [one] note
       *[other] notes
    }
    [encounters] { $count ->
        [one] encounter
       *[other] encounters
    }
    [cards] { $count ->
        [one] card
       *[other] cards
    }
    [followups] { $count ->
        [one] follow-up
       *[other] follow-ups
    }
    [invitations] { $count ->
        [one] invitation
       *[other] invitations
    }
    [events] { $count ->
        [one] event
       *[other] events
    }
    [projects] { $count ->
        [one] project
       *[other] projects
    }
    [tags] { $count ->
        [one] tag
       *[other] tags
    }
    [contact_tags] { $count ->
        [one] tagging
       *[other] taggings
    }
    [contact_emails] { $count ->
        [one] email
       *[other] emails
    }
    [contact_phones] { $count ->
        [one] phone number
       *[other] phone numbers
    }
    [contact_links] { $count ->
        [one] link
       *[other] links
    }
    [relations] { $count ->
        [one] relation
       *[other] relations
    }
   *[other] { $count ->
        [one] row of { $table }
       *[other] rows of { $table }
    }
  }
# "+2 contacts (Zoë, Łukasz)": added (+), changed (~) or removed (−).
history-change = { $sign }{ $count } { $rows }
history-change-named = { $sign }{ $count } { $rows } ({ $names })
history-no-change = no change
# One line of `carnet undo --list`: the operation, when, what it was (what it changed follows on the next line).
history-line = { $id }  { $when }  { $command }{ $state ->
    [undone] {"  "}[undone]
    [undo] {"  "}[undo of o{ $target }]
    [redo] {"  "}[redo of o{ $target }]
   *[do] {""}
  }
history-log-empty = The operation log is empty: nothing to undo.
# After `carnet undo` / `carnet redo`.
history-undone = Undid o{ $id } ({ $command }): { $changes }
history-redone = Redid o{ $id } ({ $command }): { $changes }
history-redo-hint = `carnet redo` puts it back
