//! The user's settings: a small TOML file in the configuration folder
//! (`$XDG_CONFIG_HOME/carnet/config.toml`, by default `~/.config/carnet/config.toml`).
//!
//! Settings belong to the person, not to one notebook: `--db other.db` keeps the same
//! language. A file rather than a table in the database, so that the language is known
//! before the database is opened (its errors are in that language too) and without opening
//! it (`carnet config`). Reading it costs one `open` when it does not exist.
//!
//! `carnet config` writes the file line by line: a key's line is replaced or added, every
//! other line — comments, keys of a newer carnet — is kept as it was.

use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::tr;

/// A setting carnet knows.
pub struct Key {
    pub name: &'static str,
    /// Normalises a value given on the command line, or says why it is refused.
    pub check: fn(&str) -> Result<String, SettingsError>,
}

/// Every setting carnet knows, in the order `carnet config` lists them.
pub const KEYS: &[Key] = &[
    Key {
        name: "lang",
        check: check_lang,
    },
    Key {
        name: "region",
        check: check_region,
    },
];

/// The country phone numbers without a country code are read in (`CA`, `FR`…).
fn check_region(value: &str) -> Result<String, SettingsError> {
    crate::model::phone::Region::parse(value)
        .map(|r| r.code())
        .ok_or_else(|| SettingsError::BadValue {
            key: "region".to_owned(),
            value: value.to_owned(),
            path: None,
        })
}

/// The region of phone numbers: the `region` setting, else the country of the locale
/// (`LC_ALL`, `LC_TELEPHONE`, `LANG`: `fr_CA.UTF-8` → CA), else none (then only numbers
/// with a country code are compared).
pub fn phone_region(settings: Option<&Settings>) -> Option<crate::model::phone::Region> {
    phone_region_from(settings).map(|(r, _)| r)
}

/// The region of phone numbers and where it comes from: `None` for the setting, else the
/// locale variable and its value.
pub fn phone_region_from(
    settings: Option<&Settings>,
) -> Option<(crate::model::phone::Region, Option<(&'static str, String)>)> {
    use crate::model::phone::Region;
    if let Some(r) = settings
        .and_then(|s| s.get("region"))
        .and_then(|v| Region::parse(&v))
    {
        return Some((r, None));
    }
    let (var, value) = ["LC_ALL", "LC_TELEPHONE", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok().map(|value| (*v, value)))
        .find(|(_, v)| !v.is_empty())?;
    Region::from_locale(&value).map(|r| (r, Some((var, value))))
}

fn check_lang(value: &str) -> Result<String, SettingsError> {
    Lang::from_tag(value)
        .map(|l| l.code().to_owned())
        .ok_or_else(|| SettingsError::BadValue {
            key: "lang".to_owned(),
            value: value.to_owned(),
            path: None,
        })
}

/// The known setting named `name`.
pub fn key(name: &str) -> Result<&'static Key, SettingsError> {
    KEYS.iter()
        .find(|k| k.name == name)
        .ok_or_else(|| SettingsError::UnknownKey(name.to_owned()))
}

#[derive(Debug)]
pub enum SettingsError {
    NoFolder,
    Read {
        path: PathBuf,
        error: String,
    },
    Write {
        path: PathBuf,
        error: String,
    },
    UnknownKey(String),
    /// A value refused; `path` is the settings file when the value was read from it.
    BadValue {
        key: String,
        value: String,
        path: Option<PathBuf>,
    },
}

impl std::error::Error for SettingsError {}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::current()))
    }
}

impl SettingsError {
    /// The error in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            SettingsError::NoFolder => tr!(lang; "settings-no-folder"),
            SettingsError::Read { path, error } => tr!(lang; "settings-cannot-read",
                path = path.display().to_string(), error = error),
            SettingsError::Write { path, error } => tr!(lang; "settings-cannot-write",
                path = path.display().to_string(), error = error),
            SettingsError::UnknownKey(key) => tr!(lang; "settings-unknown-key", key = key),
            SettingsError::BadValue {
                key,
                value,
                path: None,
            } => tr!(lang; "settings-bad-value", key = key, value = value),
            SettingsError::BadValue {
                key,
                value,
                path: Some(path),
            } => tr!(lang; "settings-bad-value-in", key = key, value = value,
                path = path.display().to_string()),
        }
    }

    /// What to do about it, in the process's language.
    pub fn hint(&self) -> Option<String> {
        match self {
            SettingsError::NoFolder => Some(tr!("settings-no-folder-hint")),
            SettingsError::Read { path, .. } | SettingsError::Write { path, .. } => {
                Some(tr!("settings-file-hint", path = path.display().to_string()))
            }
            SettingsError::UnknownKey(_) => {
                let known: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
                Some(tr!("settings-unknown-key-hint", keys = known.join(", ")))
            }
            SettingsError::BadValue { key, .. } if key == "lang" => {
                Some(tr!("settings-lang-values"))
            }
            SettingsError::BadValue { .. } => None,
        }
    }
}

/// Where the settings file is: `$XDG_CONFIG_HOME/carnet/config.toml` or the platform's
/// configuration folder.
pub fn path() -> Result<PathBuf, SettingsError> {
    directories::ProjectDirs::from("", "", "carnet")
        .map(|d| d.config_dir().join("config.toml"))
        .ok_or(SettingsError::NoFolder)
}

/// The settings file as read: its path and text (empty when there is no file).
pub struct Settings {
    pub path: PathBuf,
    text: String,
    table: toml::Table,
}

impl Settings {
    /// Reads the settings file at its usual place; a missing file is an empty one.
    pub fn load() -> Result<Settings, SettingsError> {
        Settings::load_from(&path()?)
    }

    pub fn load_from(path: &Path) -> Result<Settings, SettingsError> {
        let read_error = |error: String| SettingsError::Read {
            path: path.to_owned(),
            error,
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(read_error(e.to_string())),
        };
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| read_error(one_line(&e.to_string())))?;
        Ok(Settings {
            path: path.to_owned(),
            text,
            table,
        })
    }

    /// The value of a setting in the file, as text (a non-string value is shown as TOML).
    pub fn get(&self, name: &str) -> Option<String> {
        self.table.get(name).map(|v| match v {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }

    /// The keys in the file that this carnet does not know (from a newer one, or a typo).
    pub fn unknown_keys(&self) -> Vec<String> {
        self.table
            .keys()
            .filter(|k| KEYS.iter().all(|known| known.name != k.as_str()))
            .cloned()
            .collect()
    }

    /// Sets `name` to `value` (already checked) and writes the file.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), SettingsError> {
        let line = format!("{name} = {}", toml::Value::String(value.to_owned()));
        self.rewrite(name, Some(&line))
    }

    /// Removes `name` from the file, if there; whether it was there.
    pub fn unset(&mut self, name: &str) -> Result<bool, SettingsError> {
        if !self.table.contains_key(name) {
            return Ok(false);
        }
        self.rewrite(name, None)?;
        Ok(true)
    }

    /// Replaces the top-level line of `name` by `line` (or drops it), keeps every other
    /// line, checks that the result reads back, and writes it through a renamed temporary
    /// file.
    fn rewrite(&mut self, name: &str, line: Option<&str>) -> Result<(), SettingsError> {
        let text = edit(&self.text, name, line);
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            // A value spread over several lines (a multi-line string or array) cannot be
            // replaced line by line; the file is left alone.
            SettingsError::Write {
                path: self.path.clone(),
                error: one_line(&e.to_string()),
            }
        })?;
        write_file(&self.path, &text)?;
        self.text = text;
        self.table = table;
        Ok(())
    }
}

/// `text` with the top-level line setting `name` replaced by `line` (or removed); without
/// such a line, `line` goes before the first `[table]`.
fn edit(text: &str, name: &str, line: Option<&str>) -> String {
    let mut out = Vec::new();
    let mut placed = false;
    let mut in_table = false;
    for l in text.lines() {
        let trimmed = l.trim_start();
        if trimmed.starts_with('[') {
            if !placed {
                if let Some(line) = line {
                    out.push(line.to_owned());
                }
                placed = true;
            }
            in_table = true;
        }
        if !in_table && sets(trimmed, name) {
            if !placed {
                if let Some(line) = line {
                    out.push(line.to_owned());
                }
                placed = true;
            }
            continue;
        }
        out.push(l.to_owned());
    }
    if !placed {
        if let Some(line) = line {
            out.push(line.to_owned());
        }
    }
    let mut s = out.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

/// Whether a line sets the key `name` (`name = …`, `"name" = …`).
fn sets(line: &str, name: &str) -> bool {
    let rest = line
        .strip_prefix(name)
        .or_else(|| line.strip_prefix(&format!("\"{name}\"")))
        .or_else(|| line.strip_prefix(&format!("'{name}'")));
    rest.is_some_and(|r| r.trim_start().starts_with('='))
}

fn write_file(path: &Path, text: &str) -> Result<(), SettingsError> {
    use std::io::Write;
    let err = |e: std::io::Error| SettingsError::Write {
        path: path.to_owned(),
        error: e.to_string(),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".config-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(text.as_bytes())
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_replaced_in_place_and_other_lines_are_kept() {
        let text =
            "# my settings\nlang = \"en\"  # English for now\ncolour = true\n[later]\nlang = 3\n";
        assert_eq!(
            edit(text, "lang", Some("lang = \"fr\"")),
            "# my settings\nlang = \"fr\"\ncolour = true\n[later]\nlang = 3\n"
        );
        assert_eq!(
            edit(text, "lang", None),
            "# my settings\ncolour = true\n[later]\nlang = 3\n"
        );
    }

    #[test]
    fn a_new_key_goes_before_the_first_table() {
        assert_eq!(edit("", "lang", Some("lang = \"fr\"")), "lang = \"fr\"\n");
        assert_eq!(
            edit("# c\n[t]\nx = 1", "lang", Some("lang = \"fr\"")),
            "# c\nlang = \"fr\"\n[t]\nx = 1\n"
        );
        assert_eq!(
            edit("a = 1", "lang", Some("lang = \"fr\"")),
            "a = 1\nlang = \"fr\"\n"
        );
        // `language = …` is another key.
        assert_eq!(
            edit("language = 1\n", "lang", Some("lang = \"fr\"")),
            "language = 1\nlang = \"fr\"\n"
        );
        assert_eq!(edit("\"lang\" = 'en'\n", "lang", None), "");
    }

    #[test]
    fn set_get_unset_round_trip_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let mut s = Settings::load_from(&path).unwrap();
        assert_eq!(s.get("lang"), None);
        s.set("lang", "fr").unwrap();
        assert_eq!(
            Settings::load_from(&path).unwrap().get("lang").as_deref(),
            Some("fr")
        );
        assert!(s.unset("lang").unwrap());
        assert!(!s.unset("lang").unwrap());
        assert_eq!(Settings::load_from(&path).unwrap().get("lang"), None);
    }

    #[test]
    fn a_file_that_is_not_toml_is_refused_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "lang = fr\n").unwrap();
        let e = Settings::load_from(&path).err().unwrap().to_string();
        assert!(e.contains("config.toml"), "{e}");
        // toml's message spans lines and points at the column; it is said on one line.
        assert!(!e.contains('\n'), "{e}");
        assert!(e.contains("line 1, column 8"), "{e}");
    }

    #[test]
    fn each_error_says_what_to_do() {
        let hint = |e: SettingsError| e.hint();
        assert_eq!(
            hint(SettingsError::UnknownKey("colour".into())).as_deref(),
            Some("settings: lang, region")
        );
        let bad = |key: &str| SettingsError::BadValue {
            key: key.into(),
            value: "de".into(),
            path: None,
        };
        assert_eq!(
            hint(bad("lang")).as_deref(),
            Some("the languages are en (English) and fr (French)")
        );
        assert_eq!(hint(bad("colour")), None);
        let read = SettingsError::Read {
            path: "/c/config.toml".into(),
            error: "bad".into(),
        };
        assert_eq!(
            hint(read).as_deref(),
            Some("fix or remove /c/config.toml; `carnet config` rewrites it")
        );
        assert_eq!(
            hint(SettingsError::NoFolder).as_deref(),
            Some("set HOME or XDG_CONFIG_HOME")
        );
        assert_eq!(
            bad("lang").text(Lang::Fr),
            "« de » n'est pas une valeur de lang"
        );
    }

    #[test]
    fn the_file_is_config_toml_in_carnets_configuration_folder() {
        let p = path().unwrap();
        assert!(p.ends_with("carnet/config.toml"), "{}", p.display());
        assert!(p.is_absolute(), "{}", p.display());
    }

    #[test]
    fn a_missing_file_is_empty_but_an_unreadable_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Settings::load_from(&dir.path().join("none.toml")).is_ok());
        // A folder where the file should be cannot be read.
        assert!(matches!(
            Settings::load_from(dir.path()),
            Err(SettingsError::Read { .. })
        ));
    }

    #[test]
    fn unknown_keys_are_named_and_values_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "lang = \"fr\"\ncolor = 1\n").unwrap();
        let s = Settings::load_from(&path).unwrap();
        assert_eq!(s.unknown_keys(), vec!["color".to_owned()]);
        assert_eq!(s.get("color").as_deref(), Some("1"));
        assert_eq!((key("lang").unwrap().check)("FR_ca").unwrap(), "fr");
        assert!((key("lang").unwrap().check)("de").is_err());
        assert!(key("colour").is_err());
    }
}
