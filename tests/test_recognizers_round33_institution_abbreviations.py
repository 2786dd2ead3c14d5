"""Institutions whose head words are written short with their point ('Karadeniz Teknik Üniv. Farabi
Hast.', 'Osp. San Raffaele', 'Kartal Dr. Lütfi Kırdar EAH'): the whole name, its heads and an eponym
inside it, is one ORGANIZATION finding; device text with the same letters ('US', 'CH 1', 'Fac.
2.3', 'Univ.' alone) and a person after 'Dr.' without a head are no institution. Real spaCy, real
analyzer, read as `tests.test_recognizers.found` reads a line (no header)."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import short_head_institutions
from tests.test_recognizers import found


def _organization(analyzer, text: str) -> set[str]:
    return found(analyzer, text, with_header=False).get("ORGANIZATION", set())


@pytest.mark.parametrize("text", [
    # Turkish: Üniv. (üniversitesi), Hast. (hastanesi), Tıp Fak. (tıp fakültesi), EAH / ŞEAH
    "Karadeniz Teknik Üniv. Farabi Hast.",
    "Ankara Üniv. Tıp Fak. Hast.",
    "Hacettepe Üniv. Hast.",
    "Dokuz Eylül Üniv. Hast.",
    "Ege Üniv. Tıp Fak.",
    "Bakırköy Devlet Hast.",
    "Zeynep Kamil Kadın ve Çocuk Hast.",
    "Özel Medicana Hast.",
    "Çam ve Sakura ŞEAH",
    "HACETTEPE ÜNİV. HAST.",
    # an eponym inside the name is part of it
    "Kartal Dr. Lütfi Kırdar EAH",
    # German, Italian, French
    "Univ. Klin. Freiburg",
    "Univ.-Klin. Erlangen",
    "Krankenh. Nordwest",
    "Khs. Porz am Rhein",
    "Osp. San Raffaele",
    "OSP. SAN RAFFAELE",
    "Az. Osp. Careggi",
    "Policl. Gemelli",
    "Hôp. Saint-Louis",
    "Hôp. Necker",
    "Hop. Europeen Georges Pompidou",
    "Clin. Pasteur",
    # Spanish, Portuguese
    "Hosp. Univ. La Paz",
    "H.U. Virgen del Rocío",
    "Clín. Universidad de Navarra",
    "Hosp. de Clínicas",
    "Fac. Medicina USP",
    # Polish, Dutch, Swedish
    "Szp. Wojewódzki Kielce",
    "Szpit. Bielański",
    "Ziekenh. Gelderse Vallei",
    "Zkh. Amstelland",
    "Skånes Univ. sjukh. Malmö",
    # English
    "Mayo Clinic Hlth System",
    "Dana Farber Cancer Inst.",
])
def test_a_name_with_short_heads_is_one_organization_with_all_its_words(analyzer, text):
    assert set(text.split()) <= _organization(analyzer, text)
    assert short_head_institutions(text) == [(0, len(text))]


@pytest.mark.parametrize("text", [
    "US", "US  Abdomen", "CH 1", "MC", "MC 2", "Univ.", "Fac. 2.3", "Fac. Ratio 2.3", "Cl. 2.1", "Inst. Setup",
    "Klin. Info", "Hosp. Mode", "Univ. Protocol", "Inst. Name: ABC", "Tıp Fak.", "HU Mean 45", "KH 2", "CH Left",
    "US Abdomen", "MC Ratio 1.2",
])
def test_device_text_with_the_same_short_words_is_no_institution(analyzer, text):
    assert short_head_institutions(text) == []
    assert not _organization(analyzer, text)


@pytest.mark.parametrize("text,person", [
    ("Dr. Ahmet Yılmaz", {"Ahmet", "Yılmaz"}),
    ("Dr. Lütfi Kırdar", {"Lütfi", "Kırdar"}),
    ("Hast. Adı: Ahmet Yılmaz", {"Ahmet", "Yılmaz"}),
])
def test_a_person_after_a_title_or_a_label_without_a_head_stays_a_person(analyzer, text, person):
    assert short_head_institutions(text) == []
    got = found(analyzer, text, with_header=False)
    assert person <= got.get("PERSON", set())
    assert "Dr." not in got.get("PERSON", set()) | got.get("ORGANIZATION", set())  # titles stay


def test_a_title_before_the_name_stays_unpainted_an_eponym_inside_is_painted():
    text = "Dr. Lütfi Kırdar Kartal EAH"
    assert [text[a:b] for a, b in short_head_institutions(text)] == ["Lütfi Kırdar Kartal EAH"]
    text = "Kartal Dr. Lütfi Kırdar EAH"
    assert [text[a:b] for a, b in short_head_institutions(text)] == [text]


def test_the_name_is_cut_at_a_field_edge():
    """Two spaces end a field: the next field's words are not the name's."""
    text = "Hacettepe Üniv. Hast.  Radyoloji  12.03.2024"
    assert [text[a:b] for a, b in short_head_institutions(text)] == ["Hacettepe Üniv. Hast."]
