complete --keep-order --exclusive --command carnet --arguments "(COMPLETE=fish carnet -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
