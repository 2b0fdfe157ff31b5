# Arguments read alike by several commands (src/commands/args.rs).

args-bad-birthday = invalid birthday '{ $value }'
args-bad-birthday-hint = write it YYYY-MM-DD, DD/MM/YYYY, or without the year DD/MM or --MM-DD
args-followup-id-hint = follow-up ids look like f3 (3 and #3 work too); `carnet follow-up list` shows them
args-card-id-hint = give the id `carnet card list` shows, e.g. carnet card rm c7
args-no-what = a follow-up needs a text: what is there to do?
args-no-what-hint = e.g. carnet follow-up add frederic "Send the deck" --due friday
args-roles-hint = standard roles: { $roles }; any other word is a custom role
args-empty-project = invalid project name '{ $value }': a name cannot be empty
args-empty-project-hint = give the project a name, e.g. carnet project add Concert
