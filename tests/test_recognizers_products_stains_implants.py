"""Device text that a model or a banner's name rule took for a name (review 14): a camel-case product
with its version ('TraumaCad 2.5' an organisation), an implant's part, product and size in a templating
banner ('Stem Corail Size 12' a name field beside the IHI), the stains of a slide label ('PAP Giemsa' a
person), a 3D workstation's view ('Coronary Tree' an organisation once the hospital beside it was
painted) and a window's value OCR misread between its labels ('W Lscc -600' a place).

Stains, views and implant parts are device vocabulary (stains named for people that are surnames too,
and 'Tree', only beside another such word); a product with its version, a size after a part's name and
a digit-like token between a window's labels are structure. Names that are such words, or stand beside
them, stay names. Text-level: OCR words with boxes through the real Presidio analyzer and spaCy.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.analyzer import _between_window_labels, _versioned_product
from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import only_device_words

from .helpers import ocr_rows
from .test_recognizers_context import BANNER_ROW as _BANNER
from .test_recognizers_context import covered, painted_under_a_banner

_painted = painted_under_a_banner


@pytest.mark.parametrize("label", [
    "PAP Giemsa", "H&E PAS", "Gram Stain", "Ziehl-Neelsen", "Masson Trichrome", "Grocott GMS",
    "Papanicolaou", "Giemsa", "Reticulin Perls", "PAS-D Alcian",
])
def test_the_stains_of_a_slide_label_are_kept(analyzer, label):
    assert not _painted(analyzer, (16, 124, label), (16, 150, "C-2611873")) - {"C-2611873"}


@pytest.mark.parametrize("view", [
    "Coronary Tree", "Bone Removal", "Curved MPR", "Heart Isolation", "Calcium Scoring",
    "Straightened CPR", "Virtual Endoscopy", "Cinematic Rendering",
])
def test_a_3d_workstations_view_name_is_kept(analyzer, view):
    assert not _painted(analyzer, (540, 44, view))


@pytest.mark.parametrize("line", [
    "TraumaCad 2.5", "DermLite DL4", "OsiriX MD 14.0", "mediCAD v6.5", "OrthoView 7.3", "PowerScribe V4.1",
])
def test_a_camel_case_product_with_its_version_is_kept(analyzer, line):
    assert not _painted(analyzer, (403, 30, line))


@pytest.mark.parametrize("line", [
    "Stem Corail Size 12", "Cup Pinnacle 54 mm", "Tige Corail Taille 12", "Schaft Twinsys Größe 4",
    "Head Biolox 36mm", "Liner Marathon 36 mm", "Vástago Accolade Talla: 3",
])
def test_an_implants_part_and_product_before_its_size_are_kept(analyzer, line):
    # right of the ID and the date, on the banner's own lines: where a name field is read
    words = ocr_rows(_BANNER, (10, 26, "IHI 8003 6081 5524 0732"), (375, 26, line))
    found = set().union(*covered(analyzer, words).values())
    assert not found & {w.text for w in words if w.box.left >= 375}


def test_the_line_without_its_size_is_still_a_name_field(analyzer):
    # the same words without a size are a name beside the ID: the size is what makes them a setting
    words = ocr_rows(_BANNER, (10, 26, "IHI 8003 6081 5524 0732"), (375, 26, "Stem Corail"))
    found = set().union(*covered(analyzer, words).values())
    assert {"Stem", "Corail"} & found


@pytest.mark.parametrize("line, name", [
    ("Name: Anna Wright", {"Anna", "Wright"}),  # a stain that is a surname, after a name label
    ("Patient: Pap Eszter", {"Pap", "Eszter"}),  # the Hungarian surname Pap (PAP, the smear)
    ("Pathologist: Dr. Claire Masson", {"Claire", "Masson"}),
    ("Operator: Ann Tree", {"Ann", "Tree"}),  # the tree of 'Coronary Tree' as a surname
    ("Referring: Dr. Mary McDonald 2.5", {"Mary", "McDonald"}),  # a surname with a capital inside
    ("Patient: LaToya DeShawn v2", {"LaToya", "DeShawn"}),
    ("Patient: Maria Size 12", {"Maria", "Size"}),  # a size word after a name label is a surname
])
def test_names_that_are_such_words_stay_names(analyzer, line, name):
    assert name <= _painted(analyzer, (10, 60, line))


def test_a_name_beside_its_age_is_no_implant(analyzer):
    words = ocr_rows((10, 10, "AS-994410  2026-11-26"), (10, 26, "Grace Mbeki  12 Y"))
    assert {"Grace", "Mbeki"} <= set().union(*covered(analyzer, words).values())


@pytest.mark.parametrize("line, token, kept", [
    ("W Lscc -600", "Lscc", True),  # '1500' read 'Lscc', the level's 'L' lost
    ("W Lscc L -600", "Lscc", True),
    ("WW Isoo WL 40", "Isoo", True),
    ("C Zso W 400", "Zso", True),
    ("W Lee 40", "Lee", False),  # an initial, a surname and an age: letters no digit is read as
    ("Tech: W Smith 45", "Smith", False),
    ("W Lscc", "Lscc", False),  # no value after it
    ("Anna Lscc -600", "Lscc", False),  # no window label before it
])
def test_a_misread_window_value_between_its_labels(line, token, kept):
    start = line.index(token)
    assert _between_window_labels(line, start, start + len(token)) is kept


@pytest.mark.parametrize("line, kept", [
    ("TraumaCad 2.5", True), ("DermLite DL4", True), ("OsiriX MD 14.0", True), ("OrthoView v7", True),
    ("McDonald 2.5", False), ("MacLeod 2.5", False), ("DeSouza DL4", False), ("TraumaCad 45", False),
    ("TraumaCad", False), ("Trauma 2.5", False),
])
def test_a_product_and_its_version(line, kept):
    word = line.split()[0]
    assert _versioned_product(line, word, len(word)) is kept


def test_a_misread_window_value_is_not_painted(analyzer):
    words = ocr_rows((414, 493, "W Lscc -600"))
    assert "Lscc" not in set().union(*covered(analyzer, words).values())


@pytest.mark.parametrize("text, device", [
    ("Coronary Tree", True), ("PAP Giemsa", True), ("Gram Stain", True), ("Bone Removal", True),
    ("Tree", False), ("Pap", False), ("Anna Tree", False), ("Pap Eszter", False), ("Wright Masson", False),
])
def test_stains_and_views_in_the_vocabulary(text, device):
    # the verification pass reads 'Coronary Tree' once the hospital beside it is painted, where the
    # model calls it an organisation: the words themselves must be the device's
    assert only_device_words(text) is device


# -- break-test 8: the names these rules dropped ---------------------------------------------------


@pytest.mark.parametrize("line, name", [
    ("Olga Petrova 165 cm", {"Olga", "Petrova"}),  # a height after a name: no part's word before it
    ("Olga Petrova Size 12", {"Olga", "Petrova"}),
    ("Dr Grocott", {"Grocott"}),  # a stain that is a surname, after a pathologist's title
    ("Dr Gomori", {"Gomori"}),
    ("AbdelRahman 12.5.90", {"AbdelRahman"}),  # a camel-case name before a date of birth
    ("VanderMeer 12.5.90", {"VanderMeer"}),
    ("JoAnn 3.5 kg", {"JoAnn"}),  # before a weight
    ("JoAnn  3.5 kg", {"JoAnn"}),  # the weight in its own field
])
def test_a_name_before_a_size_a_date_or_after_a_title_still_goes(analyzer, line, name):
    assert name <= _painted(analyzer, (10, 60, line))
