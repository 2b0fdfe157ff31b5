# La fiche en une ligne (src/model/person_line.rs, src/view/person_line.rs) : ce qui a été
# compris d'une ligne, champ par champ, et pourquoi une ligne n'a pas pu être lue.

# La forme, pour l'aide de `carnet log`.
line-form = Nom, entreprise, titre, courriel, téléphone, site (dans n'importe quel ordre après le nom), #étiquette, par QUI vous l'a présenté

# Chaque champ compris, affiché après le nom et séparé par « · ».
line-company = entreprise : { $value }
line-title = titre : { $value }
line-email = courriel : { $value }
line-phone = téléphone : { $value }
line-link = site : { $value }
line-tags = étiquettes : { $value }
line-introduced-by = présenté par : { $value }

# À quoi ressemble une valeur, dans line-name-is-a-value.
line-kind-email = une adresse courriel
line-kind-phone = un numéro de téléphone
line-kind-link = une adresse web

line-empty = La ligne est vide : tapez d'abord le nom de la personne, puis ce que vous savez, séparé par des virgules.
line-no-name = La ligne ne commence pas par un nom : tapez d'abord le nom de la personne, puis ce que vous savez, séparé par des virgules.
line-name-is-a-value = « { $value } » ressemble à { $kind }, pas à un nom : la ligne commence par le nom de la personne.
line-two-people = « { $name } » ressemble à deux personnes : une personne à la fois (mettez un nom entre "guillemets" pour le garder entier).
line-email-with-space = « { $value } » ressemble à une adresse courriel avec une espace : un courriel n'a pas d'espace.
line-no-introducer = « { $part } » ne nomme personne : écrivez après qui vous l'a présenté, par exemple par Michel, ou enlevez-le.
line-two-introducers = Deux personnes vous l'ont présenté, « { $first } » et « { $second } » : gardez-en une.
line-tag-is-a-number = « { $tag } » n'est pas une étiquette : une étiquette a au moins une lettre (pour nommer qui vous l'a présenté par son numéro, écrivez par { $tag }).
line-unclosed-quote = Un guillemet droit est ouvert et jamais fermé.
