"""A finding's box covers its value's words only (issue #14, review 8's painted labels): the
label words and neighbours beside a value stay, with no margin crossing into a neighbour's glyphs.

- a neighbour whose loose OCR box reaches a pixel into the value's box ('PatID' ending at x=127,
  '0004518827' starting at x=126) gets no margin painted into it;
- a prefix run on into its digits in one OCR token ('ID19870312-4471', 'MRN55302119') is painted with
  them: the token is one word, and the prefix says what the number is (review 14's study list);
- a value OCR read as its own word, its loose box reaching into its label's, is not cut as a label's
  tail ('Operateur:' + 'JvR');
- a title alone ('Dra.' once its name is painted) names no one, in the other languages' forms too;
- any word of letters ending in a colon is a label ('Çekim:'), whatever its language;
- device fields whose name holds 'Patient' ('Patient Position H-SP') and an OCT scan name after a
  date ('OD Macular Cube 512x128') are device text; 'Fax' is a phone number's label.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, Finding, OcrWord
from fw_gear_presidio_image_redactor.scan.room import fit

from .test_recognizers_context import painted


def _painted_columns(finding_box: Box, words: list[OcrWord]) -> Box:
    found = fit([Finding("ID", finding_box, 1.0, "overlay-id")], words, lambda box: None)
    return found[0].box.painted(3, 600, 600)


def test_a_neighbour_whose_box_clips_the_value_gets_no_margin():
    # review 8 xa_artis_cath: 'PatID' (93-127) and its value's looser box (126-213)
    label = OcrWord("PatID", Box(93, 29, 34, 11), 100.0)
    value = OcrWord("0004518827", Box(126, 25, 87, 17), 100.0)
    box = _painted_columns(value.box, [label, value])
    assert box.left >= 126  # not the 3 px margin into 'PatID' (it was 123)
    assert box.right == 213 + 3  # the free side keeps its margin


def test_a_line_whose_box_clips_the_name_above_gets_no_margin():
    name = OcrWord("Ogunleye", Box(204, 256, 89, 17), 100.0)  # bottom 273
    below = OcrWord("Hosp", Box(204, 271, 35, 15), 100.0)  # a loose box reaching 2 px up
    box = _painted_columns(name.box, [name, below])
    assert box.bottom == 273
    assert box.top == 253


def test_the_own_token_of_a_value_cut_from_its_label_is_no_neighbour():
    token = OcrWord("DOB:1968/05/30", Box(10, 10, 140, 12), 100.0)
    box = _painted_columns(Box(50, 10, 100, 12), [token])
    assert box.left == 47  # the margin stays: the token is the value's own word


@pytest.mark.parametrize("token", ["ID19870312-4471", "MRN55302119", "PID0077213408", "HN20260412", "Nr04471926"])
def test_a_prefix_run_on_into_its_digits_is_painted_with_them(analyzer, token):
    words = [OcrWord("1987-03-12", Box(8, 21, 58, 9), 100.0), OcrWord(token, Box(72, 21, 95, 9), 100.0)]
    ids = [f for f in analyzer.analyze(words) if f.entity_type == "ID"]
    assert ids, "the number is found"
    assert min(f.box.left for f in ids) == 72 and max(f.box.right for f in ids) == 167, [f.box for f in ids]


@pytest.mark.parametrize("token, kept", [("MRN:55302119", "MRN:"), ("DOB:1968/05/30", "DOB:"), ("N°1182093374", "N°")])
def test_a_label_ending_in_a_separator_is_still_cut_off_its_token(analyzer, token, kept):
    words = [OcrWord(token, Box(72, 21, 10 * len(token), 9), 100.0)]
    found = analyzer.analyze(words)
    assert found and min(f.box.left for f in found) >= 72 + 10 * (len(kept) - 1), [f.box for f in found]


def _ink_with_gap(gap: tuple[int, int]):
    """A glyph mask of any word box: ink everywhere but the columns `gap` (x, absolute)."""
    import numpy as np  # noqa: PLC0415 - only these tests draw a mask

    def ink(box: Box):
        mask = np.ones((box.height, box.width), dtype=bool)
        mask[:, max(0, gap[0] - box.left):max(0, gap[1] - box.left)] = False
        return mask
    return ink


@pytest.mark.parametrize("label, value", [
    (("Operateur:", Box(149, 462, 80, 14)), ("JvR", Box(224, 462, 22, 12))),  # review 14 sa_us_1
    (("Tech:", Box(218, 492, 40, 12)), ("SJ", Box(255, 493, 14, 13))),
    (("Bediener:", Box(10, 10, 72, 12)), ("KMü", Box(79, 10, 26, 12))),
])
def test_a_value_read_as_its_own_word_is_not_cut_as_its_labels_tail(label, value):
    words = [OcrWord(*label, 99.0), OcrWord(*value, 99.0)]
    vbox = value[1]
    found = fit([Finding("PERSON", vbox, 1.0, "overlay-labelled-name")], words,
                _ink_with_gap((vbox.left + 2, vbox.left + 4)))
    assert found[0].box.left == vbox.left and found[0].box.right == vbox.right


def test_a_value_cut_from_its_token_still_snaps_to_the_glyph_gap():
    token = OcrWord("DOB:1968/05/30", Box(10, 10, 140, 12), 100.0)
    found = fit([Finding("DATE_TIME", Box(40, 10, 110, 12), 1.0, "overlay-date")], [token], _ink_with_gap((44, 47)))
    assert found[0].box.left == 46


@pytest.mark.parametrize("text, name, title", [
    ("Ref: Dra. Inmaculada Otxoa", {"Inmaculada", "Otxoa"}, "Dra."),
    ("Op. Dr. Cemile Arslanoğlu", {"Cemile", "Arslanoğlu"}, "Op."),
    ("Doç. Dr. Ali Kaya", {"Ali", "Kaya"}, "Doç."),
    ("Dr.ssa Giulia Bianchi", {"Giulia", "Bianchi"}, "Dr.ssa"),
    ("Ref: Mme Claire Dubois", {"Claire", "Dubois"}, "Mme"),
])
def test_a_title_stays_outside_the_name_it_introduces(analyzer, text, name, title):
    got = painted(analyzer, text)
    assert name <= got, got
    assert title not in got and "Dr." not in got


@pytest.mark.parametrize("text", ["Ref: Dra.", "Ref. Dra.", "per Mrs", "Ref: Dr.ssa"])
def test_a_title_alone_is_no_name(analyzer, text):
    # what the verification pass reads once the name after the title is painted
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text, value, label", [
    ("Çekim: 19.01.2025", "19.01.2025", "Çekim:"),
    ("Befundung: 19.01.2025", "19.01.2025", "Befundung:"),
    ("Valley Hope Vascular Lab  Fax 555-0190", "555-0190", "Fax"),
    ("Exam: 14/01/2025  OD Macular Cube 512x128", "14/01/2025", "Macular"),
])
def test_a_label_or_device_word_beside_a_value_stays(analyzer, text, value, label):
    got = painted(analyzer, text)
    assert value in got, got
    assert label not in got and "OD" not in got and "Exam:" not in got, got


@pytest.mark.parametrize("text", [
    "Patient Position H-SP", "Patient Position HFS", "Patient Position  Head First-Supine",
    "Pat. Pos.  FFP", "Patientenlage  Rückenlage", "Fax", "Çekim:",
])
def test_device_fields_named_after_the_patient_stay(analyzer, text):
    assert painted(analyzer, text) == set()

