# Le fichier de la base et ce qui peut lui arriver (src/store/error.rs, src/lib.rs).

store-newer-schema = la base { $path } a la version de schéma { $found }, plus récente que celles que ce carnet connaît ({ $known })
store-newer-schema-hint = mettez carnet à jour pour ouvrir cette base ; elle n'a pas été touchée
store-not-a-database = { $path } n'est pas une base carnet (pas un fichier SQLite, ou endommagé)
store-damaged = la base { $path } est endommagée : { $detail }
store-not-a-database-hint = indiquez une base carnet avec --db (ou CARNET_DB), ou restaurez une sauvegarde faite par `carnet backup` ; le fichier n'a pas été touché
store-read-only = la base { $path } est en lecture seule
store-read-only-hint = rendez le fichier modifiable (chmod u+w) ou copiez-le dans un endroit modifiable
store-missing-folder = le dossier { $path } n'existe pas
store-missing-folder-hint = créez d'abord le dossier, ou choisissez un autre chemin
store-is-a-directory = { $path } est un dossier, pas un fichier de base
store-busy = la base est occupée : un autre processus carnet la garde verrouillée depuis plus de { $seconds } secondes ; rien n'a été modifié
store-busy-hint = réessayez dans un instant
# $what est l'un des messages store-record-.
store-not-found = { $what } { $id } n'existe pas
store-record-contact = le contact
store-record-event = l'événement
store-record-follow-up = la relance
store-record-card = la carte
store-record-project = le projet
store-record-note = la note
store-record-encounter = la rencontre
store-record-invitation = l'invitation
store-record-relation = le lien
store-database-error = erreur de la base : { $error }
store-cannot-read = impossible de lire { $path }
store-cannot-open = impossible d'ouvrir la base { $path }
store-upgraded = Schéma de la base mis à jour ; la version précédente est gardée dans { $path }
store-no-home = impossible de trouver un dossier personnel pour les données de carnet
store-no-home-hint = passez --db CHEMIN ou CARNET_DB pour choisir où vit la base
store-bad-now-hint = CARNET_NOW s'écrit AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SS
store-bad-now = CARNET_NOW invalide « { $value } »
