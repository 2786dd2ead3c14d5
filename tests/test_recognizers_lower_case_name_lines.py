"""A patient's name typed all in lower case on a video endoscopy banner ('nguyen thi thu ha' over
its ID and date): the whole line is the name, its given-name particles ('thi', 'van') and short
words ('ha') with it (`names.whole_name_field`, `names.name_fields` read a lower-case line
title-cased). A lower-case device or menu line beside the same patient data stays.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import painted


@pytest.mark.parametrize(("text", "name"), [
    ("nguyen thi thu ha\nbv2311-5530\nnu / 52t\n20/11/2023 08:31", {"nguyen", "thi", "thu", "ha"}),
    ("nguyen thi thu ha", {"nguyen", "thi", "thu", "ha"}),
    ("hoang thi ha\nid: 20231155", {"hoang", "thi", "ha"}),
    ("lim mei ling\n20/11/2023 08:31", {"lim", "mei", "ling"}),
    ("tran van phuc\n20/11/2023 08:31", {"tran", "van", "phuc"}),
])
def test_every_word_of_a_lower_case_name_line_is_painted(analyzer, text, name):
    assert name <= painted(analyzer, text)


@pytest.mark.parametrize(("text", "device"), [
    ("auto iris on\nid: 20231155", {"auto", "iris", "on"}),
    ("zoom enh a5\n20/11/2023 08:31", {"zoom", "enh", "a5"}),
    ("color mode\n20/11/2023 08:31", {"color", "mode"}),
    ("nbi still\ndob: 1979-06-23", {"nbi", "still"}),
    ("lower gi scope\n20/11/2023 08:31", {"lower", "gi", "scope"}),
    ("free breathing\nID 4410271", {"free", "breathing"}),
    ("breath hold\nID 4410271", {"breath", "hold"}),
    ("ID 4410271\nfree breathing", {"free", "breathing"}),
    ("Grace Mbeki\nfree breathing\n12/03/1961", {"free", "breathing"}),
])
def test_a_lower_case_device_line_beside_patient_data_stays(analyzer, text, device):
    assert not painted(analyzer, text) & device
