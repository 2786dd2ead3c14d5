"""Break-test 10, sections 1c and 3b: Cyrillic device text and labels stay now that Cyrillic is read.

- `institutions.labelled_institutions` compared each label with the place labels by its Latin letters
  only, so every Cyrillic label was the empty string, as 'Больница:' was, and its value was painted
  as a hospital ('Возраст: 58 лет', 'Вес: 80 кг', 'Исследование: МРТ головного мозга').
- Cyrillic anatomy adjectives, projections, contrast phases, settings and examination names are
  vocabulary (`cyrillic._CYRILLIC_VOCABULARY`, `cyrillic._EXAM_NAME`): no name's word, so a name
  ends before them and the modality 'MR' read as the title 'Mr' titles none of them.
The values the empty label used to catch by accident are found by their own labels now: a name
after a Cyrillic doctor's title, an institution after its Cyrillic label, a town after 'Город:', an
address after 'Адрес:', a person after 'Исследовал:' or 'Болен:'."""

from __future__ import annotations

import pytest

from .test_recognizers import found

# the labels of age, weight, height, study, series, protocol, window, slice and dose in ru, uk, bg, sr
LABELS = [
    "Возраст: 58 лет", "Вес: 80 кг", "Рост: 175 см", "Исследование: МРТ головного мозга", "Возраст 58 лет",
    "Вік: 58 років", "Вага: 80 кг", "Зріст: 175 см", "Дослідження: МРТ головного мозку",
    "Тегло: 80 кг", "Ръст: 175 см", "Изследване: ЯМР на главата",
    "Старост: 58 година", "Тежина: 80 кг", "Висина: 175 цм", "Преглед: МР главе",
    "Серия: 3", "Серія: 3", "Протокол: Глава", "Окно: 400/40", "Вікно: 400/40", "Прозорец: 400/40",
    "Срез: 12/24", "Зріз: 12", "Доза: 1.2 мЗв",
]


@pytest.mark.parametrize("text", LABELS)
def test_cyrillic_labels_and_their_values_stay(analyzer, text):
    assert found(analyzer, text, with_header=False) == {}, text


# Guards: a place label's value is still the institution's, in Cyrillic and in Latin.
@pytest.mark.parametrize("text,word", [
    ("Больница: Городская клиническая", "Городская"),
    ("Лікарня: Обласна клінічна", "Обласна"),
    ("Болница: Токуда", "Токуда"),
    ("Отделение: Кардиология", "Кардиология"),
    ("Hospital: Westway General", "Westway"),
    ("Институция: Медси", None),   # no place label: stays
])
def test_a_place_label_still_names_its_institution(analyzer, text, word):
    orgs = found(analyzer, text, with_header=False).get("ORGANIZATION", set())
    assert (word in orgs) if word else not orgs, text


# The values that only the empty label found before, found by their own labels now.
@pytest.mark.parametrize("text,entity,word", [
    ("Учреждение: Городская больница", "ORGANIZATION", "Городская"),
    ("Организация: Медси", "ORGANIZATION", "Медси"),
    ("Медицинская организация: Медси", "ORGANIZATION", "Медси"),
    ("Лечебное учреждение: Медси", "ORGANIZATION", "Медси"),
    ("Клиника: Медси", "ORGANIZATION", "Медси"),
    ("Заклад: Обласна лікарня", "ORGANIZATION", "Обласна"),
    ("Установа: Київська лікарня", "ORGANIZATION", "Київська"),
    ("Здравствена установа: Дом здравља", "ORGANIZATION", "Дом"),
    ("Станция: Рентген 1", "ORGANIZATION", "Рентген"),
    ("Лекар: д-р Иванов", "PERSON", "Иванов"),
    ("Врач: д-р Петров", "PERSON", "Петров"),
    ("Лікар: д-р Бондар", "PERSON", "Бондар"),
    ("проф. Сидоров", "PERSON", "Сидоров"),
    ("Доц. Сидорова", "PERSON", "Сидорова"),
    ("др Петар Петровић", "PERSON", "Петар"),
    ("Исследовал: Петров", "PERSON", "Петров"),
    ("Виконала: Коваленко", "PERSON", "Коваленко"),
    ("Болен: Георгиев", "PERSON", "Георгиев"),
    ("Адрес: Ленина 5", "LOCATION", "Ленина"),
    ("Адреса: Хрещатик 22", "LOCATION", "Хрещатик"),
    ("Город: Москва", "LOCATION", "Москва"),
    ("Місто: Київ", "LOCATION", "Київ"),
])
def test_cyrillic_labelled_values_are_found_by_their_own_labels(analyzer, text, entity, word):
    assert word in found(analyzer, text, with_header=False).get(entity, set()), text


@pytest.mark.parametrize("text", [
    "д-р Голова",      # a title before vocabulary
    "и др. Методы",    # Russian 'и др.', and others
    "проф. Аксиальная",
])
def test_a_cyrillic_title_before_no_name_finds_none(analyzer, text):
    assert "PERSON" not in found(analyzer, text, with_header=False), text


# Break-test 10's section 3b words, by kind, and their siblings.
VOCABULARY = {
    "anatomy": ["Лобная", "Лобовая", "Височная", "Теменная", "Затылочная", "Основная", "Клиновидная", "Головная",
                "Мозговой", "Гипофиз", "Мозжечок", "Позвонковый", "Грудина", "Ключица", "Лопатка", "Бедренная",
                "Большеберцовая", "Малоберцовая", "Плечевая", "Костная", "Сосудистый", "Желудочковая",
                "Срединная", "Мягкотканная", "Коронарная", "Каротидная", "Скронева", "Стегнова", "Слепоочна"],
    "projection": ["Прямая", "Боковая", "Косая", "Обзорная", "Передняя", "Задняя", "Пряма", "Бічна", "Оглядова",
                   "Странична", "Бочна"],
    "phase": ["Нативная", "Артериальная", "Венозная", "Портальная", "Отсроченная", "Ранняя", "Поздняя",
              "Контрастированная", "Нативна", "Артеріальна", "Відстрочена", "Пізня", "Късна", "Касна"],
    "setting": ["Доза", "Лучевая", "Режим", "Объём", "Объем", "Толщина", "Ширина", "Кадр", "Интенсивность",
                "Двойная", "Товщина", "Обсяг"],
    "exam": ["Рентгенография", "Маммография", "Ангиография", "Томограмма", "Томография", "Компьютерная",
             "Флюорография", "Рентгеноскопия", "Сцинтиграфия", "Денситометрия", "Ангіографія", "Мамографія",
             "Ангиографија", "Мамография", "Томографија"],
    "department": ["Отделение", "Кабинет", "Відділення", "Кабінет"],
    "descriptor": ["Очаговая", "Свежий", "Старый", "Гомогенная", "Гомогенна", "Однородная", "Органична",
                   "Половина", "Сердцевина"],
}
WORDS = [w for kind in VOCABULARY.values() for w in kind]


@pytest.mark.parametrize("word", WORDS)
def test_cyrillic_device_words_stay_alone_and_after_the_modality(analyzer, word):
    # 'MR' read as the title 'Mr' named the word after it (overlay-titled-name)
    for text in (word, f"MR {word}", f"{word} 1/8"):
        assert found(analyzer, text, with_header=False) == {}, text


@pytest.mark.parametrize("word", ["Боковая", "Нативная", "Рентгенография", "Отсроченная", "Костная", "Доза"])
def test_a_patronymic_beside_a_device_word_is_no_name(analyzer, word):
    # 'Сергеевна Боковая' read as a patronymic and a surname, the given name lost
    assert "PERSON" not in found(analyzer, f"Сергеевна {word}", with_header=False)
    assert "PERSON" not in found(analyzer, f"{word} Сергеевна", with_header=False)


@pytest.mark.parametrize("text,name,device", [
    ("ИВАНОВА Ольга Сергеевна Голова", "ИВАНОВА Ольга Сергеевна", "Голова"),
    ("ИВАНОВ И.И. Контраст", "ИВАНОВ И.И.", "Контраст"),
    ("Кузнецова Н.В. Исследование", "Кузнецова Н.В.", "Исследование"),
    ("Ольга Иванова Голова", "Ольга Иванова", "Голова"),
    ("Нативная Ивановна Смирнова", "Ивановна Смирнова", "Нативная"),
    ("Доза Ольга Сергеевна", "Ольга Сергеевна", "Доза"),
    ("Смирнов Дмитрий Алексеевич Боковая", "Смирнов Дмитрий Алексеевич", "Боковая"),
    ("Рентгенография Петров А.В.", "Петров А.В.", "Рентгенография"),
    ("проф. Петров Голова", "Петров", "Голова"),
])
def test_a_cyrillic_name_ends_before_device_words(analyzer, text, name, device):
    people = found(analyzer, text, with_header=False).get("PERSON", set())
    assert set(name.split()) <= people and device not in people, text


# Guards: surnames that begin like vocabulary are names still.
@pytest.mark.parametrize("text,word", [
    ("Боков Андрей Петрович", "Боков"),
    ("Прямов Иван", "Прямов"),
    ("Пациент: Лобанов Сергей", "Лобанов"),
    ("Врач: Костин А.В.", "Костин"),
    ("Дозорова Анна Ивановна", "Дозорова"),
    ("Кадров Олег Петрович", "Кадров"),
])
def test_surnames_that_begin_like_vocabulary_are_still_found(analyzer, text, word):
    assert word in found(analyzer, text, with_header=False).get("PERSON", set()), text


# Guards: a town with a vocabulary word in its name ('Старый', 'Косая') is a town still; vocabulary alone is none.
@pytest.mark.parametrize("text,word", [
    ("г. Старый Оскол", "Оскол"),
    ("ГКБ №1, Старый Оскол", "Оскол"),
    ("СНИЛС 112-233-445 95 Старый Оскол", "Старый"),
    ("СНИЛС 112-233-445 95 Москва", "Москва"),
])
def test_towns_with_a_vocabulary_word_in_their_name_are_still_found(analyzer, text, word):
    assert word in found(analyzer, text, with_header=False).get("LOCATION", set()), text


def test_a_vocabulary_word_in_the_gazetteer_is_no_town(analyzer):
    assert "LOCATION" not in found(analyzer, "СНИЛС 112-233-445 95 Глаз", with_header=False)
