"""Review 7 (issue #14), fixed as kinds:

- institutions in capitals with abbreviated heads (HOSP, UNIV., INST, CTR, MED. CTR.), the
  European head words and the French acronyms (CHU de ...), hyphenated place names before them,
  and an OCR fragment a second view left between the words;
- the number that ends an institution's name (Nr 3, No. 2, #3, II) is inside its box;
- a title right before a found name (Dr, Dr., Prof., Mr, Mrs, Ms) anchors the name but stays
  outside its box (`test_recognizers_titles.py`: a title names no one once the name is painted), a title alone is no
  finding;
- device text the NER calls a person or an organisation: CT display/recon parameters, the ASE
  echo measurement names, dental and DXA vendors and models, exam-type words.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word

from .test_recognizers_context import covered, painted

# -- 1. institutions in capitals, abbreviated, European ---------------------------------------

@pytest.mark.parametrize("text", [
    "TOKAI-NISHI GENERAL HOSP", "TOKAI-NISHI GEN HOSP", "SAINT-JEAN HOSP.", "OSAKA UNIV HOSP", "KYOTO UNIV.",
    "NORTH SHORE MED. CTR.", "LAKE-WOOD MED CTR", "KARMANOS CANCER INST", "WEST RIVER CTR", "MAYO CLINIC",
    "CHU DE NANTES", "CHU de Nantes", "CHRU de Lille", "SZPITAL WOJEWODZKI", "OSPEDALE MAGGIORE", "HOPITAL NECKER",
    "KLINIKUM DER STADT", "Helsingin Keskussairaala", "Nemocnice Na Homolce", "Ankara Sehir Hastanesi",
    "Spitalul Clinic Colentina", "Kyoto Univ. Hosp.",
])
def test_an_institution_in_capitals_or_abbreviated_is_found_whole(analyzer, text):
    assert covered(analyzer, text).get("ORGANIZATION") == set(text.split()), covered(analyzer, text)


def test_an_ocr_fragment_between_the_words_does_not_end_the_institution(analyzer):
    """PP-OCR read 'TOKAI-NISHI GENERAL HOSP' in two views; the second left 'T:I', 'FI' and
    '_H' overlapping the words (review 7, a Canon CT scout)."""
    ws = [OcrWord("Aquilion", Box(417, 9, 47, 12), 100), OcrWord("TOKAI-NISHI", Box(331, 26, 79, 11), 100),
          OcrWord("T:I", Box(331, 26, 21, 11), 98), OcrWord("FI", Box(396, 26, 14, 11), 60),
          OcrWord("GENERAL", Box(417, 26, 51, 11), 99.8), OcrWord("_H", Box(462, 26, 20, 11), 71.8),
          OcrWord("HOSP", Box(475, 26, 27, 11), 100), OcrWord("SCANO", Box(446, 42, 34, 11), 100),
          OcrWord("AP", Box(490, 42, 12, 9), 100)]
    got = covered(analyzer, ws)
    assert {"TOKAI-NISHI", "GENERAL", "HOSP"} <= got.get("ORGANIZATION", set()), got
    assert not {"Aquilion", "SCANO", "AP"} & set().union(*got.values()), got


@pytest.mark.parametrize("text", [
    "CHU WEI LING  12/03/2011",        # the acronym without 'de' is as often a surname
    "CHR 12  Gen THI",
    "CTR 0.48", "Heart CTR", "Auto CTR",  # the cardiothoracic ratio, not a centre
    "Univ", "HOSP", "Inst.",           # a head alone names no place
    "Hospital No 12345",               # a hospital number's label
])
def test_abbreviations_and_acronyms_alone_are_no_institution(analyzer, text):
    assert "ORGANIZATION" not in covered(analyzer, text), covered(analyzer, text)


# -- 2. the number that ends an institution's name ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Szpital Wojewodzki Nr 3", "St Mary Hospital No. 2", "Ospedale Civile No 5", "Memorial Hospital #3",
    "Szpital Miejski Nr. 12", "Klinikum Nord II", "Hospital of Saint Luke No 4", "CHU de Nantes No 2",
])
def test_the_number_ending_an_institution_is_inside_its_box(analyzer, text):
    assert covered(analyzer, text).get("ORGANIZATION") == set(text.split()), covered(analyzer, text)


def test_the_institution_number_in_a_one_line_banner(analyzer):
    got = covered(analyzer, "Szymanska, Zofia  Born: 1952-09-30  Szpital Wojewodzki Nr 3  12.10.2026")
    assert {"Szpital", "Wojewodzki", "Nr", "3"} <= got.get("ORGANIZATION", set()), got
    assert "Born:" not in set().union(*got.values()), got


@pytest.mark.parametrize("text,kept", [
    ("Memorial Hospital No 123456", {"No", "123456"}),  # a patient's hospital number after the name
    ("Mercy Hospital 12/03/2011", set()),               # a date after the name is no part of it
    ("Mercy Hospital  Se 3", {"Se", "3"}),
])
def test_what_follows_an_institution_is_not_its_number(analyzer, text, kept):
    got = covered(analyzer, text)
    assert {"Mercy", "Memorial", "Hospital"} & got.get("ORGANIZATION", set()), got
    assert not kept & got.get("ORGANIZATION", set()), got


# -- 3. a title before a found name ---------------------------------------------------------------

@pytest.mark.parametrize("text,title,name", [
    ("Comment: Dr Fenwick", "Dr", {"Fenwick"}),
    ("Ref: Dr Tunde Oyelaran", "Dr", {"Tunde", "Oyelaran"}),
    ("Dr. Leena Aaltonen", "Dr.", {"Leena", "Aaltonen"}),
    ("Referring: Dr. Svetlana Morozova  11/28/2026", "Dr.", {"Svetlana", "Morozova"}),
    ("Rep: Dr. Pieterse", "Dr.", {"Pieterse"}),
    ("DR. PIETERSE", "DR.", {"PIETERSE"}),
    ("Prof. Hans Mueller", "Prof.", {"Hans", "Mueller"}),
    ("Mrs Alice Brown  12/03/2011", "Mrs", {"Alice", "Brown"}),
    ("Ms Alice Brown  12/03/2011", "Ms", {"Alice", "Brown"}),
    ("MR. JOHN SMITH", "MR.", {"JOHN", "SMITH"}),
    ("Referring: Dr. Pieter de Vries", "Dr.", {"Pieter", "de", "Vries"}),
])
def test_a_title_before_a_name_finds_it_and_stays_outside_its_box(analyzer, text, title, name):
    got = covered(analyzer, text)
    assert got.get("PERSON") == name, got
    assert title not in set().union(*got.values()), got


@pytest.mark.parametrize("text", ["Dr.", "Dr.\nMsk Shoulder", "Dr  Msk Shoulder", "Prof.", "MR Knee WITHOUT Contrast",
                                  "Mrs"])
def test_a_title_alone_or_the_modality_is_no_finding(analyzer, text):
    assert covered(analyzer, text) == {}, covered(analyzer, text)


def test_a_title_in_another_field_stays(analyzer):
    """'MR' in its own field before the name is the modality, not a title."""
    got = covered(analyzer, "MR  DOE JOHN  12/03/2011")
    assert {"DOE", "JOHN"} <= got.get("PERSON", set()) and "MR" not in set().union(*got.values()), got


# -- 4. device text the NER reads as a person or an organisation ----------------------------------

@pytest.mark.parametrize("text", [
    # CT display and reconstruction parameters, planning images
    "DFOV 36.0cm", "SFOV Large", "DFOV 25.0cm  Recon 2  Kernel STND", "Thick 5.0 mm  Interval 2.5", "Scano AP",
    "SCANO AP", "Surview", "Scanogram", "Topogram", "Localizer", "SmartmA 120-450", "CTDIw 12.1 mGy",
    # ASE/EACVI echo measurement names
    "IVSd 1.0 cm", "LVPWd 0.9 cm", "LVIDs 3.1 cm", "EF 62 %", "FS 34 %", "E/A 1.2", "E/e' 8", "TAPSE 2.1 cm",
    "LVEDV 120 ml", "LAVI 28 ml/m2", "IVRT 80 ms", "RVSP 32 mmHg", "Ao Root 3.1 cm\nLA Diam 3.8 cm\nIVSd 1.0 cm",
    # dental panoramic, cephalometric and CBCT systems
    "Planmeca ProMax", "Planmeca ProMax 3D", "Sirona Orthophos XG", "Vatech PaX-i3D Green", "NewTom GiANO HR",
    "Morita Veraviewepocs 3D", "Carestream CS 8100", "Soredex Cranex D", "Gendex Orthoralix",
    # DXA systems
    "Horizon A", "Hologic Horizon W", "Hologic Discovery A", "GE Lunar Prodigy Advance", "Lunar iDXA", "QDR 4500",
    # exam types
    "Panoramic", "Cephalometric", "Bitewing  Periapical", "CBCT", "OPG", "Lateral Ceph",
])
def test_device_text_is_no_name_or_institution(analyzer, text):
    assert painted(analyzer, text) == set(), covered(analyzer, text)


def test_an_exam_type_under_the_banner_is_no_institution(analyzer):
    """'Panoramic' in a pano's top-right block was taken for a banner institution line."""
    got = covered(analyzer, "Virtanen Eino\n11.24.2007\nFI-112407\nPlanmeca ProMax\n66 kV 8 mA 16 s\nPanoramic")
    assert {"Virtanen", "Eino"} <= got.get("PERSON", set()), got
    assert not {"Panoramic", "Planmeca", "ProMax"} & set().union(*got.values()), got


def test_the_dxa_model_is_kept_and_its_serial_number_found(analyzer):
    """HIPAA Safe Harbor lists device serial numbers as identifiers: the number, not the model."""
    got = covered(analyzer, "Horizon A (S/N 304411)  APEX 13.6.0.5\nLumbar Spine")
    assert not {"Horizon", "A", "APEX"} & set().union(*got.values()), got


@pytest.mark.parametrize("text,name", [
    ("John Green  12/03/2011", {"John", "Green"}),      # Vatech's 'Green' is a surname beside a name
    ("Ray Morita  12/03/2011", {"Ray", "Morita"}),      # vendors named for people stay names alone
    ("Name: Ray Villa", {"Ray", "Villa"}),
    ("Referring: Dr. Helena Viso", {"Helena", "Viso"}),
])
def test_vendor_words_that_are_names_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set()), covered(analyzer, text)


@pytest.mark.parametrize("word", ["DFOV", "IVSd", "LVPWd", "TAPSE", "E/e'", "ProMax", "Orthophos", "PaX-i3D",
                                  "PaX-", "iDXA", "Panoramic", "Bitewing", "Scanogram"])
def test_vocabulary_members(word):
    assert is_device_word(word)


@pytest.mark.parametrize("word", ["Green", "Morita", "Villa", "Ray", "Fenwick", "Nantes"])
def test_names_are_no_device_words_alone(word):
    assert not is_device_word(word)
