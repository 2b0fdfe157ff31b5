use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// Sunday 22 November 2026, the reference day of the tests.
fn today() -> NaiveDate {
    d(2026, 11, 22)
}

fn p(s: &str) -> NaiveDate {
    parse_date(s, today()).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn due(s: &str) -> NaiveDate {
    parse_due(s, today()).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn past(s: &str) -> NaiveDate {
    parse_past(s, today()).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn when(s: &str) -> When {
    parse_when(s, today(), Lean::Past).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn bad(s: &str) -> bool {
    parse_date(s, today()).is_err()
}

#[test]
fn reference_day_is_a_sunday() {
    assert_eq!(today().weekday(), Weekday::Sun);
}

#[test]
fn absolute_dates() {
    assert_eq!(p("2026-12-01"), d(2026, 12, 1));
    assert_eq!(p("01/12/2026"), d(2026, 12, 1));
    assert_eq!(p("1/12/2026"), d(2026, 12, 1));
    assert_eq!(p("01.12.26"), d(2026, 12, 1));
    assert_eq!(p("01/12"), d(2026, 12, 1));
    // Without a year and no lean: the nearest such day, either way.
    assert_eq!(p("31/01"), d(2027, 1, 31));
    assert_eq!(p("15/11"), d(2026, 11, 15));
    assert_eq!(p("23/05"), d(2027, 5, 23)); // 182 days ahead, 183 back
    assert_eq!(p("24/05"), d(2026, 5, 24)); // 183 days ahead, 182 back
    assert_eq!(p("29/02"), d(2028, 2, 29));
    assert_eq!(p("29/02/2028"), d(2028, 2, 29));
    for s in [
        "31/02/2026",
        "12/31",
        "29/02/2027",
        "1/2/3/4",
        "1/2/123",
        "01/12/20266",
        "a/12",
        "1/",
        "/1",
        "1",
        "32/01",
        "00/01",
    ] {
        assert!(bad(s), "{s}");
    }
}

#[test]
fn a_day_without_a_year_leans_as_asked() {
    // On 2 December, 15 September is next September as a due date, last September as a
    // meeting.
    let dec2 = d(2026, 12, 2);
    assert_eq!(parse_due("15 septembre", dec2).unwrap(), d(2027, 9, 15));
    assert_eq!(parse_past("15 septembre", dec2).unwrap(), d(2026, 9, 15));
    assert_eq!(parse_date("15 septembre", dec2).unwrap(), d(2026, 9, 15));
    assert_eq!(parse_due("15/09", dec2).unwrap(), d(2027, 9, 15));
    assert_eq!(parse_past("15/09", dec2).unwrap(), d(2026, 9, 15));
    // Today belongs to both.
    assert_eq!(parse_due("2 déc", dec2).unwrap(), dec2);
    assert_eq!(parse_past("2/12", dec2).unwrap(), dec2);
    // Tomorrow and yesterday.
    assert_eq!(due("23/11"), d(2026, 11, 23));
    assert_eq!(past("23/11"), d(2025, 11, 23));
    assert_eq!(due("21/11"), d(2027, 11, 21));
    assert_eq!(past("21/11"), d(2026, 11, 21));
    // 29 February: the next and the last leap years.
    assert_eq!(due("29/02"), d(2028, 2, 29));
    assert_eq!(past("29/02"), d(2024, 2, 29));
    assert!(parse_due("30/02", today()).is_err());
}

#[test]
fn every_month_name_in_both_languages() {
    let names: [&[&str]; 12] = [
        &["january", "jan", "janvier", "janv", "Janv."],
        &["february", "feb", "février", "fevrier", "fév", "févr"],
        &["march", "mar", "mars"],
        &["april", "apr", "avril", "avr"],
        &["may", "mai"],
        &["june", "jun", "juin"],
        &["july", "jul", "juillet", "juil"],
        &["august", "aug", "août", "aout"],
        &["september", "sep", "sept", "septembre"],
        &["october", "oct", "octobre"],
        &["november", "nov", "novembre"],
        &["december", "dec", "décembre", "Déc."],
    ];
    for (i, words) in names.iter().enumerate() {
        let m = i as u32 + 1;
        for w in *words {
            let got = parse_when(&format!("3 {w} 2027"), today(), Lean::Future).unwrap();
            assert_eq!(got.date, d(2027, m, 3), "3 {w} 2027");
            assert_eq!(
                parse_date(&format!("{w} 3, 2027"), today()).unwrap(),
                d(2027, m, 3),
                "{w} 3, 2027"
            );
        }
    }
    assert_eq!(month("brumaire"), None);
}

#[test]
fn month_names_with_days_and_years() {
    assert_eq!(p("1 déc"), d(2026, 12, 1));
    assert_eq!(p("1 déc."), d(2026, 12, 1));
    assert_eq!(p("1er décembre"), d(2026, 12, 1));
    assert_eq!(p("le 3 février 2027"), d(2027, 2, 3));
    assert_eq!(p("Dec 1"), d(2026, 12, 1));
    assert_eq!(p("December 1st, 2027"), d(2027, 12, 1));
    assert_eq!(p("December 2nd"), d(2026, 12, 2));
    assert_eq!(p("December 3rd"), d(2026, 12, 3));
    assert_eq!(p("December 4th"), d(2026, 12, 4));
    assert_eq!(p("2e décembre"), d(2026, 12, 2));
    assert_eq!(p("1 December 2027"), d(2027, 12, 1));
    assert_eq!(p("15 août"), d(2026, 8, 15));
    assert_eq!(p("May 5"), d(2027, 5, 5));
    assert_eq!(p("Jan 31"), d(2027, 1, 31));
    // A weekday before the date says nothing more.
    assert_eq!(p("vendredi 4 décembre"), d(2026, 12, 4));
    assert_eq!(p("Fri, 4 Dec 2026"), d(2026, 12, 4));
    assert_eq!(p("mar 4 mars 2025"), d(2025, 3, 4));
    for s in [
        "30 février",
        "Dec 1 26",
        "Dec 1 20266",
        "32 déc",
        "0 déc",
        "123 déc",
        "déc",
        "1 2 3 4",
        "1 décembre 2026 2027",
        "vendredi 4",
    ] {
        assert!(bad(s), "{s}");
    }
}

#[test]
fn day_numbers() {
    for (w, n) in [
        ("1", 1),
        ("01", 1),
        ("1er", 1),
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("4th", 4),
        ("2e", 2),
        ("15,", 15),
        ("31", 31),
    ] {
        assert_eq!(day_number(w), Some(n), "{w}");
    }
    for w in ["", "0", "32", "123", "x", "1x", "er", "-1"] {
        assert_eq!(day_number(w), None, "{w}");
    }
}

#[test]
fn words_for_days() {
    assert_eq!(p("today"), today());
    assert_eq!(p("Aujourd'hui"), today());
    assert_eq!(p("aujourd’hui"), today());
    assert_eq!(p("aujourdhui"), today());
    assert_eq!(p("auj"), today());
    assert_eq!(p("now"), today());
    assert_eq!(p("maintenant"), today());
    assert_eq!(p("tonight"), today());
    assert_eq!(p("tomorrow"), d(2026, 11, 23));
    assert_eq!(p("demain"), d(2026, 11, 23));
    assert_eq!(p("à demain"), d(2026, 11, 23));
    assert_eq!(p("yesterday"), d(2026, 11, 21));
    assert_eq!(p("hier"), d(2026, 11, 21));
    for s in ["après-demain", "apres demain", "day after tomorrow"] {
        assert_eq!(p(s), d(2026, 11, 24), "{s}");
    }
    for s in ["avant-hier", "avant hier", "the day before yesterday"] {
        assert_eq!(p(s), d(2026, 11, 20), "{s}");
    }
    for s in ["next week", "la semaine prochaine", "semaine prochaine"] {
        assert_eq!(p(s), d(2026, 11, 29), "{s}");
    }
    for s in ["last week", "la semaine dernière", "semaine derniere"] {
        assert_eq!(p(s), d(2026, 11, 15), "{s}");
    }
    for s in ["next month", "le mois prochain", "mois prochain"] {
        assert_eq!(p(s), d(2026, 12, 22), "{s}");
    }
    for s in ["last month", "le mois dernier", "mois dernier"] {
        assert_eq!(p(s), d(2026, 10, 22), "{s}");
    }
    for s in [
        "next year",
        "l'année prochaine",
        "l’an prochain",
        "an prochain",
    ] {
        assert_eq!(p(s), d(2027, 11, 22), "{s}");
    }
    for s in ["this", "ce", "cette", "matin", "soir"] {
        assert!(bad(s), "{s}");
    }
}

#[test]
fn parts_of_the_day_name_the_day_and_no_time() {
    for (s, day) in [
        ("demain matin", d(2026, 11, 23)),
        ("ce soir", today()),
        ("cet après-midi", today()),
        ("cette nuit", today()),
        ("this evening", today()),
        ("this morning", today()),
        ("hier soir", d(2026, 11, 21)),
        ("tomorrow afternoon", d(2026, 11, 23)),
        ("demain aprem", d(2026, 11, 23)),
        ("demain apres midi", d(2026, 11, 23)),
        ("vendredi soir", d(2026, 11, 20)),
    ] {
        assert_eq!(when(s), When::day(day), "{s}");
    }
    // Noon is a time.
    assert_eq!(when("demain midi").time, Some(t(12, 0)));
}

#[test]
fn ends_of_months_and_years() {
    for s in [
        "fin du mois",
        "fin de mois",
        "à la fin du mois",
        "end of the month",
        "end of month",
    ] {
        assert_eq!(p(s), d(2026, 11, 30), "{s}");
    }
    for s in ["fin du mois prochain", "end of next month"] {
        assert_eq!(p(s), d(2026, 12, 31), "{s}");
    }
    for s in ["début du mois prochain", "beginning of next month"] {
        assert_eq!(p(s), d(2026, 12, 1), "{s}");
    }
    for s in ["fin de l'année", "end of the year", "fin d'annee"] {
        assert_eq!(p(s), d(2026, 12, 31), "{s}");
    }
    // On the last day of a month, the end of the month is today; February has its own end.
    assert_eq!(
        parse_due("fin du mois", d(2027, 2, 28)).unwrap(),
        d(2027, 2, 28)
    );
    assert_eq!(
        parse_due("fin du mois", d(2028, 2, 1)).unwrap(),
        d(2028, 2, 29)
    );
    assert_eq!(
        parse_due("fin du mois prochain", d(2027, 1, 31)).unwrap(),
        d(2027, 2, 28)
    );
    assert_eq!(
        parse_due("début du mois prochain", d(2026, 12, 31)).unwrap(),
        d(2027, 1, 1)
    );
}

#[test]
fn every_weekday_name_in_both_languages() {
    // From Sunday 22 November: Monday 23 … Sunday 29 (a week on, never today).
    let names: [&[&str]; 7] = [
        &["monday", "mon", "lundi", "lun"],
        &["tuesday", "tue", "tues", "mardi", "mar"],
        &["wednesday", "wed", "mercredi", "mer"],
        &["thursday", "thu", "thur", "thurs", "jeudi", "jeu"],
        &["friday", "fri", "vendredi", "ven"],
        &["saturday", "sat", "samedi", "sam"],
        &["sunday", "sun", "dimanche", "dim"],
    ];
    for (i, words) in names.iter().enumerate() {
        let coming = d(2026, 11, 23 + i as u32);
        for w in *words {
            assert_eq!(p(w), coming, "{w}");
            assert_eq!(due(w), coming, "{w}");
            // Strictly before today: on a Sunday, "dimanche" is a week ago.
            let last = if i == 6 {
                d(2026, 11, 15)
            } else {
                coming - Duration::days(7)
            };
            assert_eq!(past(w), last, "{w}");
        }
    }
    assert_eq!(weekday("someday"), None);
}

#[test]
fn weekday_phrases() {
    for s in [
        "friday",
        "vendredi",
        "Friday",
        "next friday",
        "this friday",
        "on friday",
        "coming friday",
        "this coming friday",
        "next coming friday",
        "vendredi prochain",
        "ce vendredi",
    ] {
        assert_eq!(p(s), d(2026, 11, 27), "{s}");
    }
    // A meeting "on friday" was last Friday; "next friday" is still the coming one.
    assert_eq!(past("vendredi"), d(2026, 11, 20));
    assert_eq!(past("on friday"), d(2026, 11, 20));
    assert_eq!(past("vendredi prochain"), d(2026, 11, 27));
    for s in ["last friday", "past friday", "vendredi dernier"] {
        assert_eq!(p(s), d(2026, 11, 20), "{s}");
        assert_eq!(due(s), d(2026, 11, 20), "{s}");
    }
    // "Jeudi en huit": a week after the coming Thursday; "en quinze": two.
    assert_eq!(p("jeudi en huit"), d(2026, 12, 3));
    assert_eq!(p("jeudi en 8"), d(2026, 12, 3));
    assert_eq!(p("lundi en quinze"), d(2026, 12, 7));
    assert_eq!(p("lundi en 15"), d(2026, 12, 7));
    // From a Friday, "friday" is the next one, and the last one a week back.
    let friday = d(2026, 11, 27);
    assert_eq!(parse_date("friday", friday).unwrap(), d(2026, 12, 4));
    assert_eq!(parse_past("friday", friday).unwrap(), d(2026, 11, 20));
    assert_eq!(last_weekday(friday, Weekday::Sat), d(2026, 11, 21));
    assert_eq!(next_weekday(friday, Weekday::Sat), d(2026, 11, 28));
    for s in [
        "friday 13",
        "next",
        "prochain",
        "vendredi en neuf",
        "last",
        "jeudi en",
    ] {
        assert!(bad(s), "{s}");
    }
}

#[test]
fn relative_phrases_in_both_languages() {
    assert_eq!(p("in 3 days"), d(2026, 11, 25));
    assert_eq!(p("dans 3 jours"), d(2026, 11, 25));
    assert_eq!(p("in 2 weeks"), d(2026, 12, 6));
    assert_eq!(p("dans 2 semaines"), d(2026, 12, 6));
    assert_eq!(p("in 1 month"), d(2026, 12, 22));
    assert_eq!(p("in a month"), d(2026, 12, 22));
    assert_eq!(p("dans un mois"), d(2026, 12, 22));
    assert_eq!(p("dans une semaine"), d(2026, 11, 29));
    assert!(bad("in an hour"), "hours are not a unit of dates");
    assert_eq!(p("3 days"), d(2026, 11, 25));
    // In words, a period needs "in": "un jour" is some day, not tomorrow.
    assert!(bad("un jour"));
    assert!(bad("deux semaines"));
    assert_eq!(p("3 days ago"), d(2026, 11, 19));
    assert_eq!(p("il y a 2 semaines"), d(2026, 11, 8));
    assert_eq!(p("il y a un an"), d(2025, 11, 22));
}

#[test]
fn numbers_in_words() {
    assert_eq!(p("in two weeks"), d(2026, 12, 6));
    assert_eq!(p("dans deux semaines"), d(2026, 12, 6));
    assert_eq!(p("dans trois jours"), d(2026, 11, 25));
    assert_eq!(p("in twenty-one days"), d(2026, 12, 13));
    assert_eq!(p("dans vingt et un jours"), d(2026, 12, 13));
    assert_eq!(p("il y a trois jours"), d(2026, 11, 19));
    assert_eq!(p("three days ago"), d(2026, 11, 19));
    // French says a week and two weeks as eight and fifteen days.
    assert_eq!(p("dans huit jours"), d(2026, 11, 29));
    assert_eq!(p("dans quinze jours"), d(2026, 12, 6));
    // In figures, days are days.
    assert_eq!(p("dans 15 jours"), d(2026, 12, 7));
    let all = [
        ("un", 1),
        ("une", 1),
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("deux", 2),
        ("three", 3),
        ("trois", 3),
        ("four", 4),
        ("quatre", 4),
        ("five", 5),
        ("cinq", 5),
        ("six", 6),
        ("seven", 7),
        ("sept", 7),
        ("eight", 8),
        ("huit", 8),
        ("nine", 9),
        ("neuf", 9),
        ("ten", 10),
        ("dix", 10),
        ("eleven", 11),
        ("onze", 11),
        ("twelve", 12),
        ("douze", 12),
        ("thirteen", 13),
        ("treize", 13),
        ("fourteen", 14),
        ("quatorze", 14),
        ("fifteen", 15),
        ("quinze", 15),
        ("sixteen", 16),
        ("seize", 16),
        ("seventeen", 17),
        ("dix-sept", 17),
        ("eighteen", 18),
        ("dix-huit", 18),
        ("nineteen", 19),
        ("dix neuf", 19),
        ("twenty", 20),
        ("vingt", 20),
        ("twenty-one", 21),
        ("vingt et un", 21),
        ("vingt-deux", 22),
        ("thirty", 30),
        ("trente", 30),
        ("thirty five", 35),
        ("forty", 40),
        ("quarante", 40),
        ("fifty", 50),
        ("cinquante", 50),
        ("sixty", 60),
        ("soixante", 60),
        ("seventy", 70),
        ("soixante-dix", 70),
        ("septante", 70),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("eighty", 80),
        ("quatre-vingts", 80),
        ("quatre-vingt", 80),
        ("huitante", 80),
        ("octante", 80),
        ("quatre-vingt-un", 81),
        ("quatre-vingt-dix", 90),
        ("quatre-vingt-dix-neuf", 99),
        ("ninety", 90),
        ("nonante", 90),
        ("ninety-nine", 99),
        ("3", 3),
        ("12345", 12345),
    ];
    for (w, n) in all {
        assert_eq!(number(w), Some(n), "{w}");
    }
    for w in [
        "",
        "123456",
        "deux deux",
        "vingt vingt",
        "trente dix",
        "twenty ten",
        "dix dix",
        "dix vingt",
        "several",
        "et",
        "3x",
        "twenty zero",
        "a couple",
        // Sixty and eighty take a teen, not a ten.
        "soixante vingt",
        "soixante dix dix",
        "quatre-vingt-dix-onze",
        "quatre-vingt vingt",
    ] {
        assert_eq!(number(w), None, "{w}");
    }
}

#[test]
fn shorthand() {
    assert_eq!(p("3d"), d(2026, 11, 25));
    assert_eq!(p("+3d"), d(2026, 11, 25));
    assert_eq!(p("2w"), d(2026, 12, 6));
    assert_eq!(p("1m"), d(2026, 12, 22));
    assert_eq!(p("1y"), d(2027, 11, 22));
    assert_eq!(p("3j"), d(2026, 11, 25));
}

#[test]
fn times_and_spans_after_a_day() {
    let at = |s: &str| when(s);
    assert_eq!(
        at("jeudi 17h30"),
        When {
            date: d(2026, 11, 19),
            time: Some(t(17, 30)),
            end: None
        }
    );
    assert_eq!(
        parse_when("jeudi 17h30", today(), Lean::Future)
            .unwrap()
            .date,
        d(2026, 11, 26)
    );
    assert_eq!(at("2026-12-03 17:30").time, Some(t(17, 30)));
    assert_eq!(at("2026-12-03T17:30").date, d(2026, 12, 3));
    assert_eq!(at("2026-12-03T17:30").time, Some(t(17, 30)));
    assert_eq!(at("demain à 9h").date, d(2026, 11, 23));
    assert_eq!(at("demain à 9h").time, Some(t(9, 0)));
    assert_eq!(at("tomorrow at 5pm").time, Some(t(17, 0)));
    assert_eq!(at("hier 17 h 30").time, Some(t(17, 30)));
    // A time alone is today's.
    assert_eq!(at("17h30").date, today());
    assert_eq!(at("vers 18h").time, Some(t(18, 0)));
    for s in [
        "hier 17h30-19h30",
        "hier 17:30 - 19:30",
        "hier 17h30–19h30",
        "hier de 17h30 à 19h30",
        "hier from 5:30pm to 7:30pm",
        "hier 17h30 jusqu'à 19h30",
        "hier 17h30 until 19h30",
        "hier 17h30 — 19h30",
    ] {
        let w = at(s);
        assert_eq!(
            (w.date, w.time, w.end),
            (d(2026, 11, 21), Some(t(17, 30)), Some(t(19, 30))),
            "{s}"
        );
    }
    assert_eq!(at("3 déc. 2026 18h").date, d(2026, 12, 3));
    assert_eq!(at("jeudi en huit 12h").date, d(2026, 12, 3));
    for s in [
        "jeudi 25h",
        "jeudi 17h3",
        "jeudi 17",
        "jeudi 17:5",
        "jeudi h30",
    ] {
        assert!(parse_when(s, today(), Lean::Past).is_err(), "{s}");
    }
}

#[test]
fn clock_times() {
    for (s, h, m) in [
        ("17:30", 17, 30),
        ("17h30", 17, 30),
        ("17H30", 17, 30),
        ("17h", 17, 0),
        ("9h05", 9, 5),
        ("17 h 30", 17, 30),
        ("5pm", 17, 0),
        ("5 pm", 17, 0),
        ("5:30pm", 17, 30),
        ("5:30 p.m", 17, 30),
        ("12pm", 12, 0),
        ("12am", 0, 0),
        ("9am", 9, 0),
        ("9 a.m.", 9, 0),
        ("midi", 12, 0),
        ("noon", 12, 0),
        ("minuit", 0, 0),
        ("midnight", 0, 0),
        ("0h", 0, 0),
        ("23:59", 23, 59),
    ] {
        assert_eq!(parse_time(s), Ok(t(h, m)), "{s}");
    }
    for s in [
        "",
        "17",
        "17:5",
        "17:300",
        "24:00",
        "23:60",
        "13pm",
        "0pm",
        "h",
        "17h5",
        "x17h",
        "5 o'clock",
        "17:",
        "jam",
        "123h",
        "005:30",
        "+5:30",
        "+5pm",
    ] {
        assert_eq!(parse_time(s), Err(DateError::Time(s.trim().into())), "{s}");
    }
}

#[test]
fn durations() {
    for (s, minutes) in [
        ("2h", 120),
        ("+2h", 120),
        ("1h30", 90),
        ("90min", 90),
        ("45 min", 45),
        ("1 minute", 1),
        ("3 minutes", 3),
        ("2 heures", 120),
        ("1 hour", 60),
        ("2 hrs", 120),
        ("1hr", 60),
        ("10m", 10),
        ("5 mins", 5),
        ("168h", 7 * 24 * 60),
    ] {
        assert_eq!(parse_duration(s), Ok(Duration::minutes(minutes)), "{s}");
    }
    for s in [
        "", "2", "h", "0h", "169h", "1h3", "1h300", "2 days", "1h3x", "x2h",
    ] {
        assert_eq!(
            parse_duration(s),
            Err(DateError::Duration(s.trim().into())),
            "{s}"
        );
    }
    assert!(DateError::Duration("x".into()).hint().contains("1h30"));
    assert!(DateError::Time("x".into()).hint().contains("17h30"));
}

#[test]
fn dates_are_bounded_to_the_years_1900_to_9999() {
    let e = parse_date("0000-01-01", today()).unwrap_err();
    assert_eq!(e, DateError::OutOfRange("0000-01-01".into()));
    assert!(e.to_string().contains("1900"), "{e}");
    assert!(e.hint().contains("dans deux semaines"), "{}", e.hint());
    for s in [
        "1899-12-31",
        "01/01/0001",
        "in 99 years",
        "il y a 99 ans",
        "+10000-01-01",
    ] {
        let e = parse_when(s, d(9950, 1, 1).min(today()), Lean::Future);
        assert!(
            e.is_ok() || matches!(e, Err(DateError::OutOfRange(_))),
            "{s}"
        );
    }
    assert_eq!(
        parse_date("1899-12-31", today()),
        Err(DateError::OutOfRange("1899-12-31".into()))
    );
    assert_eq!(parse_date("1900-01-01", today()), Ok(MIN_DATE));
    assert_eq!(parse_date("9999-12-31", today()), Ok(MAX_DATE));
    assert!(parse_date("10000-01-01", today()).is_err());
    // A year after a day and a month is four figures: anything else is not read as one
    // (rather than as a year out of range).
    for s in ["1 déc +2026", "1 déc +202", "1 déc 20266", "1 déc 202"] {
        assert_eq!(
            parse_date(s, today()),
            Err(DateError::Date(s.into())),
            "{s}"
        );
    }
    // Near the end of the calendar, counting forward stops being a date carnet keeps.
    let late = d(9999, 12, 1);
    assert_eq!(
        parse_date("in 2 months", late),
        Err(DateError::OutOfRange("in 2 months".into()))
    );
    assert_eq!(parse_date("in 30 days", late), Ok(d(9999, 12, 31)));
    assert_eq!(
        parse_date("il y a 3 jours", d(1900, 1, 2)),
        Err(DateError::OutOfRange("il y a 3 jours".into()))
    );
    assert_eq!(
        parse_date("in 2 days", d(9999, 12, 31)),
        Err(DateError::OutOfRange("in 2 days".into()))
    );
    assert!(in_range(MIN_DATE) && in_range(MAX_DATE));
    assert!(!in_range(MIN_DATE - Duration::days(1)));
    assert!(!in_range(MAX_DATE + Duration::days(1)));
}

#[test]
fn adding_days_stops_at_the_last_date() {
    assert_eq!(add_days(today(), 0), today());
    assert_eq!(add_days(today(), 9), d(2026, 12, 1));
    assert_eq!(add_days(today(), 95_005_458), MAX_DATE);
    assert_eq!(add_days(today(), u64::MAX), MAX_DATE);
    assert_eq!(add_days(d(9999, 12, 30), 1), MAX_DATE);
    assert_eq!(add_days(d(9999, 12, 30), 2), MAX_DATE);
}

#[test]
fn days_of_the_month() {
    assert_eq!(due("le 15"), d(2026, 12, 15));
    assert_eq!(due("the 15th"), d(2026, 12, 15));
    assert_eq!(due("le 22"), today());
    assert_eq!(due("le 25"), d(2026, 11, 25));
    assert_eq!(past("le 15"), d(2026, 11, 15));
    assert_eq!(past("le 25"), d(2026, 10, 25));
    assert_eq!(p("le 1er"), d(2026, 12, 1));
    // The 31st of the next month that has one.
    assert_eq!(due("le 31"), d(2026, 12, 31));
    assert_eq!(past("le 31"), d(2026, 10, 31));
    assert!(bad("le 32"));
    assert!(bad("15"));
    // Two figures at most, and only figures.
    assert!(bad("le 015"));
    assert!(bad("le +5"));
    assert!(bad("015 déc"));
}

#[test]
fn unknown_forms_quote_the_input_and_list_the_forms() {
    let e = parse_date("someday maybe", today()).unwrap_err();
    assert_eq!(e, DateError::Date("someday maybe".into()));
    assert_eq!(e.to_string(), "unrecognised date 'someday maybe'");
    assert!(e.hint().contains("vendredi prochain"));
    assert!(e.hint().contains("dans deux semaines"));
    assert!(e.hint().contains("jeudi 17h30"));
    for bad_input in [
        "",
        " ",
        "in",
        "dans",
        "dans plusieurs jours",
        "0d",
        "next",
        "32/01",
        "1/2/3/4",
        "friday 13",
        "ago",
        "il y a",
        "a",
        "on",
    ] {
        assert!(bad(bad_input), "{bad_input}");
    }
}

#[test]
fn month_ends_and_leap_years() {
    let m = Period::Months(1);
    assert_eq!(m.add_to(d(2027, 1, 31)), d(2027, 2, 28));
    assert_eq!(m.add_to(d(2028, 1, 31)), d(2028, 2, 29));
    assert_eq!(m.add_to(d(2026, 12, 31)), d(2027, 1, 31));
    assert_eq!(Period::Months(3).add_to(d(2026, 11, 30)), d(2027, 2, 28));
    assert_eq!(Period::Years(1).add_to(d(2028, 2, 29)), d(2029, 2, 28));
    assert_eq!(Period::Years(4).add_to(d(2028, 2, 29)), d(2032, 2, 29));
    assert_eq!(Period::Weeks(2).add_to(d(2028, 2, 20)), d(2028, 3, 5));
    assert_eq!(Period::Days(1).add_to(d(2028, 2, 28)), d(2028, 2, 29));
    assert_eq!(
        parse_date("in 1 month", d(2027, 1, 31)).unwrap(),
        d(2027, 2, 28)
    );
    assert_eq!(parse_date("1m", d(2028, 1, 30)).unwrap(), d(2028, 2, 29));
    assert_eq!(
        Period::Months(1).sub_from(d(2027, 3, 31)),
        Some(d(2027, 2, 28))
    );
    assert_eq!(
        Period::Days(3).sub_from(d(2026, 3, 2)),
        Some(d(2026, 2, 27))
    );
    assert_eq!(
        Period::Weeks(1).sub_from(d(2026, 3, 2)),
        Some(d(2026, 2, 23))
    );
    assert_eq!(
        Period::Years(2).sub_from(d(2028, 2, 29)),
        Some(d(2026, 2, 28))
    );
    assert_eq!(Period::Days(1).sub_from(NaiveDate::MIN), None);
    // A recurrence never goes past the last date carnet keeps.
    assert_eq!(Period::Years(100).add_to(d(9990, 1, 1)), MAX_DATE);
    assert_eq!(Period::Days(100).add_to(d(9999, 12, 1)), MAX_DATE);
    assert_eq!(Period::Weeks(100).add_to(NaiveDate::MAX), MAX_DATE);
}

#[test]
fn periods() {
    for (s, want) in [
        ("3m", Period::Months(3)),
        ("+2w", Period::Weeks(2)),
        ("1 an", Period::Years(1)),
        ("2 semaines", Period::Weeks(2)),
        ("deux semaines", Period::Weeks(2)),
        ("trois mois", Period::Months(3)),
        ("a month", Period::Months(1)),
        ("un an", Period::Years(1)),
        ("quinze jours", Period::Weeks(2)),
        ("huit jours", Period::Weeks(1)),
        ("15 jours", Period::Days(15)),
        ("10 days", Period::Days(10)),
        ("1 day", Period::Days(1)),
        ("3 weeks", Period::Weeks(3)),
        ("2 sem", Period::Weeks(2)),
        ("1 week", Period::Weeks(1)),
        ("6 months", Period::Months(6)),
        ("1 month", Period::Months(1)),
        ("2 years", Period::Years(2)),
        ("1 year", Period::Years(1)),
        ("3 ans", Period::Years(3)),
        ("2a", Period::Years(2)),
        ("2 années", Period::Years(2)),
        ("1 annee", Period::Years(1)),
        ("3 jour", Period::Days(3)),
        ("1 semaine", Period::Weeks(1)),
        ("36525d", Period::Days(36_525)),
        ("5218w", Period::Weeks(5_218)),
        ("1200m", Period::Months(1_200)),
        ("100y", Period::Years(100)),
    ] {
        assert_eq!(Period::parse(s), Ok(want), "{s}");
    }
    for s in [
        "0d",
        "often",
        "",
        "3",
        "d",
        "36526d",
        "5219w",
        "1201m",
        "101y",
        "99999999999d",
        "3 fortnights",
        "vingt",
        "+",
    ] {
        assert_eq!(
            Period::parse(s),
            Err(DateError::Period(s.trim().into())),
            "{s}"
        );
    }
    assert!(DateError::Period("x".into())
        .hint()
        .contains("quinze jours"));
    assert_eq!(Period::parse("6 mois").unwrap().to_string(), "6m");
    assert_eq!(Period::Days(3).to_string(), "3d");
    assert_eq!(Period::Weeks(2).to_string(), "2w");
    assert_eq!(Period::Years(1).to_string(), "1y");
    assert_eq!(Period::Days(3).approx_days(), 3);
    assert_eq!(Period::Weeks(2).approx_days(), 14);
    assert_eq!(Period::Months(3).approx_days(), 90);
    assert_eq!(Period::Years(2).approx_days(), 730);
    assert_eq!(format_days(90), "3m");
    assert_eq!(format_days(14), "2w");
    assert_eq!(format_days(730), "2y");
    assert_eq!(format_days(10), "10d");
    assert_eq!(plural_days(1), "1 day");
    assert_eq!(plural_days(0), "0 days");
    assert_eq!(plural_days(3), "3 days");
}

#[test]
fn follow_ups_split_at_the_colon_after_the_date() {
    let f = |s: &str| split_follow_up(s, today()).unwrap();
    assert_eq!(
        f("vendredi: lui écrire pour un café"),
        (
            "vendredi".into(),
            d(2026, 11, 27),
            "lui écrire pour un café".into()
        )
    );
    // A time's colon stays in the date.
    assert_eq!(
        f("jeudi 10:30: appeler"),
        ("jeudi 10:30".into(), d(2026, 11, 26), "appeler".into())
    );
    assert_eq!(
        f("15 sept: relancer: le devis"),
        (
            "15 sept".into(),
            d(2027, 9, 15),
            "relancer: le devis".into()
        )
    );
    assert_eq!(f("2w"), ("2w".into(), d(2026, 12, 6), String::new()));
    assert_eq!(
        f(" demain 9:15 "),
        ("demain 9:15".into(), d(2026, 11, 23), String::new())
    );
    assert_eq!(
        f("demain:"),
        ("demain".into(), d(2026, 11, 23), String::new())
    );
    // What cannot be read is quoted as typed before the first colon.
    assert_eq!(
        split_follow_up("bientôt: écrire", today()),
        Err(DateError::Date("bientôt".into()))
    );
    assert_eq!(
        split_follow_up("un jour", today()),
        Err(DateError::Date("un jour".into()))
    );
    assert_eq!(
        split_follow_up("0000-01-01: trop tôt", today()),
        Err(DateError::OutOfRange("0000-01-01".into()))
    );
}
