# carnet merge (src/commands/merge.rs). $o and $k are the two contacts named on one line.

merge-same = '{ $a }' and '{ $b }' are the same contact { $who }
merge-same-hint = name two different contacts, e.g. by id: carnet merge '#12' '#31'
merge-ask = Merge { $o } into { $k } and delete { $o }?
merge-refused = refusing to merge { $o } into { $k } without confirmation
merge-hint = pass --yes to merge: carnet merge '{ $keep }' '{ $other }' --yes
merge-nothing = Nothing merged.
merge-done = Merged { $other } { $other_name } into { $keep } { $keep_name }
merge-done-moved = Merged { $other } { $other_name } into { $keep } { $keep_name } (moved { $moved })
# What was moved, by table: merge-rows-TABLE.
merge-rows-contact_emails = { $count ->
    [one] { $count } email
   *[other] { $count } emails
}
merge-rows-contact_phones = { $count ->
    [one] { $count } phone
   *[other] { $count } phones
}
merge-rows-contact_links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
merge-rows-contact_tags = { $count ->
    [one] { $count } tag
   *[other] { $count } tags
}
merge-rows-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
merge-rows-invitations = { $count ->
    [one] { $count } invitation
   *[other] { $count } invitations
}
merge-rows-encounters = { $count ->
    [one] { $count } encounter
   *[other] { $count } encounters
}
merge-rows-cards = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
merge-rows-followups = { $count ->
    [one] { $count } follow-up
   *[other] { $count } follow-ups
}
merge-rows-project_roles = { $count ->
    [one] { $count } project role
   *[other] { $count } project roles
}
merge-rows-contacts = { $count ->
    [one] { $count } introduction
   *[other] { $count } introductions
}
