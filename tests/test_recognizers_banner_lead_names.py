"""A name opening a long one-line banner whose separators OCR dropped ('Ana Lucía Pérez Guzmán |
PA-20991 | 11/04/1996 | Hospital Santo Tomás Panamá | ...' read as one field): every word of the
name is painted, though the field also holds an institution (`names._leads_a_banner`). The
institution's own words before its head are no person ('Mercy Valley Hospital 12/03/2024').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered


def _one_field(text: str) -> list[OcrWord]:
    """One banner line as PP-OCR reads it: the '|' separators gone, 6 px between all words."""
    out, x = [], 7
    for word in text.split():
        out.append(OcrWord(word, Box(x, 10, 7 * len(word), 11), 95.0))
        x += 7 * len(word) + 6
    return out


@pytest.mark.parametrize(("line", "name"), [
    ("Ana Lucía Pérez Guzmán PA-20991 11/04/1996 20/11/2026 Hospital Santo Tomás Panamá Tel 507-6612-4480",
     {"Ana", "Lucía", "Pérez", "Guzmán"}),
    ("Mariana Beatriz Solís Rojas 0801-1990-12345 03/05/1990 Hospital Escuela Tegucigalpa",
     {"Mariana", "Beatriz", "Solís", "Rojas"}),
])
def test_every_word_of_the_name_that_opens_the_banner_is_a_person(analyzer, line, name):
    assert name <= covered(analyzer, _one_field(line)).get("PERSON", set())


@pytest.mark.parametrize("line", [
    "Mercy Valley Hospital 12/03/2024 CT HEAD",
    "Regional Medical Center 3.0T Radiology 2024-02-01",
])
def test_the_institution_words_at_the_start_are_no_person(analyzer, line):
    assert not covered(analyzer, _one_field(line)).get("PERSON", set()) & {"Mercy", "Valley", "Regional", "Medical"}
