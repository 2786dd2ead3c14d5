"""Institution head words beyond English: the kinds of provider of the Italian, Spanish, Portuguese
and French registries leading their name, Nordic and Finnish heads glued to a lower-case qualifier
after the place, romanised Chinese and Korean 'hospital'. Real spaCy, real analyzer: the whole
name is painted, device text with the same words stays."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
from tests.test_recognizers_context import painted


def _institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize("name", [
    "Poliambulatorio Brianza Salute",
    "Presidio Ospedaliero Garbagnate",
    "Casa di Cura Villa Esperia",
    "Policlínica Gipuzkoa",
    "Centro de Salud Delicias",
    "Centro de Saúde de Alvalade",
    "Complejo Hospitalario Universitario de Santiago",
    "Unidade Local de Saúde de Matosinhos",
    "Polyclinique du Parc",
    "Groupe hospitalier Pellegrin",
    # a place, then the head glued to a lower-case qualifier or after one
    "Itä-Hämeen keskussairaala",
    "Tampereen yliopistollinen sairaala",
    "Oulun yliopistollinen keskussairaala",
    "Sahlgrenska universitetssjukhuset",
    "Haukeland universitetssjukehus",
    "Odense universitetshospital",
    # romanised Chinese 医院 and Korean 병원
    "Jiangbei Renmin Yiyuan",
    "Seoul Daehak Byeongwon",
])
def test_the_whole_institution_is_found(name):
    assert name in _institutions(name)


@pytest.mark.parametrize("name", ["Poliambulatorio Brianza Salute", "Itä-Hämeen keskussairaala"])
def test_every_word_of_the_institution_is_painted(analyzer, name):
    assert set(name.split()) <= painted(analyzer, name)


@pytest.mark.parametrize("text", [
    "Poliambulatorio", "Casa di Cura", "Centro de Salud", "Poliambulatorio Doppler",
    "Presidio Image Redactor", "keskussairaala", "Policlínica Mode",
])
def test_a_head_with_no_place_is_no_institution(text):
    assert _institutions(text) == []
