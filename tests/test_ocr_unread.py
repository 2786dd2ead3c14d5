"""Text the OCR did not read before (issue 14): vertical text, and in RedactAllText small
faint text and letters inside icons. Drawn images, real PP-OCR, real DICOM written and read back.

- A line written sideways (rotated a quarter turn either way, as devices burn the
  institution or the patient's name up a frame's edge) is read as one line of text over its
  column: a vertical name is gone in Dynamic PHI Redaction without metadata, and vertical
  device text ('POST') stays there; RedactAllText erases all of it, and a ruler's upright
  numbers are read as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import Segment, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.ocr.views import OcrView
from fw_gear_presidio_image_redactor.run.engine import Engine

from .helpers import glyphs_erased, unchanged_outside

ROWS = COLS = 256
TOP = 4095  # 12-bit synthetic frames: overlay text at the top of the range


@pytest.fixture(scope="module")
def scanners():
    from fw_gear_presidio_image_redactor.run.parts import build_scanner

    return {mode: build_scanner(RedactorConfig(mode=mode)) for mode in (Mode.REDACT, Mode.REDACT_ALL)}


@dataclass(frozen=True)
class Drawn:
    """A string to burn: `angle` 90 reads bottom to top, -90 top to bottom, 0 upright."""

    text: str
    x: int
    y: int
    angle: int = 0
    size: int = 16
    value: int = TOP


def _glyphs(item: Drawn) -> np.ndarray:
    f = font(item.size)
    _, _, right, bottom = f.getbbox(item.text)
    im = Image.new("L", (right + 4, bottom + 4), 0)
    ImageDraw.Draw(im).text((2, 2), item.text, fill=255, font=f)
    return np.asarray(im.rotate(item.angle, expand=True)) > 100


def burn(tmp_path: Path, items: list[Drawn], name: str = "case.dcm") -> tuple[Path, list[Segment]]:
    """A 256x256 12-bit frame (smooth 'anatomy' plus noise, `make_dicom`) with `items` burned
    in; the segments hold each item's glyph pixels (box and mask) for the scorers."""
    syn = make_dicom([], rows=ROWS, columns=COLS)
    syn.dataset.PatientName = "OTHER^PERSON"  # the burned names are not in the header
    arr = syn.dataset.pixel_array.copy()
    segments = []
    for item in items:
        mask = _glyphs(item)
        ys, xs = np.nonzero(mask)
        mask = mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
        box = Box(item.x, item.y, mask.shape[1], mask.shape[0])
        arr[box.top:box.bottom, box.left:box.right][mask] = item.value
        segments.append(Segment(item.text, None, 0, box, mask))
    syn.dataset.PixelData = arr.tobytes()
    path = tmp_path / name
    syn.save(path)
    return path, segments


def _redact(tmp_path: Path, scanners, src: Path, mode: Mode) -> np.ndarray:
    out = tmp_path / f"out-{mode.cli}"
    (tmp_path / "work").mkdir(exist_ok=True)
    outcome = Engine.build(RedactorConfig(mode=mode, frequency_threshold=100), out, tmp_path / "work",
                           scanner=scanners[mode]).process(src)
    assert outcome.status == "processed", outcome.reason
    return read_dicom(next(o.path for o in outcome.outputs if o.path.suffix == ".dcm")).frame(0)


VERTICAL_NAMES = [Drawn("DOE^JANE", 6, 40, 90), Drawn("SMITH, JOHN", 230, 40, -90)]


def test_vertical_lines_are_read_as_one_word_over_their_column(tmp_path, scanners):
    """Both directions read whole, as one word each (so the analyzer gets one line), boxed over
    the glyph column: every glyph pixel inside, at most a few px wider than the glyphs."""
    src, segments = burn(tmp_path, VERTICAL_NAMES)
    frame = read_dicom(src).frame(0)
    view = OcrView("full", (frame >> 4).astype(np.uint8))
    words = scanners[Mode.REDACT].ocr.read(view)  # the Dynamic modes' PpOcr()
    for seg in segments:
        word = next((w for w in words if w.text == seg.text), None)
        assert word is not None, [(w.text, w.box) for w in words]
        assert word.box.intersection_area(seg.box) == seg.box.area, (word.box, seg.box)
        assert word.box.width <= seg.box.width + 4 and word.box.height <= seg.box.height + 4


def test_vertical_name_is_gone_without_metadata_and_vertical_device_text_stays(tmp_path, scanners):
    """Dynamic PHI Redaction, no metadata: the sideways names are erased, nothing outside them
    changes; the device's sideways 'POST' and upright 'ANT' stay."""
    device = [Drawn("ANT", 110, 4), Drawn("POST", 230, 190, 90, 14)]
    src, segments = burn(tmp_path, VERTICAL_NAMES + device)
    before = read_dicom(src).frame(0)
    after = _redact(tmp_path, scanners, src, Mode.REDACT)
    names, kept = segments[:2], segments[2:]
    for seg in names:
        assert not glyphs_erased(before, seg) and glyphs_erased(after, seg), seg.text
    for seg in kept:
        assert not glyphs_erased(after, seg), seg.text
    assert unchanged_outside(before, after, [s.box for s in names], margin=6) == 0.0


def test_redact_all_text_erases_vertical_text_and_ruler_numbers(tmp_path, scanners):
    """RedactAllText: sideways text either way is erased, and so are a ruler's upright numbers
    (short, tall-ish single lines: read upright as before, not turned)."""
    ruler = [Drawn(str(n), 120, 60 + 40 * i, size=14) for i, n in enumerate((0, 5, 10, 15))]
    src, segments = burn(tmp_path, VERTICAL_NAMES + [Drawn("ANT", 236, 180, -90, 14)] + ruler)
    before = read_dicom(src).frame(0)
    after = _redact(tmp_path, scanners, src, Mode.REDACT_ALL)
    for seg in segments:
        assert glyphs_erased(after, seg), seg.text
    assert unchanged_outside(before, after, [s.box for s in segments], margin=6) == 0.0


def _real(name: str):
    from fw_gear_presidio_image_redactor.dev.evaluation.real import load_labels

    path = next(f.path() for f in load_labels() if f.name == name)
    if path is None:
        pytest.skip(f"{name} is not installed here (pydicom-data)")
    return read_dicom(Path(path))


def test_second_look_reads_the_small_letters_beside_a_body_mark_icon(scanners):
    """RedactAllText on the Philips OB image (pydicom-data, tuning half of the real set): the
    9 px grey 'P' beside the transducer icon and the 'G' inside its circle give the detector
    no box at 1x; the second look at the detector's near-misses, magnified, reads both. The
    Dynamic modes' engine reads neither (it paints only what the analyzer judges)."""
    from fw_gear_presidio_image_redactor.scan.scanner import Scanner

    image = _real("OBXXXX1A.dcm")
    marks = {"P": Box(140, 490, 7, 9), "G": Box(161, 474, 9, 11)}  # real_labels.json; 'G': the letter
    assert scanners[Mode.REDACT_ALL].ocr.all_text is True and scanners[Mode.REDACT].ocr.all_text is False
    scanner = Scanner(ocr=scanners[Mode.REDACT_ALL].ocr, analyzer=None)  # PpOcr(all_text=True)
    words = scanner.all_text_words(image, scanner.read_words(image, 0))
    for text, box in marks.items():
        assert any(w.box.intersection_area(box) >= 0.8 * box.area for w in words), text
    plain = Scanner(ocr=scanners[Mode.REDACT].ocr, analyzer=None)  # PpOcr()
    assert not any(w.box.intersection_area(b) for w in plain.read_words(image, 0) for b in marks.values())
