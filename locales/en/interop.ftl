# How an imported record was found to be a contact already there (shown in brackets after
# "updated #12 Name").
interop-matched-phone = same phone number
interop-matched-name = same name and another fact in common
# A record added as a new contact that has only the name of another: never merged.
interop-possible-duplicate = added #{ $id } { $name } ({ $file }:{ $line }): possible duplicate of #{ $of }, only the name is the same
interop-possible-duplicate-hint = if they are one person: carnet merge #{ $of } #{ $id }
