"""Break-test 10 (a tester who wrote none of round 31): once Cyrillic lines are read, Cyrillic device
text and labels must stay. The English NER model reads Cyrillic and Greek as noise (its PERSON and
ORGANIZATION findings on them are dropped: `analyzer._mostly_unread_script`), and Cyrillic anatomy
is no one's name whoever finds it (`cyrillic.only_cyrillic_vocabulary`), while names, hospitals and
towns in Cyrillic are still found by the rules (`recognizers.cyrillic`)."""

from __future__ import annotations

import pytest

from .test_recognizers import found

KEPT = [
    "Отделение лучевой диагностики",
    "Кабинет КТ",
    "Протокол ГОЛОВА",
    "Нативная фаза",
    "Артериальная фаза",
    "Толщина среза 5 мм",
    "Кадр 3/8",
    "MR Голова",
    "CT Глава",
    "Исследование: МРТ головного мозга",
    "Ασθενής:",
    "Ακτινολογικό Τμήμα",
]


@pytest.mark.parametrize("text", KEPT)
def test_cyrillic_and_greek_device_text_and_labels_stay(analyzer, text):
    assert found(analyzer, text, with_header=False) == {}, text


@pytest.mark.parametrize("text,entity,word", [
    ("ИВАНОВА Ольга Сергеевна", "PERSON", "Ольга"),
    ("Врач: Петров А.В.", "PERSON", "Петров"),
    ("Пациент: Голованов Сергей", "PERSON", "Голованов"),   # a surname that starts like an anatomy word
    ("ГКБ №1 им. Пирогова", "ORGANIZATION", "Пирогова"),
    ("СНИЛС 112-233-445 95 Москва", "LOCATION", "Москва"),
])
def test_cyrillic_names_hospitals_and_towns_are_still_found(analyzer, text, entity, word):
    assert word in found(analyzer, text, with_header=False).get(entity, set()), text
