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
from PIL import Image, ImageDraw, ImageFont

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import Segment, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.ocr import ppocr
from fw_gear_presidio_image_redactor.ocr.views import ppocr_views
from fw_gear_presidio_image_redactor.run.engine import Engine

from .helpers import glyphs_erased, unchanged_outside

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
    f = ImageFont.truetype(MONO, size) if mono else font(size)
    _, _, right, bottom = f.getbbox(text)
    im = Image.new("L", (right + 4, bottom + 4), 0)
    ImageDraw.Draw(im).text((2, 2), text, fill=255, font=f)
    alpha = np.asarray(im.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC), np.float32) / 255
    ys, xs = np.nonzero(alpha > 0.2)
    return alpha[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


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
