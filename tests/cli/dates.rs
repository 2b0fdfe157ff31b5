//! Dates as people type them, through the commands that take them: which way a day
//! without a year leans, and the bounds of every date and period.

use crate::common::TestEnv;

#[test]
fn an_upcoming_window_of_any_length_lists_without_overflowing() {
    let env = TestEnv::new();
    let zoe = env.add("Zoë", &[]);
    env.ok(&[
        "fu",
        "add",
        &zoe.to_string(),
        "Far away",
        "--due",
        "2030-01-01",
    ]);
    for days in ["95005458", "4294967295"] {
        let r = env.json(&["fu", "list", "--upcoming", days]);
        assert_eq!(r[0]["what"], "Far away", "--upcoming {days}");
    }
}

#[test]
fn years_before_1900_and_after_9999_are_refused() {
    let env = TestEnv::new();
    let zoe = env.add("Zoë", &[]).to_string();
    for due in ["0000-01-01", "1899-12-31", "01/01/0001", "in 200 years"] {
        let r = env.fails(&["fu", "add", &zoe, "Too far", "--due", due], 1);
        assert!(r.stderr.contains(due), "{due}: {}", r.stderr);
        assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    }
    let r = env.fails(&["met", &zoe, "--on", "0000-01-01"], 1);
    assert!(r.stderr.contains("1900"), "{}", r.stderr);
    let r = env.fails(&["edit", &zoe, "--keep-in-touch", "500y"], 1);
    assert!(r.stderr.contains("500y"), "{}", r.stderr);
    assert_eq!(env.count("followups"), 0);
    assert_eq!(env.count("encounters"), 0);
}

#[test]
fn a_due_date_without_a_year_is_the_next_one_and_a_meeting_the_last_one() {
    let mut env = TestEnv::new();
    env.set_now("2026-12-02T09:00:00");
    let zoe = env.add("Zoë", &[]).to_string();
    let f = env.json(&["fu", "add", &zoe, "Visit", "--due", "15 septembre"]);
    assert_eq!(f["due"], "2027-09-15");
    env.ok(&["met", &zoe, "--on", "15 septembre"]);
    let shown = env.json(&["show", &zoe]);
    assert_eq!(shown["encounters"][0]["date"], "2026-09-15");
    // A bare weekday: the coming one to do something, the past one for a meeting.
    let f = env.json(&["fu", "add", &zoe, "Call", "--due", "vendredi"]);
    assert_eq!(f["due"], "2026-12-04");
    env.ok(&["note", &zoe, "Met for lunch", "--on", "vendredi"]);
    let shown = env.json(&["show", &zoe]);
    assert_eq!(shown["notes"][0]["date"], "2026-11-27");
}

#[test]
fn follow_ups_read_numbers_in_words_and_times_before_the_colon() {
    let env = TestEnv::new();
    let zoe = env.add("Zoë", &[]).to_string();
    env.ok(&["met", &zoe, "--follow-up", "dans quinze jours: lui écrire"]);
    env.ok(&["met", &zoe, "--follow-up", "jeudi 10:30: l'appeler"]);
    let fu = env.json(&["fu", "list"]);
    // Sunday 22 November: Thursday 26, then two weeks on, 6 December.
    assert_eq!(fu[0]["due"], "2026-11-26");
    assert_eq!(fu[0]["what"], "l'appeler");
    assert_eq!(fu[1]["due"], "2026-12-06");
    assert_eq!(fu[1]["what"], "lui écrire");
}
