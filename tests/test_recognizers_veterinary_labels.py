"""Veterinary banners: the animal's description after its labels (Species, Breed, Colour, Sex with its
neuter status, Weight; PS3.3 C.7.1.1 Patient Species / Breed Description) is no one's name, in the
banner's languages; the owner after 'Owner:' / 'Client:' (Responsible Person) is.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text, kept", [
    ("Patient: Bella Species: Canine Breed: Labrador", {"Canine", "Labrador", "Species:", "Breed:"}),
    ("Patient: Bella  Species: Feline  Breed: Domestic Shorthair", {"Feline", "Domestic", "Shorthair"}),
    ("Species: Equine  Breed: Thoroughbred", {"Equine", "Thoroughbred"}),
    ("Sex: Neutered Male  Colour: Black and Tan", {"Neutered", "Male", "Black", "Tan"}),
    ("Tierart: Hund  Rasse: Deutscher Schäferhund", {"Hund", "Deutscher", "Schäferhund"}),
])
def test_the_animals_description_stays(analyzer, text, kept):
    assert not kept & painted(analyzer, text)


@pytest.mark.parametrize("text, name", [
    ("Patient: Bella Species: Canine Breed: Labrador", {"Bella"}),
    ("Owner: Sarah Jenkins  Sex: Neutered Male", {"Sarah", "Jenkins"}),
    ("Client: Tom Harris  Weight: 32 kg", {"Tom", "Harris"}),
    ("Breed: German Shepherd  Owner: John Smith", {"John", "Smith"}),
    ("Besitzer: Hans Müller", {"Hans", "Müller"}),
])
def test_the_patients_and_owners_names_are_erased(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())
