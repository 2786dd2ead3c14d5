"""The heads of institutes and clinics in the round's languages, head first and head last, a
university's clinic named after it on one line, and a department's town after a comma (review 14:
'Institut Jantung Negara' alone on a cath frame, 'Semmelweis Egyetem Ortopédiai Klinika' painted
only as far as 'Egyetem', 'Dept. of Pathology, Accra' under a slide label's hospital).

A head word before device vocabulary alone stays ('Klinika Protokoll'), a department alone keeps
its name readable ('Kardiológiai Klinika'), a number or a device word after a department's comma is
no town ('Dept. of Radiology, Protocol 2').

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import towns

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("name", [
    "Institut Jantung Negara", "Institut Kanser Negara", "Institut Pediatrik Hospital",
    "Institut Curie Paris", "Institutul Oncologic Bucuresti", "Instytut Matki i Dziecka",
    "Instituti i Shendetit Publik", "Klinika Medicover", "Taasisi ya Moyo Jakaya Kikwete",
])
def test_an_institute_or_clinic_head_first_is_an_institution(analyzer, name):
    assert set(name.split()) - {"i", "ya"} <= covered(analyzer, name).get("ORGANIZATION", set())


@pytest.mark.parametrize("name", [
    "Nemzeti Onkológiai Intézet", "Országos Onkológiai Intézet", "Semmelweis Egyetem Ortopédiai Klinika",
    "Debreceni Egyetem Kardiológiai Klinika", "Pécsi Tudományegyetem Radiológiai Klinika",
])
def test_an_institute_or_a_university_clinic_head_last_is_an_institution(analyzer, name):
    assert set(name.split()) <= covered(analyzer, name).get("ORGANIZATION", set())


@pytest.mark.parametrize("text", ["Klinika Protokoll", "Institut Protocol", "Kardiológiai Klinika"])
def test_a_head_before_vocabulary_or_a_department_alone_stays(analyzer, text):
    assert not covered(analyzer, text).get("ORGANIZATION")


@pytest.mark.parametrize(("text", "town"), [
    ("Dept. of Pathology, Accra", "Accra"), ("Department of Radiology, Nairobi", "Nairobi"),
    ("Jabatan Radiologi, Kuantan", "Kuantan"), ("Servicio de Radiología, Sevilla", "Sevilla"),
    ("Pathology Dept., Kumasi", "Kumasi"), ("Zakład Radiologii, Poznań", "Poznań"),
])
def test_a_town_after_a_department_and_a_comma_is_a_location(analyzer, text, town):
    assert [text[a:b] for a, b in towns(text)] == [town]
    assert covered(analyzer, text).get("LOCATION") == {town}


@pytest.mark.parametrize("text", [
    "Dept. of Radiology, Protocol 2", "Department of Radiology, Head First", "Dept. of Radiology, Mobile",
    "Dept. of Radiology, Best", "Radiology, Split",
])
def test_a_device_word_after_a_department_comma_is_no_town(analyzer, text):
    assert towns(text) == []
    assert not covered(analyzer, text).get("LOCATION")


def test_the_slide_label_of_review_14_keeps_its_scanner():
    """Ghana's pathology slide label: the department's town painted, the scanner's words kept."""
    text = ("KORLE BU TEACHING HOSPITAL\nDept. of Pathology, Accra\nS26-04417 A2\nOWUSU-ANSAH, Kwabena\n"
            "H&E 4um\nAperio GT450 20x")
    assert [text[a:b] for a, b in towns(text)] == ["Accra"]


def test_a_surname_that_is_a_town_in_a_name_field_is_a_person_not_a_town(analyzer):
    text = "Patient: Lima Santos  ID 4410021"
    assert "LOCATION" not in covered(analyzer, text)
    assert {"Lima", "Santos"} <= painted(analyzer, text)
