"""Round 37 (review 20 A): spans that took a label or the rest of their line.

The words beside a value that are no part of it stay unpainted: a registration council's label after a
clinician's name ('CRM-SP', 'GMC No'), the role after a signed name ('Consultant', 'Oberarzt'), the labels
of a patient's number the model read as a name or a place ('Pront.', 'Aadhaar', 'BARCODE'), a service
screen's labels and the numbers they label ('Ticket SR-77120', 'Room CT-3'), the meridiem after a time
('10:47 AM') and a report's title a field after the institution ('Bone Densitometry'). The name, the
number after a patient's label, the time and the institution stay painted (the guards).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import (
    kept_label_spans,
    label_spans,
    service_ticket_before,
)

from .test_recognizers import found


def painted(analyzer, text: str) -> set[str]:
    """Every OCR word any finding covers."""
    return set().union(*found(analyzer, text, with_header=False).values())


# -- a registration council's label after a clinician's name ------------------------------------------
# CFM / CRM (Brazil), COREN (nursing), GMC (UK), AHPRA (Australia), MCI (India), RPPS (France).
COUNCILS = [
    ("Exame: Dra. Fernanda Queiroz Lima CRM-SP 118342", "CRM-SP", ["Fernanda", "Lima", "118342"]),
    ("Laudo: Dr. Ricardo Almeida Souza CRM/RJ 5212345", "CRM/RJ", ["Ricardo", "Souza", "5212345"]),
    ("Enfermeira: Dra. Paula Ribeiro Costa COREN-MG 123456", "COREN-MG", ["Paula", "Costa"]),
    ("Radiologist: Dr. Helen Marsh GMC 4567890", "GMC", ["Helen", "Marsh"]),
    ("Signed: Dr. Priya Raman AHPRA MED0001234567", "AHPRA", ["Priya", "Raman"]),
    ("Consultant: Dr. Arun Menon MCI 56789", "MCI", ["Arun", "Menon"]),
]


@pytest.mark.parametrize(("text", "label", "names"), COUNCILS, ids=[c[1] for c in COUNCILS])
def test_a_council_label_after_a_name_stays(analyzer, text, label, names):
    words = painted(analyzer, text)
    assert label not in words
    assert set(names) <= words


@pytest.mark.parametrize("text", ["CRM-SP 118342", "CRM SP 118342", "COREN-BA 99812", "GMC No 4567890",
                                  "NMC PIN 12A3456E", "RPPS 10001234567"])
def test_the_councils_are_labels(text):
    assert label_spans(text)[:1] == [(0, text.rindex(" "))]


# -- the role after a signed name ------------------------------------------------------------------------
ROLES = [
    ("Reported by K. Sutherland, Consultant Radiographer", "Consultant", ["K.", "Sutherland,"]),
    ("Verified by J. Patel, Registrar", "Registrar", ["J.", "Patel,"]),
    ("Befundet von A. Weber, Oberarzt", "Oberarzt", ["A.", "Weber,"]),
    ("Laudado por Ana Costa, Ultrassonografista", "Ultrassonografista", ["Ana", "Costa,"]),
    ("Utförd av Lena Holm, Röntgensjuksköterska", "Röntgensjuksköterska", ["Lena", "Holm,"]),
]


@pytest.mark.parametrize(("text", "role", "names"), ROLES, ids=[r[1] for r in ROLES])
def test_a_role_after_a_signed_name_stays(analyzer, text, role, names):
    words = painted(analyzer, text)
    assert role not in words
    assert set(names) <= words


@pytest.mark.parametrize("text", ["Reported   by K. Sutherland", "Validé   par Léa Fournier"])
def test_the_agents_preposition_a_field_after_its_participle_stays(analyzer, text):
    words = painted(analyzer, text)
    assert not {"by", "par"} & words
    assert {"Sutherland", "Fournier"} & words


def test_kept_labels_are_found_inside_a_line():
    text = "Dra. Fernanda Lima CRM-SP 118342 Consultant Registrar"
    assert [text[a:b] for a, b in kept_label_spans(text)] == ["CRM-SP", "Consultant", "Registrar"]


# -- the labels of a patient's number, read by the model as a name or a place ---------------------------
PATIENT_LABELS = [
    ("Pront. 2231907", "Pront.", ["2231907"]),
    ("Aadhaar 4821 3075 6299", "Aadhaar", ["4821", "3075", "6299"]),
    ("ABHA No 91-2345-6789-0123", "ABHA", ["91-2345-6789-0123"]),
    ("BARCODE BS2023-117745", "BARCODE", ["BS2023-117745"]),
    ("Strekkode BS2023-117745", "Strekkode", ["BS2023-117745"]),
]


@pytest.mark.parametrize("text", [t for t, _, _ in PATIENT_LABELS] + ["Aadhar No 482130756299", "Nº Pront. 88112"])
def test_a_patient_numbers_label_is_a_label(text):
    spans = label_spans(text)
    assert spans and spans[0][0] == 0
    assert not any(ch.isdigit() for ch in text[: spans[0][1]])


@pytest.mark.parametrize(("text", "label", "value"), PATIENT_LABELS, ids=[p[1] for p in PATIENT_LABELS])
def test_a_patient_numbers_label_stays_and_its_value_is_painted(analyzer, text, label, value):
    words = painted(analyzer, "Paciente: Ana Beatriz Figueiredo\n" + text)
    assert label not in words
    assert set(value) <= words


# -- a service screen: the room and the ticket are the machine's ----------------------------------------
SERVICE = [
    "Engineer: Ouyang Zhen Ticket SR-77120",
    "Beijing Chaoyang Hospital Room CT-3",
    "Work Order WO-55821",
    "Incident INC0012345",
    "Chamado 2024-88123",
]


@pytest.mark.parametrize("text", SERVICE)
def test_a_service_label_and_its_number_stay(analyzer, text):
    words = painted(analyzer, text)
    label_and_value = text.split()[-2:] if not text.startswith("Work") else text.split()
    assert not set(label_and_value) & words


def test_the_engineers_name_and_the_hospital_stay_painted(analyzer):
    assert {"Ouyang", "Zhen"} <= painted(analyzer, "Engineer: Ouyang Zhen Ticket SR-77120")
    assert {"Beijing", "Chaoyang", "Hospital"} <= painted(analyzer, "Beijing Chaoyang Hospital Room CT-3")


@pytest.mark.parametrize(("text", "at"), [("Ticket SR-77120", "SR-77120"), ("Room: CT-3", "CT-3"),
                                          ("Raum MR-2", "MR-2"), ("Work Order # 55821", "55821")])
def test_a_value_after_a_service_label(text, at):
    assert service_ticket_before(text, text.index(at))


def test_a_patients_number_is_no_service_value():
    text = "Patient ID 55120934"
    assert not service_ticket_before(text, text.index("55"))


# -- the meridiem after a time ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "time", "meridiem"), [
    ("UHID LVPEI-1029384 09-Feb-2024 10:47 AM", "10:47", "AM"),
    ("Study Date 12/03/2024 2:56 PM", "2:56", "PM"),
    ("Exam 2024-03-06 08:55 a.m.", "08:55", "a.m."),
    ("5/25/2011\n2:56:22 PM", "2:56:22", "PM"),
])
def test_the_meridiem_after_a_painted_time_stays(analyzer, text, time, meridiem):
    words = painted(analyzer, text)
    assert time in words
    assert meridiem not in words


# -- a report's title a field after the institution -------------------------------------------------------
@pytest.mark.parametrize(("text", "site", "title"), [
    ("Royal Infirmary of Edinburgh   Bone Densitometry", ["Royal", "Edinburgh"], ["Bone", "Densitometry"]),
    ("Guy's and St Thomas' Hospital   Mammography", ["Guy's", "Hospital"], ["Mammography"]),
    ("Haukeland University Hospital   Ultrasound Abdomen", ["Haukeland", "Hospital"], ["Ultrasound", "Abdomen"]),
])
def test_a_report_title_a_field_after_the_institution_stays(analyzer, text, site, title):
    words = painted(analyzer, text)
    assert set(site) <= words
    assert not set(title) & words


def test_a_department_inside_the_institutions_own_field_stays_painted(analyzer):
    assert {"Institute", "Nuclear", "Medicine"} <= painted(analyzer, "Beaumont Institute of Nuclear Medicine")


# -- the spacing a learned OCR returns: 'by' 2 px from the initial, the title 15 px after the site ------
def placed(line: list[tuple[str, int]], height: int = 12, top: int = 10):
    """OCR words of one line at the given left edges (7 px a letter)."""
    from fw_gear_presidio_image_redactor.findings import Box, OcrWord

    return [OcrWord(text, Box(left, top, 7 * len(text), height), 95.0) for text, left in line]


def painted_words(analyzer, ws) -> set[str]:
    return {w.text for f in analyzer.analyze(ws) for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


@pytest.mark.parametrize(("label", "agent", "name"), [
    ("Reported", "by", ["K.", "Sutherland,"]),
    ("Verified", "by", ["M.", "Okafor,"]),
    ("Validé", "par", ["L.", "Fournier,"]),
])
def test_the_agents_preposition_glued_to_the_initial_stays(analyzer, label, agent, name):
    x = 12 + 7 * len(label) + 3
    line = [(label, 12), (agent, x)]
    x += 7 * len(agent) + 2  # 2 px: a gap OCR may cut inside a word
    for word in name:
        line.append((word, x))
        x += 7 * len(word) + 3
    line.append(("Consultant", x + 1))
    words = painted_words(analyzer, placed(line))
    assert agent not in words and "Consultant" not in words
    assert set(name) <= words


@pytest.mark.parametrize(("site", "title"), [
    (["Royal", "Infirmary", "of", "Edinburgh"], ["Bone", "Densitometry"]),
    (["Western", "General", "Hospital"], ["Mammography"]),
])
def test_a_report_title_at_a_wider_gap_than_the_sites_words_stays(analyzer, site, title):
    line, x = [], 12
    for word in site:
        line.append((word, x))
        x += 7 * len(word) + 4
    x += 11  # 15 px after the site: one line height, three times its words' gaps
    for word in title:
        line.append((word, x))
        x += 7 * len(word) + 4
    words = painted_words(analyzer, placed(line, height=15))
    assert set(site) <= words
    assert not set(title) & words
