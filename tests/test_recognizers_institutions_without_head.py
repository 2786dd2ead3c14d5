"""Fix round 10 (inst10): institutions without a hospital word, connectives inside an
institution's name, and names written with letters of any Latin alphabet.

Each test asserts which words of a banner are painted and which are kept, through the real
analyzer (spaCy, the overlay recognisers) or the institution recogniser itself."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers import names
from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
from fw_gear_presidio_image_redactor.recognize.recognizers.letters import LOWER, UPPER
from tests.test_recognizers_context import painted


def institutions(text: str) -> list[str]:
    """The institution recogniser's matches in `text`, overlapping ones joined (as the analyzer joins them)."""
    spans: list[list[int]] = []
    for r in sorted(InstitutionRecognizer().analyze(text, ["ORGANIZATION"]), key=lambda r: r.start):
        if spans and r.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], r.end)
        else:
            spans.append([r.start, r.end])
    return [text[a:b] for a, b in spans]


# -- 1. institutions named by a practice or a specialty, not a hospital word ---------------------

@pytest.mark.parametrize("name", [
    "Radiologie Ostallgäu", "Praxis Sonnenberg", "Gemeinschaftspraxis Lindenhof", "MVZ Allgäu",
    "Centre d'imagerie Bellevue", "Centre d'imagerie médicale Montréal", "Centro Diagnostico Italiano",
    "Studio Radiologico Ferrante", "Poliklinik Süd", "Przychodnia Zdrowie", "Radiologia Sant'Anna",
    "Kardiologie Oberland", "Praxis für Radiologie Ahrensburg", "Radiologie am Rosengarten",
])
def test_a_practice_head_before_a_place_is_an_institution(name):
    assert institutions(name) == [name]


@pytest.mark.parametrize("name", [
    "Valley Hope Vascular Lab", "Nordic Vascular Lab", "Lakeview Heart Center", "Reykjavík Heart and Lung Center",
    "Ankara Şehir Hastanesi", "Memorial Şişli Hastanesi", "Tokai Byōin", "Landspítali Háskólasjúkrahús",
])
def test_a_specialty_centre_after_a_place_is_an_institution(name):
    assert institutions(name) == [name]


@pytest.mark.parametrize("line", [
    "Radiologie", "Praxis", "Radiologie Abdomen", "Radiologie Thorax pa", "Röntgen Thorax", "Kardiologie Befund",
    "Radiology Report Final", "Centro Diagnostico", "Studio Radiologico", "Centre d'imagerie", "Pracownia USG",
    "Heart Center", "Vascular Lab", "Carotid Vascular Lab", "Abd Vascular Lab", "Cath Lab 2", "Echo Lab 3",
    "Nuclear Cardiology Lab", "Cardiac Imaging", "Breast Imaging Center", "Window Center 40", "Heart and Lung",
    "Vascular Lab  Fax 555-0190", "Heart Rate 72 bpm",
])
def test_device_text_with_practice_or_specialty_words_is_no_institution(line):
    assert institutions(line) == []


def test_the_footer_institution_is_painted_and_its_fax_label_kept(analyzer):
    got = painted(analyzer, "DOE JOHN\nID 123456\nValley Hope Vascular Lab  Fax 555-0190")
    assert {"Valley", "Hope", "Vascular", "Lab", "555-0190"} <= got
    assert "Fax" not in got


# -- 2. connectives inside an institution's name ----------------------------------------------

@pytest.mark.parametrize("name", [
    "Reykjavík Heart and Lung Center", "Szpital Wojewódzki w Lesznie", "Hospital de la Santa Creu i Sant Pau",
    "Universitair Ziekenhuis van Gent",
    "Hospital Universitario y Politécnico La Fe", "Sjukhuset i Lund", "Centre Hospitalier de Saint-Étienne",
    "Clinique Sainte-Anne-des-Prés", "Länssjukhuset Vänersborg",
])
def test_one_match_across_the_whole_name(name):
    assert institutions(name) == [name]


@pytest.mark.parametrize("text, name", [
    ("Reykjavík Heart and Lung Center", "Reykjavík Heart and Lung Center"),
    ("Szpital Wojewódzki w Lesznie\nAffiniti 70 C5-1 Jama brzuszna MI 1.0", "Szpital Wojewódzki w Lesznie"),
])
def test_the_connective_is_painted_with_the_name(analyzer, text, name):
    got = painted(analyzer, text)
    assert set(name.split()) <= got
    assert not {"Affiniti", "MI", "1.0"} & got


# -- 3. 'FAMILY, GIVEN' in any Latin alphabet ------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Weißenberger, Anneliese\n*12.03.1944, 80J\nPat.-Nr. 44018823", ["Weißenberger,", "Anneliese"]),
    ("Eriksdóttir, Guðrún (F) Age 47\nMRN 4410-2277-01 DOB 1977-08-19", ["Eriksdóttir,", "Guðrún"]),
    ("Þórðarson, Ægir\nID 123456", ["Þórðarson,", "Ægir"]),
    ("Løkke, Søren  M  45Y", ["Løkke,", "Søren"]),
    ("Åström, Björn\n12.03.1944", ["Åström,", "Björn"]),
    ("Wróbel, Łukasz\nPESEL 68030914725", ["Wróbel,", "Łukasz"]),
    ("Yılmaz, Ayşe  F  1977", ["Yılmaz,", "Ayşe"]),
    ("Doğan, Çağrı\nID 123456", ["Doğan,", "Çağrı"]),
    ("ÅSTRÖM, BJÖRN\n12.03.1944", ["ÅSTRÖM,", "BJÖRN"]),
    ("Müller-Lüdenscheidt, Zoë\nDOB 12.03.1944", ["Müller-Lüdenscheidt,", "Zoë"]),
])
def test_comma_names_with_letters_beyond_ascii_are_painted(analyzer, text, words):
    assert set(words) <= painted(analyzer, text)


def test_the_comma_rule_reads_the_whole_accented_family_name():
    line = "Eriksdóttir, Guðrún (F) Age 47\nMRN 4410-2277-01"
    assert [line[a:b] for a, b in names.comma_names(line)] == ["Eriksdóttir, Guðrún"]


def test_a_banner_name_field_with_accents_is_one_run():
    assert names.name_runs("Åström Björn") == [(0, len("Åström Björn"))]
    assert names.name_runs("ŁUKASZ WRÓBEL") == [(0, len("ŁUKASZ WRÓBEL"))]


def test_letters_split_by_case():
    for c in "ÄÖÜÅÆØÞÐŁŞĞÇÉÍÓ":
        assert c in UPPER and c not in LOWER
    for c in "äöüåæøþðłşğçéíóßı":
        assert c in LOWER and c not in UPPER
