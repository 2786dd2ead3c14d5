"""A capsule endoscopy's landmark on a line of its own ('Duodenum', 'Terminal Ileum', 'Estómago') is no
institution and no person; the patient's name around it stays painted, and so do names like a gut
word. Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from tests.test_recognizers_context import painted

_CAPSULE = ("Patient: RAHMAWATI, Siti\nNIK 3374024506850003\nTgl: 12/05/2023\nRS Harapan Bunda Semarang\n"
            "PillCam SB3\nFrame 012345\n{landmark}\n02:14:33")


@pytest.mark.parametrize("landmark", [
    "Duodenum", "Jejunum", "Ileum", "Terminal Ileum", "Caecum", "Cecum", "Pylorus", "Oesophagus",
    "Z-line", "Stomach", "Ileocaecal Valve", "Magen", "Duodeno", "Estómago", "Côlon", "Lambung",
])
def test_a_capsule_landmark_stays_and_the_patient_is_painted(analyzer, landmark):
    found = painted(analyzer, _CAPSULE.format(landmark=landmark))
    assert not set(landmark.split()) & found
    assert {"RAHMAWATI,", "Siti"} <= found


@pytest.mark.parametrize("name", ["DUNNE, Patrick", "Colón Rivera, Ana", "Canino, Marco"])
def test_a_name_like_a_gut_or_species_word_is_still_painted(analyzer, name):
    found = {w.rstrip(",") for w in painted(analyzer, f"Patient: {name}\nDOB 01/02/1960\nDuodenum")}
    assert {w.rstrip(",") for w in name.split()} <= found
