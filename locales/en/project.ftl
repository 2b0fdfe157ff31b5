# Projects: project show (src/view/project.rs), project list, and what project add, edit,
# rm, archive, assign and unassign say. $p is a project's id ("p2"), $project its name,
# $id a contact's id ("#12"), $role a role in the interface language.

project-archived = [archived]
project-nobody = Nobody yet: add people with `carnet project assign`.
project-last-seen = last seen { $date }
project-never-seen = never seen
project-open-followups = { $count ->
    [one] { $count } follow-up open, next { $due }
   *[other] { $count } follow-ups open, next { $due }
}
# A key role that nobody holds.
project-no-role = no { $role } yet

project-list-id = ID
project-list-project = PROJECT
project-list-members = MEMBERS
project-list-roles = ROLES
project-list-none = No projects.

project-exists = a project named '{ $project }' already exists ({ $p })
project-exists-add-hint = choose another name, or add people to it with `carnet project assign`
project-exists-hint = choose another name
project-added = Added project { $p } { $project }
project-archived-now = Archived project { $p } { $project }
project-unarchived-now = Unarchived project { $p } { $project }
project-now-role = { $id } { $name } is now { $role } in { $project }
project-already-role = { $id } { $name } was already { $role } in { $project }
project-nothing-to-change = nothing to change on project { $p } { $project }
project-nothing-to-change-hint = pass --name or --note
project-updated = Updated project { $p } { $project }
project-rm-ask = Delete project { $p } { $project } and its roles?
project-rm-refused = refusing to delete project { $p } { $project } without confirmation
project-rm-hint = pass --yes to delete: carnet project rm { $id } --yes
project-deleted = Deleted project { $p } { $project }
project-was-not = note: { $id } { $name } was not { $role } in { $project }
project-had-no-role = note: { $id } { $name } had no role in { $project }
project-no-longer = { $id } { $name } is no longer { $role } in { $project }
project-took-out = Took { $id } { $name } out of { $project }
project-no-match = no project matches '{ $what }'
