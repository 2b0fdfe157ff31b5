# Editing a contact in $VISUAL or $EDITOR (src/ui/editor.rs). The document's keys (name,
# company, …) are its format: they stay in English.

editor-invalid = invalid editor '{ $editor }'
editor-invalid-hint = set EDITOR to a program, e.g. EDITOR=nano
editor-cannot-start = cannot start the editor '{ $program }'
editor-cannot-start-hint = set VISUAL or EDITOR to an editor on your PATH, e.g. EDITOR=nano
editor-failed = the editor '{ $program }' exited with { $status }; nothing changed
editor-cancelled = edit cancelled: the file was emptied; nothing changed
editor-render = cannot render the contact as TOML
editor-cannot-create = cannot create a temporary file to edit
editor-cannot-write = cannot write the file to edit
editor-cannot-read = cannot read the edited file
editor-not-valid = the file is not valid: { $error }
# The comment lines at the top of the document; each line starts with "# ".
editor-header =
    # Edit the contact below and save; lines starting with # are ignored.
    # Empty a value ("") to clear it. Lists take "label=value" entries.
    # birthday: YYYY-MM-DD or --MM-DD · keep_in_touch: 2w, 3m, 1y · introduced_by: #ID or a name
    # Delete everything to cancel.
editor-error = # Error: { $message }
editor-hint = # hint: { $hint }
