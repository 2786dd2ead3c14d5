"""Recognise: the Presidio analyzer, its recognisers and the NER backends; OCR words -> findings."""
