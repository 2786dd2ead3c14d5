"""Find the work: files, folders and (safely) zips -> units of work."""
