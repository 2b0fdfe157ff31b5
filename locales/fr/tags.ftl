# carnet tags et tags cadence (src/view/tag.rs, src/commands/tags.rs).

tags-list-tag = ÉTIQUETTE
tags-list-contacts = CONTACTS
tags-list-cadence = RYTHME
tags-list-none = Aucune étiquette.
tags-cadence-set = Contacts étiquetés { $tag } : garder le contact { $every }
tags-cadence-cleared = Contacts étiquetés { $tag } : pas de rythme pour garder le contact
tags-one-expected = une seule étiquette attendue, reçu « { $tag } »
tags-none = pas d'étiquette « { $tag } »
tags-none-hint = `carnet tags` liste les étiquettes
tags-unused = remarque : aucun contact ne porte encore l'étiquette { $tag }
