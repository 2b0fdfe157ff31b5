# carnet search (src/commands/search.rs, src/view/search.rs).

# The query held no word to search for (only little words or punctuation).
search-nothing = nothing to search for in '{ $query }'
search-nothing-hint = give a word or the start of one, e.g. carnet search chocolat
search-too-many = too many words to search for: { $count } (at most { $max })
search-too-many-hint = a few words you remember are enough, e.g. carnet search chocolatier lyon

# Nobody found.
search-nobody = Nobody matches '{ $query }'.
# After search-nobody when names are close to what was typed: $names is "A" or "A or B".
search-did-you-mean = Did you mean { $names }?
# Above the results found only with a one-letter mistake allowed.
search-close = No exact match; close matches:

# The columns of the results.
search-col-id = ID
search-col-name = NAME
search-col-found = FOUND

# Where a word was found, in the FOUND column: "title: [Astrologue]".
search-field = { $field ->
        [name] name
        [company] company
        [title] title
        [card] card
        [city] city
        [tag] tag
        [email] email
        [phone] phone
        [link] link
        [project] project
        [how_met] how met
        [note] note
        [encounter] encounter
        [event] event
        [follow_up] follow-up
        [project_note] project note
        [introduced_by] introduced by
        [introduced] introduced
        [relation] tie
       *[other] { $field }
    }
search-field-snippet = { $field }: { $snippet }
# A word found with a one-letter mistake: "(fréderic for frederik)".
search-instead = ({ $instead } for { $word })

# carnet suggest (src/view/search.rs).

suggest-none = Nobody to suggest: everyone is up to date.
suggest-list-id = ID
suggest-list-name = NAME
suggest-list-why = WHY
suggest-list-reason = REASON
suggest-late = late
suggest-weak-tie = weak tie
# Why someone is suggested. $ago is a span ("5 weeks"), $date a date.
suggest-last-seen = last seen { $date } ({ $ago } ago)
suggest-never-seen-since = never seen since added on { $date } ({ $ago } ago)
suggest-never-seen = never seen
suggest-lapsed = keep in touch { $every }: { $seen }, { $late }
suggest-met-times = met { $count } times
suggest-role-in = { $role } in { $project }
suggest-introduced = introduced you to { $names }
suggest-weak = { $why }; { $seen }
