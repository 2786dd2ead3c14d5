"""The model reads each field of a banner line on its own: an unlabelled banner's name, ID and
date, a field apart from each other, are no sentence to spaCy ('Tavita Fa'alogo PKW8835 21 Jul
2024 09:14' holds no PERSON for it), but the name alone on its line is one. `TextLayout.field_text`
gives the model the text with a line break for the one space between two fields (same length,
every offset holds); the rule recognisers read the text as before.

Boxes as PP-OCR gives them on a SonoSite banner (review 11 A, g18_us_cine_a): words 10-13 px
tall, 3-4 px between the words of a field, 11-12 px (just over one line height) between fields,
too narrow for the name-field rule's spacing, so before this only the header found the name.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .test_recognizers_context import covered


def tight_banner(text: str) -> list[OcrWord]:
    """One banner line: fields split by '  ' 12 px apart, words by ' ' 3 px apart, 10 px tall,
    6 px a character (a small ultrasound banner's type)."""
    out, x = [], 4
    for field in text.split("  "):
        for word in field.split(" "):
            out.append(OcrWord(word, Box(x, 6, 6 * len(word), 10), 95.0))
            x += 6 * len(word) + 3
        x += 12 - 3
    return out


def test_the_g18_sonosite_banner_name_is_found_beside_its_nhi_and_date(analyzer):
    def word(t, x, y, w, h):
        return OcrWord(t, Box(x, y, w, h), 95.0)
    words = [word("Tavita", 4, 6, 34, 10), word("Fa'alogo", 41, 5, 45, 13), word("PKW8835", 97, 6, 52, 10),
             word("21", 165, 6, 14, 10), word("Jul", 183, 6, 18, 10), word("2024", 205, 6, 28, 10),
             word("09:14", 245, 6, 32, 10)]
    found = covered(analyzer, words)
    assert found.get("PERSON") == {"Tavita", "Fa'alogo"}, found
    assert "PKW8835" in found.get("ID", set()), found


@pytest.mark.parametrize("text, name", [
    ("Tavita Fa'alogo  PKW8835  21 Jul 2024  09:14", {"Tavita", "Fa'alogo"}),
    ("Aroha Ngata  ZZZ0016  03 Mar 2023  10:22", {"Aroha", "Ngata"}),
    ("Sione Latu  4471902  14 Feb 2022", {"Sione", "Latu"}),
    ("Mele Tupou  AB123456  12 Mar 2019", {"Mele", "Tupou"}),
])
def test_an_unlabelled_name_before_an_id_and_a_date_is_a_person(analyzer, text, name):
    found = covered(analyzer, tight_banner(text))
    assert name <= found.get("PERSON", set()), found


@pytest.mark.parametrize("text", [
    "Gen OB  12345678  14 Feb 2022",
    "ABDOMEN LIMITED  C1-6  12 Mar 2019",
    "MI 1.1  TIS 0.4  14 Feb 2022  09:14",
    "Philips Healthcare  L12-4  21 Jul 2024",
    "Soft Tissue  W 400  L 40",
    "Frame 12  of 48  30 fps",
])
def test_device_fields_before_a_number_and_a_date_stay(analyzer, text):
    found = covered(analyzer, tight_banner(text))
    assert "PERSON" not in found and "ORGANIZATION" not in found and "LOCATION" not in found, found


def test_field_text_breaks_only_between_fields_and_keeps_every_offset():
    words = tight_banner("Tavita Fa'alogo  PKW8835  21 Jul 2024")
    text_layout = layout(words)
    assert text_layout.text == "Tavita Fa'alogo PKW8835 21 Jul 2024"
    assert text_layout.field_text() == "Tavita Fa'alogo\nPKW8835\n21 Jul 2024"
    one_field = layout(tight_banner("Philips Healthcare Ultrasound"))
    assert one_field.field_text() == one_field.text
