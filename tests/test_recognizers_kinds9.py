"""Kinds of fix round 9 (issue 14: review 7 half B, the second break-test round), fixed as kinds:

1. device text: the file's own device names (Manufacturer, model, software, also without
   Use DICOM Metadata) and deid's device names; a model or probe number's shape ('TRC-NW8',
   'CA1-7A'); one or two words a model calls a name beside a device setting ('VR Preset:',
   'LAO 32', '120 kV', 'W10') or a vendor's or product's name ('Samsung Hera'); 'X On'/'X Off'
   settings are no name field; a label at the end of one text line labels only a value
   stacked under it;
2. examination and study numbers after their label ('Exam: 22805', 'Ex: 30917'); series and
   image counters stay;
3. '*1974' (born) and '†2019' (died) before a year;
4. a date's or a duration's label in the field before it on its row (or over it), the
   date-of-birth labels of European locales, a time in the field after a date on its row.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.device_names import (
    device_names,
    device_tokens,
    in_deid_names,
)
from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word, is_model_number

from .test_recognizers_context import banner, covered, painted


def painted_with(analyzer, text: str | list[OcrWord], device=(), header=None) -> dict[str, set[str]]:
    """entity -> the words of `text` painted, the file's device names `device` given."""
    ws = banner(text) if isinstance(text, str) else text
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(ws, header=header, device=device):
        out.setdefault(f.entity_type, set()).update(
            w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area)
    return out


def _all(found: dict[str, set[str]]) -> set[str]:
    return set().union(*found.values()) if found else set()


# -- 1a. the file's own device names ------------------------------------------------------------

def test_device_names_read_the_equipment_tags_only():
    ds = Dataset()
    ds.PatientName = "DOE^JOHN"
    ds.InstitutionName = "Mercy Valley Hospital"
    ds.Manufacturer = "Tessaro Medical Co., Ltd."
    ds.ManufacturerModelName = "Tessaro Helix"
    ds.SoftwareVersions = ["VB60A", "5.0"]
    names = device_names(ds)
    assert names == ("Tessaro Medical Co., Ltd.", "Tessaro Helix", "VB60A", "5.0")
    # company forms and bare versions stand for no device anywhere else
    assert device_tokens(names) == {"tessaro", "medical", "helix", "vb60a"}
    assert device_names(None) == () and device_names(Dataset()) == ()


@pytest.mark.parametrize("text", ["Tessaro Helix", "Orbelia Quintus", "Kestrel Nova", "Corvina"])
def test_a_model_name_the_header_gives_is_device_text(analyzer, text):
    """spaCy calls each of these made-up product names a person or an organisation; as the
    file's own ManufacturerModelName they are the device's text, with or without metadata."""
    assert _all(painted_with(analyzer, text)), "the model alone reads a name here"
    assert painted_with(analyzer, text, device=("Tessaro Medical", text)) == {}


def test_a_patient_beside_the_device_name_is_still_found(analyzer):
    text = "Kestrel Nova\nSMITH, JOHN\n12/03/1961"
    found = painted_with(analyzer, text, device=("Kestrel", "Kestrel Nova"))
    assert {"SMITH,", "JOHN"} <= found.get("PERSON", set())
    assert "Kestrel" not in _all(found) and "Nova" not in _all(found)


def test_a_device_word_does_not_hide_a_patient_name_the_model_finds(analyzer):
    # 'Nova' is a word of the device's name; 'Nova Martin' over a date is still a name
    found = painted_with(analyzer, "Nova Martin\n12/03/1961", device=("Kestrel Nova",))
    assert "Martin" in found.get("PERSON", set())


@pytest.mark.parametrize("words,expected", [
    (["vitrea"], True), (["vital", "images"], True), (["hi", "vision", "avius"], True), (["sonix"], True),
    (["ge"], False),                       # too short alone
    (["smith"], False), (["vision", "smith"], False),
])
def test_deid_device_names(words, expected):
    assert in_deid_names(words) is expected


# -- 1b. model and probe numbers ------------------------------------------------------------------

@pytest.mark.parametrize("word", ["TRC-NW8", "CA1-7A", "C1-6-D", "L14-6WU", "TUS-A300", "DRX-1", "SC5-1U"])
def test_model_number_shape(word):
    assert is_model_number(word) and is_device_word(word)


@pytest.mark.parametrize("word", ["PL-55012", "KM-092231", "88-1920-3", "AB-12345", "SZ7740215", "JUN-26",
                                  "MARIA-LUISA", "12-03-2025", "F52Y"])
def test_ids_dates_and_names_are_no_model_numbers(word):
    assert not is_model_number(word)


def test_a_compound_of_device_words_is_device_text():
    assert is_device_word("DRX-Evolution") and not is_device_word("Castellanos-Ruiz")


# -- 1c. words beside a device setting or a product name ------------------------------------------

@pytest.mark.parametrize("text", [
    "VR Preset: Cardiac Coronaries",   # Vitrea (review 7)
    "LAO 32 CRAN 18",                  # GE Innova (review 7)
    "TOPCON TRC-NW8",                  # Topcon fundus camera (review 7)
    "DRX-Evolution",                   # Carestream (review 7)
    "MUSICA",                          # Agfa's image processing (review 7)
    "Fluoro 3:42",
    "Hera W10", "Samsung Hera", "Edan Acclarix", "Aplio Platinum", "Agfa Impax", "Chison Ebit",
    "Butterfly IQ", "Sequoia Platinum",
    "IVS  Sept 1.1", "SR Export",
])
def test_device_lines_stay(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text,name", [
    ("SMITH ANNA  45Y", {"SMITH", "ANNA"}),           # an age is no setting
    ("Park, Joy  F  45Y", {"Park,", "Joy"}),
    ("Ref: Dr Anna Lee  120 kV", {"Anna", "Lee"}),    # a name label before it
    ("Nguyen Van Minh\nDOB 12/03/1961", {"Nguyen", "Van", "Minh"}),
])
def test_names_beside_ages_and_labels_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text", ["Hera W10\nAB-12345", "Sonix Touch\nAB-12345", "Samsung Hera\nAB-12345",
                                  "Edan Acclarix\nAB-12345", "Aixplorer Mach\nAB-12345"])
def test_a_device_line_over_an_id_shape_stays(analyzer, text):
    """The device line is no name over a record number; the number itself is an identifier since fix
    round 26 (a capitals-and-digits shape outside the imaging region; a serial number is one too:
    Safe Harbor (M))."""
    device = set(text.split("\n")[0].split())
    assert not device & painted(analyzer, text)


def test_an_id_under_a_name_is_still_found(analyzer):
    assert "NG-33012" in covered(analyzer, "Okafor Chidi\nNG-33012").get("ID", set())


# -- 1d. settings and their state ------------------------------------------------------------------

def test_a_setting_and_its_state_is_no_name_field(analyzer):
    # 'Segmentation On' on the row of a date (Vitrea, review 7) was a name field
    assert "Segmentation" not in painted(analyzer, "Ilunga, Mbuyi\n2026-10-07                    Segmentation On")
    assert {"Ilunga,", "Mbuyi"} <= covered(analyzer, "Ilunga, Mbuyi\n2026-10-07").get("PERSON", set())


# -- 1e. a label at the end of a line labels only a value stacked under it -------------------------

def _word(text, left, top):
    return OcrWord(text, Box(left, top, 8 * len(text), 11), 95.0)


def test_a_label_in_one_corner_does_not_label_the_other_corners_next_line(analyzer):
    # Samsung (review 7, the verification pass): 'ID:' left, its value painted, 'CA1-7A OB' right
    ws = [_word("KIM", 8, 10), _word("JI-WOO", 32, 10), _word("HS70A", 752, 10), _word("ID:", 8, 26),
          _word("CA1-7A", 718, 42), _word("OB", 774, 42)]
    assert "CA1-7A" not in _all(painted_with(analyzer, ws))
    ws = [_word("ID:", 8, 26), _word("AB1234", 8, 42)]  # stacked directly under its label
    assert "AB1234" in painted_with(analyzer, ws).get("ID", set())


@pytest.mark.parametrize("text,value", [("ID:  4455", "4455"), ("MRN:  AB1234", "AB1234"),
                                        ("Patient ID:  AB1234", "AB1234"), ("Acc#:  RAD2026-118734", "RAD2026-118734")])
def test_a_label_labels_the_next_field_on_its_row(analyzer, text, value):
    # fields spaced wider than one line of text: the label ends one text line, its value starts the next
    assert value in covered(analyzer, text).get("ID", set())


# -- 2. examination and study numbers ----------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Exam: 22805 Sep 21 2026", "22805"),   # GE CT dose page (review 7)
    ("Ex: 30917", "30917"),                # GE MR (review 7)
    ("Study #: 4471", "4471"),
    ("Exam No. 12345", "12345"),
    ("Acc 9017734", "9017734"),
])
def test_exam_numbers_are_ids(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text", ["Se: 3  Im: 45", "Se:6", "Im:14", "Series 4 Img 88/212", "Exam: 12/03/2025",
                                  "Total Exam DLP: 842.46 mGy-cm", "Exam 120 mm", "Ex 2"])
def test_counters_dates_and_measures_after_exam_labels_are_no_ids(analyzer, text):
    assert "ID" not in covered(analyzer, text)


def test_an_exam_number_glued_to_its_label_is_found_after_it(analyzer):
    (finding,) = [f for f in analyzer.analyze(banner("Ex:30917")) if f.entity_type == "ID"]
    word = banner("Ex:30917")[0].box
    assert finding.box.left > word.left and finding.box.right == word.right  # the label is left standing


def test_the_exam_label_stays(analyzer):
    found = covered(analyzer, "Exam: 22805")
    assert "22805" in found.get("ID", set()) and "Exam:" not in _all(found)


# -- 3. born and died before a year -------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [("*1974", "*1974"), ("* 1974", "1974"), ("\u20202019", "\u20202019"),
                                        ("*12.03.1974", "*12.03.1974")])
def test_birth_and_death_signs_make_dates(analyzer, text, value):
    assert value in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", ["1974", "x1974", "3*1974", "*1974.5", "*12"])
def test_a_year_without_the_sign_is_no_date(analyzer, text):
    assert "DATE_TIME" not in covered(analyzer, text)


# -- 4. labels in the field before, foreign birth labels, a time after a date -------------------------

@pytest.mark.parametrize("text,value", [
    ("DOB  14 Oct", {"14", "Oct"}), ("Study Date  3 mei", {"3", "mei"}), ("DOB\n14 Okt", {"14", "Okt"}),
    ("Geburtsdatum 14. M\u00e4rz", {"14.", "M\u00e4rz"}), ("Date de naissance 3 juin", {"3", "juin"}),
    ("Fecha de nacimiento 3 junio", {"3", "junio"}), ("Birth Date  14 Oct", {"14", "Oct"}),
    ("DOB  Oct 14", {"Oct", "14"}),
])
def test_day_and_month_after_a_label_in_another_field(analyzer, text, value):
    assert value <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", ["Exam Date  Set 3", "Date  Mai 3", "Birth Date 3 mei"])
def test_a_label_stays_and_a_setting_after_a_far_label_stays(analyzer, text):
    found = covered(analyzer, text)
    assert "Birth" not in _all(found) and "Set" not in _all(found) and "Mai" not in _all(found)


@pytest.mark.parametrize("text,value", [("12/03/2025  08:19", "08:19"), ("2025-03-12  8:19", "8:19"),
                                        ("03.12.2025  9:05", "9:05")])
def test_a_time_in_the_field_after_a_date(analyzer, text, value):
    assert value in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", ["Rec  1:02:03", "Acq Time 1:02:03 h", "Acq Time  1:30  min", "Fluoro  3:12",
                                  "Fluoro Time  3:12"])
def test_durations_stay(analyzer, text):
    assert painted(analyzer, text) == set()


def test_header_date_still_found_with_device_names(analyzer):
    ds = Dataset()
    ds.StudyDate = "20260909"
    found = painted_with(analyzer, "2026/09/09", device=("HOLOGIC, Inc.", "Selenia Dimensions"), header=ds)
    assert "2026/09/09" in found.get("DATE_TIME", set())
