# carnet config, the settings file (src/settings.rs) and how the language is chosen
# (src/i18n/mod.rs).

lang-name-en = English
lang-name-fr = French

lang-env-unknown = CARNET_LANG={ $value } is not a language carnet speaks (en, fr); it is ignored
lang-setting-ignored = the language setting is ignored: { $problem }

settings-no-folder = cannot find a configuration folder for carnet's settings
settings-no-folder-hint = set HOME or XDG_CONFIG_HOME
settings-cannot-read = cannot read the settings file { $path }: { $error }
settings-cannot-write = cannot write the settings file { $path }: { $error }
settings-file-hint = fix or remove { $path }; `carnet config` rewrites it
settings-unknown-key = unknown setting '{ $key }'
settings-unknown-key-hint = settings: { $keys }
settings-bad-value = '{ $value }' is not a value of { $key }
settings-bad-value-in = '{ $value }' is not a value of { $key } in { $path }
settings-lang-values = the languages are en (English) and fr (French)

# Where a setting's value comes from, after it in `carnet config`.
config-from-carnet-lang = from CARNET_LANG
config-from-setting = set in { $path }
config-from-locale = from { $var }={ $value }
config-from-default = default
config-line = { $key } = { $value }  ({ $source })

config-unknown-keys = { $path } also has settings this carnet does not know: { $keys }
config-lang-set = Language set to { $name } in { $path }.
config-lang-unset = Language setting removed from { $path }; the language is now { $name } ({ $source }).
config-not-set = { $key } was not set in { $path }; nothing was changed.
config-overridden = CARNET_LANG={ $value } is set in this environment and wins over the setting.
