# Nommer un contact ou un projet sur la ligne de commande, et ce qui est dit quand le nom ne
# correspond à personne ou à plusieurs (src/ctx.rs). $noun est l'un des messages
# resolve-noun-.

resolve-noun-contact = contact
resolve-noun-project = projet
resolve-nouns-contact = contacts
resolve-nouns-project = projets
resolve-no-such-id = pas de { $noun } { $id }
resolve-no-such-id-hint = `{ $list }` montre chaque { $noun } avec son identifiant
resolve-no-match = aucun { $noun } ne correspond à « { $what } »
resolve-no-match-hint = `{ $list }` montre chaque { $noun } ; `{ $add }` en ajoute un
resolve-did-you-mean = vouliez-vous dire { $names } ?
# Entre deux noms dans « vouliez-vous dire … ? ».
resolve-or = { " " }ou{ " " }
resolve-several = Plusieurs { $nouns } correspondent à « { $what } »
resolve-many = « { $what } » correspond à { $count } { $nouns } :
resolve-many-hint = nommez-en un par son identifiant, par exemple { $id }
resolve-add-contact = carnet add NOM
resolve-add-project = carnet project add NOM
