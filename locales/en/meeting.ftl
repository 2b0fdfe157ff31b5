# People met: what met records, the lines and the summary of a log session
# (src/view/meeting.rs). $id is a contact's id ("#12").

# What met says: $names are contacts ("#1 Zoë, #2 André"), $date a date.
meeting-met = Met { $names } on { $date }
meeting-met-at = Met { $names } at { $event } on { $date }
meeting-follow-up-on = Follow-up on { $due }: { $what }
