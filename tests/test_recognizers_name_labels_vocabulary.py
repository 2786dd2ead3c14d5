"""Break-test round 3 (fix round 12), names, fixed as kinds:

- a name label makes its value a name even where its words are vocabulary ('Name: HEAD, SARAH',
  'Patient: Hand Robert', 'Name: Robert Hand'); a value of vocabulary alone stays no name;
- in a patient block 'FAMILY, GIVEN' with an overlay word, an institution head or a vendor for the
  family name is a name when the given name is a name-like word ('HEAD, SARAH  12/03/1961'), and
  so is a family name with an initial ('SMITH, J.'); a pair with device vocabulary on both sides
  is kept, localized words included ('Längs, Quer', 'Kopf, Hals', 'Leber, Milz', 'ACI, ACE');
- label words that are also surnames need a colon ('Born', 'Hora', 'Data', 'Doktor');
- the file's own device names do not veto a name's structure ('ZEISS, CARL' of Carl Zeiss Meditec).

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import (
    comma_names,
    labelled_name,
    not_a_comma_name,
)

from .test_recognizers_context import banner, by_recognizer, covered


def persons(analyzer, text: str, device: tuple[str, ...] = ()) -> set[str]:
    """The OCR words of `text` PERSON findings cover, with the file's own device names `device`."""
    ws = banner(text)
    return {w.text for f in analyzer.analyze(ws, device=device) if f.entity_type == "PERSON"
            for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


def rule_painted(analyzer, text: str) -> set[str]:
    """Words any rule (not the NER model) paints."""
    return set().union(*(v for k, v in by_recognizer(analyzer, text).items() if "Spacy" not in k))


# -- 1. a name label trumps vocabulary ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Name: HEAD, SARAH", {"HEAD,", "SARAH"}),
    ("Patient: HAND, ROBERT", {"HAND,", "ROBERT"}),
    ("Name: Gain, Peter", {"Gain,", "Peter"}),
    ("Name: Hand Robert", {"Hand", "Robert"}),
    ("Name: Robert Hand", {"Robert", "Hand"}),
    ("Name: HEAD, SARAH  DOB: 12/03/1961", {"HEAD,", "SARAH"}),
    ("Referring: Foot Michael", {"Foot", "Michael"}),
])
def test_label_makes_vocabulary_a_name(analyzer, text, name):
    got = persons(analyzer, text)
    assert name <= got
    assert not got & {"Name:", "Patient:", "DOB:", "Referring:"}


@pytest.mark.parametrize("text", ["Name: Anonymous", "Name: Head Hand", "Patient: Unknown"])
def test_label_with_vocabulary_alone_is_no_name(analyzer, text):
    assert persons(analyzer, text) == set()


def test_label_still_ends_name_at_next_label():
    text = "Name: DOE JOHN Sex M"
    assert text[slice(*labelled_name(text, 6))] == "DOE JOHN"


# -- 2. comma pairs in a patient block ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("HEAD, SARAH  12/03/1961", {"HEAD,", "SARAH"}),
    ("FOOT, MICHAEL  02/02/1940", {"FOOT,", "MICHAEL"}),
    ("HAND, ROBERT  DOB: 04/05/1950", {"HAND,", "ROBERT"}),
    ("SMITH, J.  12/03/1961", {"SMITH,", "J."}),
    ("DUPONT, RENE  12/03/1961", {"DUPONT,", "RENE"}),
    ("HART, LISA  07/07/1990", {"HART,", "LISA"}),
    ("MEDICAL, JOHN  12/03/1961", {"JOHN"}),
])
def test_comma_name_with_vocabulary_surname_in_patient_block(analyzer, text, name):
    assert name <= persons(analyzer, text)


@pytest.mark.parametrize("text", [
    "Längs, Quer  12.03.2024", "Kopf, Hals  12.03.2024", "Leber, Milz  12.03.2024", "Maksa, Perna  12.03.2024",
    "ACI, ACE  12.03.2024", "Kopf Hals  12.03.2024", "Chest, Abdomen  12/03/2024", "Liver, A  12/03/2024",
])
def test_device_pair_beside_date_no_rule_name(analyzer, text):
    words = set(text.split("  ")[0].split())
    assert not rule_painted(analyzer, text) & words


@pytest.mark.parametrize("text", ["LÄNGS, QUER", "ACI, ACE", "KOPF, HALS", "MAKSA, PERNA"])
def test_capitals_device_pair_no_name(text):
    assert not_a_comma_name(text)


@pytest.mark.parametrize("text", ["TESTA, MARIO", "HART, LISA", "DUPONT, RENE"])
def test_capitals_surname_vocabulary_one_side_name(text):
    assert not not_a_comma_name(text)


def test_initial_needs_patient_block():
    assert comma_names("SMITH, J.") == []
    assert comma_names("SMITH, J.\n12/03/1961") == [(0, 9)]


# -- 3. label words that are also surnames need a colon ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Name: Born Max", {"Born", "Max"}),
    ("Name: Born, Max", {"Born,", "Max"}),
    ("Kanja Mei: HORA JAN", {"HORA", "JAN"}),
    ("Nome: Data Rossi", {"Data", "Rossi"}),
    ("Name: Anna Doktor", {"Anna", "Doktor"}),
    ("BORN, MAX  12/03/1961", {"BORN,", "MAX"}),
    ("HORA, JAN  12.03.1961", {"HORA,", "JAN"}),
    ("DOKTOR, ANNA  12.03.1961", {"DOKTOR,", "ANNA"}),
])
def test_surname_label_words_need_colon(analyzer, text, name):
    assert name <= persons(analyzer, text)


@pytest.mark.parametrize("text, value", [("Doktor: Nowak Jan", {"Nowak", "Jan"}),
                                         ("Data: 12.03.2024", {"12.03.2024"})])
def test_with_colon_still_labels(analyzer, text, value):
    got = covered(analyzer, text)
    assert value <= set().union(*got.values())
    assert not set().union(*got.values()) & {"Doktor:", "Data:"}


# -- 4. own device names do not veto a name's structure -------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("ZEISS, CARL  02/02/1945", {"ZEISS,", "CARL"}),
    ("Name: Carl Zeiss", {"Carl", "Zeiss"}),
])
def test_own_device_name_no_veto_on_name_structure(analyzer, text, name):
    assert name <= persons(analyzer, text, device=("Carl Zeiss Meditec", "CIRRUS HD-OCT"))


def test_own_device_name_still_vetoes_device_text(analyzer):
    assert persons(analyzer, "CIRRUS HD-OCT  Carl Zeiss Meditec", device=("Carl Zeiss Meditec", "CIRRUS HD-OCT")) \
        == set()


@pytest.mark.parametrize("text, name", [
    ("Name: de Vries", {"de", "Vries"}),
    ("Name: de Vries, Anna", {"de", "Vries,", "Anna"}),
    ("Name: la Rosa", {"la", "Rosa"}),
    ("Name: le Gall", {"le", "Gall"}),
    ("Name: del Rio, Ana", {"del", "Rio,", "Ana"}),
    ("Name: du Pont  ID: 12345678", {"du", "Pont"}),
    ("Name: di Maggio", {"di", "Maggio"}),
])
def test_an_english_name_label_before_a_lower_case_particle_names_the_whole_family_name(analyzer, text, name):
    """The particle was read as the value's first word, which is no name's shape, so after
    `Name:` (unlike `Naam:`) 'de Vries' was nobody; the particle now goes with the label's
    end and comes back to the name as `with_particles` adds it."""
    assert covered(analyzer, text).get("PERSON", set()) >= name


@pytest.mark.parametrize("text", ["Name: de-identified", "Name: do not use", "Name: de"])
def test_a_particle_without_a_name_after_it_is_no_one(analyzer, text):
    assert not covered(analyzer, text).get("PERSON")
