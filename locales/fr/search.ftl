# carnet search et carnet suggest (src/view/search.rs).

search-none = Personne ne correspond à « { $query } ».
search-list-id = ID
search-list-name = NOM
search-list-matched = TROUVÉ DANS
search-list-snippet = EXTRAIT

suggest-none = Personne à suggérer : tout le monde est à jour.
suggest-list-id = ID
suggest-list-name = NOM
suggest-list-why = POURQUOI
suggest-list-reason = RAISON
suggest-late = en retard
suggest-weak-tie = lien faible
# Pourquoi quelqu'un est suggéré. $ago est une durée (« 5 semaines »), $date une date.
suggest-last-seen = dernière rencontre { $date } (il y a { $ago })
suggest-never-seen-since = jamais rencontré depuis son ajout le { $date } (il y a { $ago })
suggest-never-seen = jamais rencontré
suggest-lapsed = garder le contact { $every } : { $seen }, { $late }
suggest-met-times = rencontré { $count } fois
suggest-role-in = { $role } dans { $project }
suggest-introduced = vous a présenté { $names }
suggest-weak = { $why } ; { $seen }
search-nothing = rien à chercher dans « { $text } »
search-nothing-hint = donnez un mot ou son début, par exemple carnet search chocolat
