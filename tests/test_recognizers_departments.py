"""A department's name beside its site: the site is painted, the department's words stay (a
department is the same in every hospital; the site identifies one). Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import department_spans
from tests.test_recognizers_context import painted


@pytest.mark.parametrize("text,department,site", [
    ("Zakład Patomorfologii UCK Gdańsk", {"Zakład", "Patomorfologii"}, {"UCK", "Gdańsk"}),
    ("Klinika Kardiologii, USK Wrocław", {"Klinika", "Kardiologii,"}, {"USK", "Wrocław"}),
    ("Oddział Chirurgii, WSS Kielce", {"Oddział", "Chirurgii,"}, {"WSS", "Kielce"}),
    ("Oddělení radiologie, KN Liberec", {"Oddělení", "radiologie,"}, {"KN", "Liberec"}),
    ("Department of Radiology, Mercy Hospital", {"Department", "Radiology,"}, {"Mercy", "Hospital"}),
    ("Radiology Department, St. Olav Hospital", {"Radiology", "Department,"}, {"Olav", "Hospital"}),
    ("Abteilung für Radiologie, Klinikum Nord", {"Abteilung", "Radiologie,"}, {"Klinikum", "Nord"}),
    ("Radiologische Abteilung, AKH Wien", {"Radiologische", "Abteilung,"}, {"AKH", "Wien"}),
    ("Service de Radiologie, CHU de Nantes", {"Service", "Radiologie,"}, {"CHU", "Nantes"}),
    ("Servicio de Radiología, HU La Paz", {"Servicio", "Radiología,"}, {"HU", "Paz"}),
    ("Reparto di Cardiologia, AOU Careggi", {"Reparto", "Cardiologia,"}, {"AOU", "Careggi"}),
    ("Afdeling Radiologie, AZ Groeninge", {"Afdeling", "Radiologie,"}, {"AZ", "Groeninge"}),
    ("Radiologian osasto, HUS Meilahti", {"Radiologian", "osasto,"}, {"HUS", "Meilahti"}),
    ("Radyoloji Bölümü, Ankara EAH", {"Radyoloji", "Bölümü,"}, {"Ankara", "EAH"}),
    # a department's connectives join its specialties, the site after them is painted alone
    ("Klinik für Radiologie und Nuklearmedizin Lübeck", {"Klinik", "für", "Radiologie", "und", "Nuklearmedizin"},
     {"Lübeck"}),
])
def test_the_site_is_painted_and_the_department_stays(analyzer, text, department, site):
    got = painted(analyzer, text)
    assert site <= got, got
    assert not department & got, got


@pytest.mark.parametrize("text", ["FN Motol, Kožní klinika", "Kožní klinika", "Zakład Patomorfologii"])
def test_a_department_alone_is_not_painted(analyzer, text):
    assert not {"Kožní", "klinika", "Zakład", "Patomorfologii"} & painted(analyzer, text)


@pytest.mark.parametrize("text", ["Klinik Nord", "Klinika Medicover", "Service Mode", "Abteilung"])
def test_a_department_word_without_a_specialty_names_no_department(text):
    assert department_spans(text) == []


def test_an_institution_with_a_department_word_in_it_keeps_its_place(analyzer):
    assert "Heidelberg" in painted(analyzer, "Radiologische Klinik Heidelberg")
    assert "Nord" in painted(analyzer, "Klinik Nord")


# -- a department's name as a field of its own, under its institution -----------------------------

@pytest.mark.parametrize("text,department,site", [
    ("Klinikum Bad Steinach\nUnfallchirurgie\nOP-Saal 3", {"Unfallchirurgie"}, {"Steinach"}),
    ("Itä-Hämeen keskussairaala\nKliininen fysiologia", {"Kliininen", "fysiologia"}, {"Itä-Hämeen"}),
    ("Jiangbei Renmin Yiyuan\nXinnei Ke DSA", {"Xinnei", "Ke", "DSA"}, {"Jiangbei", "Renmin"}),
    ("Helios Klinikum Erfurt\nGefäßchirurgie", {"Gefäßchirurgie"}, {"Erfurt"}),
    ("Kreisklinik Ebersberg\nInnere Medizin", {"Innere", "Medizin"}, {"Kreisklinik"}),
    ("Spital Zollikerberg\nRöntgenabteilung", {"Röntgenabteilung"}, {"Zollikerberg"}),
])
def test_a_department_under_its_institution_stays(analyzer, text, department, site):
    got = painted(analyzer, text)
    assert site <= got, got
    assert not department & got, got


@pytest.mark.parametrize("text,span", [
    ("Unfallchirurgie", "Unfallchirurgie"), ("Kliininen fysiologia", "Kliininen fysiologia"),
    ("Nuklearmedizin  Dr. Weber", "Nuklearmedizin"), ("Isotooppiosasto", "Isotooppiosasto"),
    ("Xinnei Ke DSA", "Xinnei Ke"), ("Fangshe Ke", "Fangshe Ke"), ("Xinxiong Waike", "Xinxiong Waike"),
    ("Shenjing Neike", "Shenjing Neike"),
])
def test_a_department_field_is_a_department(text, span):
    assert span in [text[a:b] for a, b in department_spans(text)]


@pytest.mark.parametrize("text", [
    # surnames in pinyin before a given name 'Ke', and words that share a specialty's stem only
    "Li Ke", "Gu Ke", "Shen Ke", "Xin Ke", "Wai Ke", "Ke Wei", "Name: Hudson, Mary", "Sonoda Keiko",
    "Cardiff", "Fuke Taro",
])
def test_a_name_is_no_department(text):
    assert department_spans(text) == []


@pytest.mark.parametrize("text,person", [
    ("Name: Li Ke", {"Li", "Ke"}), ("Patient: Shen Ke", {"Shen", "Ke"}),
])
def test_a_pinyin_name_like_a_department_is_still_painted(analyzer, text, person):
    assert person <= painted(analyzer, text)


@pytest.mark.parametrize("text,department", [
    # a title-case line under the banner's patient fields is read as its institution, and a field of
    # name-like words beside an ID as a name: a department is neither
    ("Name: Kılıç, Emre\nKlinikum Bad Steinach\nGeb.-Datum: 25.07.1979\nUnfallchirurgie\nPID: 40551983",
     {"Unfallchirurgie"}),
    ("Geb.-Datum: 25.07.1979\nNuklearmedizin", {"Nuklearmedizin"}),
    ("Jiangbei Renmin Yiyuan\nXingming: OUYANG Mingxuan\nXinnei Ke DSA\nBingren ID: 0002781934",
     {"Xinnei", "Ke", "DSA"}),
])
def test_a_department_line_in_the_banner_stays(analyzer, text, department):
    got = painted(analyzer, text)
    assert not department & got, got
