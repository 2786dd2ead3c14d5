"""A label the paint cut into is no new evidence for the verification pass (review 18, half A).

Painting a value to whole JPEG blocks takes the edge off the label beside it ('Nosologico' beside
a painted number on an Italian XA kept as JPEG Baseline: its N gone, the re-read 'Josologic' is
what the model calls a person). The first pass read the whole word, with its line around it, and
left it; a cut-off reading of it is judged by what the first pass read there
(`verification._first_reading_of`, `redaction.painted_areas`). A name the paint cut into stays
a name, and a word read differently where no paint reached stays new evidence.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.findings import Box, Finding, OcrWord
from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle, painted_areas, redact_frame
from fw_gear_presidio_image_redactor.scan.verification import _fragment_of_judged_line, _same_text_judged

from .helpers import ocr_rows, write_case

GRID = (16, 16)  # a YBR_FULL_420 JPEG's MCU: 16 x 16 pixels


def _snap(box: Box) -> Box:
    gw, gh = GRID
    left, top = box.left // gw * gw, box.top // gh * gh
    return Box(left, top, -(-box.right // gw) * gw - left, -(-box.bottom // gh) * gh - top)


def _cut_reading(word: OcrWord, keep_from: int, text: str) -> OcrWord:
    """`word` re-read with its first `keep_from` pixels painted over, as `text`."""
    b = word.box
    return OcrWord(text, Box(b.left + keep_from, b.top - 1, b.width - keep_from + 2, b.height + 2), 80.0)


# (first-pass line, index of the label word, index of the painted value, the label's cut re-reading)
CUT_LABELS = [
    ("2025/018832 Nosologico", 1, 0, "osologico"),
    ("Operatore: 4471 Bianchi", 0, 1, "Operatore"),
    ("55120934 Fallnummer", 1, 0, "allnummer"),
    ("A2291834 Accession", 1, 0, "ccession"),
    ("44129 Emodinamica", 1, 0, "modinamica"),
    ("1234567 Protocol", 1, 0, "rotocol"),
]


def _cut_case(line: str, label_at: int, value_at: int, reread: str):
    first = ocr_rows((10, 21, line), gap=3)
    value, label = first[value_at], first[label_at]
    painted = [value.box.grown(3, 512, 512)]
    cut = [_snap(p) for p in painted]
    keep_from = max(1, min(cut[0].right - label.box.left, label.box.width - 4)) if label_at > value_at else 0
    band = [_cut_reading(label, keep_from, reread)]
    return first, painted, cut, band


@pytest.mark.parametrize("case", CUT_LABELS, ids=[c[3] for c in CUT_LABELS])
def test_a_label_the_blocks_cut_into_is_a_judged_fragment(case):
    first, painted, cut, band = _cut_case(*case)
    label = first[case[1]]
    assert any(label.box.intersection_area(c) for c in cut), "the blocks reach the label"
    finding = Finding("PERSON", band[0].box, 0.85, "SpacyRecognizer", band[0].text, 0)
    assert _fragment_of_judged_line(finding, band, first, painted, cut)
    assert _same_text_judged(finding, first, painted, cut)
    # without the painted areas (the margin alone does not reach the label) the re-read is new evidence
    assert not _fragment_of_judged_line(finding, band, first, painted, [])
    assert not _same_text_judged(finding, first, painted, [])


# A name the paint cut into: the first pass's reading is a name, so the model's finding on it stays.
CUT_NAMES = [
    ("MacDonald, Ian Alasdair", 1, 0, "an"),
    ("55120934 Kowalski", 1, 0, "owalski"),
    ("4471 Bianchi", 1, 0, "ianchi"),
    ("20881904 Öberg", 1, 0, "berg"),
]


@pytest.mark.parametrize("case", CUT_NAMES, ids=[c[3] for c in CUT_NAMES])
def test_a_name_the_blocks_cut_into_keeps_its_finding(case):
    first, painted, cut, band = _cut_case(*case)
    finding = Finding("PERSON", band[0].box, 0.85, "SpacyRecognizer", band[0].text, 0)
    assert not _fragment_of_judged_line(finding, band, first, painted, cut)
    assert not _same_text_judged(finding, first, painted, cut)


def test_a_longer_reading_where_the_paint_cut_is_still_new_evidence():
    """A cut word read with more letters than the first pass read is not the cut word alone."""
    first, painted, cut, band = _cut_case("2025/018832 Nosologico", 1, 0, "osologico")
    finding = Finding("PERSON", band[0].box, 0.85, "SpacyRecognizer", "osologico Rossi", 0)
    assert not _same_text_judged(finding, first, painted, cut)


def test_painted_areas_are_the_pixels_redact_frame_fills(tmp_path):
    case = write_case(tmp_path / "a.dcm", rows=128, columns=256)
    image = read_dicom(case.path)
    frame = image.shown_frame(0)
    boxes = [Box(21, 37, 30, 9), Box(100, 70, 41, 12)]
    style = RedactionStyle(margin=3)
    for grid in (None, (16, 8), (8, 8)):
        shown = replace(image, block_grid=grid)
        out = redact_frame(shown, frame, boxes, style)
        marked = np.zeros(frame.shape[:2], bool)
        for a in painted_areas(shown, boxes, style):
            marked[a.top:a.bottom, a.left:a.right] = True
        changed = np.any(out != frame, axis=-1) if out.ndim == 3 else out != frame
        assert not changed[~marked].any(), grid  # nothing outside the areas changes
        assert changed[marked].mean() > 0.5, grid  # and the areas are filled (the fill may equal a pixel)
        if grid:
            assert all(a.left % grid[0] == 0 and a.top % grid[1] == 0 for a in painted_areas(shown, boxes, style))
