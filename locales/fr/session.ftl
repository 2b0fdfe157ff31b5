# carnet log, la session guidée après un événement (src/commands/log/) : ses questions et ce
# qu'elle dit entre elles.

log-error-hint = { $error } ; { $hint }

