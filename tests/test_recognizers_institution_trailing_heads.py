"""Institution heads beyond the big European languages: university, health-centre and hospital
words that end a name after its place in the genitive ('Oulun yliopisto', 'Uppsala universitet',
'Hacettepe Üniversitesi'), heads that lead it in Malay/Indonesian, Tagalog, Swahili, Vietnamese,
Persian, Albanian, Maltese, Irish and the Balkan languages, and a head-last name the image's
right edge cut inside its head ('Oulun yliopisto|llinen sairaala': review 13's fi_dx_2 read
'Oulun yliopisto'). Real analyzer: the words are painted; device text and prose stay."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
from tests.test_recognizers_context import painted


def _institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize("name", [
    # the head after the place: university (fi, et, sv, da, hu, tr, lv, lt), medical and health
    # centre (tr, fi, sv), hospital (lt, lv, af, hi)
    "Oulun yliopisto", "Helsingin yliopisto", "Tartu ülikool", "Tartu Ülikool", "Uppsala universitet",
    "Aarhus Universitet", "Semmelweis Egyetem", "Hacettepe Üniversitesi", "Acıbadem Tıp Merkezi",
    "Kuopion terveysasema", "Mehiläinen lääkärikeskus", "Tullinge vårdcentral", "Rīgas Stradiņa universitāte",
    "Vilniaus universitetas", "Kauno klinikinė ligoninė", "Paula Stradiņa klīniskā universitātes slimnīca",
    "Tygerberg Hospitaal", "Ram Manohar Lohia Chikitsalaya",
    # the head first
    "Rumah Sakit Cipto Mangunkusumo", "Puskesmas Menteng", "Ospital ng Maynila", "Hospitali ya Rufaa Mbeya",
    "Phòng khám Đa khoa Hòa Hảo", "Bimarestan Imam Khomeini", "Spitali Rajonal Durrës", "Sptar Mater Dei",
    "Splošna bolnišnica Celje", "Univerzitetni klinični center Ljubljana", "Klinički bolnički centar Zagreb",
    # cut by the image's edge inside the head
    "Tampereen yliopistollin", "Karolinska Universitetssj", "Helsingin yliopistollinen keskussai",
    "Sahlgrenska universitetssjukh",
])
def test_the_whole_institution_is_found(name):
    assert name in _institutions(name)


def test_a_name_cut_at_the_edge_is_painted_beside_the_banner(analyzer):
    text = "Korhonen Eetu  Oulun yliopisto\nHetu 040105A318X  2.11.2026"
    assert {"Oulun", "yliopisto"} <= painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "Voluson Expert Univers",          # a product's words before the cut piece
    "Report Universitet-style layout",  # the head inside a longer word
    "Tutkimus tehtiin yliopistossa",    # prose: the head inflected
    "Universal Abdomen", "Hasta Adı", "Kontrast Sairaus", "Lung Nodule Analysis",
    "Ranne  dx  LAT  55 kV  2.0 mAs  EI 1650",
])
def test_device_text_and_prose_are_no_institution(text):
    assert _institutions(text) == []
