"""A record number without a label (`patterns.id_shaped`, through `unlabelled_ids` and the
analyzer's patient block): capitals and five digits or more ('FJ-CWM-29170', 'HUEH40021'), or
eight digits or more and a check letter (Sri Lanka's old NIC '857341236V'), painted where it
stands beside or under a name; device codes, versions, counters and measures stay."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import id_shaped, unlabelled_ids

from .test_recognizers_context import covered


@pytest.mark.parametrize("text, value", [
    ("CHAND, ANJALI  FJ-CWM-29170  15/01/1994  28/10/2026  MG  MAMMO SCREEN", "FJ-CWM-29170"),
    ("SOLOMONE, PITA  FJ-LBS-00981  30/11/1958  27/10/2026  DX  KNEE 3V", "FJ-LBS-00981"),
    ("KUMARI, ASHA\nHUEH40021  22/06/1965", "HUEH40021"),
    ("PERERA, NIMALI\n857341236V", "857341236V"),
    ("GARCIA LOPEZ, MARIA\n12345678Z  03/04/1971", "12345678Z"),
])
def test_a_record_number_shape_in_the_patient_block_is_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text", [
    "S5-1 C1-6-D L12-5 44CG43 MX8000 iU22",
    "V5.0.12345 1.2.840.10008 Im:12345",
    "DLP 1234.5 120kV W 400 12345mGy 3456ms 40021Hz",
    "SN12345678 DLP12345 IM-00123 SE00012 512X512 ABCDE-12345",
])
def test_device_codes_versions_counters_and_measures_are_no_id_shape(text):
    assert [text[a:b] for a, b in id_shaped(text)] == []


def test_the_id_shapes_are_found_in_a_line():
    text = "CHAND, ANJALI  FJ-CWM-29170  HUEH40021  857341236V  AB-12345-2"
    assert [text[a:b] for a, b in unlabelled_ids(text)] == ["FJ-CWM-29170", "HUEH40021", "857341236V",
                                                            "AB-12345-2"]


@pytest.mark.parametrize("text, kept", [
    ("KUMARI, ASHA\nS5-1  L12-5  44CG43  MX8000  iU22", {"S5-1", "L12-5", "44CG43", "MX8000", "iU22"}),
    ("KUMARI, ASHA\nV5.0.12345  Im:12345  120kV  12345mGy", {"V5.0.12345", "Im:12345", "120kV", "12345mGy"}),
    ("Probe C5-1  Model MX8000  DLP 1234.5", {"C5-1", "MX8000", "1234.5"}),
])
def test_device_text_under_or_without_a_name_stays(analyzer, text, kept):
    painted = set().union(*covered(analyzer, text).values())
    assert not painted & kept


@pytest.mark.parametrize("text", ["Gantry  HUEH40021", "Vivid CT-20001", "Table  KV120000"])
def test_the_shape_beside_a_device_word_stays(analyzer, text):
    # Beside a device's or a vendor's word the shape is the device's (`tables.lone_ids`).
    assert "ID" not in covered(analyzer, text)


@pytest.mark.parametrize("text", ["FJ-CWM-29170", "HUEH40021  12:30", "KH-0048812"])
def test_the_shape_alone_is_an_id(analyzer, text):
    # Anywhere outside the imaging region (fix round 26: no device word of review sets 9-13 has
    # the shape; `tables.lone_ids`), not only in a patient block.
    assert "ID" in covered(analyzer, text)


def _row(text: str, top: int = 50) -> list[OcrWord]:
    """One study-list row as OCR reads it: words 7 px apart, so the layout makes the name, the
    ID, the dates and the exam's description one field."""
    out, x = [], 12
    for word in text.split():
        out.append(OcrWord(word, Box(x, top, 8 * len(word), 12), 95.0))
        x += 8 * len(word) + 7
    return out


@pytest.mark.parametrize("row, value", [
    ("CHAND, ANJALI FJ-CWM-29170 15/01/1994 28/10/2026 MG MAMMO SCREEN", "FJ-CWM-29170"),
    ("SOLOMONE, PITA FJ-LBS-00981 30/11/1958 27/10/2026 DX KNEE 3V", "FJ-LBS-00981"),
])
def test_a_study_list_row_s_id_is_painted_whatever_exam_follows_the_dates(analyzer, row, value):
    assert value in covered(analyzer, _row(row)).get("ID", set())


def test_a_vendor_before_the_shape_makes_it_the_device_s(analyzer):
    words = _row("CHAND, ANJALI") + _row("Vivid FJ-CWM-29170", top=70)
    assert "FJ-CWM-29170" not in set().union(*covered(analyzer, words).values())


# -- a record number with a year's group (fix round 28) --------------------------------------------

# Capitals, a year of two or four digits and a running number, by hyphens or slashes, wherever it
# stands on a banner line: after a date, before a block number, alone.
@pytest.mark.parametrize("text, value", [
    ("06.03.2026 KMKL-26-30471", "KMKL-26-30471"),   # review 14: a Ukrainian hospital's record number
    ("S26-04417 A2", "S26-04417"),                   # review 14: a pathology case and its block
    ("H/2026/00123", "H/2026/00123"),
    ("2026-02-14 14:03  RAD-2026-004417", "RAD-2026-004417"),
    ("AB/26/12345  Bay 3", "AB/26/12345"),
    ("Case: SP-25-0113", "SP-25-0113"),
    ("NP26-88120 B1", "NP26-88120"),
])
def test_a_record_number_with_a_year_group_is_an_id_wherever_it_stands(analyzer, text, value):
    assert value in set().union(*covered(analyzer, text).values())


@pytest.mark.parametrize("text", [
    "JAN-26-2026", "DEC/12/2024", "MAR-05-2026", "QC-01/2026", "V-10-2024", "IEC-60601-2-33",
    "SN-26-12345", "SE-12-0045", "PS-26-12345", "Ver 12-3456",
])
def test_dates_and_device_markings_with_a_year_group_are_no_id_shape(text):
    assert [text[a:b] for a, b in id_shaped(text)] == []


@pytest.mark.parametrize("text", ["Probe C5-1  Lot LT-26-30471", "Gantry  KMKL-26-30471"])
def test_a_year_group_shape_after_a_device_word_stays(analyzer, text):
    assert text.split()[-1] not in covered(analyzer, text).get("ID", set())
