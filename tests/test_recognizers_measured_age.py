"""An age after the label of an age that is measured (a bone age, a gestational or fetal age) is a
result of the exam, device text, never the patient's AGE; the patient's own age ('Age: 10y',
'045Y', '10 Y' beside the name) is found as before.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered


@pytest.mark.parametrize("text", [
    "BONE AGE (Greulich-Pyle): 10y 6m",
    "Bone age: 10 yrs",
    "BONE AGE 10 years",
    "Skeletal age (TW3): 012Y",
    "Edad ósea: 012Y",
    "Âge osseux (Greulich-Pyle) : 012Y",
    "Knochenalter: 012Y",
    "GA 032W",
    "GA: 12 years",
    "EFW 045Y",
    "Gestational age 032W",
])
def test_a_measured_age_is_no_patients_age(analyzer, text):
    assert not covered(analyzer, text).get("AGE")


@pytest.mark.parametrize("text, age", [
    ("Age: 10y", "10y"),
    ("Age: 12 years", "12"),
    ("SMITH, JOHN  045Y", "045Y"),
    ("SMITH, JOHN  10 Y", "10"),
    ("LI, MA  045Y", "045Y"),             # 'MA' here is a name, no menstrual age
    ("ga 045Y", "045Y"),                  # lower case: no acronym label
    ("BEN-DAVID, YONATAN  Age: 10y\nBONE AGE (Greulich-Pyle): 10y 6m", "10y"),
])
def test_the_patients_age_is_still_an_age(analyzer, text, age):
    assert age in covered(analyzer, text).get("AGE", set())


def test_on_one_banner_only_the_measured_age_is_left(analyzer):
    text = "Age: 9y 7m 011Y\nBONE AGE (Greulich-Pyle): 010Y"
    got = covered(analyzer, text).get("AGE", set())
    assert "011Y" in got and "010Y" not in got
