"""NER backends (spaCy, transformer) behind one interface."""
