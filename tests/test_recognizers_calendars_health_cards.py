"""Fix round 29: dates of other calendars, a health number's version code, a record number of digit
groups under a name, and a device's clock-like value after its reading.

- A date of the Islamic (Hijri) calendar with its mark ('1401/03/12H', '12/03/1401 AH', 'هـ'), of the
  Solar Hijri calendar year first ('1362/07/15', '15/07/1362 SH'), with a transliterated month
  ('12 Rabi al-Awwal 1401', '3 Farvardin 1362'), and of the Buddhist era ('12/03/2567') is DATE_TIME;
  a version or an accession of that shape ('VER 1402.05.12', 'Acc: 1401/03/12-5') and a day first
  with a 13xx/14xx year and no mark stay.
- Ontario's health number with its version code ('4501-237-616 AK') is ID, code and all, where
  its Luhn check holds; a sex letter, a unit or a modality after it stays.
- An unlabelled record number of hyphenated digits under a name in a CT corner ('4471-0932') is ID;
  a phone's shape, a range, a date there, and the exam number's counter beside it stay as they were.
- A bare HH:MM:SS after a device's reading on its line ('Tilt: 0.0 14:03:22') is no date-time; alone
  on its line, after a time label or beside a date it still is.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import (
    CALENDAR_DATE,
    TIME_VALUE,
    digit_group_ids,
    health_card_ids,
    is_time_of_day,
)

from .helpers import ocr_rows
from .test_recognizers_context import by_recognizer, covered, painted

# -- 1. dates of other calendars ------------------------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("DOB: 1401/03/12H", {"1401/03/12H"}),                 # Saudi MR banner: Hijri, 'H' glued
    ("DOB: 1409/11/02H", {"1409/11/02H"}),
    ("Birth: 12/03/1401 AH", {"12/03/1401"}),              # day first, 'AH' spaced (anno Hegirae)
    ("DOB  1401-03-12 هـ", {"1401-03-12"}),                # the Arabic mark
    ("Tarikh: 1403.09.27 A.H.", {"1403.09.27"}),           # points, with its mark
    ("Tavalod: 1362/07/15", {"1362/07/15"}),               # Solar Hijri, Iran: year first, no mark
    ("DOB: 15/07/1362 SH", {"15/07/1362"}),
    ("DOB 1369-11-30", {"1369-11-30"}),
    # the mark glued to the date in one OCR word, in each order and calendar
    ("DOB: 12/03/1401H", {"12/03/1401H"}),
    ("Birth 1399/12/29AH", {"1399/12/29AH"}),
    ("DOB 1362/07/15SH", {"1362/07/15SH"}),
    ("DOB 1401-03-12هـ", {"1401-03-12هـ"}),
    ("05/11/1398H", {"05/11/1398H"}),
])
def test_numeric_hijri_dates_are_dates(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text, words", [
    ("12 Rabi al-Awwal 1401", {"12", "Rabi", "al-Awwal", "1401"}),
    ("14 Ramadan 1405 AH", {"14", "Ramadan", "1405"}),
    ("2 Dhul Hijjah 1399", {"2", "Dhul", "Hijjah", "1399"}),
    ("27 Sha'ban 1410", {"27", "Sha'ban", "1410"}),
    ("3 Farvardin 1362", {"3", "Farvardin", "1362"}),      # Solar Hijri months
    ("21 ORDIBEHESHT 1371", {"21", "ORDIBEHESHT", "1371"}),
])
def test_hijri_month_name_dates_are_dates(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text, words", [
    ("DOB: 12/03/2567", {"12/03/2567"}),                    # Thai: Buddhist era, day first
    ("Date 05-11-2566 BE", {"05-11-2566"}),
    ("12 Minakhom 2567", {"12", "Minakhom", "2567"}),     # romanised Thai month
    ("12 มี.ค. 2567", {"12", "มี.ค.", "2567"}),             # Thai abbreviation
    ("DOB: 05 Mar 2530", {"05", "Mar", "2530"}),
])
def test_buddhist_era_dates_are_dates(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", [
    "VER 1402.05.12",           # a version: points and no mark
    "Acc: 1401/03/12-5",        # an accession with slashes and a visit number
    "H/1401/03/12/0045",        # a case number of that shape
    "Im: 14/30/1401",           # no month 30
    "3 Tir 2024",               # a Gregorian year after a Persian month: a setting's row
    "Mehr 12 1401",             # no day before the month
    "SW 1.1401.03.12",
    "12 May 2500 mA",           # a Buddhist-era year's shape before a unit
])
def test_versions_and_accessions_of_that_shape_are_no_calendar_date(analyzer, text):
    found = by_recognizer(analyzer, text)
    assert not found.get(f"DATE_TIME {CALENDAR_DATE}") and not found.get("DATE_TIME overlay-date"), text


@pytest.mark.parametrize("text", ["REF 1400-10-20", "P/N 1350-12-05", "SW 1401/03/12", "Version 1402-05-12"])
def test_a_catalogue_or_software_number_of_a_calendar_date_s_shape_is_none(analyzer, text):
    assert not by_recognizer(analyzer, text).get(f"DATE_TIME {CALENDAR_DATE}"), text


def test_a_day_first_13xx_year_without_its_mark_is_left_to_other_rules(analyzer):
    # '12/03/1401' alone is as often a counter's row: the calendar rule wants the mark
    assert not by_recognizer(analyzer, "12/03/1401").get(f"DATE_TIME {CALENDAR_DATE}")


def test_the_spaced_mark_and_the_label_stay(analyzer):
    assert not {"AH", "DOB:", "Birth:"} & painted(analyzer, "Birth: 12/03/1401 AH")


# -- 2. a health number's version code ----------------------------------------------------------------

# Ontario's health numbers: ten digits, the last the Luhn check (Ontario Ministry of Health).
@pytest.mark.parametrize("text, words", [
    ("HC/CS: 4501-237-616 AK", {"4501-237-616", "AK"}),
    ("HC/CS: 7022-189-547 QZ", {"7022-189-547", "QZ"}),
    ("OHIP: 4501 237 616 AK", {"4501", "237", "616", "AK"}),
    ("Health Card 4501237616 AK", {"4501237616", "AK"}),
    ("HCN 4501237616AK", {"4501237616AK"}),
    ("Carte Sante  1087-234-561 BX", {"1087-234-561", "BX"}),
])
def test_a_health_number_and_its_version_code_are_an_id(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, kept", [
    ("HC/CS: 4501-237-616 M", "M"),          # the sex after it
    ("4501-237-616 kg", "kg"),               # a unit
    ("4501 237 616 CT", "CT"),               # a modality
    ("4501-237-617 AK", "AK"),               # the check fails: no health number
    ("SN 4501237616 AK", "AK"),              # a device's serial
])
def test_a_sex_unit_or_modality_after_a_number_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


def test_health_card_ids_spans_take_the_code():
    text = "HC/CS: 4501-237-616 AK"
    assert (7, len(text)) in health_card_ids(text)


# -- 3. a record number of digit groups under a name ---------------------------------------------------

def _ct_corner(name: str, ident: str, dob: str) -> list:
    """A GE-like CT four-corner layout, no labels on the patient's lines (top right)."""
    return ocr_rows((8, 8, "ST. BRENDAN'S MEDICAL CENTER"), (360, 8, name), (8, 24, "Ex: 1187 Se: 3 Im: 45"),
                    (380, 24, ident), (8, 40, "AX C+ Chest/Abd/Pelvis"), (400, 40, dob),
                    (400, 56, "Acc: A88213457"), (380, 72, "03/14/2024 10:42:17"),
                    (8, 440, "kV 120 mA Smart (250)"), (8, 470, "5.0mm 1.375:1/1.25sp"),
                    (400, 470, "STND/+C Lightspeed VCT"), (8, 490, "Tilt: 0.0 14:03:22"), (420, 490, "W:400 L:40"))


@pytest.mark.parametrize("name, ident, dob", [
    ("KOWALSKI, THEODORE J", "4471-0932", "Jun 04 1957 M"),
    ("NGUYEN-TRAN, LINH", "3318-8260", "Nov 30 1988 M"),
    ("OKAFOR, CHIDI", "2207-5519-04", "Nov 30 1988 F"),
    ("MEIER, ANNA", "00-417-2291", "Feb 11 1971 F"),
    ("SILVA, JOAO", "123456-78", "Mar 02 1966 M"),
    ("WAWERU, GRACE", "5521-0087", "Jan 09 1979 F"),
    ("PATEL, ANIL", "87-4410-229", "Aug 17 1962 M"),
])
def test_a_record_number_of_digit_groups_under_a_name_is_an_id(analyzer, name, ident, dob):
    got = covered(analyzer, _ct_corner(name, ident, dob))
    assert ident in got.get("ID", set()) | got.get("PHONE_NUMBER", set()), got
    assert not {"Se:", "3", "Im:", "45", "Tilt:", "0.0", "W:400"} & set().union(*got.values())


@pytest.mark.parametrize("ident", ["555-0143", "120-140", "2024-03-14", "1957-2024"])
def test_phone_range_and_date_shapes_under_a_name_are_no_record_number(analyzer, ident):
    got = covered(analyzer, _ct_corner("OKAFOR, CHIDI", ident, "Nov 30 1988 F"))
    assert ident not in got.get("ID", set()), got


@pytest.mark.parametrize("text", [
    "555-0143", "415-555-0110", "2024-03-14", "14-03-2024", "1957-2024", "120-140", "4471-0932 mm",
    "SN 4471-0932", "1.2-3456-7890", "03-2024", "1187",
])
def test_digit_group_shapes_that_are_no_record_number(text):
    assert not digit_group_ids(text)


def test_the_digit_group_shape_alone_on_a_device_corner_stays(analyzer):
    # no name on the frame: the shape is only painted in a patient block
    words = ocr_rows((8, 470, "5.0mm 1.375:1/1.25sp"), (8, 490, "Tilt: 0.0"), (400, 24, "4471-0932"))
    assert "4471-0932" not in painted(analyzer, words)


# -- 4. a device's time-like value after its reading ---------------------------------------------------

@pytest.mark.parametrize("before, value", [
    ("Tilt: 0.0 ", "14:03:22"), ("kV 120 ", "14:03:22"), ("Gantry 15° ", "08:19:05"), ("Rot 0.8s ", "11:11:11"),
    ("HR 64 ", "08:19:05"),
])
def test_hh_mm_ss_after_a_device_reading_is_no_time_of_day(before, value):
    assert not is_time_of_day(before, TIME_VALUE.search(value))


@pytest.mark.parametrize("before, value", [
    ("", "14:03:22"), ("Acq ", "10:42:13"), ("Time: ", "14:03:22"), ("DOB 1957 ", "08:19:05"),
    ("Tilt: 0.0 ", "2:03:22 PM"),
])
def test_a_clock_alone_after_a_time_label_or_with_am_pm_stays_a_time_of_day(before, value):
    assert is_time_of_day(before, TIME_VALUE.search(value))


def test_the_ct_corner_s_time_after_tilt_stays_and_the_study_time_beside_its_date_is_painted(analyzer):
    got = covered(analyzer, _ct_corner("KOWALSKI, THEODORE J", "4471-0932", "Jun 04 1957 M"))
    dates = got.get("DATE_TIME", set())
    assert "14:03:22" not in set().union(*got.values()) and {"03/14/2024", "10:42:17"} <= dates


def test_a_time_beside_a_date_after_a_reading_is_still_painted(analyzer):
    assert "14:03:22" in covered(analyzer, "Tilt: 0.0 14:03:22 03/14/2024").get("DATE_TIME", set())
