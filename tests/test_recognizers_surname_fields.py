"""The surname field of a form or banner (review 10 half B, fix round 19), as kinds:

- after a name label the whole family name is painted, its lower-case particles run two together
  ('Apellidos: Fernández de la Vega', 'de los Santos', 'van den Berg', 'von der Heide') and two
  surnames joined by 'y' / 'e' ('Pérez y Gómez', 'Silva e Souza') are one name;
- 'Surname:' and 'Forename(s):' (UK NHS request forms) are name labels, and a Gaelic, Italian or
  West African surname with its apostrophe in any of the forms fonts and OCR write it
  ("O'Shaughnessy", 'O’Shaughnessy', 'O‘Brien', 'O`Connor'), in capitals or hyphenated, is the name;
- a row of those labels alone ('Surname Forename DOB'), a particle or joiner without a name word
  after it, and vocabulary joined by 'e' / 'y' without a label stay.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text, name", [
    # the review's line, OCR's 'rn' read as 'm' and the fields one space apart as the layout joins them
    ("Apellidos: Femández de la Vega Nombre: Rocío", ["Femández", "de", "la", "Vega", "Rocío"]),
    ("Apellidos: Fernández de la Vega  Nombre: Rocío", ["Fernández", "de", "la", "Vega", "Rocío"]),
    ("Apellidos: Martín de los Santos Nombre: Luis", ["Martín", "de", "los", "Santos", "Luis"]),
    ("Apellidos: Pérez y Gómez", ["Pérez", "y", "Gómez"]),
    ("Apellidos: García Fernández de la Vega", ["García", "Fernández", "de", "la", "Vega"]),
    ("Sobrenome: da Silva dos Santos Nome: João", ["da", "Silva", "dos", "Santos", "João"]),
    ("Nome: Ana Silva e Souza", ["Ana", "Silva", "e", "Souza"]),
    ("Cognome: Della Rovere", ["Della", "Rovere"]),
    ("Nom: de La Fontaine Prénom: Jean", ["de", "La", "Fontaine", "Jean"]),
    ("Achternaam: van den Berg Voornaam: Eva", ["van", "den", "Berg", "Eva"]),
    ("Nachname: von der Heide Vorname: Karl", ["von", "der", "Heide", "Karl"]),
])
def test_a_surname_with_its_particles_or_joined_surnames_is_painted_whole(analyzer, text, name):
    got = covered(analyzer, text)
    assert set(name) <= got.get("PERSON", set()), got


@pytest.mark.parametrize("text, name", [
    ("Surname: O'Shaughnessy", ["O'Shaughnessy"]),
    ("Surname: O’Shaughnessy", ["O’Shaughnessy"]),
    ("Surname: O`Connor", ["O`Connor"]),
    ("Surname: O'SHAUGHNESSY", ["O'SHAUGHNESSY"]),
    ("Surname: Smith", ["Smith"]),
    ("Surname: Smith-Jones", ["Smith-Jones"]),
    ("Surname: SMITH-JONES", ["SMITH-JONES"]),
    ("Forename(s): Mary Anne  Surname: O'Shaughnessy", ["Mary", "Anne", "O'Shaughnessy"]),
    ("Forenames: Ravi  Surname: MacDonald", ["Ravi", "MacDonald"]),
])
def test_a_surname_after_a_form_label_is_painted(analyzer, text, name):
    got = covered(analyzer, text)
    assert set(name) <= got.get("PERSON", set()), got


@pytest.mark.parametrize("text, kept", [
    ("Surname Forename DOB Sex", {"Surname", "Forename", "DOB", "Sex"}),      # a form's row of labels
    ("Surname:  Forename(s):", {"Surname:", "Forename(s):"}),                 # an empty form
    ("Surname: Anonymous", {"Anonymous"}),                                    # a placeholder
    ("Patient: Doe y 45", {"y", "45"}),                                       # a joiner without a name after it
    ("Name: Rocío de la 2026", {"de", "la", "2026"}),                         # particles without a name after them
    ("Name: Smith e 3", {"e", "3"}),
    ("Head y Neck", {"Head", "y", "Neck"}),                                   # no label: vocabulary
    ("Protocol: Abdomen e Pelvis", {"Abdomen", "e", "Pelvis"}),
    ("Kontrast: de la Vena", {"de", "la", "Vena"}),
])
def test_labels_placeholders_and_particles_without_a_name_stay(analyzer, text, kept):
    assert not kept & painted(analyzer, text)
