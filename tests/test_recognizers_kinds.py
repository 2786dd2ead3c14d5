"""Kinds of precision and recall faults a fresh reviewer found on unseen images, word by word.

- protocol, body-part, laterality, modality and model words a general NER model calls a
  person or an organisation ('Brain Wo Contrast', 'Low Dose Lung', 'GE Revolution CT');
- ultrasound presets beside an ID or a date read as a banner name field ('Vasc Car');
- institutions named in another European language ('Hospital Universitario La Paz');
- name labels of a report's distribution lines ('cc:') and labels OCR misreads ('0p:');
- a header name inside a wider model name ('A. Quist', OperatorsName 'Quist^A').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word
from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
from fw_gear_presidio_image_redactor.recognize.recognizers.names import LabelledNameRecognizer

from .test_recognizers_context import banner, covered

# -- 1. device, protocol and anatomy words -------------------------------------------------

DEVICE_LINES = [
    "Brain Wo Contrast", "Chest Wo Contrast", "CT Head W/O Contrast", "MR Knee WITHOUT Contrast", "Low Dose Lung",
    "Venous Leg", "Renal Bilateral", "GE Revolution CT", "Esaote MyLab Seven", "LTKIDNEY", "LT KIDNEY", "RT BREAST",
    "Canon Aplio i800", "Mindray Resona 7", "Philips Ingenia 3.0T", "Philips Achieva", "SIEMENS SOMATOM Force",
    "Canon Aquilion ONE", "Carestream DRX-1", "Clarius Mobile Health", "Wisonic Medical", "Temporal Bone",
    "Sinus Coronal", "Kidney Right Long", "Common Bile Duct", "Thyroid Small Parts", "Msk Shoulder", "OB 2nd Trim",
    "Chest PA/AP", "T2 FLAIR AX", "Carotid Left", "Abd Pelvis", "Siemens ACUSON Sequoia", "GE LOGIQ E10",
]


@pytest.mark.parametrize("text", DEVICE_LINES)
def test_device_protocol_and_anatomy_lines_are_not_phi(analyzer, text):
    assert covered(analyzer, text) == {}, text


# -- 2. ultrasound presets and exam names are no banner name field ---------------------------

PRESETS = ["Vasc Car", "Vasc Art", "Mitral Valve", "Frog Leg", "Dental Scan", "Venous Leg", "Abd Gen", "Neo Head",
           "Penile Doppler", "Sm Parts", "Msk Knee", "Pelvis Gyn", "Renal Bilateral", "Carotid Left"]


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("anchor", ["ID 4410021", "12/03/2011"])
def test_a_preset_beside_an_id_or_a_date_is_no_name(analyzer, preset, anchor):
    result = covered(analyzer, f"{preset}  {anchor}")
    assert not set(preset.split()) & set().union(*result.values()), result


@pytest.mark.parametrize("text,name", [
    ("Moreno Lucia  ID 99812", {"Moreno", "Lucia"}),
    ("Fernandez-Ruiz Beatriz\nLMP 2024.01.15", {"Fernandez-Ruiz", "Beatriz"}),
    ("O'Neill Siobhan  MRN 554210", {"O'Neill", "Siobhan"}),
])
def test_names_beside_an_anchor_are_still_found(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text,name", [
    ("Mary Low", {"Mary", "Low"}),                         # a device word inside a name stays part of it
    ("Dose Smith", {"Dose", "Smith"}),
    ("Silas Abernathy  Adult Echo", {"Silas", "Abernathy"}),  # a name in its own field beside device words
    ("MR SMITH", {"SMITH"}),                                   # a title 'MR', not the modality
])
def test_names_with_or_beside_device_words_are_found(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text", ["Low Dosage Lung", "Brain Sans Contrast", "Head Routine Brisk", "Gen Harmonic Tyra"])
def test_the_residue_of_a_device_field_needs_context(analyzer, text):
    """spaCy calls these a person or an organisation; one word the vocabulary lacks among
    device words is no name on its own."""
    assert covered(analyzer, text) == {}, text


def test_values_and_sex_letters_make_no_device_field(analyzer):
    """'SMITH F 52Y' in one field: the sex letter and the age are no device words around 'SMITH'."""
    from fw_gear_presidio_image_redactor.recognize.analyzer import _mostly_device_field
    from fw_gear_presidio_image_redactor.recognize.text_layout import layout

    assert not _mostly_device_field(layout(banner("SMITH F 52Y")), 0, 5)
    assert _mostly_device_field(layout(banner("Low Dosage Lung")), 4, 10)


def test_the_residue_of_a_device_field_after_a_name_label_is_a_name(analyzer):
    assert "Tyra" in covered(analyzer, "Sonographer: Tyra").get("PERSON", set())


@pytest.mark.parametrize("word,expected", [
    ("LTKIDNEY", True), ("RtBreast", True), ("LEFTKNEE", True), ("Lteam", False), ("Ronald", False),
    ("Rtx", False), ("DRX-1", True), ("SSD-4000", True), ("Leighton", False),
])
def test_a_laterality_glued_to_a_body_part_is_device_text(word, expected):
    assert is_device_word(word) is expected


# -- 3. institutions without an English head word -------------------------------------------

@pytest.mark.parametrize("text", [
    "Hospital Universitario La Paz", "Ospedale San Raffaele", "Klinikum rechts der Isar", "Hopital Necker",
    "Hôpital Necker", "Clínica Universidad de Navarra", "Clinique Pasteur", "Krankenhaus Nordwest",
    "Centre Hospitalier Universitaire de Nantes", "Universitätsklinikum Heidelberg", "Rigshospitalet",
    "Karolinska Universitetssjukhuset", "Azienda Ospedaliera Careggi", "St. Antonius Ziekenhuis",
    "Hospital Clinic Barcelona", "Policlinico Gemelli", "Szpital Bielanski", "Mobile Infirmary",
    "Eye and Ear Infirmary", "Heart Hospital",
])
def test_institution_heads_in_european_languages(analyzer, text):
    results = InstitutionRecognizer().analyze(text, ["ORGANIZATION"])
    assert [text[r.start : r.end] for r in results] == [text]
    assert covered(analyzer, text) == {"ORGANIZATION": set(text.split())}


@pytest.mark.parametrize("text", ["Hospital ID 12345", "HOSPITAL NO. 5", "Hospital Number 7"])
def test_a_leading_head_before_a_label_is_no_institution(text):
    assert InstitutionRecognizer().analyze(text, ["ORGANIZATION"]) == []


# -- 4. labels: distribution lines, and OCR's 0/O and 1/l/I ----------------------------------

@pytest.mark.parametrize("text,name", [
    ("cc: Henrietta Osei-Bonsu", "Henrietta Osei-Bonsu"),
    ("CC: HENRIETTA OSEI-BONSU", "HENRIETTA OSEI-BONSU"),
    ("Attn: Henrietta Osei-Bonsu", "Henrietta Osei-Bonsu"),
    ("Copy to: Dr. Henrietta Osei-Bonsu", "Henrietta Osei-Bonsu"),
    ("0p: JKL", "JKL"),                                  # 'Op:' in a monospaced font
    ("0perator: KMH", "KMH"),
    ("Phys1cian: Grace Okafor", "Grace Okafor"),
    ("Techno1ogist: Marcus Feld", "Marcus Feld"),
])
def test_labels_of_copies_and_labels_ocr_misread(analyzer, text, name):
    results = LabelledNameRecognizer().analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in results] == [name]
    assert covered(analyzer, text).get("PERSON") == set(name.split())  # a title stays (`test_recognizers_titles.py`)


@pytest.mark.parametrize("text", ["10p: 5", "Vol 12 cc", "Occ: Smith", "cc: 12.5"])
def test_no_label_inside_a_value_or_a_word(text):
    assert LabelledNameRecognizer().analyze(text, ["PERSON"]) == []


# -- 5. a header name inside a wider model name --------------------------------------------

@pytest.mark.parametrize("text,tag,value,name", [
    ("Sonographer: A. Quist", "OperatorsName", "Quist^A", {"A.", "Quist"}),
    ("Sonographer: Anne B. Quist", "OperatorsName", "Quist^Anne", {"Anne", "B.", "Quist"}),
])
def test_a_header_match_does_not_shrink_the_model_name(analyzer, text, tag, value, name):
    header = Dataset()
    header.PatientName = "Doe^Anon"
    setattr(header, tag, value)
    without = covered(analyzer, text)
    assert without.get("PERSON") == name, without
    with_header = covered(analyzer, text, header)
    assert with_header.get("PERSON") == name, with_header


def test_a_device_word_the_model_read_into_a_header_name_stays(analyzer):
    header = Dataset()
    header.PatientName = "Kowalski^Martha"
    result = covered(analyzer, "Martha Kowalski Adult Echo", header)
    assert result.get("PERSON") == {"Martha", "Kowalski"}, result


def test_a_title_names_nobody_on_the_line_under_it(analyzer):
    """The verification pass reads 'Dr.' whose name was painted over 'Msk Shoulder'."""
    assert covered(analyzer, "Dr.\nMsk Shoulder") == {}
    assert covered(analyzer, "Dr. Hartley Pemberton").get("PERSON", set()) >= {"Hartley", "Pemberton"}


def test_a_letter_under_a_header_name_is_not_its_initial(analyzer):
    """spaCy reads 'QUARTERMAIN BEATRIX' and the sex letter of the line under it as one name."""
    header = Dataset()
    header.PatientName = "QUARTERMAIN^BEATRIX"
    result = covered(analyzer, "QUARTERMAIN BEATRIX\nF 67Y", header)
    assert "F" not in result.get("PERSON", set()), result
