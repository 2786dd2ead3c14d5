"""Stored pixel values -> what a viewer shows first, for the preview sheets."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from pydicom.pixels import apply_modality_lut, apply_voi_lut

from ..decode.dicom import DicomImage


def _first(value) -> float:
    try:
        return float(value[0])
    except TypeError:
        return float(value)


def display_mapper(image: DicomImage, frame: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """Stored values -> 8-bit grey or RGB, fixed from the original frame so the
    redacted frame is shown through the very same mapping.

    12-16 bit grey uses the header's VOI window (what a viewer shows first), else
    the 0.5-99.5 percentile range: burned-in text sits at an extreme, beyond the
    percentiles, so it clips to full white (or black) instead of being squeezed
    into grey by one outlier. MONOCHROME1 is inverted, as a viewer shows it.
    """
    if image.photometric == "PALETTE COLOR":
        return lambda f: image.display_rgb(f)
    if frame.ndim == 3:
        shift = max(0, image.bits_stored - 8)
        return lambda f: f.astype(np.uint8) if f.dtype == np.uint8 else np.clip(f >> shift, 0, 255).astype(np.uint8)
    ds = image.dataset
    invert = image.photometric == "MONOCHROME1"
    if image.bits_stored <= 8:
        lo, hi = image.stored_range
        return _linear(lambda f: f.astype(np.float32), float(lo), float(hi), invert)

    def modality(f: np.ndarray) -> np.ndarray:
        try:
            return np.asarray(apply_modality_lut(f, ds), dtype=np.float32)
        except Exception:  # a broken Modality LUT must not cost the preview
            return f.astype(np.float32)

    center, width = ds.get("WindowCenter"), ds.get("WindowWidth")
    try:
        c, w = _first(center), _first(width)
    except (TypeError, ValueError, IndexError):
        c, w = 0.0, 0.0
    if w >= 1:  # PS3.3 C.11.2.1.2.1, linear
        return _linear(modality, c - 0.5 - (w - 1) / 2, c - 0.5 + (w - 1) / 2, invert)
    if "VOILUTSequence" in ds:
        try:
            voi = np.asarray(apply_voi_lut(modality(frame), ds, index=0), dtype=np.float32)

            def lut(f: np.ndarray) -> np.ndarray:
                return np.asarray(apply_voi_lut(modality(f), ds, index=0), dtype=np.float32)

            return _linear(lut, float(voi.min()), float(voi.max()), invert)
        except Exception:  # fall through to percentiles
            pass
    values = modality(frame).ravel()
    sample = values[:: max(1, values.size // 500_000)]
    lo, hi = (float(v) for v in np.percentile(sample, [0.5, 99.5]))
    if hi <= lo:
        lo, hi = float(values.min()), float(values.max())
    return _linear(modality, lo, hi, invert)


def _linear(values: Callable[[np.ndarray], np.ndarray], lo: float, hi: float,
            invert: bool) -> Callable[[np.ndarray], np.ndarray]:
    span = max(hi - lo, 1e-6)

    def convert(f: np.ndarray) -> np.ndarray:
        out = np.clip((values(f) - lo) * (255.0 / span), 0, 255)
        if invert:
            out = 255.0 - out
        return np.round(out).astype(np.uint8)

    return convert
