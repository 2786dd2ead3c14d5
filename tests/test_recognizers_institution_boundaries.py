"""Where an institution's span starts and ends on a line it shares with other words: a worklist
window's title before it ('Patientlista  -  Västra Mälarsjukhuset Röntgen', whose thin dash OCR
drops) and the department word after its head are no part of the site; and a table's last column
heading, which the layout puts on a line of its own, is no banner's institution. Real spaCy, real
analyzer: which words are painted, which stay."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import (
    BannerInstitutionRecognizer,
    InstitutionRecognizer,
)
from tests.test_recognizers_context import covered


def _institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


def _banner_institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in BannerInstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(("line", "site"), [
    ("Patientlista Västra Mälarsjukhuset Röntgen", "Västra Mälarsjukhuset"),
    ("Patientlista - Västra Mälarsjukhuset Röntgen", "Västra Mälarsjukhuset"),
    ("Worklist St Mary's Hospital Radiology", "St Mary's Hospital"),
    ("Worklist - St Mary's Hospital Imaging", "St Mary's Hospital"),
    ("Arbeitsliste Klinikum Nord Radiologie", "Klinikum Nord"),
    ("Patient list Royal Infirmary X-ray", "Royal Infirmary"),
    ("Karolinska Universitetssjukhuset Rtg", "Karolinska Universitetssjukhuset"),
    ("Sahlgrenska Universitetssjukhuset Radiologi", "Sahlgrenska Universitetssjukhuset"),
    ("Universitätsklinikum Heidelberg Radiologie", "Universitätsklinikum Heidelberg"),
])
def test_a_ui_title_and_a_trailing_department_are_cut(line, site):
    assert _institutions(line) == [site]


@pytest.mark.parametrize("name", [
    # a specialty word that is the practice's only head stays its name
    "Lumus Imaging", "Perth Radiology", "Women's Imaging of Tulsa",
])
def test_a_practice_named_by_its_specialty_keeps_it(name):
    assert name in _institutions(name)


@pytest.mark.parametrize("line", ["Worklist Hospital", "Patientlista Sjukhus"])
def test_a_title_before_a_head_alone_leaves_no_institution(line):
    assert _institutions(line) == []


def test_the_worklist_title_and_department_stay_unpainted(analyzer):
    text = ("Patientlista Västra Mälarsjukhuset Röntgen\nPersonnummer  Namn\n"
            "19750312-4567  Lindqvist, Astrid  DT buk")
    found = covered(analyzer, text)
    assert {"Västra", "Mälarsjukhuset"} <= found.get("ORGANIZATION", set())
    painted = set().union(*found.values())
    assert not {"Patientlista", "Röntgen"} & painted


_DOSE_TABLE = ("Dose Report\nPatient: WIREMU, Tane Hohepa  NHI: ZAC5361\nExam NZ88120457 14 Apr 2022\n"
               "Waikato District Hospital\nSeries Type Scan Range\nCTDIvol DLP\n{heading}\nScout\n"
               "Helical S12.500-I387.250 14.21")


@pytest.mark.parametrize("heading", ["Remarks", "Bemerkung", "Comentario", "Notes"])
def test_a_dose_tables_last_column_heading_is_no_banner_institution(analyzer, heading):
    text = _DOSE_TABLE.format(heading=heading)
    assert heading not in _banner_institutions(text)
    assert heading not in covered(analyzer, text).get("ORGANIZATION", set())


@pytest.mark.parametrize(("text", "site"), [
    # a banner's site under its patient fields, device text below it or one device line above
    ("DOE, JANE\nMRN 12345678\n12/03/1960\nSutter Roseville\nCT Abdomen\nkV 120", "Sutter Roseville"),
    ("DOE, JANE\nMRN 12345678\n12/03/1960\nAxial Helical\nSutter Roseville\nkV 120", "Sutter Roseville"),
    ("DOE, JANE\nMRN 12345678\nSeries Type Scan Range\nCedars-Sinai\nHelical 14.21", "Cedars-Sinai"),
])
def test_a_banner_institution_beside_device_lines_is_still_found(text, site):
    assert _banner_institutions(text) == [site]


# -- the first word glued to a value before it --------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Birth: 15.04.1972Ain Shams Specialized Hospital Exam:23.10.2023", "Ain Shams Specialized Hospital"),
    ("ID 28813Mercy Valley Hospital", "Mercy Valley Hospital"),
])
def test_the_institution_s_first_word_glued_to_a_value_is_its_own(text, name):
    from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
    assert [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])] == [name]


@pytest.mark.parametrize("text", ["3DImaging Center", "4DView Clinic", "28813NID Clinic"])
def test_a_unit_or_code_glued_to_digits_starts_no_institution(text):
    from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
    assert InstitutionRecognizer().analyze(text, ["ORGANIZATION"]) == []
