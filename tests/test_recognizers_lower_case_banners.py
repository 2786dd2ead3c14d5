"""Keyboard-typed banners written all in lower case (video endoscopy processors): the patient's
name after its label and the institution alone on its line are PHI as in capitals; the
processor's own lower-case settings and menu words are not.

Text-level through the recognisers, and OCR words with boxes through the real analyzer and spaCy.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer
from fw_gear_presidio_image_redactor.recognize.recognizers.names import (
    TitledNameRecognizer,
    lower_case_labelled_names,
)

from .test_recognizers_context import banner, painted

ENDOSCOPY = ("name: dela cruz, maria rosario\nid: ph-2024-00871\ndob: 1979-06-23\n"
             "makati sunrise medical center\nsex: f\nage: 44\ncv-190\nnbi enh a5\nauto iris\n"
             "freeze\nenhance a3\nzoom x1.0\ndr. ramon villanueva\ncomment: polyp sigmoid 25cm")


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in lower_case_labelled_names(text)]


def _institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(("text", "name"), [
    ("name: dela cruz, maria rosario", "dela cruz, maria rosario"),
    ("pt: santos, jose", "santos, jose"),
    ("patient: reyes, ana marie", "reyes, ana marie"),
    ("nombre: garcia lopez, juan", "garcia lopez, juan"),
])
def test_a_lower_case_name_after_its_label_is_found_whole(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "name: freeze",            # one word: a menu's
    "op: auto iris",           # a setting after an operator label
    "tech: enhance a3",        # a staff label's lower-case value is a setting
    "patient: zoom x1.0",
    "comment: polyp sigmoid 25cm",
    "Name: lower case",        # a line with a capital is read as written
])
def test_lower_case_settings_and_menu_words_are_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("makati sunrise medical center", "makati sunrise medical center"),
    ("st. luke's medical center", "st. luke's medical center"),
    ("quezon general hospital", "quezon general hospital"),
    ("riverside clinic", "riverside clinic"),
])
def test_a_lower_case_institution_alone_on_its_line_is_found(text, name):
    assert _institutions(text) == [name]


@pytest.mark.parametrize("text", [
    "auto iris", "freeze", "enhance a3", "endoscopy center", "olympus medical systems",
    "ge healthcare", "nbi enh a5", "keskussairaala", "hospital",
    # inside a longer lower-case line the head is no institution's without its capitals
    "comment: refer to medical center for biopsy",
])
def test_lower_case_device_and_menu_lines_are_no_institution(text):
    assert _institutions(text) == []


def test_a_lower_case_titled_name_is_found_with_or_without_the_title_s_point():
    # without its point the title needs name words that fill the line or field ('dr leota' of a
    # study list's Referring column: review 13); device words after it stay ('dr system')
    text = "dr. ramon villanueva\ndr ramon villanueva\ndr system"
    found = [(r.start, text[r.start:r.end]) for r in TitledNameRecognizer().analyze(text, ["PERSON"])]
    assert sorted(set(found)) == [(4, "ramon villanueva"), (24, "ramon villanueva")]


def test_the_typed_banner_s_name_and_institution_are_painted_and_its_settings_kept(analyzer):
    words = painted(analyzer, banner(ENDOSCOPY))
    assert {"dela", "cruz,", "maria", "rosario", "makati", "sunrise", "medical", "center",
            "ramon", "villanueva"} <= words
    assert not {"auto", "iris", "freeze", "enhance", "a3", "nbi", "enh", "a5", "zoom", "polyp",
                "sigmoid", "comment:", "name:"} & words
