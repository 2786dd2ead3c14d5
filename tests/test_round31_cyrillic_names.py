"""Names, hospitals and towns in Cyrillic (`recognizers.cyrillic`): review 17's Russian MR banners
carry a patient's full name with no label ('ИВАНОВА Ольга Сергеевна'), a city hospital by its type's
abbreviation ('ГКБ №1 им. Пирогова') and the town under it, which the English model does not read.
The same kinds in Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and Kazakh; and the Cyrillic
device, anatomy and label words that stay. Real Presidio analyzer and spaCy model (`found`)."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.cyrillic import (
    as_cyrillic,
    cyrillic_institutions,
    cyrillic_names,
    cyrillic_towns,
    is_cyrillic_town,
    only_cyrillic_vocabulary,
)
from tests.test_recognizers import found


def _all(text: str) -> set[str]:
    return {w for w in text.replace("\n", " ").split(" ") if w}


def _spans(spans, text: str) -> list[str]:
    return [text[a:b] for a, b in spans]


# -- full names by their patronymic, either order, capitals or title case ----------------------------

@pytest.mark.parametrize("text", [
    "ИВАНОВА Ольга Сергеевна",  # ru, Фамилия Имя Отчество, the surname in capitals
    "Смирнов Дмитрий Алексеевич",  # ru, title case
    "Дмитрий Алексеевич Смирнов",  # ru, Имя Отчество Фамилия
    "КОЗЛОВА Анна Ильинична",  # ru, -инична
    "Кузьмин Пётр Ильич",  # ru, -ич from a name in -а/-я
    "ШЕВЧЕНКО Оксана Тарасівна",  # uk, -івна
    "Бондаренко Андрій Миколайович",  # uk, -йович
    "Оксана Андріївна Коваль",  # uk, -ївна, given name first
    "Лукашэнка Аляксандр Рыгоравіч",  # be, -авіч
    "Марыя Іванаўна Каваленка",  # be, -аўна
    "Нұрлан Серікұлы Әбілов",  # kk, -ұлы
    "Марат Серикулы Ахметов",  # kk, -улы in Russian letters
    "Айгерім Нұрланқызы Омарова",  # kk, -қызы
    "Жумабеков Ерлан Маратович",  # kk, the Russian-style patronymic
    "СМИРНОВ ДМИТРИЙ АЛЕКСЕЕВИЧ",  # all in capitals
    "Иванова, Ольга Сергеевна",  # the surname and a comma, as a list writes it
    "Ольга Сергеевна",  # given name and patronymic, the polite form
])
def test_a_full_name_with_a_patronymic_is_a_person_in_either_order(analyzer, text):
    assert found(analyzer, text, with_header=False).get("PERSON") == _all(text)


@pytest.mark.parametrize("text", [
    "Иван Петров Георгиев",  # bg, Име Бащино Фамилно
    "Мария Иванова Димитрова",  # bg, a woman's
    "Марко Петровић",  # sr, the surname in -ић
    "ЈОВАНОВИЋ Милица",  # sr, the surname first in capitals
])
def test_a_bulgarian_three_part_name_and_a_serbian_surname_are_a_person(analyzer, text):
    assert found(analyzer, text, with_header=False).get("PERSON") == _all(text)


@pytest.mark.parametrize("text", [
    "Иванов Иван",  # ru, surname first
    "Анна Смирнова",  # ru, given name first
    "ПЕТРЕНКО Олена",  # uk, -енко in capitals
    "Мельничук Тарас",  # uk, -чук
    "Стоян Петров",  # bg
    "Ерлан Сейткалиев",  # kk
])
def test_a_given_name_beside_a_surname_shaped_word_is_a_person(analyzer, text):
    assert found(analyzer, text, with_header=False).get("PERSON") == _all(text)


@pytest.mark.parametrize("text", [
    "ИBAHOBA Ольга Ceргеевна",  # Latin B, H, A, C, e inside Cyrillic words, as OCR of rus+eng reads them
    "CМИPHOB ДМИТPИЙ AЛEKCEEBИЧ",
])
def test_latin_lookalikes_inside_a_cyrillic_name_are_read_as_cyrillic(analyzer, text):
    assert found(analyzer, text, with_header=False).get("PERSON") == _all(text)


def test_latin_words_stay_latin():
    assert as_cyrillic("T2 FLAIR Nel Москва") == "T2 FLAIR Nel Москва"
    assert as_cyrillic("Mосква") == "Москва"


def test_the_name_ends_where_the_hospital_begins_on_its_line(analyzer):
    out = found(analyzer, "ИВАНОВА Ольга Сергеевна ГКБ №1 им. Пирогова", with_header=False)
    assert out["PERSON"] == {"ИВАНОВА", "Ольга", "Сергеевна"}
    assert out["ORGANIZATION"] == {"ГКБ", "№1", "им.", "Пирогова"}


@pytest.mark.parametrize("text", [
    "Головной мозг Аксиальный",  # anatomy and a plane, capitalised
    "Сергеевна",  # a patronymic alone names no one
    "МРТ Головной мозг",
    "Режим Сканирования",
    "Количество Срезов",  # a word in -ов beside no given name
    "Ядерная Медицина",
    "Вера Контраст",  # a given name beside no surname-shaped word
    "Київська Міська Клінічна Лікарня",  # uk adjective in -ічна, no patronymic
    "Симетрична Находка Вляво",  # bg adjective in -ична
    "Лицо Нос Скулы",  # anatomy in -улы, no Kazakh patronymic
    "ГОЛОВНОЙ МОЗГ АКСИАЛЬНЫЙ",
    "Программа Сканирования Стандарт",
])
def test_no_name_without_the_shape(text):
    assert cyrillic_names(text) == []


# -- a surname with initials -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Петров А.В.",
    "А.В. Петров",
    "Петров А. В.",
    "А. В. Петров",
    "КУЗНЕЦОВА Е.Н.",  # the surname in capitals
    "Коваленко О.М.",  # uk
    "Г.Д. Иванова",  # bg
])
def test_a_surname_with_two_initials_is_a_person_without_a_label(analyzer, text):
    assert found(analyzer, text, with_header=False).get("PERSON") == _all(text)


@pytest.mark.parametrize("label, name", [
    ("Врач:", "Петров А.В."),
    ("Лаборант:", "Сидорова И.П."),
    ("Оператор:", "Козлов Д."),  # one initial: the label makes it a name
    ("Рентгенолаборант:", "Морозова Т."),
    ("Направил:", "Волков С.С."),
    ("Лікар:", "Коваленко О."),  # uk
])
def test_a_staff_label_paints_the_name_and_stays(analyzer, label, name):
    out = found(analyzer, f"{label} {name} 19.04.2024 Ingenia 1.5T", with_header=False)
    assert out.get("PERSON") == _all(name)
    assert label not in set().union(*out.values())
    assert not {"Ingenia", "1.5T"} & set().union(*out.values())


# -- hospitals by their type's abbreviation ----------------------------------------------------------

@pytest.mark.parametrize("name", [
    "ГКБ №1 им. Пирогова",  # ru, городская клиническая больница
    "ГКБ Nel им. Пирогова",  # '№1' as OCR reads it on review 17
    "ОКБ No 3",
    "НМИЦ им. Алмазова",  # ru, национальный медицинский исследовательский центр
    "ДГКБ № 9 им. Г.Н. Сперанского",  # ru, детская городская клиническая больница
    "ГБУЗ ГКБ №52",  # ru, the legal form before the type
    "Тверская ОКБ",  # ru, the place's adjective before it
    "ФГБУ «НМИЦ им. В.А. Алмазова»",  # ru, the name in quotes
    "НИИ скорой помощи им. Н.В. Склифосовского",  # ru, small words before the founder
    "КНП «Київська міська клінічна лікарня №1»",  # uk, комунальне некомерційне підприємство
    "МКЛ №17",  # uk, міська клінічна лікарня
    "МБАЛ „Св. Анна“",  # bg, многопрофилна болница за активно лечение
    "УМБАЛ Александровска",  # bg, its own name after it
    "КБЦ Звездара",  # sr, клиничко-болнички центар
    "ЈЗУ „Општа болница“",  # mk, јавна здравствена установа
    "ГКП на ПХВ «Городская больница №1»",  # kk
])
def test_a_hospital_by_its_abbreviation_is_painted_whole(analyzer, name):
    assert found(analyzer, name, with_header=False).get("ORGANIZATION") == _all(name)


def test_named_after_alone_is_an_institution():
    text = "им. Н.И. Пирогова"
    assert _spans(cyrillic_institutions(text), text) == [text]


@pytest.mark.parametrize("text, hospital", [
    ("ГКБ №1 Отделение лучевой диагностики", "ГКБ №1"),  # ru, the department stays
    ("МКЛ №3 Відділення променевої діагностики", "МКЛ №3"),  # uk
    ("КДЦ Голова", "КДЦ"),  # anatomy after the head is none of it
])
def test_a_department_or_anatomy_after_the_hospital_is_no_part_of_it(text, hospital):
    assert _spans(cyrillic_institutions(text), text) == [hospital]


@pytest.mark.parametrize("text", ["ГП", "КБ 1.5T", "МРТ", "КТ", "УЗИ", "МСКТ"])
def test_a_two_letter_head_alone_and_modality_abbreviations_are_no_hospital(text):
    assert cyrillic_institutions(text) == []


# -- towns ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Москва", "Санкт-Петербург", "Київ", "Харків", "Минск", "Мінск", "София",
                                  "Пловдив", "Београд", "Скопје", "Алматы", "Астана", "Нови Сад"])
def test_the_gazetteer_holds_the_cyrillic_names_of_towns(name):
    assert is_cyrillic_town(name)


@pytest.mark.parametrize("text, town", [
    ("СНИЛС 112-233-445 95 Москва", "Москва"),  # ru, after the ID, the line's end
    ("СНИЛС 087-654-303 00 Санкт-Петербург", "Санкт-Петербург"),
    ("ЕГН 7501010010 Пловдив", "Пловдив"),  # bg
    ("тел. 8 495 123-45-67 Новосибирск", "Новосибирск"),  # after a phone
    ("Новосибирск, ул. Ленина 5", "Новосибирск,"),  # an address, before its comma (OCR reads it with the town)
    ("г. Зеленоградск", "Зеленоградск"),  # ru г.: any capitalised word after it
    ("м. Київ", "Київ"),  # uk м. (місто)
    ("гр. Варна", "Варна"),  # bg гр. (град)
    ("қ. Алматы", "Алматы"),  # kk қ. (қала)
])
def test_a_town_where_the_line_puts_one_is_a_location(analyzer, text, town):
    assert town in found(analyzer, text, with_header=False).get("LOCATION", set())


@pytest.mark.parametrize("text, street", [
    ("г. Москва, ул. Ленина, д. 5, кв. 14", "ул. Ленина, д. 5, кв. 14"),  # ru
    ("пр-т Мира 12а", "пр-т Мира 12а"),
    ("ул. 8 Марта, 3/1", "ул. 8 Марта, 3/1"),
    ("м. Київ, вул. Шевченка 10", "вул. Шевченка 10"),  # uk
    ("гр. София, бул. Витоша № 4", "бул. Витоша № 4"),  # bg
    ("қ. Алматы, Абай көш. 15", None),  # kk writes the kind after the name: not this rule's
])
def test_a_street_with_its_house_is_a_location(text, street):
    streets = [s for s in _spans(cyrillic_towns(text), text) if " " in s]
    assert streets == ([street] if street else [])


@pytest.mark.parametrize("text, town", [
    ("ГКБ №1 им. Пирогова\nМосква", "Москва"),
    ("НМИЦ им. Алмазова\nСанкт-Петербург", "Санкт-Петербург"),
    ("КНП «Обласна лікарня»\nХарків", "Харків"),
    ("ИВАНОВА Ольга Сергеевна\nЕкатеринбург", "Екатеринбург"),  # under the patient's name
    ("Петар Јовановић\nБеоград", "Београд"),  # sr
])
def test_a_town_alone_on_its_line_under_a_hospital_or_a_name_is_a_location(text, town):
    assert town in _spans(cyrillic_towns(text), text)


@pytest.mark.parametrize("text", [
    "Москва",  # alone, with nothing that puts a town there: no rule of this module's
    "1.5 м. Сагиттальный",  # 'м.' the metre, no gazetteer town after it
    "Головной мозг\nМосква",  # under anatomy
    "Тула 1.5T",
    "12.03.2024 г. Заключение",  # 'г.' after a year: год, the year's word
    "ГКБ №1\nГлаз",  # anatomy under a hospital: the gazetteer's 'Глаз' is no town here
])
def test_no_town_without_a_town_s_place(text):
    assert cyrillic_towns(text) == []


# -- what stays ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Голова",
    "Аксиальный",
    "Голова Аксиальный T2",
    "Головной мозг",
    "Режим Сканирования",
    "МРТ Головной мозг",
    "Сагиттальный Т1",
    "СНИЛС",
    "Дата рождения:",
    "T2 FLAIR AX TR 9000",
])
def test_cyrillic_device_anatomy_and_labels_stay(analyzer, text):
    assert found(analyzer, text, with_header=False) == {}


@pytest.mark.parametrize("text, vocabulary", [
    ("Голова Аксиальный", True),
    ("Аксиальный T2", True),
    ("Головний мозок", True),
    ("Маркова Анна", False),  # a name the model may read: not vetoed
    ("Москва", False),
    ("Head Neck", False),  # no Cyrillic: the Latin rules judge it
])
def test_only_cyrillic_vocabulary(text, vocabulary):
    assert only_cyrillic_vocabulary(text) is vocabulary


def test_review_17_s_banner_as_its_lines_read(analyzer):
    """The corner's lines in the order the layout reads review 17's Russian MR banner: the hospital,
    the patient's name, the town under both, the SNILS; the anatomy and the doctor's line below."""
    text = ("ГКБ Nel им. Пирогова\nИВАНОВА Ольга Сергеевна\nМосква\nСНИЛС 112-233-445 95\n"
            "Головной мозг\nВрач: Петров А.В.\n19.04.2024 Ingenia 1.5T")
    out = found(analyzer, text, with_header=False)
    assert out["ORGANIZATION"] == {"ГКБ", "Nel", "им.", "Пирогова"}
    assert out["PERSON"] == {"ИВАНОВА", "Ольга", "Сергеевна", "Петров", "А.В."}
    assert out["LOCATION"] == {"Москва"}
    assert not {"СНИЛС", "Головной", "мозг", "Врач:", "Ingenia", "1.5T"} & set().union(*out.values())
