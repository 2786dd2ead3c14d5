"""Turning stored pixel values into images an OCR engine can read.

Burned-in text is drawn at an extreme of the stored range (often the very top
of 12-16 bit data), light on dark, sometimes coloured, often small. A plain
min-max rescale of a CT leaves it grey on grey; each view here is one way of
making it black-on-white at a size Tesseract is trained on. The scanner reads
every view and merges the words, so a view only has to help, never to be perfect.

Views are built per engine (`build_views(..., kind=engine.view_kind)`): the
binarised and upscaled views exist because Tesseract needs them; PP-OCR's
learned detector reads either polarity and colour, resizes for itself, and
reads *less* well from binarised images (B-mode speckle becomes letter-like
blobs), so it gets the frame as a person sees it (see `ppocr_views`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from ..decode.dicom import DicomImage

# Tesseract is trained on text about 20-30 px tall; overlay fonts are often 8-14 px.
SMALL_IMAGE = 1200
# Module settings rather than arguments so the evaluation's ablation can switch a
# step off and measure what it was worth (evaluation/ablation.py).
UPSCALE_FILTER = Image.Resampling.BICUBIC
PPOCR_SMALL_IMAGE = 400


@dataclass(frozen=True)
class OcrView:
    """An 8-bit image plus how to map its coordinates back (divide by `scale`).

    Tesseract views are grey, dark text on light; PP-OCR views may be RGB
    (h, w, 3) and either polarity."""

    name: str
    image: np.ndarray  # uint8, (h, w) or (h, w, 3)
    scale: float = 1.0
    # Read only when the primary views found little (see `ocr.read_views`): on the
    # evaluation catalogue the `top` view added no segment the `full` view missed,
    # at 60% more OCR time, so it earns its time only as a second pass.
    fallback: bool = False


def intensity(image: DicomImage, frame: np.ndarray) -> np.ndarray:
    """One float channel where brighter means 'drawn': text is usually the brightest thing.

    MONOCHROME1 is inverted (its text is at the minimum); colour text (yellow,
    green, white banners) is brightest in its maximum channel.
    """
    rgb = image.display_rgb(frame)
    if rgb is not None:
        return rgb.max(axis=2).astype(np.float32)
    if frame.ndim == 3:
        return frame.max(axis=2).astype(np.float32)
    data = frame.astype(np.float32)
    if image.photometric == "MONOCHROME1":
        lo, hi = image.stored_range
        data = (lo + hi) - data
    return data


def _to_uint8(data: np.ndarray, lo: float, hi: float) -> np.ndarray:
    if hi <= lo:
        return np.zeros(data.shape, dtype=np.uint8)
    out = (np.clip(data, lo, hi) - lo) * (255.0 / (hi - lo))
    return out.astype(np.uint8)


def _dark_on_light(gray: np.ndarray) -> np.ndarray:
    """Tesseract reads dark text on light ground best; flip mostly-dark images."""
    return 255 - gray if np.median(gray) < 128 else gray


def _upscale(gray: np.ndarray, factor: int) -> np.ndarray:
    """Bicubic, not pixel repetition: repeated pixels keep a small font's jagged
    steps, which Tesseract reads as noise (the real 2_ORIGINAL CT overlay)."""
    if factor == 1:
        return gray
    h, w = gray.shape[:2]
    return np.asarray(Image.fromarray(gray).resize((w * factor, h * factor), UPSCALE_FILTER))


def scale_for(image: DicomImage) -> int:
    return 2 if max(image.rows, image.columns) < SMALL_IMAGE else 1


TESSERACT = "tesseract"
PPOCR = "ppocr"


def view_kind(engine) -> str:
    """Which views an engine wants: its `view_kind`, Tesseract's when it names none."""
    return getattr(engine, "view_kind", TESSERACT)


def build_views(image: DicomImage, frame: np.ndarray, kind: str = TESSERACT) -> list[OcrView]:
    """The views worth reading for this frame, for an engine of this `kind`.

    - `full`: min-max of the frame, for ordinary dark-on-light or mid-grey text;
    - `top`: only the brightest values (where overlays are burned), binarised, so
      text on a busy 16-bit background becomes clean black on white.
    """
    if kind == PPOCR:
        return ppocr_views(image, frame)
    data = intensity(image, frame)
    factor = scale_for(image)
    lo, hi = float(data.min()), float(data.max())
    views = [OcrView("full", _upscale(_dark_on_light(_to_uint8(data, lo, hi)), factor), factor)]
    if hi > lo:
        threshold = hi - 0.15 * (hi - lo)
        mask = data >= threshold
        # A top view only helps where bright pixels are sparse (text), not half the image.
        if 0 < mask.mean() < 0.2:
            top = np.where(mask, 0, 255).astype(np.uint8)
            views.append(OcrView("top", _upscale(top, factor), factor, fallback=True))
    return views


def ppocr_views(image: DicomImage, frame: np.ndarray) -> list[OcrView]:
    """PP-OCR reads the frame as displayed: colour frames as RGB (coloured banners
    keep their contrast), grey frames min-max stretched, no polarity flip, no
    upscaling (its detector resizes to 736 px on the short side itself, and its
    recogniser rescales each line to 48 px tall), except frames under
    `PPOCR_SMALL_IMAGE` px (a 256x256 MR's 8 px font), which are doubled.

    `top` (the brightest values, binarised, as for Tesseract) is a fallback for
    grey frames where the first reading found little: text burned at the top of
    the range over a brightly windowed CT is grey on grey in the plain stretch.
    Colour frames get none: binarised Doppler flow reads as letters.
    """
    rgb = image.display_rgb(frame)
    if rgb is None and frame.ndim == 3 and frame.shape[2] == 3:
        rgb = frame
    if rgb is not None:
        full = np.ascontiguousarray(rgb if rgb.dtype == np.uint8 else _to_uint8(rgb, float(rgb.min()),
                                                                                   float(rgb.max())))
        data = full.max(axis=2).astype(np.float32)
    else:
        data = intensity(image, frame)
        full = _to_uint8(data, float(data.min()), float(data.max()))
    factor = 2 if max(data.shape[:2]) < PPOCR_SMALL_IMAGE else 1
    views = [OcrView("full", _upscale(full, factor), factor)]
    lo, hi = float(data.min()), float(data.max())
    if hi > lo and rgb is None:  # binarised colour flow becomes letter-like blobs; colour text reads in RGB
        mask = data >= hi - 0.15 * (hi - lo)
        if 0 < mask.mean() < 0.2:
            views.append(OcrView("top", _upscale(np.where(mask, 0, 255).astype(np.uint8), factor), factor,
                                 fallback=True))
    return views
