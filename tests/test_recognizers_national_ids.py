"""Fix round 10 (issue #14): national patient identifiers by their shape and check digits, local
telephone numbers after a word of calling, the exam number of a GE dose page.

- An unlabelled national identifier is ID where its check passes (Presidio's country recognisers,
  registered for the analyzer's language, and the Danish, Norwegian, Dutch and French shapes
  Presidio lacks); the same shape with a wrong check, in a row of numbers, joined into a longer
  token or after a device label ('S/N', 'REF') stays.
- 'NNN-NNNN' after a word of calling ('pt called 555-0143', 'Fax 555-0190', 'angerufen') is
  PHONE_NUMBER; the same digits after anything else ('Part', 'Range', 'Ext') stay.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.analyzer import PRESIDIO_TO_GEAR
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import (
    NATIONAL_ID_ENTITIES,
    national_id_recognizers,
)

from .test_recognizers_context import by_recognizer, covered, painted

# -- 1. national identifiers ---------------------------------------------------------------------

# (text, the words of the identifier, the recogniser that finds it). Valid examples: the issuers'
# published examples where there is one (NHS 943 476 5919, NIR 1 84 12 76 451 089 46, NIF 12345678Z,
# PESEL 44051401359, HETU 131052-308T), otherwise numbers built to pass the published check.
NATIONAL_IDS = [
    ("Cod.Fisc. RSSMRA85T10A562S", ["RSSMRA85T10A562S"], "ItFiscalCodeRecognizer"),
    # the review's codice fiscale, its check letter wrong (a misread letter): the strict shape counts
    # without its label (after 'Cod.Fisc.' the labelled-number rule takes it first)
    ("Data nascita: 08/08/1976  RSSGLI76E48H501Q", ["RSSGLI76E48H501Q"], "ItFiscalCodeRecognizer"),
    ("RSSMRA85T10A562S", ["RSSMRA85T10A562S"], "ItFiscalCodeRecognizer"),
    ("GARCIA LOPEZ, ANA  12345678Z", ["12345678Z"], "EsNifRecognizer"),
    ("X1234567L", ["X1234567L"], "EsNieRecognizer"),
    ("131052-308T", ["131052-308T"], "FiPersonalIdentityCodeRecognizer"),
    ("943 476 5919", ["943", "476", "5919"], "NhsRecognizer"),
    ("2123 45670 0", ["2123", "45670", "0"], "AuMedicareRecognizer"),
    ("2345 6789 0009", ["2345", "6789", "0009"], "InAadhaarRecognizer"),
    ("S1234567D", ["S1234567D"], "SgFinRecognizer"),
    ("T1234567J", ["T1234567J"], "SgFinRecognizer"),
    ("1 84 12 76 451 089 46", ["1", "84", "12", "76", "451", "089", "46"], "FrNirRecognizer"),
    ("1112.22.011", ["1112.22.011"], "NlBsnRecognizer"),
    ("CPR 010170-1234", ["010170-1234"], "DkCprRecognizer"),
    ("150851 00049", ["150851", "00049"], "NoFodselsnummerRecognizer"),
    # the family of the person numbers the review's sites printed without a known label (round 17)
    ("86095742719", ["86095742719"], "DeSteuerIdRecognizer"),
    # in groups only after its label (a row of four numbers passes the check one time in ten)
    ("IdNr 86 095 742 719", ["86", "095", "742", "719"], "DeSteuerIdRecognizer"),
    ("11010519491231002X", ["11010519491231002X"], "CnResidentIdRecognizer"),
    ("Shenfenzheng 320106198407153216", ["320106198407153216"], "CnResidentIdRecognizer"),
    ("HETG740108MPLRLD09", ["HETG740108MPLRLD09"], "MxCurpRecognizer"),
    ("529.982.247-25", ["529.982.247-25"], "BrCpfRecognizer"),
    ("736028/5163", ["736028/5163"], "CzRodneCisloRecognizer"),
    ("A123456789", ["A123456789"], "TwNationalIdRecognizer"),
]


@pytest.mark.parametrize("text, words, recognizer", NATIONAL_IDS)
def test_a_national_identifier_is_an_id_by_its_shape_and_check(analyzer, text, words, recognizer):
    found = by_recognizer(analyzer, text)
    assert set(words) <= found.get(f"ID {recognizer}", set()), found


@pytest.mark.parametrize("text", [
    "44051401359",      # PESEL
    "510815-0003",      # Swedish personnummer
    "10000000078",      # Turkish TC Kimlik
    "A123456780",       # German KVNR
    "900101-1234567",   # Korean RRN
])
def test_digit_identifiers_are_ids(analyzer, text):
    assert covered(analyzer, text).get("ID") == {text}


@pytest.mark.parametrize("text, kept", [
    ("12345678A", "12345678A"),                 # NIF with a wrong letter
    ("X1234567A", "X1234567A"),                 # NIE with a wrong letter
    ("S1234567A", "S1234567A"),                 # NRIC with a wrong letter
    ("1 84 12 76 451 089 47", "47"),            # NIR with a wrong key
    ("2345 6789 0001", "0001"),                 # Aadhaar failing Verhoeff
    ("1112.22.012", "1112.22.012"),             # BSN failing the elfproef
    # (unspaced, a long number or a record number's shape alone is an ID by the generic rules)
    ("86 095 742 718", "718"),                  # Steuer-ID in groups failing MOD 11,10
    ("529.982.247-26", "529.982.247-26"),       # CPF failing its second check digit
    ("990106198407153216", "990106198407153216"),  # no Chinese province 99
    ("320106198413153216", "320106198413153216"),  # month 13: no birth date
    ("HETG741308MPLRLD09", "HETG741308MPLRLD09"),  # CURP with month 13
])
def test_the_same_shape_with_a_wrong_check_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, kept", [
    ("REF 12345678Z", "12345678Z"),            # a catalogue number
    ("S/N S1234567D", "S1234567D"),            # a serial number
    ("Model X1234567L", "X1234567L"),
    ("Part No S1234567D", "S1234567D"),
    ("Serial Nr. X1234567L", "X1234567L"),
    ("Cat# 12345678Z", "12345678Z"),
    ("943 476 5919 1200", "5919"),              # a row of a table
    ("120 943 476 5919", "5919"),
    ("UID 1.2.840.12345678Z.1", "1.2.840.12345678Z.1"),  # joined into a longer token
    ("LOGIQ E9  ML6-15  Ver 201.62.0", "ML6-15"),
    ("Range 100-1200  Part No 555-0143", "555-0143"),
    ("S/N 320106198407153216", "320106198407153216"),
    ("Model HETG740108MPLRLD09", "HETG740108MPLRLD09"),
    ("SW 86095742719", "86095742719"),
    ("DLP 86 095 742 719 mGy.cm", "742"),
    ("W 400 L 40 86 095 742 719", "742"),       # a row of numbers
    ("kV 120  mAs 250  Matrix 512", "512"),
])
def test_device_numbers_of_an_identifiers_shape_stay(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, kept", [
    ("sn a123456789", "a123456789"),            # a serial in lower case: no Taiwanese ID letter
    ("s/n: b200000000", "b200000000"),
    ("Lot x212345678", "x212345678"),
])
def test_lower_case_serials_of_an_identifiers_shape_are_read_without_error(analyzer, text, kept):
    """The Taiwanese ID's check looked the letter up in capitals: a lower-case one (Presidio
    matches without case by default) raised ValueError and failed the whole input."""
    assert kept not in painted(analyzer, text)


def test_every_national_identifier_is_reported_as_id():
    recognizers = national_id_recognizers()
    assert {e for r in recognizers for e in r.supported_entities} == set(NATIONAL_ID_ENTITIES)
    assert {PRESIDIO_TO_GEAR[e] for e in NATIONAL_ID_ENTITIES} == {"ID"}
    assert all(r.supported_language == "en" for r in recognizers)


# -- 2. local telephone numbers after a word of calling --------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("pt called 555-0143", "555-0143"),
    ("Pt called 555-0143 re: results", "555-0143"),
    ("Valley Hope Vascular Lab  Fax 555-0190", "555-0190"),
    ("please call back 555-0143", "555-0143"),
    ("paged 555-0112", "555-0112"),
    ("Beep 555-0112", "555-0112"),
    ("Angerufen: 555-0143", "555-0143"),
    ("Rückruf 555-0143", "555-0143"),
    ("appelé 555-0143", "555-0143"),
    ("llamar 555-0143", "555-0143"),
    ("chiamato 555-0143", "555-0143"),
    ("gebeld 555-0143", "555-0143"),
    ("Tel. 555-0143", "555-0143"),
    ("Ph: 555-0143", "555-0143"),
])
def test_a_local_number_after_a_word_of_calling_is_a_phone(analyzer, text, number):
    assert number in covered(analyzer, text).get("PHONE_NUMBER", set())


@pytest.mark.parametrize("text, kept", [
    ("Part 555-0143", "555-0143"),
    ("Range 100-1200", "100-1200"),
    ("FOV Ext 350-1200", "350-1200"),
    ("Page 555-0143", "555-0143"),
    ("555-0143", "555-0143"),
    ("Call 2  Mode B", "2"),
    ("Fax Mode 2", "2"),
])
def test_a_bare_local_number_shape_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


# -- 3. the exam number of a GE dose page -----------------------------------------------------------

def test_the_exam_number_of_a_dose_page_is_an_id(analyzer):
    got = covered(analyzer, "Exam no.: 40112  Pat ID: 19510815-2217")
    assert {"40112", "19510815-2217"} <= got.get("ID", set())
    assert "no.:" not in painted(analyzer, "Exam no.: 40112  Pat ID: 19510815-2217")


# -- the Steuer-ID written in groups needs its label -----------------------------------------------

# 47036892816 passes the IdNr check (ISO 7064 MOD 11,10); so do these random table rows.
@pytest.mark.parametrize("text", [
    "25 166 439 408", "40 692 961 109", "50 147 824 285", "Segment 3  25 166 439 408",
    "Dose (mGy)  40 692 961 109", "470 368 928 16",
])
def test_a_row_of_numbers_passing_the_steuer_id_check_is_no_id(analyzer, text):
    assert not by_recognizer(analyzer, text).get("ID DeSteuerIdRecognizer")


@pytest.mark.parametrize("text, words", [
    ("Steuer-ID 47 036 892 816", {"47", "036", "892", "816"}),
    ("IdNr 470 368 928 16", {"470", "368", "928", "16"}),
    ("Steuer-ID 4703 6892 816", {"4703", "6892", "816"}),
    ("47036892816", {"47036892816"}),
])
def test_a_steuer_id_in_groups_after_its_label_or_unspaced_is_an_id(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())
