# carnet config, le fichier de réglages (src/settings.rs) et le choix de la langue
# (src/i18n/mod.rs).

lang-name-en = anglais
lang-name-fr = français

lang-env-unknown = CARNET_LANG={ $value } n'est pas une langue que carnet parle (en, fr) ; la variable est ignorée
lang-setting-ignored = le réglage de la langue est ignoré : { $problem }

settings-no-folder = impossible de trouver un dossier de configuration pour les réglages de carnet
settings-no-folder-hint = définissez HOME ou XDG_CONFIG_HOME
settings-cannot-read = impossible de lire le fichier de réglages { $path } : { $error }
settings-cannot-write = impossible d'écrire le fichier de réglages { $path } : { $error }
settings-file-hint = corrigez ou supprimez { $path } ; `carnet config` le réécrit
settings-unknown-key = réglage inconnu « { $key } »
settings-unknown-key-hint = réglages : { $keys }
settings-bad-value = « { $value } » n'est pas une valeur de { $key }
settings-bad-value-in = « { $value } » n'est pas une valeur de { $key } dans { $path }
settings-lang-values = les langues sont en (anglais) et fr (français)

# D'où vient la valeur d'un réglage, à sa suite dans `carnet config`.
config-from-carnet-lang = d'après CARNET_LANG
config-from-setting = réglé dans { $path }
config-from-locale = d'après { $var }={ $value }
config-from-default = par défaut
config-line = { $key } = { $value }  ({ $source })

config-unknown-keys = { $path } contient aussi des réglages que ce carnet ne connaît pas : { $keys }
config-lang-set = Langue : { $name }, réglée dans { $path }.
config-lang-unset = Réglage de la langue retiré de { $path } ; langue : { $name } ({ $source }).
config-not-set = { $key } n'était pas réglé dans { $path } ; rien n'a été modifié.
config-overridden = CARNET_LANG={ $value } est défini dans cet environnement et l'emporte sur le réglage.
