# carnet search and carnet suggest (src/view/search.rs).

search-none = Nobody matches '{ $query }'.
search-list-id = ID
search-list-name = NAME
search-list-matched = MATCHED
search-list-snippet = SNIPPET

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
search-nothing = nothing to search for in '{ $text }'
search-nothing-hint = give a word or the start of one, e.g. carnet search chocolat
