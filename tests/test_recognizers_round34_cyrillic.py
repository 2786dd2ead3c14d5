"""Round 34, review 18's Russian DX banners (`recognizers.cyrillic`): a double surname OCR broke or read
with a spaced hyphen or a dash; a hospital written with its legal form, its kind's words, its authority and
region, its number and its town ('ГБУЗ Городская больница № 4 г. Самара', 'ГАУЗ РКБ МЗ РТ Казань'), also
with its abbreviations read in Latin lookalikes; a record's number after a Cyrillic card or history label
('№ карты 2025/11873'), the label left. Each kind with siblings (Russian, Ukrainian, Bulgarian; feminine
and masculine) and the near-misses that stay. Real Presidio analyzer and spaCy model (`found`)."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.cyrillic import (
    as_cyrillic,
    cyrillic_institutions,
    cyrillic_names,
    cyrillic_record_ids,
    cyrillic_towns,
)
from tests.test_recognizers import found


def _all(text: str) -> set[str]:
    return {w for w in text.replace("\n", " ").split(" ") if w}


def _spans(spans, text: str) -> list[str]:
    return [text[a:b] for a, b in spans]


# -- a double surname, whole: hyphen, spaced hyphen, dash, a stray mark OCR put in it -----------------

@pytest.mark.parametrize("text", [
    "Иванова-Петрова Анна Сергеевна",  # ru, feminine, the review's banner
    "Иванова-Петро! ва Анна Сергеевна",  # the same as OCR read it: a stray mark and the word's end
    "Иванова - Петрова Анна Сергеевна",  # a spaced hyphen
    "Иванова–Петрова Анна Сергеевна",  # an en dash
    "Петров — Водкин Кузьма Сергеевич",  # ru, masculine, an em dash
    "ИВАНОВА- ПЕТРОВА Анна Сергеевна",  # in capitals, the hyphen's space after it
    "Анна Сергеевна Иванова – Петрова",  # given name first
    "Іваненко - Петренко Тарас Миколайович",  # uk, masculine
    "Ковальчук–Шевченко Олена Іванівна",  # uk, feminine
])
def test_a_double_surname_is_a_person_whole(analyzer, text):
    assert found(analyzer, text, with_header=False).get("PERSON") == _all(text)


def test_a_double_surname_joins_its_two_halves_into_one_word_of_the_name():
    text = "Иванова - Петрова Анна Сергеевна"
    assert _spans(cyrillic_names(text), text)[0] == text
    text = "Римский-Корсаков Николай Андреевич"  # a hyphen's double surname, already one word
    assert _spans(cyrillic_names(text), text)[0] == text


def test_two_names_a_dash_apart_stay_two_names():
    # a patronymic is never half of a double surname: 'Сергеевна - Петров' is the end of one name and the
    # start of the next
    text = "Иванова Анна Сергеевна - Петров Иван Иванович"
    spans = _spans(cyrillic_names(text), text)
    assert "Иванова Анна Сергеевна" in spans and "Петров Иван Иванович" in spans
    assert not any("Сергеевна - Петров" in s for s in spans)


@pytest.mark.parametrize("text", [
    "КТ - Голова",  # a modality and anatomy a dash apart
    "Аксиальный – Корональный",  # two planes
    "Голова-Шея",  # anatomy with a hyphen
])
def test_device_words_a_dash_apart_stay(analyzer, text):
    assert cyrillic_names(text) == []
    assert "PERSON" not in found(analyzer, text, with_header=False)


# -- a hospital with its legal form, kind's words, authority, region, number and town ----------------

@pytest.mark.parametrize("text", [
    "ГБУЗ Городская больница № 4 г. Самара",  # the review's banner
    "ГБУЗ Городская больница Ne 4 г. Самара",  # the same as OCR read it, '№' as 'Ne'
    "ГАУЗ РКБ МЗ РТ Казань",  # the review's banner: authority and region, the town after them
    "ГБУЗ РБ Городская клиническая больница № 21 г. Уфа",  # Bashkortostan, region after the legal form
    "ОГБУЗ Областная клиническая больница г. Белгород",
    "ГБУЗ ГКБ № 1 им. Н.И. Пирогова ДЗМ",  # Moscow's health department
    "ФГБУ ФНКЦ ФМБА России",  # the federal medical-biological agency
    "ГАУЗ СО Городская поликлиника № 3",  # Sverdlovsk oblast, a polyclinic
    "МБУЗ Центральная районная больница, г. Аксай",  # the town after a comma
    "КНП Міська клінічна лікарня № 7",  # uk, the kind's words in Ukrainian
])
def test_a_hospital_written_out_is_an_organisation_whole(analyzer, text):
    assert _spans(cyrillic_institutions(text), text) == [text]
    assert found(analyzer, text, with_header=False).get("ORGANIZATION") == _all(text)


def test_latin_read_abbreviations_beside_a_cyrillic_head_are_the_hospitals(analyzer):
    # OCR read 'РКБ' as 'PK6' and 'РТ' as 'PT' (Latin letters, the Б as a 6) beside the Cyrillic 'ГАУЗ'
    text = "ГАУЗ PK6 МЗ PT"
    assert as_cyrillic(text) == "ГАУЗ РКБ МЗ РТ"
    assert found(analyzer, text, with_header=False).get("ORGANIZATION") == _all(text)


@pytest.mark.parametrize("text", [
    "MRI T2 PT",  # no Cyrillic head on the line: Latin stays Latin
    "КТ 120 KB PT",  # a Cyrillic modality is no hospital's head
])
def test_latin_abbreviations_without_a_cyrillic_head_stay_latin(text):
    assert as_cyrillic(text) == text or cyrillic_institutions(as_cyrillic(text)) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("ГКБ № 1 г. Москва\nОтделение лучевой диагностики", "Отделение лучевой диагностики"),
    ("ОКБ №2 Рентгенологическое отделение", "Рентгенологическое отделение"),
])
def test_a_department_after_the_hospital_stays(analyzer, text, kept):
    out = found(analyzer, text, with_header=False)
    assert not (_all(kept) & set().union(*out.values()) if out else set())


@pytest.mark.parametrize("text", [
    "МЗ РФ",  # an authority alone is no hospital
    "КТ МЗ РТ",
    "Центр",  # a kind's word alone
    "Лучевая диагностика",
])
def test_an_authority_or_a_kind_word_alone_is_no_hospital(text):
    assert cyrillic_institutions(text) == []


def test_g_after_a_hospitals_number_is_the_town_and_after_a_year_is_the_year():
    text = "Больница № 4 г. Самара"
    assert _spans(cyrillic_towns(text), text) == ["Самара"]
    for year in ("12.03.2024 г. Заключение", "2024г. Москва", "12.03.24 г. Иванов"):
        assert cyrillic_towns(year) == []


# -- a record's number after a Cyrillic card or history label; the label stays ---------------------

@pytest.mark.parametrize(("text", "number"), [
    ("№ карты 2025/11873", "2025/11873"),  # the review's banner, no metadata for it
    ("№ карты МК-48812", "МК-48812"),  # the review's banner, letters before the digits
    ("Карта № 12345", "12345"),
    ("История болезни № 4521/24", "4521/24"),
    ("Амб. карта 77-12", "77-12"),
    ("Мед. карта № А-123/24", "А-123/24"),
    ("Медицинская карта пациента № 2024-0017", "2024-0017"),
    ("№ картки: 123456", "123456"),  # uk
    ("Історія хвороби № 889/25", "889/25"),  # uk
    ("ИЗ № 1234", "1234"),  # bg, история на заболяването
    ("Ne карты 2025/11873", "2025/11873"),  # '№' as Latin OCR reads it
    ("N: карты МК-48812", "МК-48812"),
    ("Карта Ne 2025/0017", "2025/0017"),
])
def test_a_number_after_a_cyrillic_record_label_is_an_id_and_the_label_stays(analyzer, text, number):
    assert _spans(cyrillic_record_ids(text), text) == [number]
    out = found(analyzer, text, with_header=False)
    assert number in out.get("ID", set())
    label = _all(text) - {number}
    assert not (label & set().union(*out.values()))


@pytest.mark.parametrize("text", [
    "№ карты",  # the label alone
    "Карта 3",  # one digit: no record's number
    "карта 1/2 КТ",
    "ИБ № 12",
    "Карта перфузии",  # a perfusion map
])
def test_no_record_number_without_one(text):
    assert cyrillic_record_ids(text) == []
