"""A short hospital head before the words of a stay is a field, not an institution (break-test 11:
'Hosp. Stay 5 days', 'Osp. Dimissione' were painted as organisations once short heads counted,
`institutions.short_head_institutions`); names with short heads are still found."""

from __future__ import annotations

import pytest

from .test_recognizers import found

STAY_FIELDS = ["Revolution EVO\nHosp. Stay 5 days", "Revolution EVO\nHosp. Discharge", "Hosp. Admission",
               "Revolution EVO\nOsp. Dimissione", "Osp. Ricovero 3 gg", "Krankenh. Aufnahme", "Hôp. Sortie",
               "Hosp. Transfer", "Hast. Taburcu"]


@pytest.mark.parametrize("text", STAY_FIELDS)
def test_a_short_head_before_a_stay_word_is_no_institution(analyzer, text):
    assert "ORGANIZATION" not in found(analyzer, text, with_header=False), text


@pytest.mark.parametrize("text,words", [
    ("Osp. San Raffaele", {"Osp.", "San", "Raffaele"}),
    ("Hôp. Saint-Louis", {"Hôp.", "Saint-Louis"}),
    ("Hacettepe Üniv. Hast.", {"Hacettepe", "Üniv.", "Hast."}),
])
def test_names_with_short_heads_are_still_institutions(analyzer, text, words):
    assert words <= found(analyzer, text, with_header=False).get("ORGANIZATION", set()), text
