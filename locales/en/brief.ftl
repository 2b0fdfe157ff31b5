# carnet brief (src/view/brief.rs): one screen before an event.

brief-title = Brief: { $name }, { $date }
brief-known = { $count ->
    [0] Nobody invited that you have met before
    [one] One person invited you have met before
   *[other] { $count } people invited you have met before
  }
# "Anne Roy (Acme) #12 — coming, strength 67"
brief-person = { $person } #{ $id } — { $rsvp }, strength { $strength }
brief-with-company = { $name } ({ $company })
brief-rsvp = { $rsvp ->
    [yes] coming
    [no] declined
    [maybe] maybe
   *[none] no answer yet
  }
# $at: the event's name, or how ("a coffee").
brief-last-seen = last seen { $date }, { $at }
brief-said = said: { $note }
brief-followup = f{ $id } { $what } (due { $due })
brief-role = { $role } in { $project }
brief-ref = { $name } #{ $id }
brief-new-faces = { $count ->
    [one] One person invited you have never met
   *[other] { $count } people invited you have never met
  }
brief-want-to-meet = People you want to meet (tag to-meet)
brief-not-invited = not invited
brief-no-answer = { $count ->
    [0] Everyone invited has answered
   *[other] No answer yet, to chase ({ $count })
  }
brief-declined = Declined ({ $count })
brief-lately = Met in the last { $days } days and not invited ({ $count })
brief-met-on = met { $date }
brief-no-event = No event { $which ->
    [tomorrow] tomorrow
   *[next] to come
  }.
brief-no-event-hint = add one with `carnet event add NAME --on DATE`
