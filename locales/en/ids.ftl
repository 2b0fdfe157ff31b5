# The ids people see and type: #12 contact, n12 note, m12 encounter, c12 card, f12
# follow-up, e12 event, p12 project, i12 invitation, r12 relation, o12 operation
# (src/model/ids.rs). $kind, $found: contact, note, encounter, card, followup, event,
# project, invitation, relation, operation.

# A kind of entry with its article, in a sentence.
id-kind = { $kind ->
     [contact] a contact
     [note] a note
     [encounter] an encounter
     [card] a card
     [followup] a follow-up
     [event] an event
     [project] a project
     [invitation] an invitation
     [relation] a relation
    *[operation] an operation
  }
id-invalid = invalid { $kind ->
         [contact] contact
         [note] note
         [encounter] encounter
         [card] card
         [followup] follow-up
         [event] event
         [project] project
         [invitation] invitation
         [relation] relation
        *[operation] operation
      } id '{ $raw }'
# "c12 is a card, not a follow-up"
id-wrong-kind = { $id } is { $found ->
         [contact] a contact
         [note] a note
         [encounter] an encounter
         [card] a card
         [followup] a follow-up
         [event] an event
         [project] a project
         [invitation] an invitation
         [relation] a relation
        *[operation] an operation
      }, not { $kind ->
         [contact] a contact
         [note] a note
         [encounter] an encounter
         [card] a card
         [followup] a follow-up
         [event] an event
         [project] a project
         [invitation] an invitation
         [relation] a relation
        *[operation] an operation
      }
id-form-hint = { $kind ->
         [contact] contact
         [note] note
         [encounter] encounter
         [card] card
         [followup] follow-up
         [event] event
         [project] project
         [invitation] invitation
         [relation] relation
        *[operation] operation
      } ids look like { $example }{ $kind ->
    [contact] {""}
   *[other] {" "}(12 and #12 work too)
  }; { $kind ->
    [operation] `carnet undo --list` shows them
    [followup] `carnet follow-up list` shows them
    [event] `carnet event list` shows them
    [project] `carnet project list` shows them
   *[other] `carnet show CONTACT` shows them
}
