# carnet search (src/commands/search.rs, src/view/search.rs).

search-nothing = rien à chercher dans « { $query } »
search-nothing-hint = donnez un mot ou son début, par ex. carnet search chocolat
search-too-many = trop de mots à chercher : { $count } (au plus { $max })
search-too-many-hint = quelques mots dont vous vous souvenez suffisent, par ex. carnet search chocolatier lyon

search-nobody = Personne ne correspond à « { $query } ».
search-did-you-mean = Vouliez-vous dire { $names } ?
search-close = Pas de correspondance exacte ; correspondances proches :

search-col-id = ID
search-col-name = NOM
search-col-found = TROUVÉ

search-field = { $field ->
        [name] nom
        [company] entreprise
        [title] fonction
        [card] carte
        [city] ville
        [tag] étiquette
        [email] courriel
        [phone] téléphone
        [link] lien
        [project] projet
        [how_met] rencontré
        [note] note
        [encounter] rencontre
        [event] événement
        [follow_up] relance
        [project_note] note de projet
        [introduced_by] présenté par
        [introduced] a présenté
        [relation] lien
       *[other] { $field }
    }
search-field-snippet = { $field } : { $snippet }
search-instead = ({ $instead } pour { $word })

# carnet suggest (src/view/search.rs).

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
