"""The referrer and the examiner named by role on Nordic, German and Dutch consoles and RIS banners
('Sonograf: AL  Remiss: Ingrid Bergkvist', 'Tutkija: AK', 'Einsender: Dr. Hans Müller'), several
pairs on one line, a name or 2-4 initials after each (`names._NORDIC_ROLE_LABELS`, read as the team
role labels are): the value is painted, the label stays. Initials that are also a surname particle
('AL', 'DE') glued to the label are initials. A setting, a number or a date after the label stays.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import painted


@pytest.mark.parametrize(("text", "names"), [
    ("Sonograf: AL  Remiss: Ingrid Bergkvist", {"AL", "Ingrid", "Bergkvist"}),
    ("Remitterende: Kari Nordmann  Undersøker: JH", {"Kari", "Nordmann", "JH"}),
    ("Henvisende: Lars Jensen  Sonograf: MK", {"Lars", "Jensen", "MK"}),
    ("Lähettäjä: Matti Virtanen  Tutkija: AK", {"Matti", "Virtanen", "AK"}),
    ("Undersökare: Eva Lind  Röntgensjuksköterska: BN", {"Eva", "Lind", "BN"}),
    ("Einsender: Petra Schmidt  Zuweiser: KLM", {"Petra", "Schmidt", "KLM"}),
    ("Verwijzer: Joost Bakker  Laborant: PK", {"Joost", "Bakker", "PK"}),
    ("Rekvirent: Sofie Dahl  Sygeplejerske: ALKE", {"Sofie", "Dahl", "ALKE"}),
])
def test_the_value_after_a_nordic_role_label_is_painted_and_the_label_stays(analyzer, text, names):
    words = painted(analyzer, text)
    assert names <= words
    labels = {w for w in text.split() if w.endswith(":")}
    assert not words & labels, f"labels painted: {words & labels}"


def test_initials_that_are_a_particle_glued_to_the_role_label_are_painted(analyzer):
    # PP-OCR draws 'Sonograf:' and 'AL' 3 px apart: the layout glues them ('Sonograf:AL')
    words = [OcrWord("Sonograf:", Box(12, 575, 58, 14), 95.0), OcrWord("AL", Box(73, 576, 16, 13), 95.0),
             OcrWord("Remiss:", Box(96, 576, 46, 13), 95.0), OcrWord("Ingrid", Box(147, 575, 34, 14), 95.0),
             OcrWord("Bergkvist", Box(185, 575, 56, 14), 95.0)]
    assert painted(analyzer, words) == {"AL", "Ingrid", "Bergkvist"}


@pytest.mark.parametrize("text", [
    "Remiss: 2026-11-05", "Remiss: 4410023", "Sonograf: Auto", "Tutkija: --", "Einsender: N/A",
    "Zuweiser: 2", "Verwijzer: None", "Hoitaja: ECG",
])
def test_a_setting_a_number_or_a_placeholder_after_a_nordic_role_label_stays_unnamed(analyzer, text):
    assert not painted(analyzer, text) - {w for w in text.split() if any(c.isdigit() for c in w)}


@pytest.mark.parametrize("text", ["Sonograf Gain 50", "Remiss Akut", "Henvisende Mode", "Einsender Liste"])
def test_a_nordic_role_word_without_its_colon_is_no_label(analyzer, text):
    assert painted(analyzer, text) == set()
