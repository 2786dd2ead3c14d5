"""A name's box stops before the prose word after it (review 13: 'Discussed with Dr. Tomasz Wierzbicki
by phone on November 9, 2026' painted 'by'). PP-OCR's tight word boxes leave as little room between
the words of a sentence as between the pieces OCR cuts from one word ('KOW' + 'ALSKI,'), so the piece
rule (`TextLayout.with_split_pieces`) took the next word; a lower-case prose word with prose, a number or
a date after it is a word of its own (`analyzer._without_prose_words`). A name's particles stay in it
('de la Cruz', 'van der Berg', 'bin Ahmad'), and so does a piece OCR cut from the name's own word.
Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered, painted


def _sentence(line: str, y: int = 245, gap: int = 2) -> list[OcrWord]:
    """OCR words of a report line: 7 px a character, `gap` px between words (PP-OCR's tight boxes)."""
    out, x = [], 34
    for word in line.split(" "):
        out.append(OcrWord(word, Box(x, y, 7 * len(word), 12), 99.0))
        x += 7 * len(word) + gap
    return out


_HEAD = [OcrWord("Patient:", Box(34, 20, 56, 12), 99.0), OcrWord("Zarghuna", Box(92, 20, 56, 12), 99.0),
         OcrWord("Ahmadzai", Box(150, 20, 56, 12), 99.0)]


@pytest.mark.parametrize(("line", "name", "prose"), [
    ("Discussed with Dr. Tomasz Wierzbicki by phone on November 9, 2026", {"Tomasz", "Wierzbicki"}, {"by", "phone"}),
    ("Dictated by Dr. Leilani Kahananui on 11/09/2026 16:40", {"Leilani", "Kahananui"}, {"on"}),
    ("Results called to Dr. Ann Lee at 14:05 and acknowledged", {"Ann", "Lee"}, {"at"}),
    ("Seen by Dr. Maria Santos and the surgical team", {"Maria", "Santos"}, {"and", "the"}),
    ("Besprochen mit Dr. Klaus Wagner und dem Team", {"Klaus", "Wagner"}, {"und", "dem"}),
    ("Discuté avec Dr. Paul Martin par téléphone", {"Paul", "Martin"}, {"par", "téléphone"}),
])
def test_a_prose_word_after_a_name_is_kept(analyzer, line, name, prose):
    words = _HEAD + _sentence(line)
    assert name <= covered(analyzer, words).get("PERSON", set())
    assert not painted(analyzer, words) & prose


@pytest.mark.parametrize(("line", "name"), [
    ("Discussed with Dr. Juan de la Cruz by phone", {"Juan", "de", "la", "Cruz"}),
    ("Discussed with Dr. Pieter van der Berg by phone", {"Pieter", "van", "der", "Berg"}),
    ("Discussed with Dr. Ismail bin Ahmad by phone", {"Ismail", "bin", "Ahmad"}),
])
def test_a_name_keeps_its_particles(analyzer, line, name):
    words = _HEAD + _sentence(line)
    assert name <= covered(analyzer, words).get("PERSON", set())
    assert "phone" not in painted(analyzer, words)
