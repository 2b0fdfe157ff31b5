# carnet tags and tags cadence (src/view/tag.rs, src/commands/tags.rs).

tags-list-tag = TAG
tags-list-contacts = CONTACTS
tags-list-cadence = CADENCE
tags-list-none = No tags.
tags-cadence-set = Contacts tagged { $tag }: keep in touch { $every }
tags-cadence-cleared = Contacts tagged { $tag }: no keep-in-touch cadence
tags-one-expected = expected one tag, got '{ $tag }'
tags-none = no tag '{ $tag }'
tags-none-hint = `carnet tags` lists the tags
tags-unused = note: no contact carries the tag { $tag } yet
