"""Identifiers written in digit groups after their label, hospital codes of letters and digits,
and the elapsed time of a capsule endoscope's frame.

- A labelled identifier whose value is written in space-separated digit groups of any length
  ('SSN 123 45 6789', 'BSN 1234 56 789', 'NIR 1 85 05 78 006 084 36', 'CNS: 898 0012 3456 7816')
  loses every group; a measurement, a date, a time or a second field after it stays
  ('ID 4471 20 mm', '... 6789 55 Y', 'CNS: ...  Idade: 55').
- Four to six capitals glued to five digits or more after a record's or a visit's label, colon or
  not ('MRN KFMC0027719', 'HN SRTH6600123', 'Acct ABCD1234567'), in a pipe banner too; the label
  stays; after a device word ('Coil ID HEAD12345') the value stays.
- A hospital code of letters glued to digits, a hyphen and a running number alone under a patient's
  name ('nguyen thi thu ha' over 'bv2311-5530', lower-case endoscopy banners) is an ID; a device's
  lower-case codes ('nbi', 'x1.5', 'v2.1', 'gif-h290', 'sn2311-5530') stay.
- 'Time 03:41:07' alone on its line of a capsule frame is the time since the capsule was swallowed;
  'Time 03:41 PM', 'Study Time 14:22:10', a date on its line, an hour over 15 or no capsule stay
  times of day.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import labelled_numbers

from .test_recognizers_context import covered, painted

# -- 1. a labelled ID in digit groups ----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("SSN 123 45 6789", "123 45 6789"),                        # us Social Security number, 3-2-4
    ("SSN: 123 45 6789", "123 45 6789"),
    ("BSN 1234 56 789", "1234 56 789"),                        # nl burgerservicenummer, 4-2-3
    ("BSN: 1234 56 789", "1234 56 789"),
    ("NIR 1 85 05 78 006 084 36", "1 85 05 78 006 084 36"),    # fr numéro de sécurité sociale
    ("NIR: 1 85 05 78 006 084 36", "1 85 05 78 006 084 36"),
    ("CNS: 898 0012 3456 7816", "898 0012 3456 7816"),         # br Cartão Nacional de Saúde
    ("CNS 898 0012 3456 7816", "898 0012 3456 7816"),
    ("PHN: 9123 456 789", "9123 456 789"),
])
def test_every_digit_group_of_a_labelled_id_is_the_ids(analyzer, text, value):
    assert set(value.split(" ")) <= covered(analyzer, text).get("ID", set())
    assert any(text[a:b] == value for a, b in labelled_numbers(text))


@pytest.mark.parametrize("text, ids, kept", [
    ("CNS: 898 0012 3456 7816  Idade: 55", {"898", "0012", "3456", "7816"}, {"CNS:", "Idade:", "55"}),
    ("SSN 123 45 6789 55 Y", {"123", "45", "6789"}, {"SSN"}),       # the age after it: AGE, no ID
    ("ID: 4471 20 mm", {"4471"}, {"20", "mm"}),                      # a measurement after it
    ("BSN: 1234 56 789 12.03.1980", {"1234", "56", "789"}, set()),   # a date after it: its own
    ("SSN: 123 45 6789 10:42", {"123", "45", "6789"}, set()),        # a time after it
])
def test_a_measurement_or_a_second_field_after_the_groups_is_no_part_of_the_id(analyzer, text, ids, kept):
    found = covered(analyzer, text)
    assert ids <= found.get("ID", set())
    assert not (found.get("ID", set()) - ids)
    assert not (kept & painted(analyzer, text))


@pytest.mark.parametrize("text", [
    "Hist 12 34 56",            # an ordinary word without its colon labels no groups
    "Serial No. 123 45 6789",   # a device's number
    "Probe Nr. 1 85 05 78",
    "TSI 12 mm 45 mm",          # readings with units
])
def test_digit_groups_without_an_id_label_stay(analyzer, text):
    assert not labelled_numbers(text)
    assert not covered(analyzer, text).get("ID")


# -- 2. a hospital's capitals and digits after a record's label --------------------------------

@pytest.mark.parametrize("text, value", [
    ("Mohamed Saad El-Sayed | MRN KFMC0027719 | DOB 1971-04-15 | King Fahad Medical City | Cath Lab 3",
     "KFMC0027719"),
    ("MRN KFMC0027719", "KFMC0027719"),
    ("HN SRTH6600123", "SRTH6600123"),
    ("Acct ABCD1234567", "ABCD1234567"),
    ("FIN: KFMC20240001", "KFMC20240001"),
    ("Ana Ruiz \u2022 ID HGUGM004471 \u2022 F 45Y", "HGUGM004471"),
])
def test_capitals_glued_to_digits_after_a_record_label_are_an_id(analyzer, text, value):
    found = covered(analyzer, text)
    assert value in found.get("ID", set())
    assert not ({"MRN", "HN", "Acct", "FIN:", "ID"} & painted(analyzer, text))


@pytest.mark.parametrize("text", [
    "Coil ID HEAD12345",        # a device's part
    "Model SOMATOM12345",
    "Serial No. ABCD12345",
    "MRN Kfmc0027719x",         # no capitals then digits
    "Protocol THORAX12345",     # no record label
])
def test_capitals_and_digits_after_a_device_word_or_no_label_stay(analyzer, text):
    assert not covered(analyzer, text).get("ID")


# -- 3. a lower-case hospital code under a name ------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("nguyen thi thu ha\nbv2311-5530", "bv2311-5530"),
    ("NGUYEN THI THU HA\nBV2311-5530", "BV2311-5530"),
])
def test_a_hospital_code_under_a_name_is_an_id(analyzer, text, code):
    assert code in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text", [
    "nguyen thi thu ha\nnbi\nx1.5\nv2.1",
    "nguyen thi thu ha\nolympus cv-190\ngif-h290",
    "nguyen thi thu ha\nsn2311-5530",               # a serial number
    "bv2311-5530\nnbi",                              # no name above it: no patient block
])
def test_device_codes_and_a_code_outside_the_patient_block_stay(analyzer, text):
    assert not covered(analyzer, text).get("ID")


# -- 4. the elapsed time of a capsule frame ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "OLYMPUS EndoCapsule EC-10\nSmall bowel\nTime 03:41:07",
    "PillCam SB3\nTime: 03:41:07",
])
def test_a_bare_time_label_on_a_capsule_frame_labels_the_elapsed_time(analyzer, text):
    assert "03:41:07" not in painted(analyzer, text)


@pytest.mark.parametrize("text, time", [
    ("PillCam SB3\nTime 03:41 PM", "03:41"),
    ("PillCam SB3\nStudy Time 14:22:10", "14:22:10"),
    ("PillCam SB3\n12/05/2023 Time 03:41:07", "03:41:07"),
    ("PillCam SB3\nTime 16:22:10", "16:22:10"),       # past a recording's length: a clock
    ("HR 64\nTime 03:41:07", "03:41:07"),             # no capsule
])
def test_times_of_day_on_capsule_frames_and_elsewhere_stay_painted(analyzer, text, time):
    assert time in covered(analyzer, text).get("DATE_TIME", set())
