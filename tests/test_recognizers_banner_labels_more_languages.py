"""The banner's field labels in the languages the earlier lists lacked (`banner_labels`): Estonian,
Latvian, Lithuanian, Irish, Maltese; Bulgarian, Russian, Ukrainian, Belarusian, Serbian, Macedonian in
Cyrillic and as Latin-only devices transliterate them, Albanian; Malay/Indonesian, Tagalog, Vietnamese,
Swahili, Afrikaans, Icelandic, Azerbaijani, Kazakh, Uzbek; Arabic, Hindi, Persian transliterated. The
label stays, the value after it is painted, a person label says a name follows ('Likar: Bondarenko O.',
review 14 cr_lead_2 and dotmatrix_2), a login label a login ('Pengguna: amirul.h', worklist_1).

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import label_spans, labelled_numbers
from fw_gear_presidio_image_redactor.recognize.recognizers.names import login_names
from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import LABEL_PREFIX

from .test_recognizers_context import covered, painted

# A sample of each field in each language, as devices print them (with and without accents, colons,
# points, transliterated).
LABELS = [
    # et, lv, lt, ga, mt
    "Patsient:", "Perekonnanimi:", "Sünniaeg:", "Sugu:", "Isikukood:", "Kuupäev:", "Raviarst:", "Hinnanud:",
    "Uzvārds:", "Dzimšanas datums:", "Dzimums:", "Personas kods:", "Ārsts:", "Arsts:", "Pavardė:", "Gimimo data:",
    "Lytis:", "Asmens kodas:", "Gydytojas:", "Sloinne:", "Dáta breithe:", "Inscne:", "Kunjom:", "Tabib:",
    # bg, ru, uk, be, sr, mk (Cyrillic and Latin), sq
    "Фамилия:", "Дата на раждане:", "ЕГН:", "Лекар:", "ФИО:", "Ф.И.О.:", "Дата рождения:", "Возраст:", "Врач:",
    "Прізвище:", "Дата народження:", "Лікар:", "Пацієнт:", "Familiya:", "F.I.O.:", "Data rozhdeniya:", "Vrach:",
    "Prizvyshche:", "Data narodzhennya:", "Nomer karty:", "Likar:", "Pasiyent:", "Презиме:", "EGN:",
    "Mbiemri:", "Datëlindja:", "Datelindja:", "Gjinia:", "Mjeku:",
    # ms/id, tl, vi, sw, af, is, az, kk, uz
    "Nama pesakit:", "Tarikh lahir:", "Jantina:", "No. K/P:", "Tarikh:", "Tgl. lahir:", "No. RM:", "Dokter:",
    "Pangalan:", "Kasarian:", "Petsa:", "PhilHealth PIN:", "Họ tên:", "Ho ten:", "Ngày sinh:", "Ngay sinh:",
    "Giới tính:", "Bác sĩ:", "Jina la mgonjwa:", "Tarehe ya kuzaliwa:", "Jinsia:", "Daktari:", "Pasiënt:",
    "Geslag:", "Nafn:", "Kennitala:", "Læknir:", "Laeknir:", "Doğum tarixi:", "Xəstə:", "Tugan kuni:",
    "Shifokor:", "Tug'ilgan sana:",
    # ar, hi, fa transliterated
    "Tarikh al-milad:", "Janm tithi:", "Pezeshk:",
    # ha, yo, zu, th, mn, ka, hy transliterated
    "Ranar haihuwa:", "Likita:", "Ojo ibi:", "Dokita:", "Usuku lokuzalwa:", "Udokotela:", "Wan koet:", "Phaet:",
    "Tursun ognoo:", "Emch:", "Dabadebis tarighi:", "Ekimi:", "Tsnndyan amsativ:", "Bzhishk:",
    # who assessed or verified
    "Verified by:", "Assessed by:", "Kinnitanud:", "Validé par:", "Zatwierdził:",
]


@pytest.mark.parametrize("label", LABELS)
def test_each_label_of_the_more_languages_is_a_label(label):
    assert LABEL_PREFIX.fullmatch(label), label
    assert label_spans(f"{label} Xyz") == [(0, len(label))], label


# The short labels that are also words or names ('Jina' a given name, 'Van' a particle, 'Tabib' a
# surname, 'Pol' a name, 'Nama' a people, 'Am', 'Ad', 'Sen' English and Turkish words) are labels only
# with their colon; and a longer word that starts like a label is none.
NOT_LABELS = ["Jina", "Van", "Tabib", "Pol", "Nama", "Am", "Ad", "Sen", "Umur", "Kyn", "Emri", "Vardas", "Tarikh",
              "Petsa", "Likarnia", "Vrachev", "Pengguna", "Likar", "Vrach", "Ser", "Nas", "Emch"]


@pytest.mark.parametrize("word", NOT_LABELS)
def test_short_words_of_the_new_lists_are_labels_only_with_their_colon(word):
    assert not LABEL_PREFIX.fullmatch(word), word


@pytest.mark.parametrize("label, name", [
    ("Likar:", "Bondarenko O."), ("Likar:", "Shevchuk K.V."), ("Vrach:", "Ivanov P.S."),
    ("Hinnanud:", "Mari-Liis Kuusk"),
    ("Kinnitanud:", "Kaarel Tamm"), ("Gydytojas:", "Jonas Petrauskas"), ("Ārsts:", "Jānis Bērziņš"),
    ("Mjeku:", "Arben Hoxha"), ("Nama pesakit:", "Siti Aminah"), ("Mgonjwa:", "Amani Mwakyusa"),
    ("Læknir:", "Sigurður Jónsson"), ("Pangalan:", "Ma. Cristina Dela Cruz-Santos"), ("Verified by:", "Anna Berg"),
    ("Pasiyent:", "Kovalenko Oleksandr"),
])
def test_a_name_after_a_person_label_of_the_more_languages_is_painted_the_label_stays(analyzer, label, name):
    found = covered(analyzer, f"{label} {name}")
    assert set(name.split()) <= found.get("PERSON", set()), found
    assert not set(label.split()) & set().union(*found.values()), found


@pytest.mark.parametrize("text, name", [("Name: Boris Likar", "Likar"), ("Patient: Likar Boris", "Likar"),
                                        ("Name: Jina Lee", "Jina"), ("Patient: Pol Tabib", "Tabib")])
def test_a_name_that_is_a_label_word_without_its_colon_is_painted(analyzer, text, name):
    """'Likar' is also a Slovene surname, 'Jina' a given name, 'Tabib' a surname: labels only with a colon."""
    assert name in covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("label, login", [
    ("Pengguna:", "amirul.h"), ("Kasutaja:", "mkuusk"), ("Korisnik:", "mhorvat"), ("Gumagamit:", "jdelacruz"),
    ("Polzovatel:", "ivanov.p"), ("Korystuvach:", "o.bondarenko"), ("Lietotājs:", "jberzins"),
])
def test_a_login_after_a_login_label_of_the_more_languages_is_a_person(analyzer, label, login):
    text = f"Tarikh: 7 Jul 2026  {label} {login}"
    start = text.index(login)
    assert login_names(text) == [(start, start + len(login))]
    assert login in covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text", ["Pengguna: admin", "Kasutaja: service", "Pengguna Baru", "Korisnik: Admin"])
def test_a_shared_account_or_a_login_word_without_its_colon_is_no_login(text):
    assert login_names(text) == []


@pytest.mark.parametrize("text, value", [
    ("Nomer karty: 26/04311", "26/04311"), ("Asmens kodas: 38703181745", "38703181745"),
    ("EGN: 7501020018", "7501020018"), ("Kennitala: 1201743399", "1201743399"),
    ("Personas kods: 120174-12345", "120174-12345"), ("No. RM: 00-12-34-56", "00-12-34-56"),
])
def test_a_number_after_an_identifier_label_of_the_more_languages_is_an_id(text, value):
    start = text.index(value)
    assert (start, start + len(value)) in labelled_numbers(text)


@pytest.mark.parametrize("text", [
    "Tarikh: 2.0", "Sana: 3", "Kuupäev:", "Likar:", "Hinnanud:", "Nr: 3", "Nomer karty: 12",
    "Pangalan:  Edad: 34",
])
def test_a_label_before_a_device_value_or_no_value_paints_nothing(analyzer, text):
    """A date label before a scale's value, a number label before a series' count, a person label
    before nothing (its field left empty): no word painted."""
    assert not painted(analyzer, text) - {"34"}, text


@pytest.mark.parametrize("text, initials", [
    ("Likar: Bondarenko 0.", "0."), ("Likar: Petrenko 0.V.", "0.V."), ("Vrach: Ivanova A.0.", "A.0."),
    ("Name: Smith 0.", "0."),
])
def test_an_initial_o_read_as_a_zero_after_a_labelled_surname_is_painted(analyzer, text, initials):
    """The dot-matrix 'O.' OCR reads as '0.' (review 14 dotmatrix_2), at the line's end after the surname."""
    assert initials in covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text, kept", [("Likar: Bondarenko 10.", "10."), ("Ref: 0.", "0."),
                                        ("Likar: Bondarenko 0.5 mm", "0.5")])
def test_a_number_after_a_labelled_surname_is_no_initial(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


def test_the_short_labels_that_need_their_colon_head_no_list_column():
    """A list's column heading is a label without its colon (`tables`): 'Van', 'Ad', 'Am', 'Jina' alone are
    no heading ('Dr. van Dijk' is a titled name, no header row); the longer labels are ('Nama pesakit')."""
    from fw_gear_presidio_image_redactor.recognize.recognizers.tables import heading_kind

    assert [heading_kind(w) for w in ("Van", "Ad", "Am", "Jina", "Sen", "Ser", "Tarikh", "Likar")] == [None] * 8
    assert heading_kind("Nama pesakit") == "patient"
    assert heading_kind("Tarikh lahir") == "birth"
