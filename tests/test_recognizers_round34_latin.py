"""Fix round 34 (review 18 B's Latin misses): two kinds the rules got wrong.

1. A staff label written short ('Prescr.' of GE's French prescripteur) that the model read as a person
   alone beside the titled name after it: the short label stays, the name is painted
   (`vocabulary.NON_PHI_WORDS`).
2. A patronymic particle between a given name and the father's ('Rhys ap Gwilym', 'Sean Mac Giolla'):
   the model read the two names and left the particle standing; it is painted with them
   (`names.is_patronymic_particle`, `analyzer._connectives_inside_names`). 'AP' in capitals stays a
   projection.
3. A 'family, given' banner written all in lower case ("o'connell, mary-kate"): the model read the given
   name alone; the pair is read in title case and taken where the model read a person in it
   (`names._lower_case_comma_names`). Vocabulary and place pairs in lower case stay.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline (`analyzer`).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import is_patronymic_particle
from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import only_overlay_words

from .test_recognizers_context import painted

# -- 1. a staff label written short -------------------------------------------------------------


@pytest.mark.parametrize(("line", "label", "name"), [
    ("Prescr. Dr Lefèvre", "Prescr.", {"Lefèvre"}),                                # fr prescripteur (GE)
    ("W:1123 L:562  Prescr. Pr Abdelkader Benali", "Prescr.", {"Abdelkader", "Benali"}),
    ("Manip. Julie Martin", "Manip.", {"Julie", "Martin"}),                        # fr manipulateur
])
def test_a_short_staff_label_stays_and_the_name_after_it_is_painted(analyzer, line, label, name):
    words = painted(analyzer, line)
    assert name <= words
    assert label not in words


@pytest.mark.parametrize("word", ["Prescr.", "Prescr", "Manip.", "Radiol.", "Sonogr.", "Technol.", "Solic.",
                                  "Refert.", "Überw.", "Anford."])
def test_short_staff_labels_are_overlay_words(word):
    assert only_overlay_words(word)


@pytest.mark.parametrize("word", ["Prescott", "Radford", "Solis", "Verwey"])
def test_names_that_begin_like_a_short_label_are_no_overlay_words(word):
    assert not only_overlay_words(word)


# -- 2. patronymic particles -----------------------------------------------------------------------


@pytest.mark.parametrize(("line", "name"), [
    ("Rhys ap Gwilym  NHS No: 401 023 2137", {"Rhys", "ap", "Gwilym"}),    # Welsh, son of
    ("Sean Mac Giolla", {"Sean", "Mac", "Giolla"}),                         # Irish
    ("Ahmad bin Ismail  MRN 4410772", {"Ahmad", "bin", "Ismail"}),          # Arabic, Malay
    ("Siti binti Abdullah", {"Siti", "binti", "Abdullah"}),                 # Malay, daughter of
])
def test_a_patronymic_particle_between_painted_names_is_painted(analyzer, line, name):
    assert name <= painted(analyzer, line)


@pytest.mark.parametrize("word", ["ap", "ab", "ferch", "Verch", "bin", "IBN", "binti", "Mac", "Ní", "Ó", "ould"])
def test_patronymic_particles(word):
    assert is_patronymic_particle(word)


@pytest.mark.parametrize("word", ["AP", "AB", "PA", "LAT", "de", "BEN"])
def test_device_capitals_and_other_words_are_no_patronymic_particle(word):
    assert not is_patronymic_particle(word)


def test_a_projection_in_capitals_stays_device_text(analyzer):
    assert not painted(analyzer, "CHEST AP PORTABLE") & {"CHEST", "AP", "PORTABLE"}


# -- 3. a lower-case 'family, given' banner ----------------------------------------------------------


@pytest.mark.parametrize(("line", "name"), [
    ("o'connell, mary-kate\nMRN: E10293847", {"o'connell,", "mary-kate"}),   # Irish O', the review's case
    ("o'brien, sean", {"o'brien,", "sean"}),
    ("mcdonald, ian alasdair", {"mcdonald,", "ian", "alasdair"}),               # Scots Mac/Mc
    ("van der berg, eva", {"van", "der", "berg,", "eva"}),                      # Dutch particles
])
def test_a_lower_case_family_given_banner_is_painted_whole(analyzer, line, name):
    assert name <= painted(analyzer, line)


@pytest.mark.parametrize("line", ["head, neck", "mild, moderate", "chest, abdomen", "axial, coronal"])
def test_lower_case_vocabulary_pairs_stay(analyzer, line):
    assert not painted(analyzer, line)


def test_title_casing_keeps_offsets_and_leaves_lines_with_capitals():
    from fw_gear_presidio_image_redactor.recognize.recognizers.names import _title_cased_lower_lines

    text = "o'connell, mary-kate\nMRN: x1"
    cased = _title_cased_lower_lines(text)
    assert cased == "O'Connell, Mary-Kate\nMRN: x1" and len(cased) == len(text)
