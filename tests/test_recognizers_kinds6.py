"""Kinds review 6 found over-firing or cut short (half A), fixed as kinds:

- a room, bed or bay is the patient's only when labelled or alone on a patient-data line,
  never a PET bed position, an equipment room or beside device settings;
- a connector or vocabulary word between name words is part of the name ('Tran Thi Mai');
- title-case acquisition lines under a date are neither a name field nor a banner institution;
- a sex letter two spaces after a name stays out of the name's box (FAQ 'The edges of a name').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered


@pytest.mark.parametrize("text", [
    "Name : KOWALSKA ANNA\nID : 8812-0045\n2024-11-14 16:20\nRoom 1  FCR Capsula",
    "DOB: 03.07.1951  M  073Y\nPID 40051877\nBed 2 of 5",
    "SMITH, JOHN  Bed 3/7",
    "SMITH, JOHN  Bed 2/5",
    "Patient: Van den Broeck, Lien\nRoom 3  Magnetom Aera",
    "DOE JOHN  45Y  Bay 3  Tilt 0",
    "DOB: 1967-Mar-02\nExam Room 4",
    "DOE JOHN  45Y  Exam Room 4",
    "DOB: 1967-Mar-02\nDetector Bay 12",
    "DOE JOHN  12/03/2011\nRoom 214",
])
def test_a_device_room_bed_or_bay_is_no_location(analyzer, text):
    got = covered(analyzer, text)
    assert "LOCATION" not in got, got
    assert not {"Room", "Bed", "Exam"} & set().union(*got.values()), got


@pytest.mark.parametrize("text,value", [
    ("Location: Room 412", "412"), ("Pt Loc: Bed 12", "12"), ("Admitted to Room 12", "12"),
    ("DOE JOHN  12/03/2011\nRoom: 214", "214"), ("DOE JOHN  ID 4410021  Room 214", "214"),
    ("Patient: Van den Broeck, Lien\nWard 4C", "4C"),
])
def test_a_labelled_or_banner_room_is_a_location(analyzer, text, value):
    assert covered(analyzer, text).get("LOCATION") == {value}


@pytest.mark.parametrize("text,name", [
    ("Pt NGUYEN THI LAN\nID: 55012", {"NGUYEN", "THI", "LAN"}),
    ("Name: Tran Thi Mai", {"Tran", "Thi", "Mai"}),
    ("TRAN THI MAI\nDOB 03/04/1988", {"TRAN", "THI", "MAI"}),
    ("Referring: Dr. Pieter de Vries", {"Pieter", "de", "Vries"}),
    ("Name: Kim Do Yeon", {"Kim", "Do", "Yeon"}),
])
def test_a_connector_inside_a_name_is_part_of_the_name(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text", ["Gen THI Abd\nDOB 03/04/1988", "THI Pen  DOB 03/04/1988", "Pt BREAST SMALL",
                                  "Name: DOE JOHN Sex M"])
def test_a_device_line_with_a_connector_word_stays(analyzer, text):
    got = covered(analyzer, text)
    assert not {"THI", "Gen", "Abd", "Pen", "BREAST", "SMALL", "Sex", "M"} & set().union(*got.values()), got


@pytest.mark.parametrize("text", [
    "DOB: 1967-Mar-02\nFast Spin Echo\nHead Neck Spine",
    "DOB: 1967-Mar-02\nGradient Echo",
])
def test_an_acquisition_line_under_a_date_is_neither_name_nor_institution(analyzer, text):
    got = covered(analyzer, text)
    assert not {"PERSON", "ORGANIZATION"} & set(got), got


def test_a_vocabulary_name_over_its_date_is_still_a_name(analyzer):
    assert covered(analyzer, "Rose Echo\nDOB 03/04/1988").get("PERSON") == {"Rose", "Echo"}


def _line(words: list[str], gaps: list[int]) -> list[OcrWord]:
    x, out = 4, []
    for w, g in zip(words, gaps, strict=True):
        out.append(OcrWord(w, Box(x, 10, 8 * len(w), 14), 95.0))
        x += 8 * len(w) + g
    return out


@pytest.mark.parametrize("words,gaps,name", [
    (["di", "Marco,", "Giulia", "F", "52Y"], [4, 4, 14, 14, 0], {"di", "Marco,", "Giulia"}),
    (["Rossi,", "Paola", "F", "61Y"], [4, 14, 14, 0], {"Rossi,", "Paola"}),
])
def test_a_sex_letter_two_spaces_after_a_name_stays_out_of_its_box(analyzer, words, gaps, name):
    ws = _line(words, gaps)
    got = {w.text for f in analyzer.analyze(ws) if f.entity_type == "PERSON"
           for w in ws if f.box.intersection_area(w.box) >= 0.5 * w.box.area}
    assert got == name
