"""Kinds review 8 (breaker findings on the kinds-7 rules, issue 14), fixed as kinds:

- the patient block is anchored on a name's SHAPE too ('Szymanska, Zofia', 'Okafor Chidi' on
  the banner's first line), whatever entity the model read there, and a sex/age line ('F 65')
  may stand between the name and the ID; series/image numbering ('SE-1001', 'IM-0045') and
  'GE-'/'PS-' numbers are device text;
- acquisition, series and content times are times of day ('Acq Time 10:42:13', 'AcqTime');
  a device clock may write a one-digit hour ('8:19:05'); a time counted since an event
  ('Time since injection 01:05:00') or on a stopwatch is a duration; '14h05' after a time label;
- month names of European locales (CLDR: de, fr, es, it, nl, pl) make dates; a day and a
  month with no year after a date label is a date; 'May 3 mm' is not;
- a number after a phone label in national groupings, and an extension after its label.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import re

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import (
    TIME_VALUE,
    is_time_of_day,
    labelled_phones,
    unlabelled_ids,
)

from .test_recognizers_context import covered, painted

# -- 1. the patient block by the name's shape --------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Szymanska, Zofia\nPL-55012", "PL-55012"),        # the model reads a place and an organisation
    ("Szymanska Zofia\nPL-55012", "PL-55012"),
    ("Okafor Chidi\nNG-33012", "NG-33012"),
    ("DOE, JOHN\nF 65\nAB-12345", "AB-12345"),         # GE's sex/age line between
    ("DOE, JOHN\nM 045Y\nAB-12345", "AB-12345"),
    ("DOE, JOHN\n45Y F\nAB-12345", "AB-12345"),
    ("Doe John\nLUMC-12345", "LUMC-12345"),            # a hospital's four letters
    ("DOE, JOHN\nAB-12345/2", "AB-12345/2"),           # an episode number after it
    ("DOE, JOHN\nCT-20441", "CT-20441"),               # modality letters: accession numbers
])
def test_patient_block_id_by_name_shape(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text,value", [
    ("DOE, JOHN\nSE-1001", "SE-1001"),                 # series numbering
    ("DOE, JOHN\nIM-0045", "IM-0045"),                 # image numbering
    ("DOE, JOHN\nGE-12345", "GE-12345"),               # the vendor's number
    ("DOE, JOHN\nPS-12345 SEQ", "PS-12345"),
    ("DOE, JOHN\nSN-12345", "SN-12345"),
])
def test_device_numbers_stay(analyzer, text, value):
    assert value not in painted(analyzer, text)


@pytest.mark.parametrize("text,device", [
    ("Philips Healthcare\nXR-55012", {"Philips", "Healthcare"}),  # a vendor line is no name
    ("Scan Protocol\nAB-12345", {"Scan", "Protocol"}),            # device words are no name
])
def test_a_device_line_over_an_id_shape_is_no_name(analyzer, text, device):
    """The record number under it is an identifier on its own since fix round 26 (a device's serial
    number is one too: Safe Harbor (M)); the device line over it is never painted as a name."""
    assert not device & painted(analyzer, text)


def test_id_shape_units():
    assert [("LUMC-12345"[a:b]) for a, b in unlabelled_ids("LUMC-12345")] == ["LUMC-12345"]
    assert unlabelled_ids("SE-1001 IM-0045 GE-12345 IMG-0012 ABCDE-12345") == []


# -- 2. times ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Acq Time 10:42:13", "10:42:13"),
    ("Acquisition Time: 10:42", "10:42"),
    ("AcqTime 10:42:13", "10:42:13"),
    ("Acq. Time 10:42:13", "10:42:13"),
    ("Acq Tm: 10:42:13", "10:42:13"),
    ("Content Time 10:42:13", "10:42:13"),
    ("HR 64\n8:19:05", "8:19:05"),                     # a clock without the leading zero
    ("kV 120\n9:05:33", "9:05:33"),
    ("Heure 14h05", "14h05"),
    ("Inj 8h30", "8h30"),
])
def test_times_of_day(analyzer, text, value):
    assert value in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text,value", [
    ("Time since injection 01:05:00", "01:05:00"),
    ("Time post inj: 00:45:00", "00:45:00"),
    ("Stopwatch 12:45:10", "12:45:10"),
    ("Acq Dur 04:32", "04:32"),
    ("Acq Duration 04:32", "04:32"),
    ("TA: 04:32", "04:32"),
    ("HR 64\n0:12:45", "0:12:45"),                     # hour 0: a timer
    ("14h05", "14h05"),                                # no time label: left
    ("Dur 2h30", "2h30"),
    ("Acq Time 1:30 min", "1:30"),                     # a unit of time after it: an amount of time
    ("Acq Time 1:02:03 hrs", "1:02:03"),
    ("Time PI 1:05:00 s", "1:05:00"),
])
def test_durations_stay(analyzer, text, value):
    assert value not in painted(analyzer, text)


def test_time_rule_units():
    def tod(before, value):
        return is_time_of_day(before, TIME_VALUE.search(value))
    assert tod("", "8:19:05") and tod("AcqTime ", "10:42:13") and tod("Series Time ", "10:42")
    assert not tod("", "0:19:05") and not tod("", "8:19") and not tod("Acq Dur ", "04:32")
    assert not tod("Acq Time ", "1:30 min") and not tod("", "8:19:05 sec") and tod("Heure ", "14:05 h")


# -- 3. month names ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("14 Okt 2026", {"14", "Okt", "2026"}),
    ("14 Mai 2026", {"14", "Mai", "2026"}),
    ("14. Oktober 2026", {"14.", "Oktober", "2026"}),
    ("03 Mär 2026", {"03", "Mär", "2026"}),
    ("03-Dez-2026", {"03-Dez-2026"}),
    ("14 févr. 2026", {"14", "févr.", "2026"}),
    ("14 de octubre de 2026", {"14", "de", "octubre", "2026"}),
    ("14 ott 2026", {"14", "ott", "2026"}),
    ("14 mrt 2026", {"14", "mrt", "2026"}),
    ("14 października 2026", {"14", "października", "2026"}),
    ("Study: Oct 14", {"Oct", "14"}),
    ("DOB 14 Oct", {"14", "Oct"}),
    ("Date: 14 Okt", {"14", "Okt"}),
])
def test_month_name_dates(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", [
    "May 3 mm", "DEC 3.0 mm", "Mar 0.5", "MAGNETOM 2026", "SET 3 mm", "GEN 2  HOSP MODE",
])
def test_not_dates(analyzer, text):
    assert not covered(analyzer, text).get("DATE_TIME")


# -- 4. phones ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("Tel: +49 (0)89 4400-0", {"+49", "(0)89", "4400-0"}),
    ("Tel 22 555 01 10", {"22", "555", "01", "10"}),
    ("Ph 555-0143", {"555-0143"}),
    ("Tel 4155550110", {"4155550110"}),
])
def test_labelled_phones(analyzer, text, words):
    got = covered(analyzer, text)
    assert words <= got.get("PHONE_NUMBER", set())
    assert not re.search(r"Tel|Ph|Ext", " ".join(set().union(*got.values())))   # the label stays


def test_an_extension_counts_on_a_line_with_a_phone_label():
    text = "Tel 555-0143  Ext. 4412"
    assert [text[r.start:r.end] for r in labelled_phones(text)] == ["555-0143", "4412"]


@pytest.mark.parametrize("text", [
    "Tel 0.985 14.2", "Ph 7.4", "Matrix 512 x 512", "Ext 12", "Tel 64x0.625 120", "Series 1001 1002 1003",
    "Ext 512 x 512", "FOV Ext 350", "Ext. 4412",  # 'Ext' with no phone on its line: a device's (extended FOV)
])
def test_not_phones(analyzer, text):
    assert not covered(analyzer, text).get("PHONE_NUMBER")
    assert not labelled_phones(text)
