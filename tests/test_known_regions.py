"""Known PHI regions (`recognize/known_regions.py`, `--known-regions suspect`): which words
read inside a matched deid region are PHI. Words are judged by field, not one by one."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.known_regions import KnownRegion, suspect_words, text_shaped

BANNER = [KnownRegion("CX50", Box(0, 0, 800, 59))]


def line(*items: tuple[str, int], top: int = 9, height: int = 14) -> list[OcrWord]:
    """Words at the given left edges, 12 px per character."""
    return [OcrWord(text, Box(left, top, 12 * len(text), height), 99.0) for text, left in items]


def suspects(words: list[OcrWord]) -> list[str]:
    return [w.text for w, _ in suspect_words(words, BANNER, 30.0)]


def test_the_philips_banner_without_metadata():
    """OBXXXX1A.dcm's banner as PP-OCR reads it: the institution field goes whole; the
    logo, the preset in the name field, MI/TIB values stay."""
    words = (line(("PHILIPS", 10), ("OB", 104), ("MI", 574), ("1.1", 608))
             + line(("Philips", 327), ("Healthcare", 419), ("TIB", 574), ("0.2", 616), top=36))
    assert suspects(words) == ["Philips", "Healthcare"]


@pytest.mark.parametrize("field,expected", [
    (("Mary", "Long"), ["Mary", "Long"]),            # 'Long' is device vocabulary, here a surname
    (("Sacred", "Heart", "Hospital"), ["Sacred", "Heart", "Hospital"]),
    (("DOE", "TIS", "0.5"), ["DOE"]),                # abbreviations and values are never a name
    (("Gen", "OB"), []),                             # a preset line: vocabulary only
    (("P", "Low"), []),
    (("Name:", "KOWALSKI"), ["KOWALSKI"]),           # the label stays
])
def test_a_field_is_judged_whole(field, expected):
    x, items = 10, []
    for text in field:
        items.append((text, x))
        x += 12 * len(text) + 6  # word spacing under one line height
    assert suspects(line(*items)) == expected


def test_fields_apart_are_judged_apart():
    """A lone vocabulary word a field away from a name stays ('OB' 20 px from 'DOE')."""
    assert suspects(line(("DOE", 10), ("OB", 66))) == ["DOE"]


def test_a_box_wider_than_text_is_no_word():
    """Tesseract reads the painted banner's edges as one 2-character "word" 800 px wide ("ee")."""
    blob = OcrWord("ee", Box(0, 0, 800, 60), 34.0)
    assert not text_shaped(blob)
    assert text_shaped(OcrWord("Healthcare", Box(402, 35, 108, 15), 99.0))
    assert suspects([blob]) == []
