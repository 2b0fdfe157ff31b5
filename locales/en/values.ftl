# Values stored in English in the database and shown in the interface language: roles in a
# project, kinds of events, how people met. Looked up at run time as role-NAME, kind-NAME,
# how-NAME (src/view/values.rs); a custom role is shown as typed.

role-ally = ally
role-opponent = opponent
role-mentor = mentor
role-client = client
role-partner = partner
role-referrer = referrer
role-supplier = supplier
role-investor = investor
role-member = member

kind-breakfast = breakfast
kind-afterwork = afterwork
kind-meetup = meetup
kind-training = training
kind-conference = conference
kind-other = other

how-event = event
how-coffee = coffee
how-lunch = lunch
how-call = call
how-email = email
how-video = video
how-other = other
