"""Review 16 (fix round 29): a technologist's console login after a staff role label ('Tech:
rgarcia'), the labels that are never PHI ('Manip', 'Nasc.:', 'DOB/DDN:'), a densitometry table's
heading ('Bölge BMD T-skor Z-skor') and an ultrasound probe's preset line ('5C1 Abdomen Lever'),
each with siblings in other languages and vendors, and the guards that must not change.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.names import staff_logins
from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import only_overlay_words, trim_label

from .test_recognizers_context import covered


def tight(text: str, gap: int = 2, char: int = 7) -> list[OcrWord]:
    """One line of OCR words `gap` px apart, `char` px a character, 12 px tall."""
    out, x = [], 10
    for word in text.split():
        out.append(OcrWord(word, Box(x, 200, char * len(word), 12), 96.0))
        x += char * len(word) + gap
    return out


def painted(analyzer, text) -> set[str]:
    return set().union(*covered(analyzer, text).values())


# -- 1. a console login after a staff role label -------------------------------------------------

@pytest.mark.parametrize("text, login", [
    ("Tech: rgarcia  Ref: Dr. Meredith Okafor-Lyle", "rgarcia"),  # review 16 g01 (GE-like CT corner)
    ("Tech: tbaptiste  Ref: Dr. Samuel Whitacre", "tbaptiste"),
    ("MTRA: mmueller  Se: 3", "mmueller"),  # German MTRA
    ("Manip.: jdupont", "jdupont"),  # French manipulateur
    ("Tecn.: a.rossi", "a.rossi"),  # Italian tecnico
    ("RT(R): kowalskij", "kowalskij"),  # ARRT credential as the label
    ("Radiographer: sjohnson", "sjohnson"),
    ("Sonographer: lnguyen", "lnguyen"),
    ("Operator: okarlsson", "okarlsson"),
])
def test_a_login_after_a_staff_role_label_is_its_person(analyzer, text, login):
    found = covered(analyzer, text)
    assert login in found.get("PERSON", set()), found
    label = text.split()[0]
    assert label not in painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "Tech: helical", "Tech: service", "Op: admin", "Tech: standard", "Op: auto", "Tech: smart",
    "tech: enhance 3", "Tech: AEC", "Tech: nobody", "Op: manual", "Operator: default",
])
def test_a_setting_or_shared_account_after_a_staff_label_stays(analyzer, text):
    assert not painted(analyzer, text)


def test_staff_logins_needs_the_labels_colon():
    assert staff_logins("Tech rgarcia") == []
    assert staff_logins("Tech: rgarcia") == [(6, 13)]


# -- 2. an initial before a staff surname (text level; the multi-frame leak is the scan's) ---------

@pytest.mark.parametrize("text, name", [
    ("Op: Å. Sjöberg", {"Å.", "Sjöberg"}),  # review 16 g08
    ("Op: P. Nyberg", {"P.", "Nyberg"}),
    ("Op: Ø. Hansen", {"Ø.", "Hansen"}),
    ("Op: Ł. Nowak", {"Ł.", "Nowak"}),
    ("Tech: Ö. Yılmaz", {"Ö.", "Yılmaz"}),
])
def test_an_initial_before_a_staff_surname_is_the_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


# -- 4. labels that are never PHI ----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Manip Léa Fournier", {"Léa", "Fournier"}),  # review 16 g03: OCR lost the colon set apart
    ("Manip Erwan Kerhervé", {"Erwan", "Kerhervé"}),
    ("Manipulatrice Anne Morel", {"Anne", "Morel"}),
    ("Echografist: Hoekstra R.", {"Hoekstra", "R."}),
    ("Echoscopist: Jansen", {"Jansen"}),
    ("Tekniker: Büşra Kaya", {"Büşra", "Kaya"}),
    ("Tekn. Doğan Emre", {"Doğan", "Emre"}),  # review 16 g18: the Turkish technician's label
    ("Tekn. Büşra Kaya", {"Büşra", "Kaya"}),
])
def test_a_staff_role_label_stays_and_its_name_is_painted(analyzer, text, name):
    found = painted(analyzer, text)
    assert name <= found, found
    assert text.split()[0] not in found


@pytest.mark.parametrize("label", ["Nasc.:", "Dt. Nasc.:", "Fec. Nac.:", "DOB/DDN:", "Name/Nom:", "Naam/Nom:"])
def test_a_label_alone_is_overlay_words(label):
    # a redacted value leaves its label alone on the line, which the verification pass reads again
    assert only_overlay_words(label)


@pytest.mark.parametrize("text, value", [
    ("Nasc.: 02/05/1988", "02/05/1988"),  # review 16 g11
    ("Dt. Nasc.: 30/09/1955", "30/09/1955"),
    ("Fec. Nac.: 12/03/1970", "12/03/1970"),
    ("DOB/DDN: 1972/01/31", "1972/01/31"),  # review 16 g13
])
def test_a_birth_date_label_stays_and_its_date_is_painted(analyzer, text, value):
    found = painted(analyzer, text)
    assert value in found
    assert not set(text.split()) - {value} & found


@pytest.mark.parametrize("word, label", [
    ("DOB/DDN:1972/01/31", "DOB/DDN:"),  # review 16 g13: OCR glued the bilingual label to its date
    ("Name/Nom:TREMBLAY", "Name/Nom:"),
    ("DOB/DDN:", None),
])
def test_a_bilingual_label_is_trimmed_from_its_value(word, label):
    assert trim_label(word) == (len(label) if label else 0)


def test_a_glued_bilingual_label_is_left_out_of_the_dates_box(analyzer):
    word = OcrWord("DOB/DDN:1972/01/31", Box(10, 10, 180, 20), 95.0)
    boxes = [f.box for f in analyzer.analyze([word]) if f.entity_type == "DATE_TIME"]
    assert boxes and all(b.left >= 10 + 70 for b in boxes), boxes


@pytest.mark.parametrize("text, name", [
    ("Name/Nom: TREMBLAY, Geneviève", {"TREMBLAY,", "Geneviève"}),
    ("Naam/Nom: Jan Peeters", {"Jan", "Peeters"}),
])
def test_a_bilingual_name_label_stays(analyzer, text, name):
    found = painted(analyzer, text)
    assert name <= found
    assert text.split()[0] not in found


# -- 5. device words: densitometry table headings, probe and preset ------------------------------

@pytest.mark.parametrize("text", [
    "Bölge BMD (g/cm²) T-skor Z-skor",  # review 16 g18 (Turkish DXA)
    "Region BMD (g/cm²) T-score Z-score",
    "Région DMO (g/cm²) T-score Z-score",
    "Región DMO T-score Z-score",
    "Bereich KMD T-Wert Z-Wert",
    "Regio BMD T-score Z-score",
    "Område BMD T-värde Z-värde",
    "Obszar BMD T-score Z-score",
])
def test_a_densitometry_table_heading_stays(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize("words", [
    tight("5C1Abdomen Lever"),  # review 16 g07: OCR glued probe and preset
    tight("5C1 Abdomen Lever", gap=6),
    tight("C5-1 Abdomen General", gap=6),
    tight("L12-5 Schildklier", gap=6),
])
def test_a_probe_and_its_preset_stay(analyzer, words):
    assert not painted(analyzer, words)


@pytest.mark.parametrize("text, person", [
    ("Tech: Bölge Kaya", {"Bölge", "Kaya"}),  # a heading word as a name after a staff label
    ("Patient: Alan Region", {"Alan", "Region"}),
    ("Region Skåne  Skånes universitetssjukhus", {"Region", "Skåne"}),  # an institution's head stays PHI
])
def test_heading_words_in_a_name_or_an_institution_stay_painted(analyzer, text, person):
    assert person <= painted(analyzer, text)


def test_a_probe_and_preset_line_stays_once_the_values_beside_it_are_painted(analyzer):
    # review 16 g07, the verification pass: the banner's values painted, the model read the probe's
    # line on into the label of the line below ('5C1Abdomen Lever\nBSN'); each line is judged alone
    rows = [("ACUSON", 655, 22, 56, 13), ("Sequoia", 707, 22, 57, 16), ("VA30", 758, 22, 40, 13),
            ("Geb.", 3, 39, 30, 15), ("Abdomen", 698, 39, 59, 12), ("BSN:", 116, 40, 28, 11),
            ("5C1", 672, 40, 24, 11), ("Lever", 761, 40, 34, 11), ("Pat.", 6, 56, 32, 11), ("MI", 711, 56, 15, 11),
            ("1.3", 729, 56, 20, 11), ("TIB", 751, 56, 20, 11), ("0.4", 775, 56, 19, 11)]
    words = [OcrWord(t, Box(x, y, w, h), 95.0) for t, x, y, w, h in rows]
    assert not painted(analyzer, words)


def test_a_ct_kernel_with_its_contrast_mark_stays_in_a_re_read_band(analyzer):
    # review 16 g01: once the technologist's login is painted, the verification pass reads the
    # corner's band again and OCR cuts 'Lightspeed' to 'LI'; 'STND/+C' (GE's kernel and contrast
    # annotation) is device text, not a person's name with it
    rows = [("Tech:", 7, 425, 24, 10), ("Ref:", 260, 425, 17, 10), ("Dr.", 280, 426, 13, 9), ("kV", 7, 441, 15, 11),
            ("(250)", 108, 441, 31, 12), ("120", 25, 442, 21, 10), ("mA", 50, 442, 19, 10), ("Smart", 72, 442, 34, 10),
            ("0.8s/HE+", 7, 457, 52, 12), ("39.4mm/rot", 63, 458, 66, 11), ("DFOV", 428, 458, 32, 10),
            ("36.0cm", 463, 458, 41, 10), ("5.0mm", 8, 473, 39, 11), ("1.375:1/1.25sp", 50, 473, 85, 13),
            ("STND/+", 363, 474, 43, 11), ("C", 407, 474, 8, 10), ("LI", 418, 474, 9, 10), ("VCT", 481, 474, 24, 10),
            ("Tilt:", 7, 489, 21, 11), ("0.0", 32, 490, 18, 10), ("W:400", 441, 490, 36, 10),
            ("L:40", 480, 490, 24, 10)]
    words = [OcrWord(t, Box(x, y, w, h), 95.0) for t, x, y, w, h in rows]
    assert not painted(analyzer, words) & {"STND/+", "C", "LI", "VCT"}


@pytest.mark.parametrize("word, device", [
    ("STND/+C", True), ("BONE/-C", True), ("LUNG/C+", True), ("SOFT/+C", True),
    ("SMITH/+C", False),  # a name is no kernel
])
def test_a_kernel_and_contrast_mark_is_device_text(word, device):
    from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_token

    assert is_device_token(word) is device


# -- GE's display / scan field of view glued to its value -----------------------------------------

@pytest.mark.parametrize("text", ["DFOV36.0cm", "DFOV 36.0cm", "SFOV50cm", "FOV 25cm", "DFOV: 22.7 cm"])
def test_a_field_of_view_glued_to_its_value_is_device_text(analyzer, text):
    """The verification pass read 'DFOV36.0cm' as one word on a GE-like CT corner and the
    model called it a person (review 16 half A, once '14:03:22' beside it was kept)."""
    if " " not in text:
        assert only_overlay_words(text)
    assert not painted(analyzer, f"{text}  Tilt: 0.0")
