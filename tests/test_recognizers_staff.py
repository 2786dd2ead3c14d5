"""Staff initials and names after a role label: the technologist, operator or sonographer who made
the image ('RT: JKM' on a portable CR, 'MTRA: KL', 'Manip.: JKM', 'Tech: J. K. M.'), across vendors'
and languages' role labels (`names._ROLE_LABELS`, `names._ROLE_COLON_LABELS`); a console's account
or a setting after such a label stays ('Operator: Auto', 'Tech: Service', 'RT: CCA', 'Perf: CBF').

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import banner


def painted(analyzer, text: str) -> set[str]:
    """The OCR words of `text` any finding covers (80% of the word's box)."""
    ws = banner(text)
    return {w.text for f in analyzer.analyze(ws) for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


@pytest.mark.parametrize(("text", "phi"), [
    ("RT: JKM", "JKM"),
    ("RTT: ABK", "ABK"),
    ("Techn.: JKM", "JKM"),
    ("Rad Tech: JKM", "JKM"),
    ("Tech Initials: JKM", "JKM"),
    ("Technician JKM", "JKM"),
    ("Radiographer: JKM", "JKM"),
    ("MTRA: KL", "KL"),
    ("MTR: KL", "KL"),
    ("Manip.: JKM", "JKM"),
    ("Bediener: JKM", "JKM"),
    ("Exam by JKM", "JKM"),
    ("Examined by: Lee", "Lee"),
    ("Acquired by AB", "AB"),
    ("Técn.: JKM", "JKM"),
    ("TSRM: GRB", "GRB"),
    ("Sonog.: AB", "AB"),
    ("Oper.: JKM", "JKM"),
    ("FCR PRIMA T2  L2.0 90kV\nRT: JKM", "JKM"),
])
def test_initials_after_a_role_label_are_painted_and_the_label_stays(analyzer, text, phi):
    words = painted(analyzer, text)
    assert phi in words
    label = text.split("\n")[-1].split(phi)[0].split()
    assert not words & set(label), f"the label {label} is painted"


def test_initials_with_points_and_spaces_after_a_role_label(analyzer):
    assert {"J.", "K.", "M."} <= painted(analyzer, "Tech: J. K. M.")


@pytest.mark.parametrize("text", [
    "Operator: Auto", "Op: Default", "Tech: Service", "Technologist: Admin", "RT: CCA", "RT: ICA 120",
    "RT: Off", "RT: 3.2 s", "Perf: CBF", "Perf: High", "RTT: MS",
])
def test_a_setting_or_an_account_after_a_role_label_stays(analyzer, text):
    assert painted(analyzer, text) == set()


def test_a_name_after_a_role_label_keeps_its_vocabulary_surname(analyzer):
    assert {"Robert", "Hand"} <= painted(analyzer, "Sonographer: Robert Hand")
