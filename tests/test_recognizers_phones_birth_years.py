"""Kinds of fix round 12 (the third break-test round), phones and birth years, fixed as kinds:

1. phone numbers after the phone words of the devices' locales (home, work, mobile: 'Home:',
   'Cel.', 'Móvil', 'Telemóvel', 'Tel. kom.', 'Handy', 'Portable', 'GSM'), after a person named
   between a word of calling and the number ('Call Dr Smith 555-0143'), a pager's short number;
2. no phone: a range of two numbers with a unit after it or a parameter label before it, or with
   a range's bounds ('F: 1024-2048', 'Beep 1000-2000 Hz', 'Contact 100-2000'), a count before its
   unit ('12345678 cells/mL'), a number after a device label ('Part No. 943 476 5919');
3. a year after the label of a birth year or a birth date ('geb. 1974', 'YOB: 1974', 'né en 1974');
4. '*1974' is a birth year only as a plausible year (1880 to this year), with no unit after it
   and no measurement's label before it ('Dose *1974 mGy', 'Total *1974' are footnote marks).

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import datetime

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import labelled_phones, reads_as_measure

from .test_recognizers_context import covered, painted

# -- 1. phones after the words of our languages, a person between, pagers ---------------------------

@pytest.mark.parametrize("text,words", [
    ("Home: 555-0143", {"555-0143"}),
    ("Work 555-0188", {"555-0188"}),
    ("Cel. 612 345 678", {"612", "345", "678"}),
    ("Móvil 612 345 678", {"612", "345", "678"}),
    ("Movil: 699 111 222", {"699", "111", "222"}),
    ("Telemóvel 912 345 678", {"912", "345", "678"}),
    ("Tel. kom. 600 123 456", {"600", "123", "456"}),
    ("Komórka: 501 234 567", {"501", "234", "567"}),
    ("Celular 11 98765 4321", {"11", "98765", "4321"}),
    ("Natel 079 123 45 67", {"079", "123", "45", "67"}),
    ("Privat: 555 0143 22", {"555", "0143", "22"}),
    ("Domicile 612 345 678", {"612", "345", "678"}),
    ("Call Dr Smith 555-0143", {"555-0143"}),
    ("call dr. smith at 555-0143", {"555-0143"}),
    ("Contact Jones 555-0190", {"555-0190"}),
    ("Llamar a Dra. García 612 345 678", {"612", "345", "678"}),
    ("Pager 4412", {"4412"}),
    ("Bleep: 2231", {"2231"}),
    ("Tel 1200-1500", {"1200-1500"}),  # a telephone's own label: dialled, even with a range's bounds
])
def test_phone_numbers_after_the_words_of_our_languages(analyzer, text, words):
    got = covered(analyzer, text)
    assert words <= got.get("PHONE_NUMBER", set())
    label = text.split()[0]
    assert label not in got.get("PHONE_NUMBER", set())  # the label stays


@pytest.mark.parametrize("text,kept", [
    ("F: 1024-2048", "1024-2048"),
    ("T: 1200-1500", "1200-1500"),
    ("W: 512-4096", "512-4096"),
    ("Contact 100-2000", "100-2000"),
    ("Beep 1000-2000 Hz", "1000-2000"),
    ("Cell 12345678 cells/mL", "12345678"),
    ("Call 2500-3500 ms", "2500-3500"),
    ("Mobile 1500-2500 mAs", "1500-2500"),
    ("Freq 1234-5678", "1234-5678"),
    ("Part No. 943 476 5919", "943"),
    ("Cat. No. 555-0143-22", "555-0143-22"),
    ("Mobile C-arm 1234-567", "1234-567"),
    ("Call Time 120-1500", "120-1500"),
    ("Portable 12/03/2024", "12/03/2024"),  # a date after a word that also labels phones: no phone
])
def test_ranges_units_and_device_numbers_are_no_phones(analyzer, text, kept):
    assert kept not in covered(analyzer, text).get("PHONE_NUMBER", set())


def test_a_count_before_its_unit_is_no_identifier_either(analyzer):
    assert "12345678" not in painted(analyzer, "Cell 12345678 cells/mL")
    assert "12345678" in painted(analyzer, "MRN 12345678")


@pytest.mark.parametrize("text,measure", [
    ("1000-2000 Hz", True), ("F: 555-0143", False), ("F: 1200-1500", True), ("Contact 100-2000", True),
    ("Contact 555-1234", False), ("Tel 100-2000", False), ("12345678 cells", True), ("REF 5550143", True),
    ("555-0143 Ms Jones", False),  # 'Ms': a title, not milliseconds
])
def test_reads_as_measure(text, measure):
    import re
    m = re.search(r"\d[\d -]*\d", text)
    assert reads_as_measure(text, m.start(), m.end()) is measure


def test_a_pager_number_needs_the_pagers_label():
    assert [("Pager 4412"[r.start:r.end]) for r in labelled_phones("Pager 4412")] == ["4412"]
    assert not labelled_phones("Beep 3") and not labelled_phones("Page 4412") and not labelled_phones("Pager 12")


# -- 3. a birth year after its label ----------------------------------------------------------------

@pytest.mark.parametrize("text,year", [
    ("geb. 1974", "1974"), ("Jg. 1974", "1974"), ("Jahrgang 1968", "1968"), ("YOB: 1974", "1974"),
    ("Geburtsjahr: 1974", "1974"), ("Año nac.: 1974", "1974"), ("Rok urodzenia: 1974", "1974"),
    ("b. 1974", "1974"), ("né en 1974", "1974"), ("née en 1981", "1981"), ("nato nel 1974", "1974"),
    ("nata nel 1952", "1952"), ("born in 1974", "1974"), ("DOB: 1974", "1974"), ("Year of birth 1974", "1974"),
    ("Årgång 1974", "1974"), ("Fødselsår: 1974", "1974"), ("Syntymävuosi 1974", "1974"),
    ("Doğum Yılı: 1974", "1974"), ("Geboortejaar 1974", "1974"), ("Ano de nascimento: 1974", "1974"),
    ("MÜLLER, HANS  geb. 1974", "1974"), ("YOB  1974", "1974"), ("YOB\n1974", "1974"),
])
def test_a_year_after_a_birth_label_is_a_date(analyzer, text, year):
    assert year in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text,kept", [
    ("Baujahr 2019", "2019"), ("Datum 2024", "2024"), ("YOB: 2030", "2030"), ("geb. 1974 mm", "1974"),
    ("Date 1974", "1974"), ("b 1974", "1974"), ("Tab. 1974", "1974"),
])
def test_a_year_after_another_label_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


# -- 4. '*1974': a plausible year, no unit after, no measure's label before ---------------------------

@pytest.mark.parametrize("text,kept", [
    ("Dose *1974 mGy", "*1974"), ("DLP *1974 mGy.cm", "*1974"), ("Total *1974", "*1974"),
    ("Count *1974", "*1974"), ("*1974 frames", "*1974"), ("Mean *1974", "*1974"), ("N = *1974", "*1974"),
    ("Volume: *1974 mL", "*1974"), ("*1974 cts", "*1974"), ("*1879", "*1879"), ("*2099", "*2099"),
    (f"*{datetime.date.today().year + 1}", f"*{datetime.date.today().year + 1}"),
])
def test_a_footnote_mark_before_a_count_is_no_birth_year(analyzer, text, kept):
    assert kept not in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text,value", [
    ("MEIER, HANS *1974", "*1974"), ("MEIER, MAX *1974", "*1974"), ("GAIN, PETER *1931", "*1931"),
    ("Baby of SMITH *2024", "*2024"), ("*1890", "*1890"), (f"*{datetime.date.today().year}",
                                                             f"*{datetime.date.today().year}"),
    ("MEIER, HANS *1974 M", "*1974"),  # the sex after the birth year is no unit
])
def test_birth_years_still_found(analyzer, text, value):
    assert value in covered(analyzer, text).get("DATE_TIME", set())


# -- fix round 17: phones in two-digit groups after a phone word, its 'l' read as 'I' by OCR ----------

@pytest.mark.parametrize("text, words", [
    ("Tlf. 98 92 14 55", {"98", "92", "14", "55"}),       # Danish/Norwegian 8 digits
    ("TIf. 98 92 14 55", {"98", "92", "14", "55"}),       # 'l' read as a capital I
    ("Tél. 01 23 45 67 89", {"01", "23", "45", "67", "89"}),
    ("TeIefon: 040 123 45 67", {"040", "123", "45", "67"}),
    ("Puh. 09 4711 2233", {"09", "4711", "2233"}),
    ("Tfn 08-123 456 78", {"456", "78"}),
    ("Te1: 0171 1234567", {"0171", "1234567"}),          # 'l' read as '1'
    ("Mobi1 0171 1234567", {"0171", "1234567"}),
])
def test_a_grouped_phone_after_a_phone_word_is_a_phone(analyzer, text, words):
    assert words <= covered(analyzer, text).get("PHONE_NUMBER", set())


@pytest.mark.parametrize("text, kept", [
    ("TI 0.4  TIS 0.2  12 34 56", "34"),
    ("Tilt 12 34 56 78", "34"),
    ("Filter 12 34 56 78", "34"),
    # a word in capitals writes its 'I' and '1' as they are: the TIFF export's size, an echo time
    ("Export TIF 1024 768", "768"),
    ("Save as TIF 1920 1080", "1080"),
    ("TIF 12 34 56 78", "34"),
    ("TE1 12 34 56 78", "34"),
])
def test_grouped_numbers_after_other_words_are_no_phone(analyzer, text, kept):
    assert kept not in painted(analyzer, text)
