"""Identifiers written in thousands groups after their document's label ('C.C. 1.020.456.789',
"AHV 12'345'678", 'RUT: 20.123.456-7'), the Chilean RUT alone by its check digit, and a Thai
hospital's numbers after 'HN', 'AN', 'VN' ('HN: DN-66-02231'); measurements, versions, dates and
counts of the same look stay.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import ClRutRecognizer, grouped_ids

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text, value", [
    ("C.C. 1.020.456.789", "1.020.456.789"),                      # Colombia, cédula de ciudadanía
    ("CC 1.020.456.789", "1.020.456.789"),
    ("C.C.: 52.345.678", "52.345.678"),
    ("T.I. 1.098.765.432", "1.098.765.432"),                      # tarjeta de identidad
    ("C.I. 12.345.678", "12.345.678"),                            # Venezuela, Uruguay
    ("Cédula: 1'020'456'789", "1'020'456'789"),                   # apostrophes
    ("AHV 12'345'678", "12'345'678"),
    ("DNI 20,123,456", "20,123,456"),                             # commas
    ("DNI: 20 123 456", "20 123 456"),                            # plain spaces after a colon
    ("ID: 12\u2009345\u2009678", "12\u2009345\u2009678"),        # thin spaces
    ("RUT: 20.123.456-7", "20.123.456-7"),                        # Chile, check digit after a hyphen
    ("R.U.T. 9.402.817-K", "9.402.817-K"),
    ("Nombre: Tlalli Cuautle C.C. 1.020.456.789 Nº de historia: HC-77120", "1.020.456.789"),
])
def test_a_number_in_thousands_groups_after_an_id_label_is_an_id(analyzer, text, value):
    assert set(value.split(" ")) <= covered(analyzer, text).get("ID", set())
    assert any(text[a:b] == value for a, b in grouped_ids(text))


@pytest.mark.parametrize("text", [
    "SG 1.020",                   # a specific gravity: one group
    "C.C. 1.020",
    "CC 12.345 mm",
    "ID 1.020 g/mL",
    "Version 1.020.456",          # a software version, no identity label
    "SW 4.20.456.789",
    "DOB 15.04.1972",             # a date's groups have two digits
    "C.I. 15.04.1972",
    "Counts 1,234,567",           # a count, no identity label
    "ID 1,234,567 counts",        # a count before its noun
    "Serial No. 1.020.456.789",   # a device's number
    "DLP 1,234,567",
    "ID 12 345 678",              # plain spaces without a colon: readings in a row
])
def test_measurements_versions_dates_and_counts_in_groups_stay(analyzer, text):
    assert not grouped_ids(text)
    assert not {w for w in painted(analyzer, text) if any(c.isdigit() for c in w)} - {"15.04.1972"}


@pytest.mark.parametrize("value, valid", [
    ("9.402.817-5", True), ("20.123.456-7", False), ("12.345.678-5", True), ("7.654.321-6", True),
    ("12.345.678-K", False), ("10.000.013-K", True),
])
def test_the_rut_check_digit(value, valid):
    assert ClRutRecognizer().validate_result(value) is valid


def test_a_rut_alone_is_an_id_only_with_its_check_digit(analyzer):
    assert "9.402.817-5" in covered(analyzer, "SOTO VALDIVIESO BENJAMIN\n9.402.817-5").get("ID", set())
    assert "9.402.817-4" not in painted(analyzer, "SOTO VALDIVIESO BENJAMIN\n9.402.817-4")


@pytest.mark.parametrize("text, value", [
    ("HN: DN-66-02231", "DN-66-02231"),
    ("HN DN-66-02231", "DN-66-02231"),
    ("H.N. 12345/66", "12345/66"),
    ("HN. 66-0012345", "66-0012345"),
    ("AN: 66-004512", "66-004512"),
    ("AN 6601234", "6601234"),
    ("VN: 2566-10231", "2566-10231"),
    ("Siriporn Wongsawat HN: DN-66-02231 ID: 1-1020-04567-82-9 30/08/2566", "DN-66-02231"),
])
def test_a_thai_hospital_number_after_its_label_is_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text", [
    "HN 20 mm",            # a head-and-neck coil's setting
    "HN Coil 16ch",
    "AN 2024",             # an English 'AN' in capitals before a year
    "VN 120",
    "HN: 1234",            # too few digits for a hospital number
    "Serial HN: 12345",
])
def test_short_values_and_settings_after_hn_an_vn_stay(analyzer, text):
    assert not grouped_ids(text)
    assert not {w for w in painted(analyzer, text) if any(c.isdigit() for c in w)}


def test_an_and_vn_without_their_colon_label_six_digits_or_more():
    assert not grouped_ids("AN 12345") and not grouped_ids("VN 12345")  # a count after an English 'AN'
    assert grouped_ids("AN: 12345") and grouped_ids("AN 123456")


def test_an_unlabelled_hospital_number_beside_the_name_is_an_id(analyzer):
    assert "DN-66-02231" in covered(analyzer, "WONGSAWAT, SIRIPORN  DN-66-02231").get("ID", set())
    # a probe or a preset of that look, with no name beside it, stays
    assert not painted(analyzer, "Probe  L12-5  Preset  MSK-22-1024") & {"L12-5"}
