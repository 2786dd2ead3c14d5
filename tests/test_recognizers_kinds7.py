"""Kinds review 7 found (half A, issue 14), fixed as kinds:

- an unlabelled ID of letters, a hyphen and digits ('PL-55012') in the patient block is ID;
  the same shape on a device (a model, a standard, a serial number) is not;
- a time of day not beside a date (AM/PM, a time-of-day label, a device clock's HH:MM:SS) is
  DATE_TIME; an elapsed time or a duration (cine timer, 'Dur 02:30', 'TA 04:32') is not;
- a month-name date is one span with its day, in every rendering, even where OCR's box of
  the day slid off the line's rows; a day is 1-31 and a date does not cross a line break;
- PHONE_NUMBER needs a phone's shape: rows of acquisition, dose and measurement numbers
  (decimals, products, table columns) are no phone number.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline; one
full in-process run on a drawn image (which pixels change).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import phone_shaped
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .helpers import frame_pixels, glyphs_erased, run_cli, write_case
from .test_recognizers_context import covered, painted

# -- 1. unlabelled IDs in the patient block ----------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("GUNNARSDOTTIR, SIGRUN\nIS-77812\nJul 30 2026", "IS-77812"),           # under the name, over the date
    ("NAVARRO-QUISPE, ROSARIO\nEC-4451\n11.01.2026", "EC-4451"),
    ("KOWALCZYK^AGNIESZKA\nSZ-90044", "SZ-90044"),                           # under the name alone
    ("SZ-90044\nKOWALSKI, MARTHA", "SZ-90044"),                              # over the name
    ("DOE, JOHN\nDOB 03/04/1958\nAB-123456", "AB-123456"),                   # under the date of birth
    ("Szymanska, Zofia  PL-55012  Born: 1952-09-30", "PL-55012"),            # one-line banner, after the name
    ("SMITH ANNA  45Y  AB-12345", "AB-12345"),                               # one-line banner, after the age
    ("DOE, JOHN\nABC-20114-07", "ABC-20114-07"),
])
def test_an_unlabelled_id_in_the_patient_block_is_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text", [
    "Artis zee\nXR-4412\n31.08.2026",                 # a device corner: a date, but no name
    "Vivid E95\nC5-1  L12-5  EPIQ-7",                 # probe and model names: too few digits
    "DOE, JOHN\nCT-2000",                             # a model number (round hundreds)
    "DOE, JOHN\nXR-5000",
    "DOE, JOHN\nS/N XR-20441",                        # after a device label
    "DOE, JOHN\nProbe AB-4411",
    "DOE, JOHN\nModel: MX-2450",
    "DOE, JOHN  IEC-60601",                           # a standard
    "DOE, JOHN\nCE-0123",                             # a notified body's number on the CE mark
    "DOE, JOHN\nSW VE-2023",
    "DOE, JOHN\nVivid DR-4412",                       # in a field with a device word
])
def test_the_same_shape_on_a_device_or_away_from_the_patient_is_no_id(analyzer, text):
    got = covered(analyzer, text)
    ids = {w for w in got.get("ID", set()) if "-" in w}
    assert not ids, got


@pytest.mark.parametrize("text,value", [
    ("IS-77812", "IS-77812"),  # no patient data beside it
    ("DOE, JOHN                                             AB-12345", "AB-12345"),  # another corner of the row
])
def test_the_shape_alone_or_away_from_the_patient_is_an_identifier(analyzer, text, value):
    """Since fix round 26 (review 13's held-out IDs without labels): a capitals-and-digits record
    number outside the imaging region is an identifier wherever it stands, a device's serial number
    too (Safe Harbor, 45 CFR 164.514(b)(2)(i)(M)); only a device word in its field keeps it."""
    assert value in covered(analyzer, text).get("ID", set())


# -- 2. times of day and durations -------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("12:43:51 PM", "12:43:51"),              # AM/PM
    ("kV 120\nmA 245\n12:43:51 PM", "12:43:51"),
    ("8:19:05 AM", "8:19:05"),
    ("PM 3:15", "3:15"),
    ("HR 64\n08:19:05\nAdult", "08:19:05"),   # a device clock: HH:MM:SS, hour 01-23
    ("Injection 08:12", "08:12"),             # a time-of-day label
    ("Inj: 08:12", "08:12"),
    ("Start 14:05", "14:05"),
    ("Acq 10:42:13", "10:42:13"),
    ("Time: 7:05", "7:05"),
])
def test_a_time_of_day_not_beside_a_date_is_date_time(analyzer, text, value):
    got = covered(analyzer, text)
    assert value in got.get("DATE_TIME", set()), got


@pytest.mark.parametrize("text,label", [("12:43:51 PM", "PM"), ("Injection 08:12", "Injection"),
                                        ("Start 14:05", "Start")])
def test_the_label_and_the_am_pm_beside_a_time_stay(analyzer, text, label):
    assert label not in painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "00:01:23",                  # a cine timer: hour 00
    "Cine 1/45  00:00:12",
    "T 0:05",                    # duration labels
    "Dur 02:30",
    "Elapsed 01:02:03",
    "Scan time 4:32",
    "TA 04:32",
    "TR 2000 TE 90 TA 04:32",
    "Fluoro 01:02:03",
    "Time 12.3 s",               # no time at all
    "4:32",                      # H:MM alone: unknown, kept
    "10:15",
    "kV 120\n10:15",
    "12/03/2026\nDur 02:30",      # under a date, still a duration
    "12/03/2026\nDur02:30",       # the label glued to it by OCR
])
def test_an_elapsed_time_or_a_duration_stays(analyzer, text):
    got = covered(analyzer, text)
    assert not {w for w in got.get("DATE_TIME", set()) if ":" in w}, got


def test_a_time_at_the_end_of_one_line_and_a_date_on_the_next_are_not_one_date_time(analyzer):
    """The text layout puts the next line's first word after a line's last: '12:43:51 PM' of
    the right corner and 'Jul 30 2026' of the left corner's next line are two things, and
    the 'PM' beside the time (no date) stays."""
    ws = [OcrWord("12:43:51", Box(420, 45, 78, 16), 99.0), OcrWord("PM", Box(522, 45, 26, 16), 99.0),
          OcrWord("Jul", Box(16, 72, 30, 17), 99.0), OcrWord("30", Box(52, 72, 20, 17), 99.0),
          OcrWord("2026", Box(78, 72, 46, 17), 99.0)]
    boxes = [f.box for f in analyzer.analyze(ws) if f.entity_type == "DATE_TIME"]
    assert not any(b.intersection_area(Box(522, 45, 26, 16)) for b in boxes), boxes
    assert all(b.right < 400 or b.left > 400 for b in boxes), boxes


# -- 3. month-name dates: one span with the day ------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("Oct 14 2026", {"Oct", "14", "2026"}),
    ("14 Oct 2026", {"14", "Oct", "2026"}),
    ("Oct 14, 2026", {"Oct", "14,", "2026"}),
    ("OCT-14-2026", {"OCT-14-2026"}),
    ("October 14 2026", {"October", "14", "2026"}),
    ("14th October 2026", {"14th", "October", "2026"}),
    ("2026 Oct 14", {"2026", "Oct", "14"}),
    ("Tue Oct 14 2026", {"Oct", "14", "2026"}),
])
def test_every_month_name_rendering_covers_its_day(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


def test_a_number_over_a_date_is_not_its_day(analyzer):
    """'F 65' over 'Oct 14 2026' (GE CT banner): the age is no day of the month, and a date
    does not run across the line break."""
    got = covered(analyzer, "F 65\nOct 14 2026")
    assert {"Oct", "14", "2026"} <= got.get("DATE_TIME", set()) and "65" not in got.get("DATE_TIME", set()), got


# The GE CT banner's date as PP-OCR read it on a noisy CT: the box of '14' tightened to the
# lower 5 of its glyphs' 9 rows (75-83), overlapping 'Oct' and '2026' by 2 rows.
GE_DATE = [OcrWord("F", Box(479, 62, 5, 3), 100.0), OcrWord("65", Box(489, 61, 14, 7), 93.1),
           OcrWord("Oct", Box(430, 74, 21, 8), 100.0), OcrWord("2026", Box(477, 75, 22, 7), 100.0),
           OcrWord("14", Box(455, 80, 15, 5), 100.0)]


def test_a_day_whose_box_slid_off_the_line_is_read_on_the_line():
    assert "Oct 14 2026" in layout(GE_DATE).text.split("\n")


def test_a_day_whose_box_slid_off_the_line_is_painted_with_its_date(analyzer):
    dates = [f for f in analyzer.analyze(GE_DATE) if f.entity_type == "DATE_TIME"]
    assert len(dates) == 1, dates
    box = dates[0].box
    assert box.left <= 430 and box.right >= 499 and box.top <= 75 and box.bottom >= 82, box  # the day's columns too
    assert box.intersection_area(Box(489, 61, 14, 7)) == 0, box  # the age '65' is not in it


@pytest.mark.parametrize("words", [
    # a word in the gap of a line but on the next row (a line under the other): stays apart
    [OcrWord("Oct", Box(430, 74, 21, 8), 100.0), OcrWord("2026", Box(477, 75, 22, 7), 100.0),
     OcrWord("14", Box(455, 84, 15, 8), 100.0)],
    # a word with nothing on its right: no gap to fill
    [OcrWord("Oct", Box(430, 74, 21, 8), 100.0), OcrWord("14", Box(455, 80, 15, 5), 100.0)],
])
def test_a_word_below_a_line_or_beside_one_word_stays_its_own_line(words):
    assert "14" in layout(words).text.split("\n")


def test_a_sideways_column_between_two_others_is_not_wedged_into_them():
    """Parallel vertical columns (a name, a date, the device's 'TIS 0.4  MI 1.1') each stay a
    line of their own: the date is not glued to the device column."""
    words = [OcrWord("SMITH, JOHN", Box(10, 10, 14, 120), 99.0), OcrWord("12/05/1961", Box(28, 10, 14, 110), 99.0),
             OcrWord("TIS 0.4 MI 1.1", Box(46, 10, 14, 130), 99.0)]
    assert sorted(layout(words).text.split("\n")) == sorted(w.text for w in words)


# -- 4. phone numbers need a phone's shape -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "1  120  250  64x0.625  0.985  14.2",
    "1  120  250  64\u00d70.625  0.985  14.2",
    "1 120 250 64\u00d70.625 0.985 14.2",          # as PP-OCR's words lay out: one space apart
    "2 120 180 64\u00d70.625 0.985 10.1",
    "CTDIvol 0.985 14.2 mGy",
    "Acq  kVp  mAs/slice  Collimation  Pitch  CTDIvol\n1  120  250  64x0.625  0.985  14.2\n"
    "2  120  180  64x0.625  0.985  10.1",
    "Series 3 120 kV 250 mAs 0.984 1.375",
    "0.625 0.985 14.2",
    "kVp 120  mAs 250  CTDIvol 14.21 mGy  DLP 512.30 mGy-cm",
    "Total mAs 4521  Total DLP 871.32 mGy-cm",
    "Collimation 64 x 0.625 mm  Pitch 0.984  Rotation 0.5 s",
    "W 400 L 40  120 250 180 33",
    "120 250 180 33",
    "12 120 180 240 360 480",
    "Ao Root 3.1 cm  LA Diam 3.8 cm",
])
def test_rows_of_acquisition_and_dose_numbers_are_no_phone_number(analyzer, text):
    got = covered(analyzer, text)
    assert "PHONE_NUMBER" not in got, got


@pytest.mark.parametrize("text,words", [
    ("Tel 415-555-0110", {"415-555-0110"}),
    ("Tel (617) 555-0143", {"(617)", "555-0143"}),
    ("Ph: 415.555.0110", {"415.555.0110"}),
    ("Tel 020 7946 0958", {"020", "7946", "0958"}),
    ("020 7946 0958", {"020", "7946", "0958"}),
    ("Phone +44 20 7946 0958", {"+44", "20", "7946", "0958"}),
    ("Fax (617) 555-0143", {"(617)", "555-0143"}),
    ("1-800-555-0199", {"1-800-555-0199"}),
])
def test_phone_numbers_are_still_found(analyzer, text, words):
    assert words <= covered(analyzer, text).get("PHONE_NUMBER", set())


@pytest.mark.parametrize("text,ok", [
    ("0.985  14.2", False), ("64x0.625 0.985", False), ("0 985 14 2", False), ("415.555.0110", True),
    ("020 7946 0958", True), ("120 250 180 33", False),
])
def test_phone_shape(text, ok):
    assert phone_shaped(text, 0, len(text)) is ok


# -- a drawn image: which pixels change --------------------------------------------------------

@pytest.mark.slow  # a full redact run with PP-OCR: about 6 s on 2 cores
def test_redact_paints_the_patient_block_id_and_times_and_keeps_durations_and_tables(tmp_path):
    size = 20
    specs = [
        TextSpec("GUNNARSDOTTIR, SIGRUN", 16, 12, "PERSON", size),
        TextSpec("IS-77812", 16, 40, "ID", size),
        TextSpec("Jul 30 2026", 16, 68, "DATE_TIME", size),
        TextSpec("Injection", 420, 12, None, size), TextSpec("08:12", 540, 12, "DATE_TIME", size),
        TextSpec("12:43:51", 420, 40, "DATE_TIME", size), TextSpec("PM", 520, 40, None, size),
        TextSpec("Dur 02:30", 420, 68, None, size),
        TextSpec("00:01:23", 420, 96, None, size),
        TextSpec("1  120  250  64x0.625  0.985  14.2", 16, 400, None, size),
        TextSpec("Probe C5-1", 16, 440, None, size),
    ]
    case = write_case(tmp_path / "in" / "pt.dcm", specs, rows=512, columns=640)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    pixels = frame_pixels(out / "redacted_pt.dcm")
    segs = {s.text: s for s in case.synthetic.segments}
    for text in ("GUNNARSDOTTIR, SIGRUN", "IS-77812", "Jul 30 2026", "08:12", "12:43:51"):
        assert glyphs_erased(pixels, segs[text]), f"{text} still legible"
    for text in ("Injection", "PM", "Dur 02:30", "00:01:23", "1  120  250  64x0.625  0.985  14.2", "Probe C5-1"):
        assert not glyphs_erased(pixels, segs[text]), f"{text} was erased"
