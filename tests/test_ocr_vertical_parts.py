"""A vertical line holding PHI and device text: PP-OCR reads a line written sideways as ONE word
(`ppocr._read_vertical`), so a finding on part of it ('09-02-2024' of '09-02-2024 DXA Lumbar
Spine' on a stitched film's edge) painted the whole column and the exam title with it. The word
now carries the way it reads (`Reading.DOWN`/`UP`), and the run of tokens beside a finding that is
device text is left out along the column (`text_layout.along_column`); any other word on the line
is still painted with the finding, as the safety net for a name no rule found (a break-tester's
'MBEKI GRACE 12-03-2024 DXA Lumbar Spine' was left readable when only the date was cut out).
Real fonts, real PP-OCR, real DICOM, the CLI in-process.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import ImageFont

from fw_gear_presidio_image_redactor.dev.synthetic import Segment
from fw_gear_presidio_image_redactor.findings import Box, OcrWord, Reading
from fw_gear_presidio_image_redactor.recognize.analyzer import _device_run
from fw_gear_presidio_image_redactor.recognize.text_layout import along_column

from .helpers import frame_pixels, glyphs_erased, run_cli
from .test_ocr_vertical_edges import SANS, Column, burn

LINE = "Clinica Araucaria Sur 09-02-2024 Standing AP Full Spine"
pytestmark = pytest.mark.skipif(not SANS.is_file(), reason="DejaVu fonts not installed")


def _band(column: Column, seg_box: Box, part: str) -> tuple[int, int]:
    """Rows of the frame that `part` of the column's text spans (by the font's advance along
    the text: from the top for a column written downwards, from the bottom upwards)."""
    font = ImageFont.truetype(str(column.face), column.size)
    i = column.text.index(part)
    scale = seg_box.height / font.getlength(column.text)
    a, b = font.getlength(column.text[:i]) * scale, font.getlength(column.text[:i + len(part)]) * scale
    if column.angle == -90:  # turned clockwise: the text runs top to bottom
        return seg_box.top + int(a), seg_box.top + int(b)
    return seg_box.bottom - int(b), seg_box.bottom - int(a)


def _part(column: Column, seg: Segment, part: str) -> Segment:
    top, bottom = _band(column, seg.box, part)
    return Segment(part, "", 0, Box(seg.box.left, top, seg.box.width, bottom - top),
                   seg.mask[top - seg.box.top:bottom - seg.box.top])


@pytest.mark.parametrize("text,phi,kept,angle", [
    ("09-02-2024 DXA Lumbar Spine", "09-02-2024", "Lumbar Spine", 90),
    ("09-02-2024 DXA Lumbar Spine", "09-02-2024", "Lumbar Spine", -90),
    # a name no rule finds on the line is painted with the date all the same ('Full' is no
    # vocabulary word, so the rest of the line is no device text and goes with the date)
    ("SMITH JOHN 09-02-2024 Standing AP Full Spine", "SMITH JOHN", None, -90),
], ids=["up", "down", "unfound-name"])
def test_a_vertical_line_is_painted_but_for_the_device_text_beside_what_was_found(tmp_path, text, phi, kept,
                                                                                   angle):
    column = Column(text, angle=angle, side="left", rows=1024, size=22)
    src = tmp_path / "in" / "spine.dcm"
    src.parent.mkdir()
    seg = burn(src, column)
    out = tmp_path / "out"
    run = run_cli("run", src, "--mode", "redact", "--output-dir", out)
    assert run.returncode == 0, run.stderr
    before, after = frame_pixels(src), frame_pixels(out / "redacted_spine.dcm")
    assert glyphs_erased(after, _part(column, seg, phi)), f"{phi!r} is not erased"
    if kept is None:
        return
    title = _part(column, seg, kept).box
    assert np.array_equal(before[title.top:title.bottom, title.left:title.right],
                          after[title.top:title.bottom, title.left:title.right]), f"{kept!r} was painted"


@pytest.mark.parametrize("reading,rows", [(Reading.DOWN, (310, 430)), (Reading.UP, (320, 440))])
def test_part_of_a_sideways_word_is_boxed_along_its_column_over_whole_tokens(reading, rows):
    """10 px a character: '09-02-2024' is characters 22-31; its token and one character of slack
    each side are 21-32, placed from the top (DOWN) or from the bottom (UP); full width kept."""
    word = OcrWord(LINE, Box(10, 100, 20, 10 * len(LINE)), 90.0, reading=reading)
    i = LINE.index("09-02")
    assert along_column(word, i + 3, i + 6) == Box(10, rows[0], 20, rows[1] - rows[0])
    assert along_column(word, 0, len(LINE)) == word.box


def test_a_vertical_line_is_painted_whole_where_what_stays_is_no_device_text():
    """'Standing AP Full Spine' ('Full' is no vocabulary word) goes with the date; after 'DXA
    Lumbar Spine' only the clinic's words and the date are painted."""
    from fw_gear_presidio_image_redactor.recognize.text_layout import layout

    for text, kept in [(LINE, None), ("Clinica Araucaria Sur 09-02-2024 DXA Lumbar Spine", "DXA Lumbar Spine")]:
        word = OcrWord(text, Box(10, 100, 20, 10 * len(text)), 90.0, reading=Reading.DOWN)
        i = text.index("09-02")
        (box, _), = layout([word]).boxes_for(i, i + 10, device_run=_device_run)
        want = word.box if kept is None else Box(10, 100, 20, 10 * text.index(kept))
        assert box == want, (text, box)
