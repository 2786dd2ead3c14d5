"""A radiographer's initials on a lead side marker (review 14 cr_lead_1: a large 'R' with 'TG' under
it, burned into a CR film): personalised markers identify the operator, so two or three capitals
alone on their line, stacked under or over a side marker's letter alone on its line, or the one word
beside it, are a person. Projections, postures and other markers beside a side letter stay.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered


def marker(side: str, other: str, where: str = "under") -> list[OcrWord]:
    """A side marker's letter (28 x 31 px) and a word under, over or beside it."""
    big = OcrWord(side, Box(25, 49, 14 * len(side), 31), 97.0)
    small = Box(21, 90, 13 * len(other), 15) if where == "under" else Box(21, 15, 13 * len(other), 15) \
        if where == "over" else Box(25 + 14 * len(side) + 6, 58, 13 * len(other), 15)
    banner = [OcrWord("Tikur", Box(301, 562, 40, 14), 97.0), OcrWord("Anbessa", Box(345, 562, 60, 14), 97.0),
              OcrWord("Hospital", Box(410, 562, 60, 14), 97.0)]
    return [big, OcrWord(other, small, 97.0)] + banner


@pytest.mark.parametrize("side, initials, where", [
    ("R", "TG", "under"),  # review 14 cr_lead_1
    ("L", "JM", "under"), ("LT", "NW", "over"), ("D", "MF", "beside"), ("SIN", "KO", "under"),
    ("R", "JvR", "beside"), ("H", "T.G.", "under"),
])
def test_initials_on_a_side_marker_are_a_person(analyzer, side, initials, where):
    found = covered(analyzer, marker(side, initials, where))
    assert initials in found.get("PERSON", set()), found
    assert side not in set().union(*found.values())


@pytest.mark.parametrize("side, other, where", [
    ("R", "AP", "under"), ("L", "LAT", "beside"), ("R", "PA", "under"), ("LT", "ERECT", "under"),
    ("R", "L", "beside"), ("D", "OBL", "under"), ("R", "WB", "under"), ("L", "kV", "under"),
    ("R", "MLO", "under"), ("L", "LK", "beside"), ("R", "RUL", "under"), ("V", "TIS", "under"), ("D", "MI", "under"),
    # break-test 8: three-letter positioning codes of an open list, and two-letter ones
    ("R", "XCC", "under"), ("R", "TAN", "under"), ("L", "OCC", "under"), ("R", "HBL", "beside"),
    ("R", "SWM", "under"), ("L", "AXL", "under"), ("R", "FLX", "under"), ("R", "ER", "under"),
    ("L", "DP", "under"), ("R", "MO", "under"),
])
def test_a_projection_or_posture_beside_a_side_marker_stays(analyzer, side, other, where):
    found = covered(analyzer, marker(side, other, where))
    assert other not in set().union(*found.values()), found


def test_capitals_far_from_any_marker_are_not_read_as_initials(analyzer):
    words = [OcrWord("R", Box(25, 49, 14, 31), 97.0), OcrWord("TG", Box(400, 300, 26, 15), 97.0)]
    assert "TG" not in set().union(*covered(analyzer, words).values())
