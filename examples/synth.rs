//! Fills a carnet database with deterministic synthetic data for benchmarks:
//!
//!     cargo run --release --example synth -- --contacts 100000 --db /tmp/bench.db [--seed 7]
//!
//! French, Québécois and other names with accents, companies, 0–3 emails and phones, ~50
//! tags, projects (~N/500) with roles, events (~N/50), 3 encounters per contact with notes of
//! a few sentences, cards (~N/5, some people with several), follow-ups (~N/2, a third
//! overdue, some recurring) and keep-in-touch cadences on ~20% of contacts. Everything goes
//! through the store's typed methods, in one transaction (`Store::write_bulk`). On stdout it prints, as JSON, the
//! names it planted for the benchmark queries (a rare tag, a unique person, a project…).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::{Duration, NaiveDate};

use carnet::model::card::NewCard;
use carnet::model::dates::Period;
use carnet::model::encounter::{How, NewEncounter};
use carnet::model::event::{EventId, EventKind, NewEvent};
use carnet::model::followup::NewFollowUp;
use carnet::model::project::STANDARD_ROLES;
use carnet::model::{Birthday, Labeled, NewContact};
use carnet::store::{Db, Location, Store};

const FIRST: &[&str] = &[
    "Frédéric",
    "Élodie",
    "Geneviève",
    "François",
    "Hélène",
    "Jérôme",
    "Mélissa",
    "André",
    "Zoë",
    "Loïc",
    "Maëlle",
    "Benoît",
    "Cécile",
    "Gaëtan",
    "Anaïs",
    "Josée",
    "Réjean",
    "Stéphanie",
    "Noémie",
    "Sébastien",
    "Marie",
    "Jean",
    "Luc",
    "Sophie",
    "Camille",
    "Thomas",
    "Léa",
    "Hugo",
    "Chloé",
    "Louis",
    "Manon",
    "Nathalie",
    "Pierre",
    "Isabelle",
    "Guy",
    "Lucie",
    "Mathieu",
    "Émilie",
    "Yves",
    "Karine",
    "Łukasz",
    "Agnieszka",
    "Mehdi",
    "Fatou",
    "Aïcha",
    "Kenji",
    "Ana",
    "João",
    "Søren",
    "Björn",
    "Ngozi",
    "Priya",
    "Wei",
    "Olga",
    "Dmitri",
];
const LAST: &[&str] = &[
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Bergeron",
    "Leblanc",
    "Paquette",
    "Girard",
    "Simard",
    "Boucher",
    "Caron",
    "Beaulieu",
    "Cloutier",
    "Dubé",
    "Poirier",
    "Fournier",
    "Lapointe",
    "Leclerc",
    "Lefebvre",
    "Duval",
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "Nowak",
    "Kowalski",
    "Diallo",
    "N'Diaye",
    "Tanaka",
    "Silva",
    "Müller",
    "Jensen",
    "Okafor",
    "Sharma",
    "Zhang",
    "Ivanova",
    "Öztürk",
    "Nguyễn",
    "O'Brien",
];
const COMPANY_A: &[&str] = &[
    "Atelier",
    "Studio",
    "Maison",
    "Groupe",
    "Collectif",
    "Coopérative",
    "Agence",
    "Cabinet",
    "Chocolaterie",
    "Brasserie",
    "Éditions",
    "Théâtre",
    "Fondation",
    "Laboratoire",
];
const COMPANY_B: &[&str] = &[
    "Boréal",
    "du Plateau",
    "Saint-Laurent",
    "des Vœux",
    "Lumière",
    "Côte-Nord",
    "Hochelaga",
    "Outremont",
    "Belle-Île",
    "Érable",
    "Gaspésie",
    "Mont-Royal",
    "Limoilou",
    "Charlevoix",
];
const TITLES: &[&str] = &[
    "fondatrice",
    "directeur artistique",
    "consultante",
    "pâtissier",
    "graphiste",
    "développeur",
    "photographe",
    "avocate",
    "comptable",
    "chargée de projet",
    "violoniste",
    "architecte",
    "journaliste",
    "traductrice",
    "coach",
    "ébéniste",
    "designer",
    "productrice",
];
const CITIES: &[&str] = &[
    "Montréal",
    "Québec",
    "Trois-Rivières",
    "Sherbrooke",
    "Gatineau",
    "Lévis",
    "Paris",
    "Lyon",
    "Bordeaux",
    "Nantes",
    "Bruxelles",
    "Genève",
    "Lausanne",
    "Marseille",
    "Lille",
    "Toulouse",
];
const TAGS: &[&str] = &[
    "voeux",
    "jazz",
    "startup",
    "5 à 7",
    "mentorat",
    "presse",
    "art",
    "musique",
    "théâtre",
    "danse",
    "tech",
    "santé",
    "finance",
    "immobilier",
    "édition",
    "cinéma",
    "photo",
    "design",
    "architecture",
    "gastronomie",
    "vin",
    "bière",
    "sport",
    "vélo",
    "course",
    "yoga",
    "école",
    "université",
    "recherche",
    "ong",
    "politique",
    "mairie",
    "province",
    "fédéral",
    "europe",
    "afrique",
    "asie",
    "amériques",
    "famille",
    "amis",
    "voisins",
    "anciens collègues",
    "clients",
    "fournisseurs",
    "investisseurs",
    "jury",
    "bénévoles",
    "conférenciers",
    "formateurs",
    "mécénat",
];
const SENTENCES: &[&str] = &[
    "Nous avons parlé de son prochain projet",
    "Elle cherche un local pour son atelier",
    "Il prépare une exposition au printemps",
    "Intéressée par un partenariat pour le concert",
    "Connaît bien le milieu de l'édition",
    "Veut être présenté à des investisseurs",
    "A quitté son poste pour lancer sa coopérative",
    "Discussion sur les subventions culturelles",
    "Talked about the festival budget",
    "Looking for a sound engineer for the tour",
    "Suggested we meet again after the holidays",
    "Organise un déjeuner d'affaires chaque mois",
    "Passionné de vélo et de jazz",
    "Son associé travaille dans la finance",
    "Son projet de livre avance bien",
    "On a évoqué un projet commun pour l'automne",
    "Met me through a friend from the conservatoire",
    "Recommande un bon traiteur pour les réceptions",
];
/// The rare word of the search benchmark, planted in about one encounter note in a thousand
/// (and nowhere else: no title, company or sentence contains it).
const RARE_WORD: &str = "chocolatier";
const EVENT_A: &[&str] = &[
    "5 à 7",
    "Petit-déjeuner",
    "Vernissage",
    "Conférence",
    "Atelier",
    "Soirée réseautage",
    "Meetup",
    "Gala",
    "Lancement",
    "Table ronde",
];
const EVENT_KINDS: &[EventKind] = &[
    EventKind::Afterwork,
    EventKind::Breakfast,
    EventKind::Other,
    EventKind::Conference,
    EventKind::Training,
    EventKind::Afterwork,
    EventKind::Meetup,
    EventKind::Other,
    EventKind::Other,
    EventKind::Conference,
];
const FOLLOW_UPS: &[&str] = &[
    "Envoyer le dossier de commandite",
    "Relancer pour le devis",
    "Send the festival deck",
    "Présenter à l'équipe du projet",
    "Call about the sound engineer",
    "Inviter au prochain 5 à 7",
    "Envoyer les photos du vernissage",
    "Prendre un café",
    "Ask for an introduction",
    "Partager l'article",
];
const PERIODS: &[&str] = &["2w", "1m", "3m", "6m", "1y"];
const CUSTOM_ROLES: &[&str] = &["bénévole", "porte-parole", "jury"];
const HOW: &[How] = &[
    How::Coffee,
    How::Lunch,
    How::Call,
    How::Email,
    How::Video,
    How::Other,
];

/// A small deterministic generator (SplitMix64): the same seed gives the same database.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Args {
    contacts: usize,
    db: PathBuf,
    seed: u64,
}

fn parse_args() -> Result<Args> {
    let mut contacts = None;
    let mut db = None;
    let mut seed = 7;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--contacts" => contacts = Some(it.next().context("--contacts N")?.parse()?),
            "--db" => db = Some(PathBuf::from(it.next().context("--db PATH")?)),
            "--seed" => seed = it.next().context("--seed N")?.parse()?,
            other => {
                bail!("unknown argument '{other}' (usage: synth --contacts N --db PATH [--seed S])")
            }
        }
    }
    Ok(Args {
        contacts: contacts.context("--contacts N is required")?,
        db: db.context("--db PATH is required")?,
        seed,
    })
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

const TODAY: (i32, u32, u32) = (2026, 11, 22);
const NOW: &str = "2026-11-22T09:00:00Z";

fn run() -> Result<()> {
    let args = parse_args()?;
    if args.db.exists() {
        bail!(
            "{} exists; synth fills a new database only",
            args.db.display()
        );
    }
    let mut store = Store::open(&Location {
        path: args.db.clone(),
        create_folder: false,
    })?;
    let mut rng = Rng(args.seed);
    let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).context("today")?;
    let n = args.contacts;
    let planted = store.write_bulk(|db| fill(db, &mut rng, n, today))?;
    println!("{}", serde_json::to_string_pretty(&planted)?);
    Ok(())
}

fn email_of(first: &str, last: &str, i: usize, domain: &str) -> String {
    let local = carnet::model::text::folded_words(&format!("{first} {last}")).join(".");
    format!("{local}.{i}@{domain}")
}

fn fill(db: Db<'_>, rng: &mut Rng, n: usize, today: NaiveDate) -> Result<serde_json::Value> {
    let person_query = "zoë quintal-bérubé";
    // Events (~N/50): mostly past (three years back), a few upcoming.
    let mut events: Vec<(EventId, NaiveDate)> = Vec::new();
    for k in 1..=(n / 50).max(1) {
        let a = rng.below(EVENT_A.len());
        let date = today - Duration::days(rng.below(1100) as i64 - 60);
        let name = format!("{} {} {k:04}", EVENT_A[a], rng.pick(COMPANY_B));
        let event = NewEvent {
            name,
            date,
            start_time: None,
            end_time: None,
            venue: rng.chance(70).then(|| rng.pick(CITIES).to_owned()),
            kind: EVENT_KINDS[a],
            organizer: rng
                .chance(40)
                .then(|| format!("{} {}", rng.pick(COMPANY_A), rng.pick(COMPANY_B))),
            note: None,
        };
        events.push((db.insert_event(&event, NOW)?, date));
    }
    let past_events: Vec<(EventId, NaiveDate)> = events
        .iter()
        .copied()
        .filter(|(_, d)| *d <= today)
        .collect();
    // Projects (~N/500), "Projet 0001" first; members are given roles below.
    let projects = (n / 500).max(1);
    let mut project_ids = Vec::with_capacity(projects);
    for k in 1..=projects {
        let note = rng.chance(50).then(|| note_text(rng));
        project_ids.push(db.insert_project(&format!("Projet {k:04}"), note.as_deref(), NOW)?);
    }
    // Keep-in-touch cadences on a few tags (the contacts' own cadences are set below).
    for (tag, days) in [
        ("famille", 30),
        ("mentorat", 60),
        ("investisseurs", 90),
        ("clients", 45),
    ] {
        db.set_tag_cadence(tag, Some(days))?;
    }
    let periods: Vec<Period> = PERIODS
        .iter()
        .map(|p| Period::parse(p))
        .collect::<std::result::Result<_, _>>()?;
    let mut rare_planted = 0;
    // Birthdays come from a stream of their own, so that adding them left every other
    // value of the dataset as it was.
    let mut side = Rng(rng.0 ^ 0x2323_2323_2323_2323);
    for i in 1..=n {
        let (first, last) = if i == n / 3 + 1 {
            ("Zoë", "Quintal-Bérubé")
        } else {
            (rng.pick(FIRST), rng.pick(LAST))
        };
        let name = format!("{first} {last}");
        let company = rng
            .chance(80)
            .then(|| format!("{} {}", rng.pick(COMPANY_A), rng.pick(COMPANY_B)));
        let mut emails = Vec::new();
        for k in 0..rng.below(4) {
            let label = ["work", "home", "perso"][k % 3];
            emails.push(Labeled::new(
                email_of(first, last, i * 4 + k, "example.org"),
                Some(label.to_owned()),
            ));
        }
        let mut phones = Vec::new();
        for k in 0..rng.below(4) {
            let label = ["mobile", "work", "home"][k % 3];
            phones.push(Labeled::new(
                format!("+1 514 {:03} {:04}", rng.below(1000), rng.below(10000)),
                Some(label.to_owned()),
            ));
        }
        let mut tags: Vec<String> = Vec::new();
        for _ in 0..rng.below(4) {
            // Skewed: the first tags are common, the last ones rare ("mécénat" ≈ 0.5%).
            let t =
                TAGS[(rng.below(TAGS.len() - 1) * rng.below(TAGS.len() - 1)) / (TAGS.len() - 1)];
            if !tags.iter().any(|x| x == t) {
                tags.push(t.to_owned());
            }
        }
        if rng.below(200) == 0 {
            tags.push("mécénat".to_owned());
        }
        let contact = NewContact {
            name,
            company,
            title: rng.chance(70).then(|| rng.pick(TITLES).to_owned()),
            city: rng.chance(60).then(|| rng.pick(CITIES).to_owned()),
            how_met: rng.chance(30).then(|| "5 à 7 au Musée".to_owned()),
            birthday: birthday_of(&mut side),
            keep_in_touch_days: rng.chance(20).then(|| [14, 30, 90, 180, 365][rng.below(5)]),
            introduced_by: (i > 10 && rng.chance(10)).then(|| (rng.below(i - 1) + 1) as i64),
            emails,
            phones,
            links: Vec::new(),
            tags,
            postal: Vec::new(),
        };
        let id = db.insert_contact(&contact, NOW)?;
        if rng.chance(30) {
            let date = today - Duration::days(rng.below(900) as i64);
            db.add_note(id, date, &note_text(rng), NOW)?;
        }
        // Three encounters, oldest first; about a third of them at an event.
        let mut days: Vec<i64> = (0..3).map(|_| 1 + rng.below(1000) as i64).collect();
        days.sort_unstable_by(|a, b| b.cmp(a));
        for (k, back) in days.into_iter().enumerate() {
            let at_event = rng.chance(33) && !past_events.is_empty();
            let (event_id, date, how) = if at_event {
                let (e, d) = past_events[rng.below(past_events.len())];
                (Some(e), d, How::Event)
            } else {
                (
                    None,
                    today - Duration::days(back),
                    HOW[rng.below(HOW.len())],
                )
            };
            let mut note = note_text(rng);
            if rng.below(1000) == 0 {
                note.push_str(&format!(" Présenté à un {RARE_WORD} de Lévis."));
                rare_planted += 1;
            }
            let encounter = NewEncounter {
                contact_id: id,
                event_id,
                date,
                how,
                note: Some(note),
                followup_id: None,
                new_contact: k == 0,
            };
            db.insert_encounter(&encounter, NOW)?;
        }
        // Roles in projects: 5% of people (≈25 per project), "Projet 0001" with 40 or so.
        let in_first = i % (n / 40).max(1) == 0;
        if rng.chance(5) || in_first {
            let project = if in_first {
                project_ids[0]
            } else {
                project_ids[rng.below(project_ids.len())]
            };
            let role = if rng.chance(85) {
                STANDARD_ROLES[rng.below(STANDARD_ROLES.len())]
            } else {
                rng.pick(CUSTOM_ROLES)
            };
            db.assign_role(project, id, role, None, NOW)?;
        }
        // Follow-ups (~N/2): a third overdue (up to a year late), the rest due within four
        // months; one in eight recurring; some about an event too.
        if rng.chance(50) {
            let due = if rng.below(3) == 0 {
                today - Duration::days(1 + rng.below(365) as i64)
            } else {
                today + Duration::days(rng.below(120) as i64)
            };
            let followup = NewFollowUp {
                contact_id: Some(id),
                event_id: (rng.chance(10) && !events.is_empty())
                    .then(|| events[rng.below(events.len())].0),
                what: rng.pick(FOLLOW_UPS).to_owned(),
                due,
                every: rng.chance(12).then(|| periods[rng.below(periods.len())]),
            };
            db.insert_followup(&followup, NOW)?;
        }
        // Cards (~N/5 in all): 16% of people handed one, a quarter of those several.
        if rng.chance(16) {
            let several = if rng.chance(25) { 1 + rng.below(2) } else { 0 };
            for k in 0..=several {
                let card = NewCard {
                    company: Some(format!("{} {}", rng.pick(COMPANY_A), rng.pick(COMPANY_B))),
                    title: rng.chance(80).then(|| rng.pick(TITLES).to_owned()),
                    emails: vec![email_of(first, last, i * 4 + k, "cartes.example.com")],
                    phones: rng
                        .chance(60)
                        .then(|| {
                            format!(
                                "+33 6 {:02} {:02} {:02} {:02}",
                                rng.below(100),
                                rng.below(100),
                                rng.below(100),
                                rng.below(100)
                            )
                        })
                        .into_iter()
                        .collect(),
                    website: rng
                        .chance(30)
                        .then(|| format!("https://example.com/{i}-{k}")),
                    address: None,
                    note: None,
                    received_on: today - Duration::days(rng.below(1000) as i64),
                    event_id: (rng.chance(40) && !past_events.is_empty())
                        .then(|| past_events[rng.below(past_events.len())].0),
                };
                db.insert_card(id, &card, NOW)?;
            }
        }
    }
    if rare_planted == 0 && n > 0 {
        // Small sets: the rare word must still be found once.
        let encounter = NewEncounter {
            contact_id: (n / 2).max(1) as i64,
            event_id: None,
            date: today - Duration::days(10),
            how: How::Coffee,
            note: Some(format!("Présenté à un {RARE_WORD} de Lévis.")),
            followup_id: None,
            new_contact: false,
        };
        db.insert_encounter(&encounter, NOW)?;
    }
    Ok(serde_json::json!({
        "contacts": n,
        "rare_tag": "mécénat",
        // A common tag, on about 10% of contacts ("voeux", the most common, on 17%).
        "common_tag": "jazz",
        "person_query": person_query,
        "project": "Projet 0001",
        "rare_word": RARE_WORD,
        "common_word": "projet",
        "accented_query": "frederic",
        // Words of different fields of one person: a first name and a city; a first name,
        // a title and a city; a first name and a tag. Then a first name with a one-letter
        // mistake, and the start of first names to complete.
        "two_fields": "frederic lyon",
        "three_fields": "frederic photographe lyon",
        "name_and_tag": "karine jazz",
        "typo": "frederik photographe",
        "completion_prefix": "fre",
    }))
}

/// A birthday for about 30% of people (as a heavy user's address book has them, from
/// phones and social networks), a sixth of them without the year; 29 February included.
fn birthday_of(rng: &mut Rng) -> Option<Birthday> {
    if !rng.chance(30) {
        return None;
    }
    let year = 1950 + rng.below(55) as i32;
    let days = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    };
    let day = NaiveDate::from_yo_opt(year, 1 + rng.below(days) as u32)?;
    let text = if rng.below(6) == 0 {
        day.format("--%m-%d").to_string()
    } else {
        day.format("%Y-%m-%d").to_string()
    };
    Birthday::parse(&text)
}

fn note_text(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..(2 + rng.below(3)) {
        s.push_str(rng.pick(SENTENCES));
        s.push_str(". ");
    }
    s.trim_end().to_owned()
}
