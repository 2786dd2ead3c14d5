"""Parallel vertical text columns (issue 14, "read words well"): a patient banner written up
or down a frame's edge as two or three columns a few px apart (a name, beside it a date or an
ID). PP-OCR's detector, on a frame shrunk to at most 1024 px, joins them into one tall region;
read as one line they gave a garbled word or none, so the name was not found and its box, where
there was one, covered one column. Each column is now read on its own, with its own box
(`ppocr._columns`). Drawn images, real PP-OCR, real DICOM written and read back, the real
analyzer in-process (`Engine`), no metadata naming the patient.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import ImageFont

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import Segment, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.ocr import ppocr
from fw_gear_presidio_image_redactor.ocr.views import ppocr_views
from fw_gear_presidio_image_redactor.run.engine import Engine

from .helpers import glyphs_erased, turned_glyphs, unchanged_outside

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


@dataclass(frozen=True)
class Banner:
    """Columns of text written sideways along one edge of a synthetic frame, `gap` px apart.

    `angle` 90: each column reads bottom to top (turned anticlockwise), -90: top to bottom.
    `side`: the frame's left or right edge. `bits` 8 or 16 (stored 8 or 12 of 16); `dark`:
    dark text on a light ground (else light on dark). `mono`: DejaVu Sans Mono, else
    Pillow's default font."""

    columns: tuple[str, ...]
    angle: int = 90
    side: str = "left"
    gap: int = 6
    size: int = 20
    rows: int = 1024
    bits: int = 16
    dark: bool = False
    mono: bool = False
    top: int | None = None  # first row of the columns; rows // 6 if None


def _alpha(text: str, size: int, angle: int, mono: bool) -> np.ndarray:
    """Anti-aliased glyph coverage 0-1 of `text` turned `angle` degrees, cropped to its ink."""
    return turned_glyphs(ImageFont.truetype(MONO, size) if mono else font(size), text, angle)


def burn_banner(path: Path, banner: Banner) -> list[Segment]:
    """Write a square frame (`make_dicom`'s smooth 'anatomy' and noise) with `banner` burned
    in at the extreme of the stored range; returns one segment per column (its box and the
    mask of its glyph pixels, coverage over 0.4) for the scorers."""
    rows = banner.rows
    syn = make_dicom([], rows=rows, columns=rows, bits_stored=8 if banner.bits == 8 else 12,
                     dark_text=banner.dark)
    syn.dataset.PatientName = "OTHER^PERSON"  # the burned names are not in the header
    arr = syn.dataset.pixel_array.astype(np.float32)
    ink = 0.0 if banner.dark else float((1 << int(syn.dataset.BitsStored)) - 1)
    alphas = [_alpha(t, banner.size, banner.angle, banner.mono) for t in banner.columns]
    width = sum(a.shape[1] for a in alphas) + banner.gap * (len(alphas) - 1)
    x = 6 if banner.side == "left" else rows - 6 - width
    y = rows // 6 if banner.top is None else banner.top
    segments = []
    for text, alpha in zip(banner.columns, alphas, strict=True):
        h, w = alpha.shape
        region = arr[y:y + h, x:x + w]
        region[:] = region * (1 - alpha) + ink * alpha
        segments.append(Segment(text, None, 0, Box(x, y, w, h), alpha > 0.4))
        x += w + banner.gap
    syn.dataset.PixelData = np.round(arr).astype(syn.dataset.pixel_array.dtype).tobytes()
    syn.save(path)
    return segments


def read_banner(engine: ppocr.PpOcr, path: Path):
    image = read_dicom(path)
    return [w for v in ppocr_views(image, image.frame(0)) if not v.fallback for w in engine.read(v)]


def same_text(read: str, drawn: str) -> bool:
    """The column read right: the same letters and digits, case and punctuation aside, except
    '^' (a person-name separator the recogniser reads as 'A' or drops)."""
    def key(s: str) -> str:
        return "".join(c for c in s.upper() if c.isalnum())

    return key(read) == key(drawn) or key(read) == key(drawn.replace("^", "A"))


def column_read(words, seg: Segment) -> bool:
    """A word reads the column's text and its box holds (almost) all of the column's glyphs,
    and no more than a few px of the next column."""
    for w in words:
        if same_text(w.text, seg.text) and w.box.intersection_area(seg.box) >= 0.95 * seg.box.area:
            if w.box.width <= seg.box.width + 6:
                return True
    return False


@pytest.fixture(scope="module")
def engine():
    return ppocr.PpOcr()


@pytest.fixture(scope="module")
def scanner():
    from fw_gear_presidio_image_redactor.run.parts import build_scanner

    return build_scanner(RedactorConfig(mode=Mode.REDACT))


# Each joined by the detector into one tall region (or two overlapping ones) on the code
# before the split: read as one garbled word, as one column, or not at all.
READ_CASES = {
    "up-left-16bit": Banner(("SMITH, JOHN", "12/05/1961"), angle=90, gap=4),
    "down-left-16bit": Banner(("SMITH, JOHN", "12/05/1961"), angle=-90, gap=4),
    "up-right-8bit-dark-mono": Banner(("DOE^JANE", "03/11/1952"), angle=90, side="right", size=22, bits=8,
                                      dark=True, mono=True, gap=4),
    "down-right-2048": Banner(("DOE^JANE", "03/11/1952"), angle=-90, side="right", size=24, rows=2048, bits=8,
                              gap=4),
    "three-down-left-8bit": Banner(("KOWALSKI, MARTHA", "03/11/1952", "55120934"), angle=-90, gap=8, size=18,
                                   bits=8),
    "three-down-right-8bit": Banner(("GARCIA, MARIA", "ID 4417302", "03/11/1952"), angle=-90, side="right",
                                    bits=8),
}


@pytest.mark.parametrize("name", list(READ_CASES))
def test_each_column_is_read_on_its_own_with_its_own_box(tmp_path, engine, name):
    """Every column reads as its own text, boxed over its own glyphs (not the neighbour's)."""
    segments = burn_banner(tmp_path / "case.dcm", READ_CASES[name])
    words = read_banner(engine, tmp_path / "case.dcm")
    for seg in segments:
        assert column_read(words, seg), (seg.text, seg.box, [(w.text, w.box) for w in words])


def test_a_single_column_has_no_columns_to_split():
    """One vertical line (commas, a '^', digits of different widths) is one column: its
    region is never split, so it reads as before."""
    for text in ("SMITH, JOHN", "DOE^JANE", "12/05/1961", "TIS 0.4  MI 1.1"):
        for angle in (90, -90):
            alpha = _alpha(text, 20, angle, mono=False)
            view = np.zeros((alpha.shape[0] + 20, alpha.shape[1] + 20), np.uint8)
            view[10:-10, 10:-10] = np.round(alpha * 255).astype(np.uint8)
            assert ppocr._columns(view, Box(2, 2, view.shape[1] - 4, view.shape[0] - 4)) == [], (text, angle)


def _redact(tmp_path: Path, scanner, src: Path) -> np.ndarray:
    out = tmp_path / "out"
    (tmp_path / "work").mkdir(exist_ok=True)
    outcome = Engine.build(RedactorConfig(mode=Mode.REDACT, frequency_threshold=100), out, tmp_path / "work",
                           scanner=scanner).process(src)
    assert outcome.status == "processed", outcome.reason
    return read_dicom(next(o.path for o in outcome.outputs if o.path.suffix == ".dcm")).frame(0)


@pytest.mark.parametrize("banner", [
    Banner(("SMITH, JOHN", "12/05/1961", "TIS 0.4  MI 1.1"), angle=90, gap=4),
    Banner(("SMITH, JOHN", "TIS 0.4  MI 1.1", "12/05/1961"), angle=-90, side="right", gap=6),
], ids=["up-left", "down-right-device-between"])
def test_name_and_date_columns_are_erased_and_the_device_column_kept(tmp_path, scanner, banner):
    """Dynamic PHI Redaction without metadata naming the patient: the name column (PERSON)
    and the date column are erased; the device's 'TIS 0.4  MI 1.1' column beside them keeps
    every pixel, and nothing outside the two PHI columns changes. (Each sideways word is a
    text line of its own, `text_layout._sideways`: joined into one line, the date was glued
    to 'TIS' and lost, or the name ran on into the device's column.)"""
    src = tmp_path / "case.dcm"
    segments = {seg.text: seg for seg in burn_banner(src, banner)}
    name, date, device = segments["SMITH, JOHN"], segments["12/05/1961"], segments["TIS 0.4  MI 1.1"]
    before = read_dicom(src).frame(0)
    after = _redact(tmp_path, scanner, src)
    for seg in (name, date):
        assert not glyphs_erased(before, seg) and glyphs_erased(after, seg), seg.text
    box = device.box
    assert np.array_equal(before[box.top:box.bottom, box.left:box.right],
                          after[box.top:box.bottom, box.left:box.right]), device.text
    assert unchanged_outside(before, after, [name.box, date.box], margin=6) == 0.0


def test_the_name_column_is_found_as_a_person(tmp_path, scanner):
    """The findings name the column's place and kind: the name as PERSON, the date as a date."""
    src = tmp_path / "case.dcm"
    name, date = burn_banner(src, Banner(("SMITH, JOHN", "12/05/1961"), angle=-90, gap=4))
    image = read_dicom(src)
    found = scanner.findings_for_words(image, scanner.read_words(image, 0), 0)
    kinds = {seg.text: {f.entity_type for f in found if f.box.intersection_area(seg.box) >= 0.9 * seg.box.area}
             for seg in (name, date)}
    assert "PERSON" in kinds[name.text], kinds
    assert kinds[date.text], kinds
