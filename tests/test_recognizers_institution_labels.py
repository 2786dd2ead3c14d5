"""Fix round 12 (inst12): institution labels make their value an institution; a leading or
practice head before console words, a specialty before a generic head, and fields made of
localized specialty, anatomy, laterality and product vocabulary (joined by 'and', 'und', 'y',
'of' ...) are device text, whatever the NER model reads in them. Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import only_device_words
from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import labelled_institutions
from tests.test_recognizers_context import painted

# -- the value after an institution's label ----------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Hospital: Westway", {"Westway"}),
    ("Klinik: Weser", {"Weser"}),
    ("Institution: Westway", {"Westway"}),
    ("Site: North Campus", {"North", "Campus"}),
    ("Einrichtung: Haus Lindenhof", {"Haus", "Lindenhof"}),
    ("Établissement: Les Tilleuls", {"Les", "Tilleuls"}),
    ("Centro: San Camillo", {"San", "Camillo"}),
    ("Inst: Mercy  DOB: 01/02/1960", {"Mercy"}),
])
def test_the_value_of_an_institution_label_is_painted_and_the_label_stays(analyzer, text, value):
    got = painted(analyzer, text)
    assert value <= got, got
    assert not any(w.endswith(":") for w in got), got


@pytest.mark.parametrize("text", ["Site: Left Breast", "Station: CT01", "Hospital #: 4471926"])
def test_device_values_and_numbers_are_no_institution(text):
    assert labelled_institutions(text) == []


def test_the_value_ends_at_its_field():
    text = "Institution: Westway  MRN: 12345"
    assert [text[a:b] for a, b in labelled_institutions(text)] == ["Westway"]


# -- heads before device text --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Women's Health", "Praxis Modus", "Klinik Protokoll", "Radiologia Senologica",
                                  "Clinic Mode", "Hospital Mode"])
def test_a_head_before_console_or_specialty_words_is_no_institution(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text,place", [
    ("Women's Imaging of Tulsa", "Tulsa"), ("Klinik Nord", "Nord"), ("Klinikum rechts der Isar", "Isar"),
    ("Hospital USP", "USP"), ("Tulsa Women's Health", "Tulsa"), ("Radiologie am Markt", "Markt"),
    ("Praxis für Radiologie Dr. Weber", "Weber"),
])
def test_a_head_beside_a_place_is_still_an_institution(analyzer, text, place):
    assert place in painted(analyzer, text)


# -- the NER span filter: localized vocabulary, connectives, products ----------------------------

@pytest.mark.parametrize("text", [
    "Radiologia Torace", "Radiologie Thorax", "Medicina Nucleare", "Neuroradiologie", "Kinderradiologie",
    "Cardiologie Echo", "Kopf und Hals", "Cabeza y Cuello", "Hoofd en Hals", "Centre of Rotation",
    "Centro de Rotación", "Ojo Derecho, Ojo Izquierdo", "Rein droit, Rein gauche", "Niere re, Niere li",
    "Heidelberg Spectralis", "Zeiss Cirrus 5000", "Sequoia Silver", "Cath Lab 2", "Weich, Scharf",
])
def test_localized_department_anatomy_and_product_text_stays(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text,name", [
    ("Name: Carl Zeiss", {"Carl", "Zeiss"}), ("Patient: Li Wei", {"Li", "Wei"}),
    ("HANS KOPF  12/03/1961", {"HANS", "KOPF"}), ("Kopf, Hans  12/03/1961", {"Kopf,", "Hans"}),
    ("Name: Auge Martin", {"Auge", "Martin"}),
])
def test_names_made_of_the_new_context_words_are_still_names(analyzer, text, name):
    assert name <= painted(analyzer, text)


def test_a_connective_joins_vocabulary_only():
    assert only_device_words("Kopf und Hals") and only_device_words("Centre of Rotation")
    # two surnames joined may be a practice's name; a name word keeps its field a name
    assert not only_device_words("Baker and Campbell")
    assert not only_device_words("Maria de Souza")
    assert not only_device_words("Anna de Kopf")
    assert not only_device_words("Kopf")
