# carnet log, the guided session after an event (src/commands/log/): its questions and what
# it says between them.

log-error-hint = { $error }; { $hint }

