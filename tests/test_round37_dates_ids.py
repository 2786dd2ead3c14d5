"""Round 37 (review 20 half A): clock times, dates of birth with the sex, file numbers, a hospital's unit
before its name, and a phantom's header name.

1. A clock time in another language's rendering beside a date ('02.fev.2024 16h05', '11.12.2023 kl 14.07',
   '14.07 Uhr'): DATE_TIME, the clock word ('kl', 'Uhr') left (`patterns._H_CLOCK`, `_DOT_CLOCK`, `LABELLED_CLOCK`).
   A measurement ('Dist 14.07 mm', 'SUV 14.07') and a version ('1.0.14.07') stay.
2. A date of birth with the sex glued after it ('1986/04/17F': a glyph gap the layout joins): a date
   (`patterns._NUMERIC_DATE_END`).
3. A file, folder or case number after its label in several languages ('File KAS-24-00912'): ID, the
   label left (`patterns._FILE_NUMBER`).
4. A hospital's unit named before it, a comma between ('Brystdiagnostisk senter, Haukeland
   universitetssjukehus'): one ORGANIZATION (`institutions._with_unit_before`).
5. A phantom's or a quality test's header name ('QA^PHANTOM'): its words make no finding
   (`dicom_header.name_parts`).
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.recognize.recognizers.dicom_header import name_parts

from .test_recognizers import found, words

# -- 1. clock times in national renderings beside a date ---------------------------------------------

# (text, the time's words): pt-BR '16h05' after a month-name date (review 20's Brazilian obstetric
# scan), fr '9h30', Norwegian 'kl 14.07', Swedish 'kl. 9.14', Finnish 'klo 14.07', German '14.07 Uhr',
# Dutch '14.07 uur', French '14 h 07', the hour alone '16h', the time before its date, Danish
# '11.12.2023 14.07' without a word.
NATIONAL_TIMES = [
    ("Pront. 2231907 02.fev.2024 16h05", {"16h05"}),
    ("14/03/2024 9h30", {"9h30"}),
    ("11.12.2023 kl 14.07", {"14.07"}),
    ("12.05.2023 kl. 9.14", {"9.14"}),
    ("Tutkimus 11.12.2023 klo 14.07", {"14.07"}),
    ("11.12.2023 14.07 Uhr", {"14.07"}),
    ("11-12-2023 14.07 uur", {"14.07"}),
    ("03/02/2024 14 h 07", {"14", "h", "07"}),
    ("03/02/2024 16h", {"16h"}),
    ("16h05 02.fev.2024", {"16h05"}),
    ("11.12.2023 14.07", {"14.07"}),
    ("Undersøkt kl 14.07", {"14.07"}),
    ("14.07 Uhr 11.12.2023", {"14.07"}),
]


@pytest.mark.parametrize("text,time", NATIONAL_TIMES)
def test_a_national_clock_time_beside_a_date_is_painted(analyzer, text, time):
    got = found(analyzer, text, with_header=False).get("DATE_TIME", set())
    assert time <= got


@pytest.mark.parametrize("text,label", [("11.12.2023 kl 14.07", "kl"), ("12.05.2023 kl. 9.14", "kl."),
                                        ("11.12.2023 14.07 Uhr", "Uhr"), ("Undersøkt klo 14.07", "klo"),
                                        ("14.07 Uhr 11.12.2023", "Uhr"), ("kl 14.07 11.12.2023", "kl")])
def test_the_clock_word_stays(analyzer, text, label):
    assert label not in set().union(*found(analyzer, text, with_header=False).values())


# A decimal of a measurement, with or without a date on its line, and a version's parts stay.
@pytest.mark.parametrize("text,value", [("Dist 14.07 mm", "14.07"), ("SUV 14.07", "14.07"),
                                        ("11.12.2023 SUV 14.07", "14.07"), ("11.12.2023 14.07 mm", "14.07"),
                                        ("Version 1.0.14.07", "1.0.14.07"), ("TI 9h30", "9h30"),
                                        ("Gain 14.07", "14.07"), ("SUV 14.07 11.12.2023", "14.07")])
def test_a_measurement_or_a_version_stays(analyzer, text, value):
    assert value not in set().union(*found(analyzer, text, with_header=False).values())


# -- 2. a date of birth with the sex glued after it ----------------------------------------------------

# The South African MR banner's '1986/04/17 F' read one token, and its siblings: German 'W' (weiblich),
# Norwegian 'K' (kvinne), the DICOM 'M' and 'O', day-first and US orders.
@pytest.mark.parametrize("token", ["1986/04/17F", "17.04.1986W", "1986-04-17M", "04/17/1986F", "17.04.1986K",
                                   "1986/04/17O"])
def test_a_date_with_the_sex_glued_is_a_date(analyzer, token):
    assert token in found(analyzer, f"{token} Achieva 1.5T", with_header=False).get("DATE_TIME", set())


# The date OCR read a glyph apart from the sex, its box 2 px from the letter's (review 20's layout).
def test_a_date_a_glyph_from_the_sex_is_a_date(analyzer):
    from fw_gear_presidio_image_redactor.findings import Box, OcrWord

    ws = [OcrWord("F", Box(64, 28, 5, 14), 95.0), OcrWord("1986/04/17", Box(4, 31, 58, 10), 95.0)]
    dates = [f for f in analyzer.analyze(ws, header=None) if f.entity_type == "DATE_TIME"]
    assert any(f.box.intersection_area(ws[1].box) >= 0.8 * ws[1].box.area for f in dates)
    assert not any(f.box.intersection_area(ws[0].box) >= 0.8 * ws[0].box.area for f in dates)


# Not a version's build letters nor a unit: '3.1.14SP2', '12.3.10mm'.
@pytest.mark.parametrize("token", ["3.1.14SP2", "12.3.10mm"])
def test_a_version_or_a_measure_is_no_date(analyzer, token):
    assert token not in found(analyzer, f"Ver {token}", with_header=False).get("DATE_TIME", set())


# -- 3. a file, folder or case number after its label ---------------------------------------------------

# Review 20's Egyptian fluoroscopy banner ('File KAS-24-00912') and siblings the other recognisers missed
# too: German 'Akte', 'Fallnummer', English 'Folder', 'File#', Norwegian 'Journal nr'; then shapes other
# recognisers found already, kept here as the label's regression cases.
FILE_NUMBERS = [("File", "KAS-24-00912"), ("Akte", "KL-24-0098"), ("Fallnummer", "4012"), ("Folder", "23-4471"),
                ("File#", "88213"), ("Journal nr", "4471"), ("File No:", "2024-118830"), ("Dossier", "2024-118830"),
                ("Fall-Nr.", "40012345"), ("Expediente", "HCU-88213"), ("Prontuário", "441902"),
                ("Cartella", "2023/004512"), ("Journalnr", "88213")]


@pytest.mark.parametrize("label,value", FILE_NUMBERS)
def test_a_file_number_after_its_label_is_an_id(analyzer, label, value):
    assert value in found(analyzer, f"{label} {value}", with_header=False).get("ID", set())


@pytest.mark.parametrize("label,value", [("File", "KAS-24-00912"), ("Folder", "23-4471"), ("Dossier", "2024-118830")])
def test_the_file_label_stays(analyzer, label, value):
    assert label not in set().union(*found(analyzer, f"{label} {value}", with_header=False).values())


@pytest.mark.parametrize("text", ["File 3 of 12", "File IMG_0001.dcm", "File 0001.dcm", "Case 1200 mm",
                                  "Profile 12345", "Dossier 2024", "Case 2023"])
def test_a_file_name_a_counter_or_a_measure_stays(analyzer, text):
    assert "ID" not in found(analyzer, text, with_header=False)


# -- 4. a hospital's unit named before it ------------------------------------------------------------

@pytest.mark.parametrize("text,unit", [
    ("Brystdiagnostisk senter, Haukeland universitetssjukehus", {"Brystdiagnostisk", "senter,"}),
    ("Bröstcentrum, Södersjukhuset", {"Bröstcentrum,"}),
    ("Brustzentrum, Klinikum Augsburg", {"Brustzentrum,"}),
    ("Hjertesenteret, Haukeland universitetssjukehus", {"Hjertesenteret,"}),
    ("Kvinneklinikken, Stavanger universitetssjukehus", {"Kvinneklinikken,"}),
])
def test_a_unit_before_its_hospital_is_part_of_the_name(analyzer, text, unit):
    assert unit <= found(analyzer, text, with_header=False).get("ORGANIZATION", set())


# A unit of device words ('MR Unit') and a department's words stay as they were (no institution).
@pytest.mark.parametrize("text,kept", [("MR Unit, Riverside Hospital", "MR"),
                                       ("Radiology Department, Riverside Hospital", "Radiology")])
def test_a_device_unit_or_a_department_before_a_hospital_stays(analyzer, text, kept):
    assert kept not in found(analyzer, text, with_header=False).get("ORGANIZATION", set())


# -- 5. a phantom's header name --------------------------------------------------------------------

@pytest.mark.parametrize("value", ["QA^PHANTOM", "CATPHAN^DAILY", "ACR^PHANTOM^WEEKLY", "QC^WATER"])
def test_a_phantom_name_has_no_parts(value):
    assert name_parts(value) == []


# A person's name keeps its parts, a test patient's given name too; a name with a phantom's mark keeps
# the words that are no test vocabulary.
@pytest.mark.parametrize("value,parts", [("TEST^JOHN", ["TEST", "JOHN"]), ("HEAD^MARY", ["HEAD", "MARY"]),
                                         ("PHANTOM^JOHN", ["JOHN"]), ("KOWALSKI^MARTHA", ["KOWALSKI", "MARTHA"])])
def test_a_person_name_keeps_its_parts(value, parts):
    assert name_parts(value) == parts


def _header(name: str) -> Dataset:
    ds = Dataset()
    ds.PatientName = name
    ds.PatientID = "PH0001"
    return ds


def test_the_screen_words_of_a_phantom_header_stay(analyzer):
    ws = words("ACR Phantom QA Slice 7 Weekly\nCoil Head/Neck 20 QA by Tsai")
    got = {w.text for f in analyzer.analyze(ws, header=_header("QA^PHANTOM")) for w in ws
           if f.entity_type == "PERSON" and f.box.intersection_area(w.box) >= 0.8 * w.box.area}
    assert not got & {"QA", "Phantom", "Weekly"}


def test_a_person_header_name_is_still_painted(analyzer):
    ws = words("Patient KOWALSKI MARTHA")
    got = {w.text for f in analyzer.analyze(ws, header=_header("KOWALSKI^MARTHA")) for w in ws
           if f.entity_type == "PERSON" and f.box.intersection_area(w.box) >= 0.8 * w.box.area}
    assert {"KOWALSKI", "MARTHA"} <= got
