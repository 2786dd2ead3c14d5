"""Dates written with a month's name in the languages of European devices' consoles: CLDR's
names, the genitive a date takes (Czech 'března', Polish 'marca', Finnish 'maaliskuuta'),
abbreviations, and each with the accents OCR drops ('brezna', 'Subat'). The whole date is
painted (day, month and year words), and with `--use-metadata` the header's date matches
these renderings. A month's name beside no day and year stays."""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.recognize.recognizers.dicom_header import build_terms

from .test_recognizers import words


def painted(analyzer, text: str, header: Dataset | None = None) -> set[str]:
    """The words of `text` that DATE_TIME findings cover."""
    ws = words(text)
    out = set()
    for f in analyzer.analyze(ws, header=header):
        if f.entity_type == "DATE_TIME":
            out |= {w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
    return out


# One date of each language and order, as its consoles print it (CLDR's patterns: dd. MMMM y in
# cs/sk/hr/sl/fi/no/da, y. MMMM d. in hu, d MMMM y in tr/el/sv/nl/it/fr/ro, d 'de' MMMM 'de' y in
# es/pt/ca).
DATES = [
    ("Tarih: 14 Şubat 2024", ["14", "Şubat", "2024"]),             # tr
    ("Tarih: 14 Subat 2024", ["14", "Subat", "2024"]),             # tr, OCR lost the cedilla
    ("Tarih: 3 Kasım 2023", ["3", "Kasım", "2023"]),
    ("Datum: 15. března 2024", ["15.", "března", "2024"]),        # cs genitive
    ("Datum: 15. brezna 2024", ["15.", "brezna", "2024"]),        # cs without its accents
    ("Datum: 2. října 2023", ["2.", "října", "2023"]),
    ("Dátum: 2024. február 14.", ["2024.", "február", "14."]),    # hu, year first
    ("Data: 14 lutego 2024", ["14", "lutego", "2024"]),           # pl genitive
    ("Data: 14 de fevereiro de 2024", ["14", "fevereiro", "2024"]),  # pt
    ("Datum: 14 februari 2024", ["14", "februari", "2024"]),      # sv, nl
    ("Dato: 14. februar 2024", ["14.", "februar", "2024"]),       # da, no
    ("Pvm: 14. helmikuuta 2024", ["14.", "helmikuuta", "2024"]),  # fi partitive
    ("Data: 14 februarie 2024", ["14", "februarie", "2024"]),     # ro
    ("Datum: 14. veljače 2024.", ["14.", "veljače", "2024."]),    # hr genitive
    ("Datum: 14. ozujka 2024", ["14.", "ozujka", "2024"]),        # hr without its accents
    ("Datum: 14. septembar 2024", ["14.", "septembar", "2024"]),  # sr, bs
    ("Datum: 14. marec 2024", ["14.", "marec", "2024"]),          # sl
    ("Datum: 14. marca 2024", ["14.", "marca", "2024"]),          # sk, sl genitive
    ("Ημερομηνία: 14 Φεβρουαρίου 2024", ["14", "Φεβρουαρίου", "2024"]),  # el
    ("Imerominia: 14 Fevrouariou 2024", ["14", "Fevrouariou", "2024"]),  # el, ELOT 743
    ("Data: 14 febbraio 2024", ["14", "febbraio", "2024"]),       # it
    ("Fecha: 14 de febrero de 2024", ["14", "febrero", "2024"]),  # es
    ("Date : 14 février 2024", ["14", "février", "2024"]),        # fr
    ("Datum: 14. Februar 2024", ["14.", "Februar", "2024"]),      # de
    ("Data: 14 de febrer de 2024", ["14", "febrer", "2024"]),     # ca
    ("Tarih: 14 ŞUB 2024", ["14", "ŞUB", "2024"]),                # tr abbreviation, capitals
    ("Datum: 14. okt. 2024", ["14.", "okt.", "2024"]),
    ("Tarih: 14 NİSAN 2024", ["14", "NİSAN", "2024"]),            # tr dotted capital I
]


@pytest.mark.parametrize("text,date", DATES)
def test_a_date_with_a_month_name_is_painted_whole(analyzer, text, date):
    got = painted(analyzer, text)
    assert set(date) <= got, got
    assert text.split()[0] not in got  # the label stays


def _header(study_date: str) -> Dataset:
    ds = Dataset()
    ds.StudyDate = study_date
    return ds


@pytest.mark.parametrize("text,value", [
    ("14 Şubat 2024", "20240214"), ("15. března 2024", "20240315"), ("15. brezna 2024", "20240315"),
    ("2024. február 14.", "20240214"), ("14 de fevereiro de 2024", "20240214"), ("14. helmikuuta 2024", "20240214"),
    ("14 Φεβρουαρίου 2024", "20240214"), ("14. veljače 2024", "20240214"), ("14 lutego 2024", "20240214"),
    ("14 februarie 2024", "20240214"), ("14 d’abril 2024", "20240414"), ("Şubat 14, 2024", "20240214"),
])
def test_the_header_date_matches_its_renderings_with_month_names(text, value):
    terms = [t for t in build_terms(_header(value)) if t.entity_type == "DATE_TIME"]
    assert any(t.regex.search(text) and t.regex.search(text).group(0).strip(". ") == text.strip(". ")
               for t in terms), text


@pytest.mark.parametrize("text", ["14 Şubat 2023", "15. března 2025", "16. března 2024", "15. dubna 2024"])
def test_another_date_does_not_match_the_header_date(text):
    terms = [t for t in build_terms(_header("20240315" if "března" in text or "dubna" in text else "20240214"))
             if t.entity_type == "DATE_TIME"]
    assert not any(t.regex.search(text) for t in terms), text


@pytest.mark.parametrize("text", [
    "Série: Mart", "březen", "Seq: Ekim", "Kasım", "Modus: helmikuu", "LED 3 mm", "Pro 2 ms",
    "Tra 5 mm", "MAGNETOM Sola 1.5T",
])
def test_a_month_word_beside_no_date_stays(analyzer, text):
    assert not painted(analyzer, text)


# The other languages of the round-28 list, day-month-year and month-day-year, as CLDR writes them
# (d MMM y in ms/id/sw/af/zu, MMMM d, y in fil, y. 'gada' d. MMMM in lv, y 'm'. MMMM d 'd'. in lt) and
# the Cyrillic ones romanised as Latin-only consoles print them.
MORE_DATES = [
    ("Tarikh: 19 Mac 2026", ["19", "Mac", "2026"]),                  # ms
    ("Petsa: Hunyo 9, 2026", ["Hunyo", "9,", "2026"]),               # fil, month first
    ("Petsa: 9 Hulyo 2026", ["9", "Hulyo", "2026"]),                 # fil, day first
    ("Tanggal: 17 Agustus 2025", ["17", "Agustus", "2025"]),         # id
    ("Tarehe: 3 Machi 2026", ["3", "Machi", "2026"]),                # sw
    ("Datum: 14 Maart 2024", ["14", "Maart", "2024"]),               # af
    ("Dagsetning: 14. febrúar 2024", ["14.", "febrúar", "2024"]),    # is
    ("Kuupäev: 14. veebruar 2024", ["14.", "veebruar", "2024"]),     # et
    ("Datums: 14. februāris 2024", ["14.", "februāris", "2024"]),    # lv
    ("Data: 2024 vasario 14", ["2024", "vasario", "14"]),            # lt, year first
    ("Data: 14 Frar 2024", ["14", "Frar", "2024"]),                  # mt
    ("Data: 14 shkurt 2024", ["14", "shkurt", "2024"]),              # sq
    ("Tarix: 14 fevral 2024", ["14", "fevral", "2024"]),             # az, uz
    ("Data: 6 bereznia 2026", ["6", "bereznia", "2026"]),            # uk, KMU 2010
    ("Data: 6 marta 2026", ["6", "marta", "2026"]),                  # ru
    ("Data: 6 sentyabrya 2026", ["6", "sentyabrya", "2026"]),        # ru, BGN/PCGN
    ("Data: 6 sentiabria 2026", ["6", "sentiabria", "2026"]),        # ru, ICAO 9303
    ("Data: 6 septemvri 2026", ["6", "septemvri", "2026"]),          # bg, mk
    ("Date: 6 Januwari 2026", ["6", "Januwari", "2026"]),            # zu
    ("Kwanan wata: 6 Faburairu 2026", ["6", "Faburairu", "2026"]),   # ha
    ("Date: November 6, 2026", ["November", "6,", "2026"]),          # English still
]


@pytest.mark.parametrize("text,date", MORE_DATES)
def test_a_date_with_a_month_name_of_the_wider_list_is_painted_whole(analyzer, text, date):
    got = painted(analyzer, text)
    assert set(date) <= got, got


@pytest.mark.parametrize("text,value", [
    ("19 Mac 2026", "20260319"), ("Hunyo 9, 2026", "20260609"), ("6 bereznia 2026", "20260306"),
    ("14 veebruar 2024", "20240214"), ("2024 vasario 14", "20240214"),
])
def test_the_header_date_matches_renderings_of_the_wider_list(text, value):
    terms = [t for t in build_terms(_header(value)) if t.entity_type == "DATE_TIME"]
    assert any(t.regex.search(text) for t in terms), text


@pytest.mark.parametrize("text", [
    "Mac 2.0", "MAR 5", "Ago 3", "kV 120 mAs 25 12", "Sat 98 %", "ver 2 2024", "Modus: Hunyo",
    "Mashi", "MAM 12 2024",
])
def test_a_month_abbreviation_that_is_a_device_word_beside_numbers_stays(analyzer, text):
    assert not painted(analyzer, text)
