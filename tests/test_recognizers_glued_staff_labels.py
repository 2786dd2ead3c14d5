"""A staff label at the end of a device's line, OCR's words 2-3 px apart (review 14 eeg_1: 'Natus
NeuroWorks Epoch 312/960 Tech: SJ'): a word of letters ending in a colon starts a field of its own
and is never glued to the number before it ('312/960Tech:' hid the label from every rule), so the
initials or name after it are painted and the device words before it stay.

Text-level: OCR words with tight boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .test_recognizers_context import covered


def tight(text: str, gap: int = 2, char: int = 7) -> list[OcrWord]:
    """One line of OCR words `gap` px apart, `char` px a character, 12 px tall."""
    out, x = [], 10
    for word in text.split():
        out.append(OcrWord(word, Box(x, 490, char * len(word), 12), 96.0))
        x += char * len(word) + gap
    return out


@pytest.mark.parametrize("text, person", [
    ("Natus NeuroWorks Epoch 312/960 Tech: SJ", {"SJ"}),  # review 14 eeg_1
    ("Nihon Kohden EEG-1200 Page 14/30 Operator: KM", {"KM"}),
    ("Compumedics Profusion 30 s/page Technologist: JvdB", {"JvdB"}),
    ("LOGIQ E10 C1-6 12.2 Sonographer: Thandi Nkosi", {"Thandi", "Nkosi"}),
    ("Carestream Vue 12.2 User: tpark", {"tpark"}),
    ("Mindray DC-80 0.9 Operateur: JvR", {"JvR"}),
])
def test_a_staff_label_after_a_number_is_its_own_word_and_its_value_a_person(analyzer, text, person):
    words = tight(text)
    found = covered(analyzer, words)
    assert person <= found.get("PERSON", set()), found
    label = next(w for w in text.split() if w.endswith(":"))
    assert label not in set().union(*found.values())


@pytest.mark.parametrize("text, kept", [
    ("Natus NeuroWorks Epoch 312/960 Tech: AEC", {"AEC", "312/960"}),
    ("30 mm/s 70 uV/cm LFF 0.5 Hz Notch: 50", {"50", "Notch:", "0.5"}),
    ("Epoch 312/960 Mode: HAR", {"HAR"}),
])
def test_a_setting_after_a_label_at_a_lines_end_stays(analyzer, text, kept):
    assert not kept & set().union(*covered(analyzer, tight(text)).values())


def test_a_label_word_is_not_glued_to_the_number_before_it():
    assert layout(tight("Epoch 312/960 Tech: SJ")).text.endswith("312/960 Tech: SJ")
    assert layout(tight("0.5 Hz 12.2 Operator: KM")).text.endswith("12.2 Operator: KM")
    assert layout(tight("12.2 Bediener: km")).text.endswith("12.2 Bediener: km")


def test_a_value_ocr_cut_in_two_is_still_one_token():
    words = [OcrWord("12-FEB-1", Box(45, 10, 66, 13), 95), OcrWord("964", Box(112, 10, 26, 13), 95),
             OcrWord("Tl-201", Box(140, 10, 40, 13), 95)]
    assert layout(words).text.startswith("12-FEB-1964")
