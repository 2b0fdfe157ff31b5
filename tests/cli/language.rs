//! The interface language, through the binary: chosen from CARNET_LANG, the `lang` setting
//! and the locale; errors and hints in it; --help and --json in English whatever it is.

use std::path::PathBuf;

use crate::common::{Run, TestEnv};

fn with(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Run {
    env.run_with(args, |c| {
        for (k, v) in vars {
            c.env(k, v);
        }
    })
}

fn settings_file(env: &TestEnv) -> PathBuf {
    env.dir.path().join("home/.config/carnet/config.toml")
}

/// The first line of stderr of a command failing on a contact that does not exist.
fn error_in(env: &TestEnv, vars: &[(&str, &str)]) -> String {
    let r = with(env, &["show", "nobody"], vars);
    assert_eq!(r.code, 1, "{}", r.stderr);
    r.stderr.lines().next().unwrap_or_default().to_owned()
}

#[test]
fn errors_and_hints_follow_the_locale() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let r = with(&env, &["show", "nobody"], &[("LANG", "fr_FR.UTF-8")]);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines[0].starts_with("Erreur : "), "{}", r.stderr);
    assert!(lines[1].starts_with("astuce : "), "{}", r.stderr);
    let r = env.run(&["show", "nobody"]);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines[0].starts_with("Error: "), "{}", r.stderr);
    assert!(lines[1].starts_with("hint: "), "{}", r.stderr);
    // Québec and Belgium too.
    assert!(error_in(&env, &[("LANG", "fr_CA.UTF-8")]).starts_with("Erreur : "));
    assert!(error_in(&env, &[("LANG", "fr_BE")]).starts_with("Erreur : "));
    assert!(error_in(&env, &[("LANG", "de_DE.UTF-8")]).starts_with("Error: "));
}

#[test]
fn lc_all_then_lc_messages_then_lang_as_posix_has_it() {
    let env = TestEnv::new();
    let fr = "fr_FR.UTF-8";
    assert!(error_in(&env, &[("LC_ALL", "C"), ("LANG", fr)]).starts_with("Error: "));
    assert!(error_in(&env, &[("LC_MESSAGES", fr), ("LANG", "en_US.UTF-8")]).starts_with("Erreur"));
    assert!(
        error_in(&env, &[("LC_ALL", ""), ("LC_MESSAGES", fr), ("LANG", "C")]).starts_with("Erreur")
    );
    assert!(
        error_in(&env, &[("LC_ALL", "en_GB.UTF-8"), ("LC_MESSAGES", fr)]).starts_with("Error: ")
    );
}

#[test]
fn carnet_lang_wins_over_the_setting_and_the_locale() {
    let env = TestEnv::new();
    let r = env.ok(&["config", "lang", "en"]);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    let fr = [("CARNET_LANG", "fr"), ("LC_ALL", "en_US.UTF-8")];
    assert!(error_in(&env, &fr).starts_with("Erreur : "));
    // Setting a language that CARNET_LANG overrides says so, in the language in force.
    let r = with(&env, &["config", "lang", "fr"], &[("CARNET_LANG", "en")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[0].starts_with("Language set to French in "),
        "{}",
        r.stderr
    );
    assert_eq!(
        lines.get(1).copied(),
        Some("CARNET_LANG=en is set in this environment and wins over the setting."),
        "{}",
        r.stderr
    );
    assert!(error_in(&env, &[("CARNET_LANG", "en")]).starts_with("Error: "));
    assert!(error_in(&env, &[]).starts_with("Erreur : "));
}

#[test]
fn a_bad_carnet_lang_is_said_and_the_next_source_used() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let r = with(
        &env,
        &["show", "zoe"],
        &[("CARNET_LANG", "klingon"), ("LANG", "fr_FR.UTF-8")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.starts_with(
            "attention : CARNET_LANG=klingon n'est pas une langue que carnet parle (en, fr)"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("Zoë"));
}

#[test]
fn the_setting_is_kept_for_every_database_and_removed_with_unset() {
    let env = TestEnv::new();
    let r = env.ok(&["config", "lang", "fr"]);
    assert!(
        r.stderr.starts_with("Langue : français, réglée dans "),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");
    let json = env.json(&["config", "lang", "fr"]);
    assert_eq!(json["value"], "fr");
    assert_eq!(json["source"], "setting");
    // Settings are the person's: not in the database, which `config` does not even open.
    assert!(!env.db().exists());
    let text = std::fs::read_to_string(settings_file(&env)).unwrap();
    assert_eq!(text, "lang = \"fr\"\n");
    assert!(error_in(&env, &[]).starts_with("Erreur : "));
    let other = env.path("other.db");
    let r = env.run_with(&["show", "nobody"], |c| {
        c.env("CARNET_DB", &other);
    });
    assert!(r.stderr.starts_with("Erreur : "), "{}", r.stderr);

    let json = env.json(&["config", "lang"]);
    assert_eq!(json["key"], "lang");
    assert_eq!(json["value"], "fr");
    assert_eq!(json["source"], "setting");
    assert_eq!(json["setting"], "fr");
    assert!(json["file"]
        .as_str()
        .unwrap()
        .ends_with("carnet/config.toml"));
    assert_eq!(env.ok(&["config", "lang"]).stdout, "fr\n");

    let r = env.ok(&["config", "lang", "--unset"]);
    assert!(
        r.stderr.starts_with("Language setting removed from ")
            && r.stderr.contains("(from LANG=C.UTF-8)"),
        "{}",
        r.stderr
    );
    assert!(error_in(&env, &[]).starts_with("Error: "));
    let json = env.json(&["config"]);
    assert_eq!(json[0]["value"], "en");
    assert_eq!(json[0]["source"], "LANG");
    assert_eq!(json[0]["setting"], serde_json::Value::Null);
    // Unsetting again says so and changes nothing.
    let r = env.ok(&["config", "lang", "--unset"]);
    assert!(r.stderr.contains("lang was not set in"), "{}", r.stderr);
}

#[test]
fn config_lists_each_setting_with_where_its_value_comes_from() {
    let env = TestEnv::new();
    let r = with(&env, &["config"], &[("LANG", "fr_CA.UTF-8")]);
    assert_eq!(
        r.stdout,
        "lang = fr  (d'après LANG=fr_CA.UTF-8)\nregion = CA  (d'après LANG=fr_CA.UTF-8)\n"
    );
    let r = with(&env, &["config"], &[("CARNET_LANG", "en")]);
    assert_eq!(
        r.stdout,
        "lang = en  (from CARNET_LANG)\nregion =   (none: only numbers with a country code are compared)\n"
    );
    env.ok(&["config", "region", "re"]);
    let r = with(
        &env,
        &["config", "region", "--json"],
        &[("LANG", "fr_CA.UTF-8")],
    );
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (j["value"].as_str(), j["source"].as_str()),
        (Some("RE"), Some("setting"))
    );
    let r = with(&env, &["config", "region", "QQ"], &[("CARNET_LANG", "en")]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    env.ok(&["config", "region", "--unset"]);
    let r = env.run_with(&["config"], |c| {
        c.env_remove("LANG");
    });
    assert_eq!(
        r.stdout,
        "lang = en  (default)\nregion =   (none: only numbers with a country code are compared)\n"
    );
}

#[test]
fn other_lines_of_the_settings_file_are_kept() {
    let env = TestEnv::new();
    let path = settings_file(&env);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "# mine\nlang = \"en\" # for now\nfuture = 3\n").unwrap();
    let r = env.ok(&["config"]);
    assert!(
        r.stderr
            .contains("also has settings this carnet does not know: future"),
        "{}",
        r.stderr
    );
    env.ok(&["config", "lang", "FR"]);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# mine\nlang = \"fr\"\nfuture = 3\n"
    );
}

#[test]
fn bad_values_and_keys_are_refused_and_the_file_left_alone() {
    let env = TestEnv::new();
    env.ok(&["config", "lang", "fr"]);
    let before = std::fs::read(settings_file(&env)).unwrap();
    let r = env.fails(&["config", "lang", "de"], 1);
    assert_eq!(
        r.stderr,
        "Erreur : « de » n'est pas une valeur de lang\nastuce : les langues sont en (anglais) et fr (français)\n"
    );
    let r = with(
        &env,
        &["config", "colour", "blue"],
        &[("CARNET_LANG", "en")],
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "Error: unknown setting 'colour'\nhint: settings: lang, region\n"
    );
    assert_eq!(std::fs::read(settings_file(&env)).unwrap(), before);
    env.fails(&["config", "--unset"], 2);
    env.fails(&["config", "lang", "fr", "--unset"], 2);
}

#[test]
fn a_settings_file_that_cannot_be_read_is_said_and_passed_over() {
    let env = TestEnv::new();
    let path = settings_file(&env);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "lang = fr\n").unwrap();
    let r = with(&env, &["show", "nobody"], &[("LANG", "fr_FR.UTF-8")]);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[0].starts_with("attention : le réglage de la langue est ignoré : impossible de lire le fichier de réglages"),
        "{}",
        r.stderr
    );
    assert!(lines[1].starts_with("Erreur : "), "{}", r.stderr);
    // Setting it again refuses to overwrite what it cannot read.
    let r = env.fails(&["config", "lang", "en"], 1);
    assert!(r.stderr.contains("config.toml"), "{}", r.stderr);
    assert!(r.stderr.contains("hint: fix or remove"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "lang = fr\n");
    // A setting no language carnet speaks is said too.
    std::fs::write(&path, "lang = \"de\"\n").unwrap();
    let r = env.run(&["show", "nobody"]);
    assert!(
        r.stderr.starts_with(
            "warning: the language setting is ignored: 'de' is not a value of lang in "
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn a_rolled_back_write_says_nothing_was_changed_in_french() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER test_failure BEFORE INSERT ON notes WHEN NEW.body = 'boom'
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
    )
    .unwrap();
    let r = with(
        &env,
        &["add", "Frédéric Duval", "--note", "boom"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert_eq!(r.code, 1);
    let first = r.stderr.lines().next().unwrap();
    assert!(first.starts_with("Erreur : "), "{}", r.stderr);
    assert!(first.ends_with(" ; rien n'a été modifié"), "{}", r.stderr);
    assert_eq!(env.count("contacts"), 1);
}

#[test]
fn help_and_json_stay_in_english() {
    let env = TestEnv::new();
    env.add("Zoë", &["--follow-up", "demain: appeler"]);
    let fr = [("LANG", "fr_FR.UTF-8")];
    let help = with(&env, &["--help"], &fr);
    assert_eq!(help.stdout, env.ok(&["--help"]).stdout);
    assert!(help.stdout.contains("Show or change your settings"));
    let json = with(&env, &["today", "--json"], &fr);
    assert_eq!(json.code, 0, "{}", json.stderr);
    assert_eq!(json.stdout, env.ok(&["today", "--json"]).stdout);
    assert_eq!(json.json()["today"].as_array().map(Vec::len), Some(0));
    assert_eq!(json.json()["upcoming"][0]["what"], "appeler");
}
