"""An initial before a surname after a role, person or referrer label is part of the name
('Laborant: R. Oudshoorn', Dutch mammography console): 'R', 'L' and 'C' are side markers and
units in the vocabulary, so the surname was painted and the initial left readable. Across the
role labels of the languages the product reads (Dutch/Scandinavian Laborant, Radiograf; Italian
Tecnico; Spanish Técnico; French Manipulateur; German MTRA; Finnish Lähettäjä) and the titles.
A side marker or a unit standing alone after a label, or before device words, stays.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy."""

from __future__ import annotations

import pytest

from .test_recognizers_context import painted


@pytest.mark.parametrize(("text", "name"), [
    ("Laborant: R. Oudshoorn", {"R.", "Oudshoorn"}),
    ("Laborant: L. Oudshoorn", {"L.", "Oudshoorn"}),
    ("Radiograf: R. Oudshoorn", {"R.", "Oudshoorn"}),
    ("Tecnico: R. Rossi", {"R.", "Rossi"}),
    ("Técnico: L. García", {"L.", "García"}),
    ("Manipulateur: C. Dubois", {"C.", "Dubois"}),
    ("MTRA: R. Schulz", {"R.", "Schulz"}),
    ("Operator: L. Berg", {"L.", "Berg"}),
    ("Lähettäjä: R. Mikkola", {"R.", "Mikkola"}),
    ("Name: R Smith", {"R", "Smith"}),
    ("Dr. R. Smith", {"R.", "Smith"}),
    ("Datum: 14-10-2026\nLaborant: R. Oudshoorn", {"R.", "Oudshoorn"}),
])
def test_an_initial_that_is_also_a_side_marker_is_painted_with_the_surname(analyzer, text, name):
    words = painted(analyzer, text)
    assert name <= words, words
    label = text.split("\n")[-1].split()[0]
    assert label not in words


@pytest.mark.parametrize("text", [
    "Laborant: R", "Laborant: R 12", "Tech: R", "Position: R LAT", "Side: L", "Kracht 96 N",
    "R CC  L MLO", "Name: R. Head",
])
def test_a_side_marker_or_unit_without_a_surname_stays(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Laborant: R. van Dijk", {"R.", "van", "Dijk"}),
    ("Operator: L. de Wit", {"L.", "de", "Wit"}),
    ("Laborant: Oudshoorn, R.", {"Oudshoorn,", "R."}),
    ("Name: Smith, J.", {"Smith,", "J."}),
])
def test_an_initial_before_a_particle_or_after_the_family_name_is_painted(analyzer, text, name):
    words = painted(analyzer, text)
    assert name <= words, words
    assert text.split()[0] not in words


@pytest.mark.parametrize(("text", "kept"), [
    ("Laborant: R. van", {"R.", "van"}),                # no surname after the particle
    ("Laborant: Oudshoorn, R. 12", {"R.", "12"}),       # a side marker and a number after the name
])
def test_an_initial_with_no_name_word_beside_it_stays(analyzer, text, kept):
    assert not kept & painted(analyzer, text)
