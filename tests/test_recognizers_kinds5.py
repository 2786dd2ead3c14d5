"""Kinds of device text a fresh reviewer's images showed painted, and a weekday before a date.

- MR sequence and technique names ('Fast Spin Echo', 'Single Shot', 'Sag T2 Cube') and the
  vendors' names of them (FIESTA, HASTE, bTFE ...), PS3.3 C.8.3.1.1.1;
- CT reconstruction kernels and filters, PET/NM reconstruction and processing words
  ('Gaussian 4.0 mm', 'iDose4', 'Attenuation Corrected');
- XA, MG, NM and DX model families ('Alphenix', 'Symbia Intevo', 'Senographe Pristina');
- ultrasound patient-size and exam presets ('Pt Size: Large', 'OB 2nd Tri');
- words that are also names ('Black Blood', 'VIBE Dixon') only beside device words;
- a weekday before a numeric date is part of the date ('Thu 14/11/2024').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import (
    is_context_word,
    is_device_word,
    only_device_words,
)

from .test_recognizers_context import painted
from .test_recognizers_kinds import covered

DOB = "DOB: 1967-Mar-02\n"



# -- 1. MR sequence and technique names ------------------------------------------------------

MR_LINES = [
    "Fast Spin Echo", "Spin Echo", "Gradient Echo", "Fast Field Echo", "Single Shot", "Inversion Recovery",
    "Echo Planar", "Opposed Phase", "Steady State", "Fat Sat", "Delayed Enhancement",
    "Short Tau Inversion Recovery", "Ax FIESTA", "Cor SSFSE", "Ax LAVA Flex", "Ax T2 PROPELLER", "Ax VIBRANT",
    "Cor IDEAL", "HASTE Cor", "SPACE Sag", "T2 BLADE Ax", "THRIVE Ax", "3D VISTA", "FASE Cor", "FRFSE",
    "Sag T2 Cube",
]


@pytest.mark.parametrize("line", MR_LINES)
def test_mr_sequence_names_under_a_date_of_birth_stay(analyzer, line):
    assert painted(analyzer, DOB + line) == {"1967-Mar-02"}, line


# -- 2. reconstruction kernels, filters, PET/NM words ----------------------------------------

RECON_LINES = [
    "Gaussian 4.0 mm", "Butterworth 0.5", "OSEM 3i 21s", "FBP Ramp", "iDose4 Level 3", "ASIR 40%", "SAFIRE 3",
    "ADMIRE 2", "AIDR 3D Standard", "B30f", "Br40 Soft", "I70f Sharp", "Attenuation Corrected", "NAC",
    "Gated Frame 3", "Smooth Detail", "Ultra Edge",
]


@pytest.mark.parametrize("line", RECON_LINES)
def test_reconstruction_words_under_a_date_of_birth_stay(analyzer, line):
    assert painted(analyzer, DOB + line) == {"1967-Mar-02"}, line


# -- 3. model families ------------------------------------------------------------------------

MODEL_LINES = [
    "Alphenix Core", "Symbia Intevo", "Biograph Vision", "Mammomat Revelation", "Luminos Agile",
    "Discovery NM 630", "Infinia Hawkeye", "Senographe Pristina", "Philips Vereos", "BrightView XCT",
    "Hologic 3Dimensions", "Fujifilm Amulet Innovality", "Carestream DRX Evolution", "Agfa DX-D 600",
    "FCR Capsula",
]


@pytest.mark.parametrize("line", MODEL_LINES)
def test_model_families_under_a_date_of_birth_stay(analyzer, line):
    assert painted(analyzer, DOB + line) == {"1967-Mar-02"}, line


# -- 4. presets --------------------------------------------------------------------------------

PRESET_LINES = ["Pt Size: Large", "Pt Type: Adult", "OB 2nd Tri", "LE Venous", "Vein Mapping", "Renal Transplant",
                "Dialysis Graft", "Msk Tendon", "Testes", "Crohn's Enterography"]


@pytest.mark.parametrize("line", PRESET_LINES)
def test_presets_under_a_date_of_birth_stay(analyzer, line):
    assert painted(analyzer, DOB + line) == {"1967-Mar-02"}, line


# -- names are still found beside and among the new words ----------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Silas Abernathy  Fast Spin Echo", {"Silas", "Abernathy"}),
    ("KOWALSKA ANNA  Gaussian 4.0 mm", {"KOWALSKA", "ANNA"}),
    ("Moreno Lucia  Symbia Intevo", {"Moreno", "Lucia"}),
    ("Grace Black", {"Grace", "Black"}),          # a context word in a name stays the name's
    ("Logan Dixon", {"Logan", "Dixon"}),          # two context words make no device text
    ("NGUYEN THI LAN", {"NGUYEN", "THI", "LAN"}),  # 'THI' between name words: the name's middle
    ("Pt NGUYEN THI LAN", {"NGUYEN", "THI", "LAN"}),
])
def test_names_beside_or_made_of_device_like_words_are_found(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set()), covered(analyzer, text)


def test_thi_beside_a_device_word_is_still_the_setting(analyzer):
    result = covered(analyzer, "Gen THI DAVIDSON DOUGLAS")
    assert {"DAVIDSON", "DOUGLAS"} <= result.get("PERSON", set())
    assert not {"Gen", "THI"} & set().union(*result.values())


@pytest.mark.parametrize("text,expected", [
    ("Black Blood", True), ("Bright Blood", True), ("VIBE Dixon", True), ("Shepp-Logan Filter", True),
    ("Crohn's Enterography", True), ("Hodgkin Staging", True), ("Alphenix Sky", True),
    ("Dixon", False), ("Black", False), ("Logan Black", False), ("Bravo Dixon", False), ("Crohn's", True),
    ("Dixon's", True),
])
def test_context_words_are_device_text_only_beside_device_words(text, expected):
    assert only_device_words(text) is expected


@pytest.mark.parametrize("word", ["Black", "Dixon", "Bravo", "Logan", "Parkinson", "Crohn's"])
def test_context_words_are_no_device_word_alone(word):
    assert is_context_word(word) and not is_device_word(word)


@pytest.mark.parametrize("text", ["Black Blood", "Bright Blood", "Hann Filter", "Alphenix Sky"])
def test_context_phrases_alone_are_not_phi(analyzer, text):
    assert covered(analyzer, text) == {}, text


@pytest.mark.parametrize("line", ["Water Excitation", "Black Blood", "Sag BRAVO", "Hann Filter", "Alphenix Sky",
                                  "Detector Bay", "Gantry Tilt"])
def test_context_phrases_under_a_date_of_birth_stay(analyzer, line):
    assert painted(analyzer, DOB + line) == {"1967-Mar-02"}, line


@pytest.mark.parametrize("line", ["Water Excitation", "Black Blood", "Hann Filter"])
def test_context_phrases_beside_an_id_are_no_name_field(analyzer, line):
    """The banner's name slot beside an anchor: a context word next to a device word is device text."""
    assert painted(analyzer, f"ID 4410021  {line}") == {"4410021"}, line


# -- 5. a weekday before a numeric date ---------------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("Thu 14/11/2024", {"Thu", "14/11/2024"}),
    ("Mon 11/14/2024", {"Mon", "11/14/2024"}),
    ("Fri, 2024-11-15", {"Fri,", "2024-11-15"}),
    ("Thursday 14.11.2024 14:20", {"Thursday", "14.11.2024", "14:20"}),
    ("Sun 3/4/2019  ID 4410021", {"Sun", "3/4/2019"}),
])
def test_a_weekday_before_a_numeric_date_is_part_of_it(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text", ["Mon", "Thu  Fri", "Sat 5"])
def test_a_weekday_alone_is_no_date(analyzer, text):
    assert covered(analyzer, text) == {}, text
