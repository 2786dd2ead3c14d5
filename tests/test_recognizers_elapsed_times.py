"""A lone HH:MM:SS on a capsule endoscope's frame is the time since the capsule was swallowed
(device text), while a labelled time, a time beside a date and a device clock elsewhere stay
times of day; 'AM'/'PM' only as a word of their own ('PILLCAM' over a time is no 'AM').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text", [
    "PillCam SB3\nFrame 012345\nDuodenum\n02:14:33",
    "PILLCAM\n02:14:33",
    "MiroCam\nStomach\n05:41:07",
    "OLYMPUS EndoCapsule\n01:02:03",
])
def test_a_lone_time_on_a_capsule_frame_stays(analyzer, text):
    time = text.rsplit("\n", 1)[1]
    assert time not in painted(analyzer, text)


@pytest.mark.parametrize("text, time", [
    ("PillCam SB3\nStudy Time 03:41:07", "03:41:07"),      # labelled: a time of day
    ("PillCam SB3\n12/05/2023 02:14:33", "02:14:33"),      # beside a date
    ("HR 64\n08:19:05\nAdult", "08:19:05"),                # a device clock, no capsule
    ("AM 10:42", "10:42"),
    ("10:42:11 PM", "10:42:11"),
])
def test_times_of_day_stay_painted(analyzer, text, time):
    assert time in covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text, date", [("VER 4.0.1.2023", None), ("DOB 4.01.2023", "4.01.2023"),
                                        ("Date: 12.03.1980", "12.03.1980")])
def test_the_tail_of_a_version_is_no_date(analyzer, text, date):
    found = covered(analyzer, text).get("DATE_TIME", set())
    assert (date in found) if date else not found
