# Relationship strength (src/view/strength.rs): the line of carnet show, the column of
# carnet list --sort strength and the reasons of carnet suggest.

# "Strength 75/100: 3 meetings in 6 months, last a coffee on Thu 12 Nov; introduced you to Paul"
strength-line = Strength { $score }/100: { $reasons }
strength-none = Strength 0/100: nothing recorded yet
# $how: event, coffee, lunch, call, email, video, other. $event: the event's name or "".
strength-how = { $how ->
    [event] { $event ->
        [none] at an event
       *[other] at { $event }
    }
    [coffee] a coffee
    [lunch] a lunch
    [call] a call
    [email] an email
    [video] a video call
   *[other] a meeting
  }
# $months is 0 when no meeting is recent: then $count counts them all.
strength-meetings = { $months ->
    [0] { $count ->
        [one] one meeting, { $how } on { $date }
       *[other] { $count } meetings, the last { $how } on { $date }
    }
   *[other] { $count ->
        [one] one meeting in { $months } months, { $how } on { $date }
       *[other] { $count } meetings in { $months } months, last { $how } on { $date }
    }
  }
strength-followups-on-time = { $count ->
    [one] one follow-up kept on time
   *[other] { $count } follow-ups kept on time
  }
strength-followups-late = { $count ->
    [one] one follow-up done late
   *[other] { $count } follow-ups done late
  }
strength-followups-overdue = { $count ->
    [one] one follow-up overdue
   *[other] { $count } follow-ups overdue
  }
strength-introduced = introduced you to { $names }
strength-introduced-by = introduced by { $name }
strength-ties = tied to { $names }
strength-cooling = cooling down: { $from } → { $to } in 3 months
# Between two reasons.
strength-separator = {"; "}
