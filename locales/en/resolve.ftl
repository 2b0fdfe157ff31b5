# Naming a contact or a project on the command line, and what is said when the name fits
# nobody or several (src/ctx.rs). $noun is one of the resolve-noun- messages.

resolve-noun-contact = contact
resolve-noun-project = project
resolve-nouns-contact = contacts
resolve-nouns-project = projects
resolve-no-such-id = no { $noun } { $id }
resolve-no-such-id-hint = `{ $list }` shows every { $noun } with its id
resolve-no-match = no { $noun } matches '{ $what }'
resolve-no-match-hint = `{ $list }` shows every { $noun }; `{ $add }` adds one
resolve-did-you-mean = did you mean { $names }?
# Between two names in "did you mean …?".
resolve-or = { " " }or{ " " }
resolve-several = Several { $nouns } match '{ $what }'
resolve-many = '{ $what }' matches { $count } { $nouns }:
resolve-many-hint = name one by id, e.g. { $id }
resolve-add-contact = carnet add NAME
resolve-add-project = carnet project add NAME
