use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn meeting(date: &str, how: How, event: Option<&str>, headcount: i64) -> Meeting {
    Meeting {
        date: d(date),
        how,
        event: event.map(str::to_owned),
        headcount,
    }
}

const TODAY: &str = "2026-11-22";

#[test]
fn weights_follow_how_people_met() {
    let w = |how, n| weight(&meeting(TODAY, how, None, n));
    assert_eq!(w(How::Coffee, 1), 3.0);
    assert_eq!(w(How::Lunch, 1), 3.0);
    assert_eq!(w(How::Call, 1), 2.0);
    assert_eq!(w(How::Video, 1), 2.0);
    assert_eq!(w(How::Event, SMALL_EVENT), 2.0);
    assert_eq!(w(How::Event, SMALL_EVENT + 1), 1.0);
    assert_eq!(w(How::Email, 1), 0.5);
    assert_eq!(w(How::Other, 1), 1.0);
}

#[test]
fn half_life_is_the_cadence_but_never_shorter_than_two_weeks() {
    assert_eq!(half_life(None), DEFAULT_HALF_LIFE);
    assert_eq!(half_life(Some(30)), 30);
    assert_eq!(half_life(Some(14)), 14);
    assert_eq!(half_life(Some(7)), MIN_HALF_LIFE);
}

#[test]
fn the_scale_is_bounded_and_rounds() {
    assert_eq!(scale(-1.0), 0);
    assert_eq!(scale(0.0), 0);
    assert_eq!(scale(3.0), 39); // 100 × (1 − e^−½) = 39.3
    assert_eq!(scale(6.0), 63); // 63.2
    assert_eq!(scale(1000.0), 100);
}

#[test]
fn a_meeting_halves_every_half_life() {
    let i = Inputs {
        cadence_days: Some(30),
        meetings: vec![meeting("2026-10-23", How::Coffee, None, 1)], // 30 days ago
        ..Default::default()
    };
    // 3 × ½ = 1.5 → 100 × (1 − e^−¼) = 22.1
    assert_eq!(score(&i, d(TODAY)), 22);
    // On the day: 3 → 39; a day before it happened: nothing.
    assert_eq!(score(&i, d("2026-10-23")), 39);
    assert_eq!(score(&i, d("2026-10-22")), 0);
}

#[test]
fn the_top_reasons_say_what_weighs_most() {
    let i = Inputs {
        cadence_days: None,
        meetings: vec![
            meeting("2026-06-01", How::Lunch, None, 1),
            meeting("2026-11-12", How::Coffee, None, 1),
            meeting("2026-09-01", How::Event, Some("5 à 7 Bastille"), 20),
            meeting("2025-01-01", How::Call, None, 1),
        ],
        followups: vec![
            Kept {
                due: d("2026-11-15"),
                done_on: Some(d("2026-11-14")),
            },
            Kept {
                due: d("2026-11-30"),
                done_on: None,
            },
        ],
        introduced_by: Some("Anne".into()),
        introduced: vec!["Paul Roy".into()],
        ties: vec![],
    };
    let s = strength(&i, d(TODAY));
    // Meetings: 3×0.5^(10/180) + 1×0.5^(82/180) + 3×0.5^(174/180) + 2×0.5^(690/180)
    //         = 2.887 + 0.729 + 1.535 + 0.141 = 5.292; follow-up on time 0.5^(8/180) = 0.970;
    // introduced Paul 1.5; introduced by Anne 0.5: raw 8.262 → 74.8.
    assert_eq!(s.score, 75);
    assert!(!s.cooling);
    assert_eq!(
        s.reasons,
        [
            Reason::Meetings {
                count: 3,
                months: 6,
                last: d("2026-11-12"),
                last_how: How::Coffee,
                last_event: None,
            },
            Reason::Introduced {
                names: vec!["Paul Roy".into()]
            },
            Reason::FollowupsOnTime { count: 1 },
        ]
    );
}

#[test]
fn follow_ups_count_on_time_late_and_overdue() {
    let i = Inputs {
        followups: vec![
            Kept {
                due: d("2026-11-10"),
                done_on: Some(d("2026-11-22")),
            },
            Kept {
                due: d("2026-11-01"),
                done_on: None,
            },
            Kept {
                due: d("2026-11-22"),
                done_on: None,
            },
            // Done after the day the score is taken: not yet known then.
            Kept {
                due: d("2026-12-01"),
                done_on: Some(d("2026-12-01")),
            },
        ],
        ..Default::default()
    };
    let p = parts(&i, d(TODAY));
    assert_eq!(
        p,
        [
            (0.25, Reason::FollowupsLate { count: 1 }),
            (-0.5, Reason::FollowupsOverdue { count: 1 }),
        ]
    );
    assert_eq!(score(&i, d(TODAY)), 0);
}

#[test]
fn introductions_and_ties_are_capped() {
    let names = |n: usize| (0..n).map(|k| format!("P{k}")).collect::<Vec<_>>();
    let i = Inputs {
        introduced: names(5),
        ties: names(4),
        ..Default::default()
    };
    let p = parts(&i, d(TODAY));
    assert_eq!(p[0].0, 4.5);
    assert_eq!(p[1].0, 1.0);
    let one = Inputs {
        introduced: names(1),
        ties: names(1),
        ..Default::default()
    };
    let p = parts(&one, d(TODAY));
    assert_eq!(p[0].0, 1.5);
    assert_eq!(p[1].0, 0.5);
}

#[test]
fn old_meetings_are_counted_whole_when_none_is_recent() {
    let i = Inputs {
        meetings: vec![
            meeting("2025-01-10", How::Coffee, None, 1),
            meeting("2025-03-10", How::Event, Some("BNI #3"), 4),
        ],
        ..Default::default()
    };
    let s = strength(&i, d(TODAY));
    assert_eq!(
        s.reasons[0],
        Reason::Meetings {
            count: 2,
            months: 0,
            last: d("2025-03-10"),
            last_how: How::Event,
            last_event: Some("BNI #3".into()),
        }
    );
}

#[test]
fn a_tie_that_stopped_cools_down() {
    // A coffee every two weeks until the end of August, a monthly cadence, then nothing.
    let mut meetings = Vec::new();
    let mut day = d("2026-05-01");
    while day <= d("2026-08-20") {
        meetings.push(Meeting {
            date: day,
            how: How::Coffee,
            event: None,
            headcount: 1,
        });
        day += chrono::Duration::days(14);
    }
    let i = Inputs {
        cadence_days: Some(30),
        meetings,
        ..Default::default()
    };
    let s = strength(&i, d(TODAY));
    assert!(s.score_90_days_ago >= COOLING_FROM, "{s:?}");
    assert!(s.cooling, "{s:?}");
    assert_eq!(
        s.reasons[0],
        Reason::Cooling {
            from: s.score_90_days_ago,
            to: s.score
        }
    );
    // The same contact seen last week is not cooling down.
    let mut warm = i.clone();
    warm.meetings
        .push(meeting("2026-11-15", How::Coffee, None, 1));
    assert!(!strength(&warm, d(TODAY)).cooling);
}

#[test]
fn cooling_needs_a_strong_start_and_a_large_fall() {
    // 90 days ago: one coffee that day (39); now 3 × 0.5^(90/180) = 2.12 → 30: fell less
    // than 40 %.
    let i = Inputs {
        meetings: vec![meeting("2026-08-24", How::Coffee, None, 1)],
        ..Default::default()
    };
    let s = strength(&i, d(TODAY));
    assert_eq!((s.score_90_days_ago, s.score), (39, 30));
    assert!(!s.cooling);
    // With a 30-day cadence it falls to 3/8 → 5: cooling.
    let fast = Inputs {
        cadence_days: Some(30),
        ..i.clone()
    };
    let s = strength(&fast, d(TODAY));
    assert_eq!((s.score_90_days_ago, s.score), (39, 6));
    assert!(s.cooling);
    // A weak start never cools: an email (0.5 → 8) then silence.
    let weak = Inputs {
        cadence_days: Some(30),
        meetings: vec![meeting("2026-08-24", How::Email, None, 1)],
        ..Default::default()
    };
    assert!(!strength(&weak, d(TODAY)).cooling);
}
