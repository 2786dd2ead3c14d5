"""PHI recognisers added to Presidio's predefined set."""
