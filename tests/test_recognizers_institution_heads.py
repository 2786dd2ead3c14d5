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
    # Finnish health centre, Estonian hospital (glued and apart), Croatian/Serbian hospital in
    # lower case, Mexican 'Centro Médico' before an acronym, Vietnamese head first, pinyin and
    # Korean romanisation all in lower case
    "Hyvinkään terveyskeskus",
    "Ida-Tallinna Keskhaigla",
    "Pärnu haigla",
    "Tartu Ülikooli Kliinikum",
    "Klinička bolnica Dubrava",
    "Opća bolnica Pula",
    "Centro Médico ABC",
    "Bệnh viện Bạch Mai",
    "Benh vien Cho Ray",
    "beijing xiehe yiyuan",
    "seoul daehak byeongwon",
])
def test_the_whole_institution_is_found(name):
    assert name in _institutions(name)


@pytest.mark.parametrize("name", ["Poliambulatorio Brianza Salute", "Itä-Hämeen keskussairaala"])
def test_every_word_of_the_institution_is_painted(analyzer, name):
    assert set(name.split()) <= painted(analyzer, name)


@pytest.mark.parametrize("text", [
    "Poliambulatorio", "Casa di Cura", "Centro de Salud", "Poliambulatorio Doppler",
    "Presidio Image Redactor", "keskussairaala", "Policlínica Mode",
    "terveyskeskus", "haigla", "Bệnh viện", "yiyuan", "byeongwon",
    # device letters after a one-word head stay vocabulary; a two-word head before a word stays too
    "Hospital ABC", "Klinik MPR", "Centro Medico Mode",
])
def test_a_head_with_no_place_is_no_institution(text):
    assert _institutions(text) == []


@pytest.mark.parametrize("text", ["Ward's", "Ward's  Troch  Inter", "Neck  Ward's  Troch", "Morison's"])
def test_an_eponym_region_written_alone_is_no_institution(text):
    """DXA hip regions (Hologic, GE Lunar: Neck, Ward's, Troch, Inter) and ultrasound's
    Morison's pouch name no founder."""
    assert _institutions(text) == []


@pytest.mark.parametrize("name", ["St Mary's", "Addenbrooke's", "Ward's Regional"])
def test_a_possessive_name_is_still_an_institution(name):
    assert name in _institutions(name)
