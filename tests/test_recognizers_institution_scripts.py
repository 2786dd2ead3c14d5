"""Institutions written in Cyrillic or Greek script, or with a Hebrew or Arabic head: a Ukrainian
fluoroscopy banner's 'Полтавська обласна лікарня' (Poltava regional hospital) has no label, and
the Latin patterns read no Cyrillic letter. The place and its adjectives before a Cyrillic head, the
head and its place after it in Greek, the Greek NHS abbreviations. A department's line in those
scripts names no site and stays; a head alone is no institution. Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
from tests.test_recognizers_context import covered, painted


def _institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize("name", [
    # Ukrainian, Russian, Bulgarian, Serbian/Macedonian and Belarusian heads, in capitals too
    "Полтавська обласна лікарня",
    "ПОЛТАВСЬКА ОБЛАСНА ЛІКАРНЯ",
    "Київська міська клiнiчна лікарня № 12",  # OCR's Latin 'i' inside the Ukrainian word
    "Городская клиническая больница № 5",
    "Клінічна лікарня ім. Мечникова",
    "Областной онкологический диспансер",
    "Софийска болница Токуда",
    "Општа болница Струмица",
    "Мінская абласная бальніца",
    "Клиника «Медси»",
    "Больница Святого Луки",
    "Госпиталь Ветеранов Войн",
    "Одесский медицинский центр",
    "Харківська міська поліклініка № 3",
    # Greek: the head and its place after it, the Greek NHS abbreviations
    "Γενικό Νοσοκομείο Αθηνών",
    "ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΑΘΗΝΩΝ",
    "Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών",
    "Κλινική Υγεία",
    "Γ.Ν. Λαμίας",
    "ΓΝ Καρδίτσας",
    "Διαγνωστικό Κέντρο Ιατρικής",
    # Hebrew and Arabic heads, transliterated and in their scripts
    "Beit Holim Hadassah",
    "Mustashfa Al Salam",
    "בית החולים הדסה",
    "مستشفى السلام",
])
def test_the_whole_institution_is_found(name):
    assert name in _institutions(name)


@pytest.mark.parametrize("name", ["Полтавська обласна лікарня", "Γενικό Νοσοκομείο Αθηνών", "Mustashfa Al Salam"])
def test_every_word_of_the_institution_is_painted_beside_the_banner(analyzer, name):
    found = covered(analyzer, f"SHEVCHENKO OLEKSANDR\nID 3120418857\n{name}\nLateral")
    assert set(name.split()) <= found.get("ORGANIZATION", set())
    assert "Lateral" not in set().union(*found.values())


@pytest.mark.parametrize("text", [
    # department lines: no head, or the hospital in the genitive after the department
    "Рентгенологическое отделение",
    "Відділення променевої діагностики",
    "отделение городской больницы",
    "Отделение лучевой диагностики",
    "Τμήμα Ακτινολογίας",
    # a head alone, or in lower case in prose
    "Клиника", "Поликлиника", "ЛІКАРНЯ", "Νοσοκομείο", "Beit Holim", "Mustashfa",
    "направлен в больницу", "городская больница",
    # device and measurement text in those scripts
    "Доза 12,5 мГр", "Серия 3  Срез 12", "Γ.Ν. 12", "ΓΝ 5",
])
def test_departments_heads_alone_and_device_text_are_no_institution(text):
    assert _institutions(text) == []


def test_a_department_line_stays_unpainted(analyzer):
    assert painted(analyzer, "Рентгенологическое отделение\nВідділення променевої діагностики") == set()
