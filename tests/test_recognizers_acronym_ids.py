"""Identifiers after a short acronym label the lists do not hold, every group of their value
('NIK 3374024506850003', 'IHI 7712 0093 4451', 'NAM/HCN: TREM 8358 1219', 'СНИЛС 112-233-445 95'),
and accession numbers of a modality, a year and a running number alone ('CT-2023-19922'); device,
measurement, phone and date text of the same look stays.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text, words", [
    ("NIK 3374024506850003", {"3374024506850003"}),                 # Indonesia, 16 digits
    ("NIK: 3374024506850003", {"3374024506850003"}),
    ("NIK3374024506850003", {"NIK3374024506850003"}),              # OCR's words glued at a 2 px gap
    ("IHI 7712 0093 4451", {"7712", "0093", "4451"}),               # Australia, groups of four
    ("IHI No. 7712 0093 4451", {"7712", "0093", "4451"}),
    ("NAM/HCN: TREM 8358 1219", {"TREM", "8358", "1219"}),         # Quebec RAMQ
    ("СНИЛС 112-233-445 95", {"112-233-445", "95"}),               # Russia, Cyrillic label
    ("ΑΜΚΑ 0101 8012 345", {"0101", "8012", "345"}),               # Greece, Greek label
    ("N.I.K. 3374024506850003", {"3374024506850003"}),
    ("MRN: 1234 5678 9012", {"1234", "5678", "9012"}),             # a known label, every group
    ("SMITH, JOHN  NIK 3374024506850003  DOB 12/03/1980", {"3374024506850003"}),
])
def test_the_whole_value_after_an_acronym_label_is_an_id(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, label", [
    ("NIK 3374024506850003", "NIK"), ("NAM/HCN: TREM 8358 1219", "NAM/HCN:"), ("IHI 7712 0093 4451", "IHI"),
])
def test_the_label_stays(analyzer, text, label):
    assert label not in painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "TIS 0.4  MI 1.2", "DLP 1234.56", "CTDIvol 12.3", "kVp 120", "SN 2231", "FOV 350 mm", "DFOV 25.0cm",
    "WW 400 WL 40", "AEC 3", "IMG 12/240", "VER 4.0.1.2023",
    "DLP 1234 5678",            # a measure's label, however many digits
    "HU 1000 2000 3000",
    "SN 12345678",              # a device's serial number: the device's, not the patient's
    "REF 12345678", "LOT 150851 00049", "UDI 0012345678901",
    "DOS 12 03 2023",           # a date in groups
    "NIK 12345678 slices",      # a count before its noun
    "NIK 1234 567",             # seven digits in groups
])
def test_device_measure_and_date_text_stays(analyzer, text):
    assert not painted(analyzer, text)


def test_a_phone_after_its_acronym_label_stays_a_phone(analyzer):
    found = covered(analyzer, "TEL 0412 345 678")
    assert {"0412", "345", "678"} <= found.get("PHONE_NUMBER", set())
    assert not found.get("ID")


@pytest.mark.parametrize("text", ["CT-2023-19922", "MR-2024-00412", "US-2021-1234567"])
def test_a_modality_year_accession_alone_is_an_id(analyzer, text):
    assert text in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text", ["CT-2023", "ISO-9001", "ISO-2023-12345", "VA-2023-12345", "Br40", "FC13-H",
                                  "CT-2023-19"])
def test_standards_software_and_kernels_stay(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize("text", ["TIF 12 34 56 78", "TIF 1920 1080", "PNG 3840 2160", "ABC 1920 1080",
                                  "ID 12 345 678"])
def test_readings_in_a_row_sizes_and_a_bare_id_stay(analyzer, text):
    assert not painted(analyzer, text)
