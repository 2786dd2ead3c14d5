"""An institution's name that ends in a generic noun of place or body after its head word ('King
Fahad Medical City', 'Hamad Medical Corporation', 'Fiona Stanley Health Campus', 'Monash Health
Science Centre'): that last word is the name's too (`institutions._PLACE_TAIL`). A vendor's
corporation stays ('Hitachi Medical Corporation'), and so does the noun with no name before it.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import NAME as INSTITUTION

from .test_recognizers_context import by_recognizer, painted


@pytest.mark.parametrize("text", [
    "King Fahad Medical City", "Prince Sultan Military Medical City", "Hamad Medical Corporation",
    "Fiona Stanley Health Campus", "Monash Health Science Centre", "Sunnybrook Health Sciences Centre",
    "KING ABDULAZIZ MEDICAL CITY",
])
def test_the_institution_rule_paints_the_name_to_its_last_word(analyzer, text):
    assert set(text.split()) <= by_recognizer(analyzer, text).get(f"ORGANIZATION {INSTITUTION}", set())


def test_the_name_in_a_banner_line_with_its_last_word(analyzer):
    line = "Mohamed Saad El-Sayed | MRN KFMC0027719 | King Fahad Medical City | Cath Lab 3 | 2024-02-01 10:12"
    words = painted(analyzer, line)
    assert {"King", "Fahad", "Medical", "City"} <= words
    assert not words & {"Cath", "Lab", "3"}


@pytest.mark.parametrize("text", ["Hitachi Medical Corporation", "Toshiba Medical Systems Corporation",
                                  "Canon Medical Systems", "Cath Lab 3"])
def test_a_vendor_or_a_device_phrase_stays(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize(("text", "town"), [
    ("Colonial War Memorial Hospital Suva", "Suva"), ("Kingston Public Hospital Jamaica", "Jamaica"),
    ("Aga Khan University Hospital Karachi  MRN 123456", "Karachi"),
])
def test_the_town_after_the_head_ends_the_institution(analyzer, text, town):
    assert town in by_recognizer(analyzer, text).get(f"ORGANIZATION {INSTITUTION}", set())


@pytest.mark.parametrize(("text", "word"), [
    ("City Hospital Radiology", "Radiology"), ("General Hospital CT", "CT"), ("Mercy Hospital Emergency", "Emergency"),
    ("Memorial Hospital Ultrasound", "Ultrasound"), ("General Hospital Annex", "Annex"),
    ("Memorial Hospital Dr. Smith", "Dr."),
])
def test_a_service_a_device_word_or_a_title_after_the_head_is_no_town(analyzer, text, word):
    assert word not in by_recognizer(analyzer, text).get(f"ORGANIZATION {INSTITUTION}", set())
