"""Names found by their shape alone, without a label and without metadata (issue #14):

- a DICOM PN with its carets is a person in any alphabet ('KOZŁOWSKA^MAGDALENA' of a Polish MR
  corner, 'ŞAHİN^AYŞE', 'ΠΑΠΑΔΟΠΟΥΛΟΥ^ΕΛΕΝΗ'), in capitals or mixed case, with empty components
  ('^^') and OCR's reading of a slashed 'Ø' as a zero;
- 'Family Family, Given' written as a line of its own ('Pinto Carvalho, Beatriz' up the edge of a
  radiograph): a double surname, a particle or a hyphen is a family name's shape, where the words
  are no vocabulary. A pair of settings, anatomy or a vendor and its town stays.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import comma_names

from .test_recognizers_context import covered, painted

# -- 1. DICOM PN carets in any alphabet ----------------------------------------------------------

# The lines of a Siemens MR corner as PP-OCR reads them (review 9, a Polish site).
_MR_CORNER = "SIEMENS MAGNETOM Vida\n{name}\nSzpital Uniwersytecki w Krakowie\n2019871453\nF 39Y 1984-12-02"


@pytest.mark.parametrize("name", [
    "KOZŁOWSKA^MAGDALENA", "Kozłowska^Magdalena", "KOZŁOWSKA^MAGDALENA^^", "ØVERGÅRD^SØREN^^^",
    "BJ0RNSTAD^S0REN", "ŞAHİN^AYŞE", "GÜNDOĞDU^ÖZGE", "SZŐKE^ŰRSULA", "MUÑOZ^IÑIGO", "ÞÓRSDÓTTIR^GUÐRÚN",
    "STRAßER^JÜRGEN", "ÆRØSKØBING^ÅSE", "ΠΑΠΑΔΟΠΟΥΛΟΥ^ΕΛΕΝΗ", "ИВАНОВА^АННА",
])
def test_a_caret_name_is_a_person_in_any_alphabet(analyzer, name):
    found = covered(analyzer, _MR_CORNER.format(name=name))
    assert name in found.get("PERSON", set())
    assert "SIEMENS" not in painted(analyzer, _MR_CORNER.format(name=name))


@pytest.mark.parametrize("text", ["T2^FLAIR", "mm^2", "cm^2  12.4", "SL 4.0  FoV 230*230"])
def test_a_caret_between_settings_or_units_is_no_name(analyzer, text):
    assert not covered(analyzer, text).get("PERSON")


# -- 2. 'Family Family, Given' written alone ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pinto Carvalho, Beatriz", "PINTO CARVALHO, BEATRIZ", "García Márquez, Lucía", "da Silva, Ana",
    "van der Berg, Eva", "Smith-Jones, Ann", "O'Neil, Sean", "al-Rashid, Omar", "Ferreira da Costa, Joana",
])
def test_a_family_name_shape_alone_on_its_line_is_a_name(text):
    assert comma_names(text) == [(0, len(text))]
    assert comma_names(f"Hospital da Luz Lisboa\n{text}\npt could not stand") == [(23, 23 + len(text))]


@pytest.mark.parametrize("text", [
    "Vena Cava, Aorta", "Ojo Derecho, Ojo Izquierdo", "Rene Dx, Rene Sx", "Shepp-Logan, Hann",
    "Auge Rechts, Auge Links", "Solid, Cystic", "Ok, Cancel", "Siemens, Erlangen", "Sint Maarten, Netherlands",
    "Study List, Measurements", "Fetus A, Fetus B", "Centro de Rotación, Prueba",
    "Pinto Carvalho, Beatriz could not stand",  # prose: the pair does not end its line
])
def test_a_pair_of_vocabulary_or_a_longer_line_is_no_name(text):
    assert comma_names(text) == []


def test_the_vertical_name_of_a_radiograph_is_painted(analyzer):
    """The layout of the review's Agfa radiograph: the name up the right edge is a line of its own."""
    text = ("Agfa DX-D 600 MUSICA SID 180cm\nLat L-spine\nAcq. 2024-02-29 El 320 DAP 0.58 dGycm2\n"
            "Hospital da Luz Lisboa\nPinto Carvalho, Beatriz\npt Beatriz Carvalho could")
    found = covered(analyzer, text)
    assert {"Pinto", "Carvalho,", "Beatriz"} <= found.get("PERSON", set())
    assert not {"Agfa", "MUSICA", "Lat", "L-spine"} & painted(analyzer, text)
