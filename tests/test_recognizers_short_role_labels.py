"""Short role labels that are also a setting's label ('Perf:' performing physician or perfusion,
'Rad:', 'Surg:', 'Phys:'): a name of two or more name words that are no vocabulary after them is a
person ('Op: NTH Perf: Le Van Khoa', a Vietnamese name with its middle name 'Van' / 'Thi'); a
setting's value stays ('Perf: CBF', 'Perf: On', 'Perf 2.0').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import by_recognizer, painted


def rule_persons(analyzer, text: str) -> set[str]:
    """Words a rule (not the NER model) reports as PERSON."""
    return set().union(*(v for k, v in by_recognizer(analyzer, text).items()
                         if k.startswith("PERSON") and "Spacy" not in k))


@pytest.mark.parametrize("text, name", [
    ("Op: NTH Perf: Le Van Khoa", {"Le", "Van", "Khoa"}),
    ("Perf: Nguyen Thi Lan", {"Nguyen", "Thi", "Lan"}),
    ("Perf. Tran Van Minh", {"Tran", "Van", "Minh"}),
    ("Rad: Grace Okafor", {"Grace", "Okafor"}),
    ("Surg: Pieter Janssens", {"Pieter", "Janssens"}),
    ("Phys: Le Van Khoa  Date: 2024", {"Le", "Van", "Khoa"}),
])
def test_a_name_after_a_short_role_label_is_a_person(analyzer, text, name):
    assert name <= rule_persons(analyzer, text)


@pytest.mark.parametrize("text", ["Perf: CBF", "Perf: On", "Perf 2.0", "Perf: CBF Map", "Perf: Auto Mode",
                                  "Res: 512 x 512", "Res: High Resolution", "Int: Normal Low"])
def test_a_setting_after_a_short_role_label_stays(analyzer, text):
    assert painted(analyzer, text) == set()
