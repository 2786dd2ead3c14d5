"""Identifiers by their shape and check, labelled numbers of Portugal, a month's name with its 'O'
read as a zero, and the clock-or-timer judgement of a 'Time' value.

- A New Zealand NHI number ('PKW8835', the 2025 format 'ZZZ00AC') between a name and a date is ID
  where its check holds; the same shape with a wrong check, in small letters, joined to more or
  after a device label stays.
- Portugal's patient numbers after their label ('Nº Utente 284 771 903', 'NIF', 'Cartão de
  Cidadão') are ID, the label itself is not painted by that rule; the same digits without the label
  or too short stay.
- 'MRN BV-2211-04872': letters, a hyphen, digits after an ID label without its colon is ID.
- '0ct 24 2022' (OCR's zero for the 'O' of 'Oct') is a date as 'Oct 24 2022' is; without a year, with
  an impossible day or year, or no month at all, it is not.
- A word of time before a model's date ('since January.', 'seit Januar', 'depuis janvier'), even
  when OCR's box leaves a gap of one pixel before the month (read as a piece cut from it), is prose:
  the month is painted, the word before it is not.
- A timer's label ('Rec', 'Elapsed', 'Duration') keeps its value; a bare 'Time' with a clock
  reading stays a time of day (DATE_TIME): a capsule's elapsed time and a console's clock look
  alike there, and the clock is the one that must not be left.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import date_lead, date_lead_word

from .test_recognizers_context import by_recognizer, covered, painted


@pytest.mark.parametrize("text, words", [
    ("Tavita Fa'alogo   PKW8835   21 Jul 2024  09:14", ["PKW8835"]),
    ("PKW8835", ["PKW8835"]),
    ("ZZZ0016", ["ZZZ0016"]),           # Te Whatu Ora's test NHI, old format
    ("ZZZ00AC", ["ZZZ00AC"]),           # the format issued from 2025, check letter
])
def test_an_nz_nhi_number_is_an_id_where_its_check_holds(analyzer, text, words):
    found = by_recognizer(analyzer, text)
    assert set(words) <= found.get("ID NzNhiRecognizer", set()), found


@pytest.mark.parametrize("text, kept", [
    ("PKW8836", "PKW8836"),             # check digit wrong
    ("ZZZ00AD", "ZZZ00AD"),             # check letter wrong
    ("ABC1234", "ABC1234"),             # a model code of that shape
    ("pkw8835", "pkw8835"),             # small letters: no NHI is printed so
    ("PKW8835X", "PKW8835X"),           # joined to more
    ("S/N PKW8835", "PKW8835"),         # a device's serial
    ("DWI1000", "DWI1000"),             # an I: no NHI has one
])
def test_the_nhi_shape_failing_its_check_or_a_device_s_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, value", [
    ("Nº Utente 284 771 903", ["284", "771", "903"]),
    ("N.º Utente 284 771 903", ["284", "771", "903"]),
    ("Utente nº 284 771 903", ["284", "771", "903"]),
    ("Nº SNS: 284771903", ["284771903"]),
    ("NIF 123 456 789", ["123", "456", "789"]),
    ("Cartão de Cidadão 12345678 9 ZZ4", ["12345678", "9", "ZZ4"]),
])
def test_a_portuguese_labelled_number_is_an_id(analyzer, text, value):
    found = covered(analyzer, text)
    assert set(value) <= found.get("ID", set()), found


@pytest.mark.parametrize("text, label", [
    ("Nº Utente 284 771 903", "Utente"),
    ("Utente nº 284 771 903", "Utente"),
    ("NIF 123 456 789", "NIF"),
])
def test_the_portuguese_label_itself_is_not_painted(analyzer, text, label):
    assert label not in painted(analyzer, text)


@pytest.mark.parametrize("text, kept", [
    ("Nº Utente 284", "284"),            # too short
    ("Vol 284 771 903", "284"),         # no label
    ("Nº Utente 284 771 903 112", "771"),  # a longer row of numbers
    ("Utente 284 771 903 mm", "903"),   # a measure
])
def test_digits_without_a_portuguese_label_or_shape_stay(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, value", [
    ("MRN BV-2211-04872", "BV-2211-04872"),
    ("MRN AB-12345", "AB-12345"),
    ("Nguyěn Thi Thu Huang\nMRN BV-2211-04872  06/09/2023", "BV-2211-04872"),
    # one letter and a hyphen after a labelled ID with its colon (review 9 B, a veterinary client
    # number): found before the two-letter form was added, and still
    ("Owner: Wojciechowski, Tomasz   Client ID: C-118204", "C-118204"),
    ("Patient ID: C-118204", "C-118204"),
])
def test_a_lettered_hyphenated_id_after_mrn_without_a_colon(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, kept", [
    ("Coil ID AB-12345", "AB-12345"),   # a device's number
    ("MRN", "MRN"),
])
def test_a_device_s_lettered_number_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, words", [
    ("0ct 24 2022", ["0ct", "24", "2022"]),
    ("0CT 24, 2022", ["0CT", "24,", "2022"]),
    ("N0V 3 2021", ["N0V", "3", "2021"]),
    ("24 0kt 2022", ["24", "0kt", "2022"]),
    ("Oct 24 2022", ["Oct", "24", "2022"]),
    ("Sept 3 2021", ["Sept", "3", "2021"]),
])
def test_a_month_name_date_with_its_o_read_as_zero_is_a_date(analyzer, text, words):
    assert set(words) <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text, kept", [
    ("0CT 24", "24"),           # no year
    ("N0V 45 2021", "45"),      # no such day
    ("0ct 24 3022", "3022"),    # no such year
    ("B0X 12 2022", "B0X"),     # no month
    ("SEP 12 mm", "12"),
    ("A0V 12 2022", "A0V"),
])
def test_no_date_without_a_month_a_day_and_a_year(analyzer, text, kept):
    assert kept not in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", ["Rec 03:41:07", "Elapsed 03:41:07", "Duration 03:41:07", "Time 27:41:07"])
def test_a_timer_s_value_stays(analyzer, text):
    assert not painted(analyzer, text)


def test_a_bare_time_label_s_clock_reading_stays_a_time_of_day(analyzer):
    assert "03:41:07" in covered(analyzer, "Time 03:41:07").get("DATE_TIME", set())


def _tight(text: str) -> list[OcrWord]:
    """One line of prose, its words 1 px apart (the gap PP-OCR leaves where it cut one detection
    at a space), 7 px a letter, 12 px high."""
    out, x = [], 40
    for word in text.split():
        out.append(OcrWord(word, Box(x, 240, 7 * len(word), 12), 95.0))
        x += 7 * len(word) + 1
    return out


@pytest.mark.parametrize("text, lead, date", [
    ("He reports numbness in the L5 distribution since January.", "since", "January."),
    ("Symptoms have worsened since last March.", "since", "March."),
])
def test_the_word_of_time_before_a_model_s_date_is_not_painted(analyzer, text, lead, date):
    words = _tight(text)
    found = covered(analyzer, words)
    assert date in found.get("DATE_TIME", set()), found
    assert lead not in painted(analyzer, words)


@pytest.mark.parametrize("span, cut", [
    ("since January", 6), ("Since last March", 6), ("until February 2024", 6), ("seit Januar", 5),
    ("depuis janvier", 7), ("desde enero de 2024", 6), ("on 12 March", 3), ("January", 0), ("since", 0),
])
def test_date_lead_cuts_only_the_words_of_time_before_a_date(span, cut):
    assert date_lead(span, 0, len(span)) == cut


@pytest.mark.parametrize("word, lead", [
    ("since", True), ("Since", True), ("depuis", True), ("seit", True), ("until", True),
    ("No", False),      # 'No' of 'No|vember' cut by OCR: a piece of the month
    ("Ab", False),      # 'Ab' of 'Ab|ril'
    ("Au", False),      # 'Au' of 'Au|gust'
    ("January", False), ("Jan", False),
])
def test_a_date_lead_word_is_no_month_s_piece(word, lead):
    assert date_lead_word(word) is lead
