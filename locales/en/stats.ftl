# carnet event stats (src/view/stats.rs).

stats-none = No event in that period.
# "Events from Sat 1 Nov 2025 to Sun 1 Nov 2026: 5"
stats-title = Events from { $since } to { $until }: { $events }
stats-score-rule =
    Score = new people + 2 × seen again within 90 days + follow-ups on time
      + 2 × introductions + 3 × project roles
stats-by-event = What paid off, event by event
stats-by-kind = By kind
stats-by-series = By series
# $kind: breakfast, afterwork, meetup, training, conference, other.
stats-kind-label = { $kind ->
    [breakfast] Breakfasts
    [afterwork] 5 à 7 / afterworks
    [meetup] Meetups
    [training] Trainings
    [conference] Conferences
   *[other] Other events
  } ({ $events })
stats-series-label = { $name } ({ $events })
stats-figures = met { $met }, new { $first_time }, cards { $cards }, seen again { $seen_again }, intros { $introductions }, roles { $roles }
stats-followups = follow-ups { $followups }: on time { $on_time }, late { $late }, open { $open }
stats-bad-year = { $year } is not a year carnet can count.
