"""Kinds of faults a fresh reviewer's unseen images showed, word by word (review 5, half A):

- dates with a month name in any order (year first '1949 Jul 05', ordinals '5th July 1949',
  a weekday before it 'Thursday, November 14, 2024'), with and without the header;
- a date glued to its time by OCR ('11/14/202416:20') is one DATE_TIME, not an ID;
- institutions without a head word in the patient banner ('Sutter Roseville', 'Cedars-Sinai'),
  possessive names ('Addenbrooke's', 'Brigham and Women's'), a head inside the name
  ('Women's Imaging of Tulsa'), 'Sanatorio ...': ORGANIZATION, never PERSON or LOCATION;
- XA/CT/MR/MG/DX model names spaCy calls a person ('Allura Xper FD20');
- a short label glued to its value ('ID:A7712-09'): the value covered whole, the label kept.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word

from .test_recognizers_kinds import covered


def header(**values: str) -> Dataset:
    ds = Dataset()
    for key, value in values.items():
        setattr(ds, key, value)
    return ds


# -- 1. month-name dates in every order ------------------------------------------------------

DATES_1949 = ["1949 Jul 05", "1949-Jul-05", "1949-JUL-05", "1949 July 5", "05 Jul 1949", "Jul 05 1949",
              "July 5, 1949", "5th July 1949", "5th of July 1949", "July 5th, 1949", "Tuesday, July 5, 1949",
              "Tue 05 Jul 1949"]


@pytest.mark.parametrize("date", DATES_1949)
@pytest.mark.parametrize("with_header", [False, True])
def test_month_name_dates_in_every_order_are_dates(analyzer, date, with_header):
    ds = header(PatientBirthDate="19490705") if with_header else None
    result = covered(analyzer, f"Birth: {date}", ds)
    assert result.get("DATE_TIME") == set(date.split()), result
    assert set(result) == {"DATE_TIME"}, result  # the weekday is the date's, not a person


def test_a_weekday_before_a_date_is_no_person(analyzer):
    text = "Exam Date: Thursday, November 14, 2024"
    result = covered(analyzer, text)
    assert result == {"DATE_TIME": {"Thursday,", "November", "14,", "2024"}}, result


@pytest.mark.parametrize("text", ["2024 Mar", "Room 1949", "1949 Marsh Lane"])
def test_a_year_beside_a_word_is_no_date(analyzer, text):
    assert "DATE_TIME" not in covered(analyzer, text)


# -- 2. a date glued to its time --------------------------------------------------------------

@pytest.mark.parametrize("token", ["11/14/202416:20", "2024-11-1413:52", "14.11.202415:32"])
def test_a_date_glued_to_its_time_is_a_date_time(analyzer, token):
    assert covered(analyzer, f"Dictated {token}") == {"DATE_TIME": {token}}


# -- 3. institutions ----------------------------------------------------------------------

BANNERS = [
    # (banner, institution words): the institution under the patient fields, no head word
    ("Adeyemi-Clarke, Folasade\nID:ZR00981277\nDOB 02/29/1988\nLOGIQ E9\nSutter Roseville",
     {"Sutter", "Roseville"}),
    ("SUMMER FIELDS\nID 31-77A-0902\nF 71Y\nBanner Desert", {"Banner", "Desert"}),
    ("Accession: RAD-2024-0098812\n2024-11-14 13:52\nkVp 110 mAs 3.2\nCedars-Sinai", {"Cedars-Sinai"}),
    ("MORENO LUCIA\nMRN 99812\nValle Verde", {"Valle", "Verde"}),
    # no word in capitals anywhere: the title-cased copy equals the text, which is still read
    ("Folasade Adeyemi\nBorn 02/29/1988\nSutter Roseville", {"Sutter", "Roseville"}),
]


@pytest.mark.parametrize("text,name", BANNERS)
def test_an_institution_line_under_the_patient_fields_is_an_organization(analyzer, text, name):
    result = covered(analyzer, text)
    assert name <= result.get("ORGANIZATION", set()), result
    assert not name & (result.get("PERSON", set()) | result.get("LOCATION", set())), result


@pytest.mark.parametrize("text", [
    "ID 4410021\nAbdomen Helical", "ID 4410021\nLung Screening Vol", "DOB 02/29/1988\nAllura Xper FD20",
    "MRN 00820177\nAquilion ONE", "ID 4410021\nPhilips Affiniti",
    "ID 4410021\nSoft Tissue", "ID 4410021\nGen Harmonic",
])
def test_device_lines_under_the_patient_fields_stay(analyzer, text):
    result = covered(analyzer, text)
    last = set(text.split("\n")[-1].split())
    assert not last & set().union(*result.values()), result


def test_a_title_case_line_with_no_patient_field_above_is_no_banner_institution(analyzer):
    assert "ORGANIZATION" not in covered(analyzer, "Sutter Roseville\nID 4410021")


def test_a_name_in_capitals_under_a_date_is_not_made_an_institution(analyzer):
    result = covered(analyzer, "2023-12-30\nSATO HARUKI\nMRN 00820177")
    assert "ORGANIZATION" not in result, result


@pytest.mark.parametrize("text,name", [
    ("Addenbrooke's", {"Addenbrooke's"}),
    ("Brigham and Women's", {"Brigham", "and", "Women's"}),
    ("St Mary's", {"St", "Mary's"}),
    ("Women's Imaging of Tulsa", {"Women's", "Imaging", "of", "Tulsa"}),
    ("Children's Hospital of Philadelphia", {"Children's", "Hospital", "of", "Philadelphia"}),
    ("Sanatorio Allende", {"Sanatorio", "Allende"}),
])
def test_institutions_by_their_shape_are_organizations(analyzer, text, name):
    result = covered(analyzer, text)
    assert result.get("ORGANIZATION") == name, result


@pytest.mark.parametrize("text", ["History of Crohn's disease", "Patient's Name", "Operator's",
                                  "Baker's cyst noted"])
def test_eponyms_and_labels_are_no_possessive_institution(analyzer, text):
    assert "ORGANIZATION" not in covered(analyzer, text)


@pytest.mark.parametrize("ocr,words", [
    ("en's Imaging In of Tulsa", {"Imaging", "In", "of", "Tulsa"}),  # 'Women's' OCR did not read whole
    ("WomensImagingofTulsa", {"WomensImagingofTulsa"}),
    ("Women's Imaging  of Tulsa", {"Women's", "Imaging", "of", "Tulsa"}),  # a field gap inside
])
def test_every_word_of_the_header_institution_when_ocr_splits_or_glues_it(analyzer, ocr, words):
    result = covered(analyzer, ocr, header(InstitutionName="Women's Imaging of Tulsa"))
    assert words <= result.get("ORGANIZATION", set()), result


# -- 4. device model names -------------------------------------------------------------------

MODELS = ["Allura Xper FD20", "Philips Azurion 7", "SIEMENS Artis zee", "GE Innova 4100", "GE Signa HDxt",
          "Philips Allura Clarity", "Philips Ingenuity CT", "SIEMENS Biograph mCT", "Hologic Selenia Dimensions",
          "GE Senographe Essential", "Canon Vantage Titan", "Philips MultiDiagnost Eleva"]


@pytest.mark.parametrize("text", MODELS)
def test_model_names_are_not_phi(analyzer, text):
    assert covered(analyzer, text) == {}, text


@pytest.mark.parametrize("word", ["Allura", "Xper", "Azurion", "Innova", "Infinix", "Cios", "Definium"])
def test_model_family_words_are_device_vocabulary(word):
    assert is_device_word(word)


def test_a_name_beside_a_model_name_is_still_found(analyzer):
    result = covered(analyzer, "ABERNATHY CLEO R\nDOB 7/4/62\nAllura Xper FD20")
    assert {"ABERNATHY", "CLEO"} <= result.get("PERSON", set()), result
    assert not {"Allura", "Xper", "FD20"} & set().union(*result.values()), result


# -- 5. a short label glued to its value -----------------------------------------------------

def test_a_short_label_glued_to_its_value_keeps_the_label_and_covers_the_value(analyzer):
    """'ID:A7712-09' as one token (the Aplio banner of review 5): in its pixels 'I' is at
    x 151, 'D' 154-159, ':' 161 and 'A' 163-168; the box starts after the label and before
    the value (the 3 px painting margin on top), and ends with the token."""
    word = OcrWord("ID:A7712-09", Box(150, 5, 57, 9), 99.0)
    [finding] = analyzer.analyze([word])
    assert finding.entity_type == "ID" and 154 <= finding.box.left <= 163 and finding.box.right >= 206, finding


def test_a_label_apart_from_its_value_stays(analyzer):
    assert covered(analyzer, "ID: A7712-09") == {"ID": {"A7712-09"}}
