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


@pytest.mark.parametrize(("text", "phi"), [
    ("RT: CT", "CT"), ("RT: MR", "MR"), ("Tech: US", "US"), ("RT: PA", "PA"), ("Tech: AP", "AP"),
    ("RT: DR", "DR"), ("RT: CR", "CR"), ("Tech: MB", "MB"), ("RT: LAT", "LAT"), ("Tech: NM", "NM"),
    ("Op: XA", "XA"),
])
def test_initials_that_name_an_image_kind_after_a_short_role_label_are_a_person(analyzer, text, phi):
    """A modality, a view position or a size ('CT', 'PA', 'MB': PS3.3 C.7.3.1.1.1, C.8.11.5.1.1) is
    no setting 'RT:' or 'Tech:' labels: written alone there, they are a person's initials."""
    words = painted(analyzer, text)
    assert phi in words and text.split()[0] not in words


@pytest.mark.parametrize("text", [
    "RT: PTV", "RT: CTV", "RT: GTV", "RT: ITV", "RT: OAR", "Tech: ABC", "Tech: AEC", "Tech: HAR", "Tech: CFM",
    "Tech: ECG", "RT: OV", "RT: ASD", "RT: THY", "RT: ICA", "RT: LONG", "RT: UPPER", "Tech: THI", "RT: ON",
])
def test_a_structure_technique_or_caption_after_a_short_role_label_stays(analyzer, text):
    """AAPM TG-263 structures, X-ray and ultrasound techniques, gating and side captions
    (`names._ROLE_SETTINGS`, device vocabulary) are what 'RT:' and 'Tech:' label on those units."""
    assert not painted(analyzer, text)


@pytest.mark.parametrize(("text", "phi"), [
    ("Sonographer: Gain", "Gain"), ("Radiographer: Gray", "Gray"), ("Technologist: Focus", "Focus"),
    ("Tech: Power", "Power"), ("RT: Focus", "Focus"), ("Tech: ab", "ab"), ("RT(R): JKM", "JKM"),
    ("Tech ID: JKM", "JKM"), ("Röntgenass.: AB", "AB"), ("Laborantka: Nováková", "Nováková"),
    ("Technicien: MD", "MD"), ("Technicienne: Dupont", "Dupont"), ("Laborantin: KL", "KL"),
])
def test_staff_value_after_new_role_label_shapes_and_vocabulary_surnames(analyzer, text, phi):
    """After a spelled-out role label a capitalised word is a name, vocabulary or not; credentials in
    the label ('RT(R)'), a login field ('Tech ID'), lower-case initials and the other languages'
    masculine and feminine role labels name the person too. The label stays."""
    words = painted(analyzer, text)
    assert phi in words
    assert not words & set(text.split(phi)[0].split())


@pytest.mark.parametrize("text", ["Operator: Auto", "Operator: SERVICE", "Op: on", "Tech: ms", "RT: 0.5 s"])
def test_accounts_states_and_units_after_a_role_label_stay(analyzer, text):
    assert not painted(analyzer, text)
