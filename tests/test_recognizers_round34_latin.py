"""Fix round 34 (review 18 B's Latin misses): six kinds the rules got wrong.

1. A staff label written short ('Prescr.' of GE's French prescripteur) that the model read as a person
   alone beside the titled name after it: the short label stays, the name is painted
   (`vocabulary.NON_PHI_WORDS`).
2. A patronymic particle between a given name and the father's ('Rhys ap Gwilym', 'Sean Mac Giolla'):
   the model read the two names and left the particle standing; it is painted with them
   (`names.is_patronymic_particle`, `analyzer._connectives_inside_names`). 'AP' in capitals stays a
   projection.
3. A 'family, given' banner written all in lower case ("o'connell, mary-kate"): the model read the given
   name alone; the pair is read in title case and taken where the model read a person in it
   (`names._recased_comma_names`) or in a patient block. Vocabulary and place pairs in lower case stay.
4. A given name's capital I that OCR read as l after 'Family, ' ('MacDonald, lan Alasdair'): read as I
   where a patient block's labels stand near (`names._capital_i_read_as_l`).
5. A US state glued to its ZIP code after a street ('400 N Main St, Bozeman MT59715': the layout
   joins words one pixel apart): the whole address is LOCATION (`addresses._US`).
6. A cine's frame counter ('Cine 5/5', 'Frame 12/40', 'Image 3 of 12'): device text whoever names it
   (`vocabulary._FRAME_COUNTER`); a bare 'n/m' stays a date reader's. A long staff label OCR broke
   ('Sonogra' of 'Sonographer:') is a label's piece (`vocabulary._cut_staff_label`).

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline (`analyzer`).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import addresses
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


# The review's CR banner as PP-OCR read it (x, y, w, h): the name top left in lower case, the hospital
# and its address top right, the ZIP code one pixel after its state.
_CR_BANNER = [("o'connell,", 7, 9, 56, 11), ("mary-kate", 66, 9, 58, 12), ("Riverbend", 411, 9, 51, 10),
              ("Regional", 465, 9, 43, 12), ("Hospital", 511, 9, 41, 12), ("MRN:", 8, 22, 26, 9),
              ("E10293847", 38, 22, 57, 9), ("400", 393, 21, 18, 9), ("N", 414, 18, 5, 15),
              ("Main", 423, 21, 22, 9), ("St,", 448, 21, 12, 10), ("Bozeman", 463, 21, 42, 9),
              ("MT", 507, 21, 15, 9), ("59715", 523, 21, 29, 9), ("DOB:", 8, 34, 25, 9),
              ("1/5/1941", 37, 34, 46, 10), ("Age:", 84, 34, 23, 11), ("84Y", 111, 34, 20, 9),
              ("9/28/2025", 469, 33, 52, 10), ("14:22", 523, 33, 29, 9), ("Acc#", 7, 46, 28, 9),
              ("CR881203", 37, 46, 53, 9)]


def test_the_review_cr_banner_paints_the_lower_case_name_and_the_whole_address(analyzer):
    from .test_recognizers_context import covered

    ws = [OcrWord(t, Box(x, y, w, h), 95.0) for t, x, y, w, h in _CR_BANNER]
    found = covered(analyzer, ws)
    assert {"o'connell,", "mary-kate"} <= found.get("PERSON", set())
    assert {"400", "N", "Main", "St,", "Bozeman", "MT", "59715"} <= found.get("LOCATION", set())
    assert not set().union(*found.values()) & {"MRN:", "DOB:", "Age:", "Acc#"}


@pytest.mark.parametrize("line", [
    "400 N Main St, Bozeman MT59715",
    "12 Oak Ave, Springfield IL62701",
    "1 Elm Rd, Austin TX78701-1234",
    "8 Pine St, Reno, NV89501",
])
def test_a_state_glued_to_its_zip_code_after_a_street_is_the_address(line):
    assert [line[a:b] for a, b in addresses(line)] == [line]


@pytest.mark.parametrize("line", ["Patient ID 12345", "Pat ID12345", "Acc CT20250", "Room OR 12345", "Gain MI 12345"])
def test_a_label_or_device_word_before_a_state_code_and_digits_is_no_address(line):
    assert addresses(line) == []


@pytest.mark.parametrize("text", ["axial, coronal\nMRN: 4410772", "head, neck\nDOB: 1/5/1941"])
def test_lower_case_vocabulary_pairs_in_a_patient_block_stay(analyzer, text):
    assert not painted(analyzer, text) & {"axial,", "coronal", "head,", "neck"}


# -- a given name's capital I read as l -------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("MacDonald, lan Alasdair\nOHIP 4532-281-936-NK\nMRN M0027716\nDOB 1977-12-02",
     {"MacDonald,", "lan", "Alasdair"}),                                      # the review's MR banner
    ("Petrov, lvan\nMRN 12345678", {"Petrov,", "lvan"}),                      # Ivan
    ("Novak, lgor\nDOB 12.03.1971", {"Novak,", "lgor"}),                      # Igor
    ("Weber, llse\nPID: 5520981", {"Weber,", "llse"}),                        # Ilse
])
def test_a_given_name_whose_capital_i_ocr_read_as_l_is_painted(analyzer, text, name):
    assert name <= painted(analyzer, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Kopf, links\nDOB 01.02.1990", {"Kopf,", "links"}),
    ("Schädel, lat\nPID: 5520981", {"Schädel,", "lat"}),
    ("Abdomen, lateral\nMRN 12345678", {"Abdomen,", "lateral"}),
])
def test_vocabulary_with_a_small_l_after_a_comma_stays(analyzer, text, kept):
    assert not painted(analyzer, text) & kept


# -- a cine's frame counter ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Cine 5/5", "Cine 1/5", "Frame 12/40", "Img 4/20", "Clip 2/4", "Loop 1/3",
                                  "Image 3 of 12", "Bild 4/20", "Immagine 2 di 9"])
def test_a_frame_counter_is_overlay_text(text):
    assert only_overlay_words(text)


@pytest.mark.parametrize("text", ["5/5", "12/03", "Cine Smith", "Frame Okafor 2/3"])
def test_a_bare_fraction_or_a_name_beside_a_counter_word_is_not(text):
    assert not only_overlay_words(text)


def test_the_review_cine_counter_band_stays(analyzer):
    # the last frame's re-read band of the review's cine as PP-OCR read it (x, y, w, h)
    ws = [OcrWord(t, Box(x, y, w, h), 95.0) for t, x, y, w, h in
          [("Cine", 8, 399, 23, 10), ("5/5", 33, 400, 16, 10), ("Sonogra", 5, 416, 49, 8), ("phé", 40, 413, 24, 11)]]
    assert not painted(analyzer, ws) & {"Cine", "5/5"}


@pytest.mark.parametrize("word", ["Sonogra", "Sonograph", "Technolog", "Radiograph", "Physicia", "Prescripte"])
def test_a_long_staff_label_cut_by_ocr_is_overlay_text(word):
    assert only_overlay_words(word)


@pytest.mark.parametrize("word", ["Sonja", "Physic", "Radford", "Sonnenberg", "Prescott"])
def test_short_pieces_and_names_are_no_cut_label(word):
    assert not only_overlay_words(word)
