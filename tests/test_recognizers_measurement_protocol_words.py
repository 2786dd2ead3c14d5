"""Measurement, protocol, viewer and caption text that the NER model alone must not paint (issue #14,
the fourth break-test round: spaCy read 'HU Std Dev 12', 'Röntgen Thorax', 'Cine Loop', 'Knoten 2',
'Βλάβη 1', 'T2/FLAIR' as names or organisations and 'PRF 2.5/5' as a date):

- a region of interest's statistics (mean, standard deviation, SUVmax, area ...) and the angle of a
  measurement;
- the protocol and department words of German, Polish, Czech, Greek and Turkish consoles;
- a viewer's lines and loops (reference line, scout line, cine loop, cursor);
- the lesions, nodules, cysts and masses of a caption in many languages, also where the word is a
  surname too (Polish 'Guzek', Czech 'Uzel', English 'Herd': beside device text only);
- sequence and parameter tokens joined by a slash.

The names beside them, and the names that are the same words, stay names. Text-level: OCR words
with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word

from .test_recognizers_context import covered, painted

_BANNER = "KOWALCZYK MARTA  DOB 14/02/1958\n{text}\n12/04/2024 07:51:03"


@pytest.mark.parametrize("text", [
    # ROI statistics and measurement angles
    "HU Std Dev 12", "HU Mean: 45", "Std Dev 3.1", "AZ Angle 30", "SUVmax 4.2  SUVmean 2.1", "Average 12 Pixels 340",
    # protocol words of localized consoles
    "Röntgen Thorax", "Röntgen Knie", "Neuro Routine", "Kardio Standard", "Akut Schädel", "Hlava nativ",
    "Głowa z kontrastem", "USG Jama brzuszna", "Baş ve Boyun", "Θώρακας Ρουτίνα",
    # a viewer's lines and loops
    "Cine Loop", "Reference Line", "Scout Line", "Cursor",
    # lesions, nodules, cysts and masses
    "Knoten 2", "Guzek 1", "Uzel 3", "Herd 1", "Βλάβη 1", "Κύστη 2", "Nódulo 1", "Nodulo 2", "Zyste 1",
    "Lung Nodule, Solid",
    # slash-joined sequences and parameters
    "T2/FLAIR", "DWI/ADC", "PRF 2.5/5",
])
def test_measurement_protocol_viewer_and_caption_text_is_kept(analyzer, text):
    banner = _BANNER.format(text=text)
    words = {w for w in text.split() if any(c.isalpha() for c in w) or "/" in w}
    assert not words & painted(analyzer, banner)
    assert {"KOWALCZYK", "MARTA"} <= covered(analyzer, banner).get("PERSON", set())
    assert "14/02/1958" in covered(analyzer, banner).get("DATE_TIME", set())


@pytest.mark.parametrize("text, name", [
    ("GUZEK, ANNA  12.03.1961", {"GUZEK,", "ANNA"}),
    ("Pacjent: Guzek Anna", {"Guzek", "Anna"}),
    ("UZEL, JAN  12.03.1961", {"UZEL,", "JAN"}),
    ("HERD, JOHN  12/03/1961", {"HERD,", "JOHN"}),
    ("MASSA, LUCA  12/03/1961", {"MASSA,", "LUCA"}),
    ("Luca Massa  12/03/1961", {"Luca", "Massa"}),
    ("Hu Wei  DOB 12/03/1961", {"Hu", "Wei"}),
    ("Kim Min  12/03/1961", {"Kim", "Min"}),
    ("Dev Patel  12/03/1961", {"Dev", "Patel"}),
    ("Line Hansen  12/03/1961", {"Line", "Hansen"}),
    ("Piers Morgan  12/03/1961", {"Piers", "Morgan"}),
    ("GLOWA, PIOTR  12.03.1961", {"GLOWA,", "PIOTR"}),
])
def test_names_that_are_the_same_words_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


def test_a_surname_caption_word_read_apart_from_its_caption_is_kept(analyzer):
    # spaCy reads 'Guzek' (nodule) of its own field, apart from 'Lewa pierś' (left breast)
    assert not painted(analyzer, "Guzek  Lewa pierś")


def test_a_surname_caption_word_beside_only_a_value_stays_a_name(analyzer):
    # 'Herd' beside a caption's words is a focus; beside an age alone it is no caption's.
    assert "HERD" in painted(analyzer, "HERD  45Y")


def test_a_decimal_ratio_after_a_setting_is_no_date_but_dates_stay(analyzer):
    assert "2.5/5" not in painted(analyzer, "PRF 2.5/5")
    assert "1.5/3" not in painted(analyzer, "Scale 1.5/3")
    assert "12/03/1961" in covered(analyzer, "PRF 2.5/5  DOB 12/03/1961").get("DATE_TIME", set())


@pytest.mark.parametrize("word, device", [
    ("Glowa", True), ("Hoyre", True), ("T2/FLAIR", True), ("PD/T2", True), ("Βλάβη", True),
    ("Piers", False), ("Guzek", False), ("Herd", False), ("Smith/T2", False), ("12/03/1961", False),
])
def test_stroked_letters_fold_and_slash_compounds_read_as_device_words(word, device):
    assert is_device_word(word) is device
