# Ties between people: carnet relate, carnet unrelate, the "Ties" of carnet show
# (src/commands/relate.rs, src/view/contact.rs). $kind: partner, family, friend,
# colleague, works-for, came-with, or a word the person typed (shown as typed).

# A tie as seen from one side, followed by the other person: "partner", "works for",
# "employs" (the other side of works for), "came with". $direction: out (this contact is
# $kind of the other: "mentor of"), in (the other is $kind of this contact: "mentor").
relation-kind = { $kind ->
    [partner] partner
    [family] family
    [friend] friend
    [colleague] colleague
    [works-for] { $direction ->
        [in] employs
       *[out] works for
    }
    [came-with] came with
   *[other] { $direction ->
        [in] { $custom }
       *[out] { $custom } of
    }
  }
# One line of the Ties section of carnet show: "r3  partner  #2 Michel Astre".
relation-line = { $id }  { $kind }  { $contact } { $name }{ $archived ->
    [yes] {" "}[archived]
   *[no] {""}
  }
relation-section = Ties
relation-added = Tied { $contact } { $name } to { $other } { $other_name }: { $kind } ({ $id })
relation-exists = { $contact } { $name } and { $other } { $other_name } are already tied so ({ $id })
relation-self = a contact cannot be tied to themselves ('{ $contact }')
relation-self-hint = name two different people: carnet relate CONTACT OTHER --as partner

# An import: a tie a card carried to someone found neither in the files nor in the
# notebook (the card itself is imported).
relation-import-not-found = no one named '{ $whom }' to tie as { $kind }
relation-import-line = not tied { $file }:{ $line }: { $reason }
