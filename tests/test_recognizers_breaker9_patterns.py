"""Fix round 30: regressions a break-tester (breaker9) found in the round-28/29 pattern rules.

- A QC, QA, service, work-order, ticket or calibration record's number with a year group
  ('QC-2025-0412', 'WO-2024-10023', 'Daily QA QA-2025-0103') is no patient record; a hospital's
  record number of that shape ('KMKL-26-30471', 'RAD-2024-118345') stays an ID.
- A pair of digit groups after an acquisition's counter word ('Slices 0001-0256', 'Table
  1250-1800') or zero-padded and counting up ('0001-0256') is a counter or a range, no record
  number under the patient's name; a record number of digit groups ('4471-0932') stays one.
- A short month name that is also a device row's word ('Mac', 'Sen', 'Dey', 'Mehr') between the
  numbers of a device row ('Ch 12 Mac 2048') is no date; after a date label it still is.
- A person number after a dose's, an exposure's, a count's or a material number's label ('DAP
  01062010002', 'Exposure index 1019120680') is a reading, no person's number.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import (
    digit_group_ids,
    health_card_ids,
    id_shaped,
    unlabelled_ids,
)

from .test_recognizers_calendars_health_cards import _ct_corner
from .test_recognizers_context import banner, covered, painted

# The patient banner row the break-tester read its probes under (the tests' `banner` geometry).
_BANNER = "KALOLO LOSALINE  AS-994410  2026-11-26"


def painted_under_a_banner(analyzer, row: str) -> set[str]:
    """The words of `row` any finding covers, read on the line under `_BANNER`."""
    words = banner(f"{_BANNER}\n{row}")
    found = set().union(*covered(analyzer, words).values())
    return {w.text for w in words if w.box.top != 10 and w.text in found}

# -- 1. a QC or service record's number with a year group -------------------------------------------


@pytest.mark.parametrize("text", [
    "QC-2025-0412", "QA-2024-12345", "QC-2024-0001", "PM-2024-0312", "WO-2024-10023", "SR-2025-00412",
    "CAL-2024-0077", "TKT-2025-00123", "INC-2024-0042", "FSR-2023-1188", "RMA-2025-00871",
])
def test_a_qc_or_service_record_number_alone_stays(analyzer, text):
    assert text not in painted(analyzer, text)


@pytest.mark.parametrize("text, value", [
    ("Daily QA QA-2025-0103", "QA-2025-0103"),
    ("Catphan 600 QC-2025-0412", "QC-2025-0412"),
    ("Phantom: XY-2025-0412", "XY-2025-0412"),
    ("Calibration: KL-2024-00311", "KL-2024-00311"),
])
def test_a_number_after_a_qc_or_service_label_stays(analyzer, text, value):
    assert value not in painted(analyzer, text)


@pytest.mark.parametrize("row", ["QC-2025-0412", "WO-2024-10023", "Slices 0001-0256  QA-2024-12345"])
def test_a_service_record_number_under_the_patient_banner_stays(analyzer, row):
    assert not painted_under_a_banner(analyzer, row) & {"QC-2025-0412", "WO-2024-10023", "QA-2024-12345"}


@pytest.mark.parametrize("text", ["KMKL-26-30471", "RAD-2024-118345", "AB-25-004417", "H/2026/00123",
                                  "ECO-2023-11456"])
def test_a_hospital_record_number_with_a_year_keeps_its_shape(text):
    # ECO-: es/it/pt 'eco(grafía)', an ultrasound accession's letters as 'CT-' and 'US-' are
    assert id_shaped(text) == [(0, len(text))]


@pytest.mark.parametrize("text, value", [
    ("Case: HP-2025-11832", "HP-2025-11832"), ("CT-2023-19922", "CT-2023-19922"),
    ("RAD-2024-118345", "RAD-2024-118345"),
])
def test_a_patient_record_number_with_a_year_is_still_painted(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


# -- 2. a counter or a range of digit groups in the patient block -------------------------------------


@pytest.mark.parametrize("row, value", [
    ("Slices 0001-0256", "0001-0256"), ("Partitions 0001-0176", "0001-0176"), ("Phases 0001-0025", "0001-0025"),
    ("Time 0000-1200", "0000-1200"), ("Table 1250-1800", "1250-1800"), ("Pulses 1200-4500", "1200-4500"),
    ("Schichten 0001-0120", "0001-0120"), ("Cortes 0001-0180", "0001-0180"),
    ("Projections 0001-0360", "0001-0360"), ("Couch 1120-1480", "1120-1480"),
])
def test_an_acquisition_counter_or_range_under_the_banner_stays(analyzer, row, value):
    assert value not in painted_under_a_banner(analyzer, row)


@pytest.mark.parametrize("text", [
    "Slices 0001-0256", "Table: 1250-1800", "Pulses 1200-4500", "Zeit 0000-1200", "0001-0256", "0000-1200",
    "0010-0450",
])
def test_counter_and_range_shapes_are_no_digit_group_record_number(text):
    assert not digit_group_ids(text)
    assert not unlabelled_ids(text)


@pytest.mark.parametrize("text", ["4471-0932", "0047-1932", "0412-0038", "00-417-2291", "Nr. 4471-0932",
                                  "2207-5519-04"])
def test_record_numbers_of_digit_groups_keep_their_shape(text):
    assert digit_group_ids(text)


@pytest.mark.parametrize("ident", ["4471-0932", "0047-1932", "3318-8260"])
def test_a_record_number_of_digit_groups_under_a_name_is_still_an_id(analyzer, ident):
    got = covered(analyzer, _ct_corner("KOWALSKI, THEODORE J", ident, "Jun 04 1957 M"))
    assert ident in got.get("ID", set()) | got.get("PHONE_NUMBER", set()), got


# -- 3. a short month name in a device row ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ch 12 Mac 2048", "Avg 4 Sen 2000", "Gate 5 Dey 1400", "Mode 3 Mehr 1350", "Seq 2 Mei 2000",
    "Filter 7 Des 2010", "Window 3 Dis 2015", "Map 9 Set 2020",
])
def test_a_device_row_with_a_short_month_word_is_no_date(analyzer, text):
    assert not painted(analyzer, text) & set(text.split()[1:])


@pytest.mark.parametrize("text, words", [
    ("DOB: 12 Mac 2024", {"12", "Mac", "2024"}),
    ("DOB: 2 Mehr 1365", {"2", "Mehr", "1365"}),
    ("DOB: 12 Dey 1370", {"12", "Dey", "1370"}),
    ("Tarikh Lahir: 5 Mei 1971", {"5", "Mei", "1971"}),
    ("Tanggal: 17 Des 2023", {"17", "Des", "2023"}),
    ("12 Mac 2024 10:32", {"12", "Mac", "2024", "10:32"}),
])
def test_a_short_month_word_after_a_date_label_or_alone_is_still_a_date(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


def test_a_short_month_date_beside_a_name_is_still_a_date(analyzer):
    assert {"12", "Mac", "1980"} <= painted_under_a_banner(analyzer, "AMINAH 12 Mac 1980")


# -- 4. a person number after a dose's, a count's or a material number's label -----------------------


@pytest.mark.parametrize("text, value", [
    ("DAP 01062010002", "01062010002"), ("Total counts: 24012000006", "24012000006"),
    ("Exposure index 1019120680", "1019120680"), ("Counts 12345678903", "12345678903"),
    ("Dose 01062010002", "01062010002"), ("EI 1019120680", "1019120680"), ("KAP: 01062010002", "01062010002"),
])
def test_a_person_number_shape_after_a_reading_label_stays(analyzer, text, value):
    assert value not in painted(analyzer, text)


@pytest.mark.parametrize("text", ["Mat.-Nr. 9876543217 SP", "Material-Nr. 4501-237-616 AK", "Mat.-Nr. 4501237616 AK"])
def test_a_material_number_is_no_health_card(text):
    assert not health_card_ids(text)


@pytest.mark.parametrize("text, value", [
    ("AMKA 01062010002", "01062010002"), ("01062010002", "01062010002"), ("SVNR 1019120680", "1019120680"),
    ("Nr. 1019120680", "1019120680"), ("OHIP: 4501237616 AK", "AK"), ("4501-237-616 AK", "AK"),
])
def test_a_person_number_alone_or_after_its_label_is_still_painted(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())
