"""A clinician's name after the professional title of another language, without a label and
without metadata: Polish 'Lek.' (lekarz, physician), 'lek. med.', 'dr n. med.', 'dr hab.'; Czech
and Slovak 'MUDr.'; Spanish and Portuguese 'Enf.' (nurse) and 'Tec.', 'Téc.' (technician); with
the titles already known ('Uzm. Dr.', 'Op. Dr.', 'Prof. Dr.', 'Dr. med.', 'Dott.ssa'). The title
stays (it names no one once the name is gone); a title before anatomy, a device or a dose is no
name, nor is one word after the titles that also abbreviate a unit ('Enf. Urgencias', the
emergency nursing unit), and the short forms without their point are ordinary words ('lek' a drug, 'tec' a key).

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import titled_names

from .test_recognizers_context import covered


@pytest.mark.parametrize("title, name", [
    ("Lek.", "Tomasz Brzęczyszczykiewicz"), ("lek.", "Tomasz Brzęczyszczykiewicz"),
    ("lek. med.", "Tomasz Brzęczyszczykiewicz"), ("lek. dent.", "Agnieszka Wróblewska"),
    ("dr n. med.", "Anna Kowalska"), ("dr hab. n. med.", "Anna Kowalska"), ("dr hab.", "Piotr Zieliński"),
    ("MUDr.", "Jana Nováková"), ("Enf.", "Ana Lopez"), ("Téc.", "João Silva"), ("Tec.", "María Gómez"),
    ("Uzm. Dr.", "Ayşe Yılmaz"), ("Op. Dr.", "Mehmet Kaya"), ("Prof. Dr.", "Hans Mueller"),
    ("Dr. med.", "Hans Mueller"), ("Dott.ssa", "Maria Rossi"),
])
def test_a_name_after_a_professional_title_is_a_person_and_the_title_stays(analyzer, title, name):
    text = f"{title} {name}"
    assert titled_names(text) == [(len(title) + 1, len(text))]
    found = covered(analyzer, f"Echo  12/05/2023\n{text}")
    assert set(name.split()) <= found.get("PERSON", set())


@pytest.mark.parametrize("text", [
    "Lek. Aorta Abdominalis", "Tec. Liver Scan", "Enf. Sala", "Téc. Modo B", "lek 5 mg", "Lek 2 ml",
    "tec Enter", "Enf. 3", "dr 2", "MUDr.", "Tec. Auto Gain",
    # 'Enf.' and 'Tec.' also abbreviate a nursing unit or a department: one word after them is no name
    "Enf. Urgencias", "Enf. Quirofano", "Tec. Rayos X", "Enf. Planta 3",
])
def test_a_title_before_anatomy_a_device_word_or_a_dose_makes_no_name(text):
    assert titled_names(text) == []
