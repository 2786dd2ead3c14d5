"""Break-test 12's regressions of round 34: a spaced dash between two people is no double surname
(`cyrillic._runs`: 'Иванова Ольга - Петрова Мария'), and a device word keeps a comma pair from being
read as `Family, lan` with a capital I taken for l (`names._recased_comma_names`: 'Network, lan Mode')."""

from __future__ import annotations

import pytest

from .test_recognizers import found

TWO_PEOPLE = [
    ("Иванова Ольга - Петрова Мария", {"Иванова", "Ольга", "Петрова", "Мария"}),
    ("Смирнова Анна - Кузнецова Ирина - Попова Елена", {"Смирнова", "Анна", "Кузнецова", "Ирина", "Попова", "Елена"}),
    ("Ольга Иванова - Мария Петрова", {"Ольга", "Иванова", "Мария", "Петрова"}),
    ("Врач: Ольга Иванова - Мария Петрова", {"Мария", "Петрова"}),
    ("Петров Иван - Сидоров Олег", {"Петров", "Иван", "Сидоров", "Олег"}),
    ("Анна Смирнова - Ирина Кузнецова", {"Анна", "Смирнова", "Ирина", "Кузнецова"}),
]


@pytest.mark.parametrize("text,names", TWO_PEOPLE, ids=[t for t, _ in TWO_PEOPLE])
def test_two_people_a_dash_apart_are_both_found(analyzer, text, names):
    assert names <= found(analyzer, text, with_header=False).get("PERSON", set()), text


@pytest.mark.parametrize("text,names", [
    ("Пациент: Иванова - Петрова Ольга Сергеевна", {"Иванова", "Петрова", "Ольга", "Сергеевна"}),
    ("Иванова-Петрова Ольга Сергеевна", {"Иванова-Петрова", "Ольга", "Сергеевна"}),
])
def test_a_double_surname_with_a_spaced_hyphen_is_still_one_name(analyzer, text, names):
    assert names <= found(analyzer, text, with_header=False).get("PERSON", set()), text


@pytest.mark.parametrize("text", ["Network, lan Mode", "Output, lan Port"])
def test_a_device_comma_pair_is_no_family_and_given_name(analyzer, text):
    assert "PERSON" not in found(analyzer, text, with_header=False), text


def test_the_capital_i_read_as_l_still_gives_the_name(analyzer):
    assert {"MacDonald,", "lan", "Alasdair"} <= found(analyzer, "MacDonald, lan Alasdair\nMRN 4455120",
                                                      with_header=False).get("PERSON", set())
