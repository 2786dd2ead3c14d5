"""Dates and identifiers that OCR's words and the text layout glued to the next word on a long
one-line banner ('Birth: 15.04.1972Ain Shams'), by pattern and by the header (Use DICOM Metadata),
and header identifiers burned in with other separators than the header's ('1020456789' as
'1.020.456.789'). The finding covers the value's word, not the next one; units, versions and
decimals of the same look stay.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .test_recognizers_context import covered


def _header(**values) -> Dataset:
    ds = Dataset()
    for key, value in values.items():
        setattr(ds, key, value)
    return ds


# PP-OCR's words and boxes of a cath lab's one-line banner (a review image: the date of birth 3 px
# from the institution's first word, which the text layout joins to it).
_EGYPT = [OcrWord(text, Box(left, 8, width, 12), 95.0) for text, left, width in (
    ("Patient:", 6, 45), ("Abdel-Fattah,", 53, 79), ("Mohamed", 135, 57), ("Case", 197, 29), ("ID:", 229, 16),
    ("28813NID:", 249, 66), ("27204150103346Birth:", 319, 140), ("15.04.1972", 463, 67), ("Ain", 532, 20),
    ("Shams", 556, 40), ("Specialized", 599, 66), ("Hospital", 669, 47), ("Exam:23.10.2023", 720, 109))]


def test_the_layout_glues_the_words_this_test_is_about():
    assert "15.04.1972Ain" in layout(_EGYPT).text


@pytest.mark.parametrize("header", [None, _header(PatientBirthDate="19720415")])
def test_a_date_glued_to_the_next_word_is_a_date_of_its_own_word(analyzer, header):
    got = covered(analyzer, _EGYPT, header=header)
    assert "15.04.1972" in got.get("DATE_TIME", set())
    assert "Ain" not in got.get("DATE_TIME", set())


@pytest.mark.parametrize("text, value", [
    ("Birth: 15.04.1972Ain", "15.04.1972Ain"),      # one OCR word: the word is the date's
    ("Exam 2024-03-12Clinic", "2024-03-12Clinic"),
    ("DOB 03/12/1961AIN", "03/12/1961AIN"),
])
def test_a_date_glued_in_one_ocr_word_is_found(analyzer, text, value):
    assert value in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", [
    "SW 3.1.14SP2",        # a version and its build
    "Depth 12.3.10mm",
    "v1.2.2024mm",
    "Filter 1.2.20cm",
    "Build 4.2.10b",
])
def test_versions_and_measures_glued_to_letters_stay(analyzer, text):
    assert not covered(analyzer, text).get("DATE_TIME")


@pytest.mark.parametrize("text, header", [
    ("C.C. 1.020.456.789", _header(PatientID="1020456789")),
    ("Doc 1.020.456.789", _header(PatientID="1020456789")),        # no label the patterns know
    ("Nr 1'020'456'789", _header(PatientID="1020456789")),
    ("Ficha 9402817-5", _header(OtherPatientIDs="9.402.817-5")),   # the header's points left out
    ("Ficha 9.402.817-5", _header(OtherPatientIDs="94028175")),
    ("Doc 20 123 456-7", _header(PatientID="20.123.456-7")),
])
def test_a_header_id_is_found_in_other_groups(analyzer, text, header):
    value = text.split(" ", 1)[1]
    assert set(value.split(" ")) <= covered(analyzer, text, header=header).get("ID", set())


def test_a_header_id_glued_to_the_next_label_is_found(analyzer):  # the words as OCR read them
    got = covered(analyzer, _EGYPT, header=_header(PatientID="28813", OtherPatientIDs="27204150103346"))
    assert {"28813NID:", "27204150103346Birth:"} <= got.get("ID", set())


@pytest.mark.parametrize("text, header", [
    ("SG 1.020", _header(PatientID="1020")),                 # a short ID: its grouped form is a decimal
    ("Depth 10.20 cm", _header(PatientID="1020")),
    ("Ver 1.020.456.7891", _header(PatientID="1020456789")),  # one digit more: another number
    ("Ref 11020456789", _header(PatientID="1020456789")),
    ("kV 120kV", _header(PatientID="120")),
    ("1972ab", _header(PatientBirthDate="19720415")),
])
def test_other_numbers_like_a_header_value_stay(analyzer, text, header):
    assert not covered(analyzer, text, header=header).get("ID")
