# Les arguments que plusieurs commandes lisent de la même façon (src/commands/args.rs).

args-bad-birthday = anniversaire invalide « { $value } »
args-bad-birthday-hint = écrivez-le AAAA-MM-JJ, JJ/MM/AAAA, ou sans l'année JJ/MM ou --MM-JJ
args-followup-id-hint = les identifiants de relance s'écrivent f3 (3 et #3 marchent aussi) ; `carnet follow-up list` les montre
args-card-id-hint = donnez l'identifiant que montre `carnet card list`, par exemple carnet card rm c7
args-no-what = une relance a besoin d'un texte : que faut-il faire ?
args-no-what-hint = par exemple carnet follow-up add frederic "Envoyer le dossier" --due vendredi
args-roles-hint = rôles standard : { $roles } ; tout autre mot est un rôle libre
args-empty-project = nom de projet invalide « { $value } » : un nom ne peut pas être vide
args-empty-project-hint = donnez un nom au projet, par exemple carnet project add Concert
