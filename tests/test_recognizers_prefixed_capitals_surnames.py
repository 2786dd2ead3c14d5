"""A family name written in capitals that keeps the small letter of its prefix ('McFARLANE, SHANIQUE
A.', 'MacDONALD', 'DeSOUZA', 'FitzGERALD': `names._CAPITALS_WITH_PREFIX`) is one case style with the
given names in capitals after it, and has a family name's shape like "O'BRIEN": painted without
metadata. Device words with a capitalised second part ('ImageChecker', 'MacOS') stay.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import comma_names, in_capitals

from .test_recognizers_context import painted


@pytest.mark.parametrize(("text", "name"), [
    ("McFARLANE, SHANIQUE A.\nL CC\nTRN 112-409-876  MRN UH0932214", {"McFARLANE,", "SHANIQUE", "A."}),
    ("DeSOUZA, PAULO R.", {"DeSOUZA,", "PAULO", "R."}),
    ("FitzGERALD, MAEVE\nID 88231902", {"FitzGERALD,", "MAEVE"}),
    ("MacDONALD, FIONA", {"MacDONALD,", "FIONA"}),
    ("O'BRIEN, SEAN", {"O'BRIEN,", "SEAN"}),
])
def test_a_prefixed_surname_in_capitals_is_painted_with_its_given_names(analyzer, text, name):
    assert name <= painted(analyzer, text)


@pytest.mark.parametrize(("word", "capitals"), [
    ("McFARLANE,", True), ("MacDONALD", True), ("DeSOUZA", True), ("DiMAGGIO", True), ("SMITH", True),
    ("McFarlane", False), ("MacOS", False), ("DeLuxe", False), ("ImageChecker", False), ("LaTeX", False),
])
def test_only_capitals_after_the_prefix_count_as_capitals(word, capitals):
    assert in_capitals(word) is capitals


@pytest.mark.parametrize("text", ["ImageChecker, CAD\nID 88231902", "McFarlane, SHANIQUE\nID 88231902",
                                  "DeSouza, PAULO\nID 88231902", "MacOS, WINDOWS"])
def test_a_mixed_case_word_before_capitals_makes_no_comma_name(text):
    assert comma_names(text) == []
