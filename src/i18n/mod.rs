//! The interface language: which one, and the messages in it.
//!
//! Every text a person reads comes from the Fluent catalogues in `locales/LANG/*.ftl`
//! (one file per area; see `locales/README.md`), through [`tr!`](crate::tr):
//!
//! ```
//! use carnet::{i18n::Lang, tr};
//! let n = 3;
//! assert_eq!(tr!(Lang::Fr; "date-days-late", days = n), "en retard de 3 jours");
//! assert_eq!(tr!(Lang::En; "date-days-late", days = 1), "1 day late");
//! ```
//!
//! `tr!` is checked when carnet compiles: the message must exist in the English catalogue
//! and take exactly the variables given. Neither of these compiles:
//!
//! ```compile_fail
//! carnet::tr!(carnet::i18n::Lang::En; "date-days-lat", days = 3);
//! ```
//! ```compile_fail
//! carnet::tr!(carnet::i18n::Lang::En; "date-days-late", n = 3);
//! ```
//!
//! At run time a message missing from the chosen
//! language falls back to English, then to its id; nothing panics.
//!
//! Cost: the catalogues are embedded in the binary; a file of them is parsed the first time
//! one of its messages is shown, in the chosen language only (in English too when the
//! language lacks that message). A command that shows no message parses nothing; one that
//! shows a date parses `dates.ftl`, not the rest. Parsing costs about 60 instructions a
//! byte (bench/i18n.sh): keep each area's file to the messages of that area.

#[cfg(test)]
mod checker;
pub mod fmt;
#[cfg(test)]
mod ftl;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;

use crate::settings::SettingsError;
use crate::tr;

pub use fluent_bundle::{FluentArgs as Args, FluentValue as Value};

/// The catalogues as embedded by `build.rs`: `EN`, `FR` (file name, text) and `MESSAGES`,
/// the English ids with their variables, sorted.
pub mod catalogues {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// A language carnet speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The code used in settings and `CARNET_LANG`: `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Reads a language tag or locale name: `fr`, `FR`, `fr-CA`, `fr_FR.UTF-8`,
    /// `fr@euro` → French; `en…` → English; anything else → none.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let head = tag
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        match head.to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The text of each of `catalogues::FILES` in this language, if there.
    fn texts(self) -> &'static [Option<&'static str>] {
        match self {
            Lang::En => catalogues::EN,
            Lang::Fr => catalogues::FR,
        }
    }

    /// The language's `.ftl` files: (name, text).
    pub fn files(self) -> Vec<(&'static str, &'static str)> {
        catalogues::FILES
            .iter()
            .zip(self.texts())
            .filter_map(|(name, text)| text.map(|t| (*name, t)))
            .collect()
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }
}

/// Where the language was taken from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `CARNET_LANG`.
    CarnetLang,
    /// The `lang` setting in this file.
    Setting(PathBuf),
    /// A locale variable: `LC_ALL`, `LC_MESSAGES` or `LANG`, with its value.
    Locale(&'static str, String),
    /// Nothing said: English.
    Default,
}

/// Something wrong met on the way, said on stderr; the next source is used instead.
#[derive(Debug)]
pub enum Warning {
    /// `CARNET_LANG` holds a value that is no language carnet speaks.
    CarnetLang(String),
    /// The settings file cannot be read, or its `lang` is no language carnet speaks.
    Setting(SettingsError),
}

impl Warning {
    /// The warning in `lang`, for stderr.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Warning::CarnetLang(value) => tr!(lang; "lang-env-unknown", value = value),
            Warning::Setting(e) => tr!(lang; "lang-setting-ignored", problem = e.text(lang)),
        }
    }
}

/// The language chosen, where from, and what was wrong on the way.
#[derive(Debug)]
pub struct Choice {
    pub lang: Lang,
    pub source: Source,
    pub warnings: Vec<Warning>,
}

/// What the settings file says about the language: nothing, a value with the file's path,
/// or why it cannot be read.
pub type SettingLang = Result<Option<(PathBuf, String)>, SettingsError>;

/// Chooses the language: `CARNET_LANG`, then the `lang` setting, then the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (POSIX: that one decides, and
/// only a value starting with `fr` means French), else English.
///
/// `env` reads a variable; `setting` reads the settings file, and is only called when
/// `CARNET_LANG` does not decide.
pub fn choose(env: &dyn Fn(&str) -> Option<String>, setting: &dyn Fn() -> SettingLang) -> Choice {
    let mut warnings = Vec::new();
    if let Some(value) = env("CARNET_LANG").filter(|v| !v.trim().is_empty()) {
        match Lang::from_tag(&value) {
            Some(lang) => {
                return Choice {
                    lang,
                    source: Source::CarnetLang,
                    warnings,
                }
            }
            None => warnings.push(Warning::CarnetLang(value)),
        }
    }
    match setting() {
        Ok(Some((path, value))) => match Lang::from_tag(&value) {
            Some(lang) => {
                return Choice {
                    lang,
                    source: Source::Setting(path),
                    warnings,
                }
            }
            None => warnings.push(Warning::Setting(SettingsError::BadValue {
                key: "lang".to_owned(),
                value,
                path: Some(path),
            })),
        },
        Ok(None) => {}
        Err(problem) => warnings.push(Warning::Setting(problem)),
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            let lang = if Lang::from_tag(&value) == Some(Lang::Fr) {
                Lang::Fr
            } else {
                Lang::En
            };
            return Choice {
                lang,
                source: Source::Locale(var, value),
                warnings,
            };
        }
    }
    Choice {
        lang: Lang::En,
        source: Source::Default,
        warnings,
    }
}

/// [`choose`] from this process's environment and the user's settings file.
pub fn choose_from_process() -> Choice {
    choose(&|name| std::env::var(name).ok(), &|| {
        let settings = crate::settings::Settings::load()?;
        Ok(settings.get("lang").map(|v| (settings.path.clone(), v)))
    })
}

static CHOICE: OnceLock<Choice> = OnceLock::new();

/// The language of this process, chosen once from the environment and the settings file,
/// with what was wrong on the way (for `run` to say).
pub fn process_choice() -> &'static Choice {
    CHOICE.get_or_init(choose_from_process)
}

/// The language of this process ([`process_choice`]); English in unit tests, whatever the
/// developer's locale.
///
/// Choosing must never ask for a message without naming its language (`tr!(lang; …)`):
/// a `tr!` without one calls `current()`, which would wait for itself.
pub fn current() -> Lang {
    if cfg!(test) {
        Lang::En
    } else {
        process_choice().lang
    }
}

type Bundle = FluentBundle<FluentResource>;

const FILE_COUNT: usize = catalogues::FILES.len();

/// One bundle per language and file, each parsed the first time one of its messages is
/// shown: `carnet today` parses the files of what it shows, never the whole catalogue.
static BUNDLES: [[OnceLock<Bundle>; FILE_COUNT]; 2] =
    [const { [const { OnceLock::new() }; FILE_COUNT] }; 2];

fn bundle(lang: Lang, file: usize) -> &'static Bundle {
    BUNDLES[lang.index()][file].get_or_init(|| load(lang, file))
}

/// Parses one file of the language's catalogue. A file that does not parse keeps what
/// could be read (the catalogue tests fail on it); a missing file is an empty bundle, and
/// its messages come in English.
fn load(lang: Lang, file: usize) -> Bundle {
    let id =
        unic_langid::LanguageIdentifier::from_bytes(lang.code().as_bytes()).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: they show as odd characters in terminals.
    bundle.set_use_isolating(false);
    let _ = bundle.add_builtins();
    if let Some(text) = lang.texts().get(file).copied().flatten() {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The file (index in `catalogues::FILES`) of a message of the English catalogue.
fn file_of(id: &str) -> Option<usize> {
    catalogues::MESSAGES
        .binary_search_by(|(m, _, _)| m.as_bytes().cmp(id.as_bytes()))
        .ok()
        .map(|i| catalogues::MESSAGES[i].1)
}

/// The message `id` in `lang`, else in English, else `None`. For ids built at run time
/// (a role's name from the database): prefer [`tr!`](crate::tr), which is checked.
pub fn lookup(lang: Lang, id: &str, args: Option<&Args>) -> Option<String> {
    let file = file_of(id)?;
    lookup_in(search_order(lang).map(|l| bundle(l, file)), id, args)
}

/// The languages to look a message up in: `lang`, then English. Lazily: English is parsed
/// only when `lang` lacks the message.
fn search_order(lang: Lang) -> impl Iterator<Item = Lang> {
    std::iter::once(lang).chain((lang != Lang::En).then_some(Lang::En))
}

/// The message from the first bundle that has it.
fn lookup_in<'a>(
    bundles: impl Iterator<Item = &'a Bundle>,
    id: &str,
    args: Option<&Args>,
) -> Option<String> {
    for b in bundles {
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return Some(b.format_pattern(pattern, args, &mut errors).into_owned());
        }
    }
    None
}

/// The message `id` in `lang`, else in English, else the id itself. What [`tr!`] calls.
pub fn message(lang: Lang, id: &str, args: Option<&Args>) -> String {
    lookup(lang, id, args).unwrap_or_else(|| id.to_owned())
}

/// Whether the English catalogue has the message `id` taking exactly the variables `vars`:
/// what [`tr!`] asserts at compile time.
pub const fn known(id: &str, vars: &[&str]) -> bool {
    let messages = catalogues::MESSAGES;
    let (mut lo, mut hi) = (0, messages.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let c = compare(messages[mid].0.as_bytes(), id.as_bytes());
        if c < 0 {
            lo = mid + 1;
        } else if c > 0 {
            hi = mid;
        } else {
            return same_set(messages[mid].2, vars);
        }
    }
    false
}

/// Byte order of two strings, in a `const fn`: negative, zero or positive.
const fn compare(a: &[u8], b: &[u8]) -> i32 {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] as i32 - b[i] as i32;
        }
        i += 1;
    }
    if a.len() < b.len() {
        -1
    } else if a.len() > b.len() {
        1
    } else {
        0
    }
}

/// Same elements, none given twice (`expected` has no duplicates).
const fn same_set(expected: &[&str], given: &[&str]) -> bool {
    if expected.len() != given.len() {
        return false;
    }
    let mut i = 0;
    while i < given.len() {
        let mut found = false;
        let mut j = 0;
        while j < expected.len() {
            if compare(expected[j].as_bytes(), given[i].as_bytes()) == 0 {
                found = true;
            }
            j += 1;
        }
        let mut k = 0;
        while k < i {
            if compare(given[k].as_bytes(), given[i].as_bytes()) == 0 {
                return false;
            }
            k += 1;
        }
        if !found {
            return false;
        }
        i += 1;
    }
    true
}

/// A message from the catalogues, as a `String`.
///
/// ```ignore
/// tr!("config-lang-set", lang = name)          // in the process's language
/// tr!(ctx.lang; "today-overdue", count = n)     // in a given language (views, tests)
/// ```
///
/// Variables are `name = value`, value any of `&str`, `String`, `&String`, integers or
/// floats (dates: format them first with [`i18n::fmt`](crate::i18n::fmt)). It does not
/// compile when the English catalogue lacks the id or the message takes other variables.
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!($crate::i18n::current(); $id $(, $name = $value)*)
    };
    ($lang:expr; $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        const _: () = ::core::assert!(
            $crate::i18n::known($id, &[$(::core::stringify!($name)),*]),
            ::core::concat!(
                "tr!: no message \"", $id, "\" with exactly these variables in locales/en/*.ftl"
            )
        );
        #[allow(unused_mut)]
        let mut args = $crate::i18n::Args::new();
        $(args.set(::core::stringify!($name), $crate::i18n::Value::from($value));)*
        $crate::i18n::message($lang, $id, ::core::option::Option::Some(&args))
    }};
}
