"""Institutions with none of the hospital words: a public body of care named by its standing and
its specialty ('National Skin Centre', 'Regional Cancer Institute', 'District Health Board'), or
any name ending in a body's head at its line's start before a street; and the small joining words
of other languages inside a name ('Hospitali ya Rufaa ya Kanda Mbeya', 'Ospital ng Maynila').
A machine's parts that an adjective of standing also leads ('Central Processing Unit') stay."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer, is_connective

from .test_recognizers_context import painted


def _institutions(text: str) -> set[str]:
    return {text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])}


@pytest.mark.parametrize("name", [
    "National Skin Centre", "NATIONAL HEART CENTRE", "Regional Cancer Institute", "Royal Flying Doctor Service",
    "District Health Board", "Provincial Health Services Authority", "Children's Heart Foundation",
    "State Blood Transfusion Service", "National Cancer Centre", "Community Dialysis Unit",
])
def test_a_public_body_of_care_is_an_institution(name):
    assert name in _institutions(name)
    assert name in _institutions(f"{name}  12.03.2026")


@pytest.mark.parametrize(("line", "name"), [
    ("National Skin Centre 1 Mandalay Road Tel +65 6253 7788", "National Skin Centre"),
    ("Harbourside Skin Foundation 12 King Road", "Harbourside Skin Foundation"),
    ("Mowbray Eye Unit 4 Main Road", "Mowbray Eye Unit"),
    ("Tygerberg Dermatology Centre 21 Francie van Zijl Drive", "Tygerberg Dermatology Centre"),
])
def test_a_name_ending_in_a_body_head_before_a_street_is_an_institution(line, name):
    assert name in _institutions(line)


@pytest.mark.parametrize("text", [
    "Central Processing Unit", "General Service Unit", "General Electric Unit", "Central Data Service",
    "Power Supply Unit 3 Left", "Head Unit 3 Left Side", "Service Unit 3 Rue", "Control Unit",
    "National Instruments", "Regional Wall Motion", "General Purpose Unit",
])
def test_machine_parts_and_device_text_are_no_institution(text):
    assert _institutions(text) == set()


@pytest.mark.parametrize("word", ["ya", "wa", "cha", "za", "kwa", "ng", "dan", "sa", "YA"])
def test_joining_words_of_other_languages_are_connectives(word):
    assert is_connective(word)


@pytest.mark.parametrize(("name", "joins"), [
    ("Hospitali ya Rufaa ya Kanda Mbeya", "Hospitali ya Rufaa ya Kanda Mbeya"),
    ("Hospitali ya Taifa ya Muhimbili", "Hospitali ya Taifa ya Muhimbili"),
    ("Ospital ng Maynila", "Ospital ng Maynila"),
    ("Rumah Sakit Umum dan Pendidikan Sanglah", "Rumah Sakit Umum dan Pendidikan Sanglah"),
])
def test_a_name_goes_on_over_its_joining_words(name, joins):
    assert joins in _institutions(name)


def test_the_skin_centre_and_its_address_are_painted_the_device_line_stays(analyzer):
    text = "National Skin Centre 1 Mandalay Road Tel +65 6253 7788\nDermLite DL4 x10 Left cheek"
    words = painted(analyzer, text)
    assert {"National", "Skin", "Centre", "Mandalay", "Road"} <= words
    assert not words & {"DermLite", "DL4", "x10", "Left", "cheek"}


def test_the_second_swahili_connective_is_painted(analyzer):
    words = painted(analyzer, "Hospitali ya Rufaa ya Kanda Mbeya\nJina: Neema Mwakyusa")
    assert {"Rufaa", "ya", "Kanda", "Mbeya", "Neema", "Mwakyusa"} <= words
