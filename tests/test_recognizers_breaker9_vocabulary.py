"""Break-test 9 (after fix rounds 28-29): device words of round 28 that are also surnames or given
names ('FLOW, Jennifer', 'OASIS, Mary', 'TANAKA, Shingo') had dropped the names beside them. They
are context words now: device text beside another device word ('Flow Thorax', 'Daily QA'), a
name otherwise.

Text-level: one banner line through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text", [
    "OASIS, Mary", "MONTHLY, Ann", "ACTIVITY, Joe", "SATURN, Maria", "FLOW, Jennifer", "PULSE, Robert",
    "LEAD, Thomas", "DAILY, John", "LIGHTS, Karen", "TORSO, Mark", "ECHELON, Rita", "WEEKLY, Daniel",
    "MONTAGE, Claire", "MONTHLY, Ann  MR Knee", "OASIS, Mary  CT Chest", "LEAD, Thomas  CT Head",
    "PULSE, Robert  US Abdomen", "TANAKA, Shingo",
])
def test_a_surname_that_is_a_device_word_of_round_28_stays_a_name(analyzer, text):
    person = covered(analyzer, text).get("PERSON", set())
    name = text.split("  ")[0].split()
    assert set(name) <= person, (text, person)


@pytest.mark.parametrize("text", [
    "Flow Thorax", "CATPHAN 600 Daily QA", "Echelon Oval 1.5T", "Montage: Bipolar", "Lights Off 22:14",
    "Lead II", "Pulse 72 bpm", "Torso Coil", "Saturn Gradients", "Kichwa Shingo", "Weekly QC", "Monthly QA",
])
def test_the_same_words_beside_device_text_stay_device_text(analyzer, text):
    assert not painted(analyzer, text), text
