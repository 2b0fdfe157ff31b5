use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::error::CliError;
use crate::i18n::{self, Choice, Lang, Source};
use crate::settings::{self, Settings, SettingsError};
use crate::tr;
use crate::ui::output::Output;

const EXAMPLES: &str = "\
Examples:
  carnet config               # every setting, its value and where it comes from
  carnet config lang fr       # speak French
  carnet config lang --unset  # follow the locale again (LC_ALL, LC_MESSAGES, LANG)";

/// Show or change your settings
///
/// Settings are kept in config.toml in your configuration folder ($XDG_CONFIG_HOME/carnet,
/// by default ~/.config/carnet), the same for every database. Lines carnet does not know
/// are kept as they are.
///
/// lang: the interface language, en or fr. CARNET_LANG=en|fr wins over it; without either,
/// carnet follows LC_ALL, LC_MESSAGES or LANG (French when the first one set starts with
/// "fr"), else English. --help and --json stay in English.
///
/// region: the country phone numbers without a country code are read in when an import
/// compares them (CA, FR, RE…); without it, the country of LC_ALL, LC_TELEPHONE or LANG
/// (fr_CA.UTF-8 → CA).
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ConfigArgs {
    /// The setting to show or change: lang, region
    pub key: Option<String>,

    /// Its new value
    pub value: Option<String>,

    /// Remove the setting from the file
    #[arg(long, requires = "key", conflicts_with = "value")]
    pub unset: bool,
}

/// One setting as `--json` shows it.
#[derive(Serialize)]
struct SettingView {
    key: &'static str,
    /// The value in force.
    value: String,
    /// Where it comes from: `CARNET_LANG`, `setting`, `LC_ALL`, `LC_MESSAGES`, `LANG` or
    /// `default`.
    source: &'static str,
    /// The value in the settings file, or null.
    setting: Option<String>,
    file: String,
}

pub fn run(out: &Output, choice: &Choice, a: &ConfigArgs) -> Result<()> {
    let path = settings::path().map_err(cli_error)?;
    let mut file = Settings::load_from(&path).map_err(cli_error)?;
    let Some(name) = &a.key else {
        let views: Vec<SettingView> = settings::KEYS
            .iter()
            .map(|k| view(k.name, choice, &file))
            .collect();
        if out.json() {
            return out.print_json(&views);
        }
        for v in &views {
            // i18n-ignore: the name of a setting
            out.line(if v.key == "region" {
                region_line(v)
            } else {
                line(v, choice)
            })?;
        }
        let unknown = file.unknown_keys();
        if !unknown.is_empty() {
            out.status(tr!(
                "config-unknown-keys",
                path = path.display().to_string(),
                keys = unknown.join(", ")
            ));
        }
        return Ok(());
    };
    let key = settings::key(name).map_err(cli_error)?;
    if a.unset {
        if key.name == "region" {
            if file.unset(key.name).map_err(cli_error)? {
                out.status(tr!(
                    "config-region-unset",
                    path = path.display().to_string()
                ));
            } else {
                out.status(tr!(
                    "config-not-set",
                    key = key.name,
                    path = path.display().to_string()
                ));
            }
            if out.json() {
                return out.print_json(&view(key.name, choice, &file));
            }
            return Ok(());
        }
        if !file.unset(key.name).map_err(cli_error)? {
            out.status(tr!(
                "config-not-set",
                key = key.name,
                path = path.display().to_string()
            ));
        } else {
            let now = i18n::choose_from_process();
            out.status(tr!(now.lang; "config-lang-unset",
                path = path.display().to_string(),
                name = lang_name(now.lang, now.lang),
                source = source_text(now.lang, &now.source)));
        }
        if out.json() {
            return out.print_json(&view(key.name, &i18n::choose_from_process(), &file));
        }
        return Ok(());
    }
    let Some(value) = &a.value else {
        return show(out, choice, &file, key.name);
    };
    let value = (key.check)(value).map_err(cli_error)?;
    file.set(key.name, &value).map_err(cli_error)?;
    if key.name == "region" {
        out.status(tr!(
            "config-region-set",
            region = value.as_str(),
            path = path.display().to_string()
        ));
        if out.json() {
            return out.print_json(&view(key.name, choice, &file));
        }
        return Ok(());
    }
    let now = i18n::choose_from_process();
    let set = Lang::from_tag(&value).unwrap_or(now.lang);
    out.status(tr!(now.lang; "config-lang-set",
        name = lang_name(now.lang, set), path = path.display().to_string()));
    if now.source == Source::CarnetLang {
        out.status(tr!(now.lang; "config-overridden",
            value = std::env::var("CARNET_LANG").unwrap_or_default()));
    }
    if out.json() {
        return out.print_json(&view(key.name, &now, &file));
    }
    Ok(())
}

/// Prints one setting: its value alone (for scripts), or the JSON object.
fn show(out: &Output, choice: &Choice, file: &Settings, key: &'static str) -> Result<()> {
    let v = view(key, choice, file);
    if out.json() {
        out.print_json(&v)
    } else {
        Ok(out.line(&v.value)?)
    }
}

fn view(key: &'static str, choice: &Choice, file: &Settings) -> SettingView {
    if key == "region" {
        let found = settings::phone_region_from(Some(file));
        return SettingView {
            key,
            value: found.as_ref().map(|(r, _)| r.code()).unwrap_or_default(),
            source: match &found {
                Some((_, None)) => "setting",
                Some((_, Some((var, _)))) => var,
                None => "default",
            },
            setting: file.get(key),
            file: file.path.display().to_string(),
        };
    }
    SettingView {
        key,
        value: choice.lang.code().to_owned(),
        source: match &choice.source {
            Source::CarnetLang => "CARNET_LANG",
            Source::Setting(_) => "setting",
            Source::Locale(var, _) => var,
            Source::Default => "default",
        },
        setting: file.get(key),
        file: file.path.display().to_string(),
    }
}

fn line(v: &SettingView, choice: &Choice) -> String {
    tr!(
        "config-line",
        key = v.key,
        value = v.value.as_str(),
        source = source_text(i18n::current(), &choice.source)
    )
}

/// The region's line: where its value comes from, or that there is none.
fn region_line(v: &SettingView) -> String {
    let lang = i18n::current();
    let source = match v.source {
        "setting" => tr!(lang; "config-from-setting", path = v.file.as_str()),
        "default" => tr!(lang; "config-region-none"),
        var => tr!(lang; "config-from-locale", var = var,
            value = std::env::var(var).unwrap_or_default()),
    };
    tr!(
        "config-line",
        key = v.key,
        value = v.value.as_str(),
        source = source
    )
}

fn source_text(lang: Lang, source: &Source) -> String {
    match source {
        Source::CarnetLang => tr!(lang; "config-from-carnet-lang"),
        Source::Setting(path) => {
            tr!(lang; "config-from-setting", path = path.display().to_string())
        }
        Source::Locale(var, value) => tr!(lang; "config-from-locale", var = *var, value = value),
        Source::Default => tr!(lang; "config-from-default"),
    }
}

/// The name of `named` in `lang`: "French", "français".
fn lang_name(lang: Lang, named: Lang) -> String {
    match named {
        Lang::En => tr!(lang; "lang-name-en"),
        Lang::Fr => tr!(lang; "lang-name-fr"),
    }
}

fn cli_error(e: SettingsError) -> anyhow::Error {
    let hint = e.hint();
    let mut err = CliError::new(e.to_string());
    if let Some(h) = hint {
        err = err.hint(h);
    }
    err.into()
}
