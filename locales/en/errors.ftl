# How an error is printed (src/main.rs, src/error.rs), and warnings.

# The first line of a failed command, on stderr.
error-line = Error: { $message }
# The line after it, saying what to do.
hint-line = hint: { $hint }
# Something carnet went past, on stderr.
warning-line = warning: { $message }

# Ends the error of a write that was rolled back.
nothing-changed = nothing was changed
error-nothing-changed = { $message }; nothing was changed
