"""A vertical line holding PHI and device text (fix round 23): PP-OCR reads a line written
sideways as ONE word (`ppocr._read_vertical`), so a finding on part of it ('09-02-2024' of
'Clinica Araucaria Sur 09-02-2024 Standing AP Full Spine', a stitched spine film's edge) used to
paint the whole column and the exam title with it. The word now carries the way it reads
(`Reading.DOWN`/`UP`) and a finding covers only its tokens along the column
(`text_layout.along_column`). Real fonts, real PP-OCR, real DICOM, the CLI in-process.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import ImageFont

from fw_gear_presidio_image_redactor.dev.synthetic import Segment
from fw_gear_presidio_image_redactor.findings import Box, OcrWord, Reading
from fw_gear_presidio_image_redactor.recognize.text_layout import along_column

from .helpers import frame_pixels, glyphs_erased, run_cli
from .test_ocr_vertical_edges import SANS, Column, burn

LINE = "Clinica Araucaria Sur 09-02-2024 Standing AP Full Spine"
pytestmark = pytest.mark.skipif(not SANS.is_file(), reason="DejaVu fonts not installed")


def _band(column: Column, seg_box: Box, part: str) -> tuple[int, int]:
    """Rows of the frame that `part` of `LINE` spans in the burned column (by the font's advance
    along the text: from the top for a column written downwards, from the bottom upwards)."""
    font = ImageFont.truetype(str(column.face), column.size)
    i = LINE.index(part)
    scale = seg_box.height / font.getlength(LINE)
    a, b = font.getlength(LINE[:i]) * scale, font.getlength(LINE[:i + len(part)]) * scale
    if column.angle == -90:  # turned clockwise: the text runs top to bottom
        return seg_box.top + int(a), seg_box.top + int(b)
    return seg_box.bottom - int(b), seg_box.bottom - int(a)


@pytest.mark.parametrize("angle", [90, -90], ids=["up", "down"])
def test_a_date_on_a_vertical_line_is_painted_and_the_exam_title_beside_it_kept(tmp_path, angle):
    column = Column(LINE, angle=angle, side="left", rows=1024, size=22)
    src = tmp_path / "in" / "spine.dcm"
    src.parent.mkdir()
    seg = burn(src, column)
    out = tmp_path / "out"
    run = run_cli("run", src, "--mode", "redact", "--output-dir", out)
    assert run.returncode == 0, run.stderr
    before, after = frame_pixels(src), frame_pixels(out / "redacted_spine.dcm")
    box = seg.box

    top, bottom = _band(column, box, "09-02-2024")
    date = Segment("09-02-2024", "DATE_TIME", 0, Box(box.left, top, box.width, bottom - top),
                   seg.mask[top - box.top:bottom - box.top])
    assert glyphs_erased(after, date), "the date is not erased"

    top, bottom = _band(column, box, "Full Spine")
    assert np.array_equal(before[top:bottom, box.left:box.right], after[top:bottom, box.left:box.right]), \
        "the exam title was painted"


@pytest.mark.parametrize("reading,rows", [(Reading.DOWN, (310, 430)), (Reading.UP, (320, 440))])
def test_part_of_a_sideways_word_is_boxed_along_its_column_over_whole_tokens(reading, rows):
    """10 px a character: '09-02-2024' is characters 22-31; its token and one character of slack
    each side are 21-32, placed from the top (DOWN) or from the bottom (UP); full width kept."""
    word = OcrWord(LINE, Box(10, 100, 20, 10 * len(LINE)), 90.0, reading=reading)
    i = LINE.index("09-02")
    assert along_column(word, i + 3, i + 6) == Box(10, rows[0], 20, rows[1] - rows[0])
    assert along_column(word, 0, len(LINE)) == word.box
