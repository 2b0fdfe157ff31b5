# How an imported record was found to be a contact already there (shown in brackets after
# "updated #12 Name").
interop-matched-phone = same phone number
interop-matched-name = same name and another fact in common
# A record added as a new contact that has only the name of another: never merged.
interop-possible-duplicate = added #{ $id } { $name } ({ $file }:{ $line }): possible duplicate of #{ $of }, only the name is the same
interop-possible-duplicate-hint = if they are one person: carnet merge #{ $of } #{ $id }
# A note added to a contact when a field was changed both in carnet and on the other side
# of a sync: carnet's value stays, the other is kept here.
sync-conflict-note = Sync conflict: { $field } was changed on the other side too, to: { $value }
sync-merged = took the other side's edits: #{ $id } { $name }
sync-conflict = conflict on #{ $id } { $name }: { $field } is { $ours } here and { $theirs } on the other side; kept { $ours }, the other value is in a note
sync-deleted = deleted #{ $id } { $name } (deleted on the other side)
sync-deletion-held = not deleted: #{ $id } { $name } (deleted on the other side)
sync-deletions-hint = { $count ->
    [one] the other side deleted this contact: run the import again with --yes to delete it here too
   *[other] the other side deleted these { $count } contacts: run the import again with --yes to delete them here too
}
sync-too-many-hint = that is more than a tenth of the synced contacts: check the other side, then add --force to delete them all
sync-summary = synced folder: { $unchanged } unchanged since the last export, { $merged } took edits, { $conflicts } conflicts
config-region-set = Phone numbers without a country code are now read in { $region } (set in { $path }).
config-region-unset = Region setting removed from { $path }; phone numbers follow the locale's country again.
config-region-none = none: only numbers with a country code are compared
