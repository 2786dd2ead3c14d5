"""Painting boxes into stored pixel values: redaction fills and review outlines.

Work happens on the stored values (or RGB for colour) so the output keeps the
input's bit depth and meaning; only pixels inside boxes ever change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..config import Fill
from ..decode.dicom import DicomImage
from ..decode.overlays import OverlayPlane
from ..findings import Box


@dataclass(frozen=True)
class RedactionStyle:
    """How a box is painted: `fill` (contrast or background, see `config.Fill`) and
    `margin`, pixels added on every side (anti-aliased glyph edges reach past OCR boxes)."""

    fill: Fill = Fill.CONTRAST
    margin: int = 3


def background_value(frame: np.ndarray) -> np.ndarray | int:
    """The most common value (or colour): on overlays, the ground text is drawn on."""
    if frame.ndim == 3:
        flat = frame.reshape(-1, frame.shape[2])
        # One integer per colour: a 1-D unique is ~20x faster than unique(axis=0), which
        # dominated redaction time on long colour cines; same order, so the same answer.
        bits = 8 * frame.dtype.itemsize
        sample = flat[:: max(1, len(flat) // 200_000)].astype(np.uint32 if bits == 8 else np.uint64)
        packed = sample[:, 0] << (2 * bits) | sample[:, 1] << bits | sample[:, 2]
        values, counts = np.unique(packed, return_counts=True)
        best, low = int(values[counts.argmax()]), (1 << bits) - 1
        return np.array([best >> (2 * bits), (best >> bits) & low, best & low], dtype=frame.dtype)
    sample = frame.ravel()[:: max(1, frame.size // 200_000)]
    values, counts = np.unique(sample, return_counts=True)
    return values[counts.argmax()]


def fill_value(image: DicomImage, frame: np.ndarray, fill: Fill):
    """Background: blend in. Contrast: the opposite end of the range from the
    background, so reviewers see at a glance what was removed."""
    bg = background_value(frame)
    if fill is Fill.BACKGROUND:
        return bg
    lo, hi = image.stored_range
    if frame.ndim == 3:
        return np.array([hi if int(c) < (lo + hi) / 2 else lo for c in bg], dtype=frame.dtype)
    if image.photometric == "PALETTE COLOR":
        return bg  # an index's opposite is not a colour's opposite; blend in instead
    # Which end is "opposite" is judged within the values the frame uses, not the stored
    # range: signed CT air at 0 sits mid-range and would get the minimum, black on black.
    low, high = int(frame.min()), int(frame.max())
    return hi if int(bg) <= (low + high) / 2 else lo


def redact_frame(image: DicomImage, frame: np.ndarray, boxes: list[Box], style: RedactionStyle) -> np.ndarray:
    """A copy of `frame` with each box, grown by the margin (no further than its `reach`: another
    word beside it, `Box.painted`) (and to whole JPEG blocks where
    the image keeps its JPEG encoding), filled; `frame` itself when there is no box."""
    if not boxes:
        return frame
    out = frame.copy()
    value = fill_value(image, frame, style.fill)
    for b in painted_areas(image, boxes, style):
        out[b.top : b.bottom, b.left : b.right] = value
    return out


def painted_areas(image: DicomImage, boxes: list[Box], style: RedactionStyle) -> list[Box]:
    """The rectangles `redact_frame` fills for `boxes`, in image pixels: each box grown by the
    margin (`Box.painted`) and, where the image keeps its JPEG encoding, to whole blocks."""
    areas = [box.painted(style.margin, image.rows, image.columns) for box in boxes]
    if image.block_grid:  # JPEG kept as JPEG: whole MCUs are replaced (encoding.py)
        areas = [snap_to_grid(b, image.block_grid, image.rows, image.columns) for b in areas]
    return areas


def snap_to_grid(box: Box, grid: tuple[int, int], rows: int, columns: int) -> Box:
    """`box` grown outwards to multiples of grid = (columns, rows) pixels, clipped to the image."""
    gw, gh = grid
    left, top = box.left // gw * gw, box.top // gh * gh
    right, bottom = min(columns, -(-box.right // gw) * gw), min(rows, -(-box.bottom // gh) * gh)
    return Box(left, top, max(0, right - left), max(0, bottom - top))


def outline_frame(
    image: DicomImage, frame: np.ndarray, boxes: list[Box], margin: int, thickness: int = 2
) -> np.ndarray:
    """Review copy: a rectangle around each finding, pixels inside left as they were."""
    if not boxes:
        return frame
    out = frame.copy()
    lo, hi = image.stored_range
    bg = background_value(frame)
    if frame.ndim == 3:
        value = np.array([255, 0, 0] if image.bits_stored == 8 else [hi, lo, lo], dtype=frame.dtype)
    else:
        value = hi if int(bg) < (lo + hi) / 2 else lo
    for box in boxes:
        b = box.grown(margin + thickness, image.rows, image.columns)
        t = thickness
        out[b.top : b.top + t, b.left : b.right] = value
        out[max(b.top, b.bottom - t) : b.bottom, b.left : b.right] = value
        out[b.top : b.bottom, b.left : b.left + t] = value
        out[b.top : b.bottom, max(b.left, b.right - t) : b.right] = value
    return out


def clear_overlay_bits(planes: list[OverlayPlane], boxes: dict[int, list[Box]]) -> list[OverlayPlane]:
    """Copies of the separate (Overlay Data) planes with every bit inside `boxes` cleared.

    boxes: image frame index -> boxes in image coordinates, margin already applied (the
    same boxes the pixels are painted in). A plane drawn on every frame loses the bits under
    the boxes of any frame, since each of its bits is on screen on all of them. Embedded
    planes are not returned: redacted pixels are written with Bits Stored bits only, so their
    bits are gone from every output (`dicom_writer`)."""
    out = []
    for plane in planes:
        if plane.embedded:
            continue
        copy = replace(plane, bits=plane.bits.copy())
        for frame, frame_boxes in boxes.items():
            for box in frame_boxes:
                copy.clear(None if plane.first_frame is None else frame, box)
        out.append(copy)
    return out
