"""Overlay planes: the graphics every viewer draws on top of the pixels.

PS3.3 C.9.2 (Overlay Plane Module) and C.9.3 (Multi-frame Overlay Module): up to 16
planes in the even groups 6000-601E, each a bitmap of OverlayRows x OverlayColumns
placed at OverlayOrigin (row, column, 1-based, may be negative or run past the image),
one bit per pixel in Overlay Data (60xx,3000), packed little-endian bit order
(PS3.5 8.1.2). A multi-frame overlay holds NumberOfFramesInOverlay bitmaps, the first
drawn on image frame ImageFrameOrigin (1-based). A plane without either attribute on a
multi-frame image is drawn on every frame (what DCMTK and most viewers do).

The retired embedded form (PS3.5 8.1.2, before 2004) keeps the bits in an unused high
bit of Pixel Data (OverlayBitPosition above HighBit, OverlayBitsAllocated equal to
BitsAllocated); pydicom masks those bits off when decoding, so they are read here from
the native Pixel Data bytes. Embedded overlays only exist in native (uncompressed) data.

A name drawn in an overlay is on screen as surely as one in the pixels, so the scanner
reads each frame with its planes drawn (`burn`), and redaction clears the bits inside
every box (`clear_boxes`) or drops the planes (PS3.15 E.3.3 Clean Graphics option).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset

from ..findings import Box

GROUPS = tuple(range(0x6000, 0x6020, 2))
DATA, ROWS, COLUMNS, ORIGIN = 0x3000, 0x0010, 0x0011, 0x0050
FRAMES, FRAME_ORIGIN, BITS_ALLOCATED, BIT_POSITION = 0x0015, 0x0051, 0x0100, 0x0102


@dataclass
class OverlayPlane:
    """One overlay plane, decoded.

    group: 0x6000..0x601E. bits: bool array (frames, rows, columns) in overlay
    coordinates. origin: (row, column) of the overlay's first pixel in the image, 0-based.
    first_frame: image frame (0-based) its first bitmap is drawn on; None = every frame
    (a single bitmap without Image Frame Origin). embedded: the bits live in Pixel Data
    bit `bit_position` (retired form) instead of Overlay Data.
    """

    group: int
    bits: np.ndarray
    origin: tuple[int, int]
    first_frame: int | None
    embedded: bool = False
    bit_position: int = 0
    type: str = "G"

    @property
    def name(self) -> str:
        return f"overlay {self.group:04X}"

    def frame_for(self, image_frame: int) -> int | None:
        """Index into `bits` of the bitmap drawn on `image_frame`, or None."""
        if self.first_frame is None:
            return 0
        k = image_frame - self.first_frame
        return k if 0 <= k < self.bits.shape[0] else None

    def mask(self, image_frame: int, rows: int, columns: int) -> np.ndarray | None:
        """This plane on one image frame as a (rows, columns) bool mask; None if it draws nothing there."""
        k = self.frame_for(image_frame)
        if k is None:
            return None
        bits = self.bits[k]
        r0, c0 = self.origin
        out = np.zeros((rows, columns), dtype=bool)
        top, left = max(0, r0), max(0, c0)
        bottom, right = min(rows, r0 + bits.shape[0]), min(columns, c0 + bits.shape[1])
        if bottom <= top or right <= left:
            return None
        out[top:bottom, left:right] = bits[top - r0 : bottom - r0, left - c0 : right - c0]
        return out if out.any() else None

    def clear(self, image_frame: int | None, box: Box) -> int:
        """Clear the bits under `box` (image coordinates) on one image frame (None: every
        bitmap). Returns how many set bits were cleared."""
        r0, c0 = self.origin
        top, bottom = max(0, box.top - r0), min(self.bits.shape[1], box.bottom - r0)
        left, right = max(0, box.left - c0), min(self.bits.shape[2], box.right - c0)
        if bottom <= top or right <= left:
            return 0
        if image_frame is None or self.first_frame is None:
            frames = slice(None)
        else:
            k = self.frame_for(image_frame)
            if k is None:
                return 0
            frames = slice(k, k + 1)
        region = self.bits[frames, top:bottom, left:right]
        cleared = int(region.sum())
        region[...] = False
        return cleared


def _value(ds: Dataset, group: int, elem: int, default=None):
    tag = (group << 16) | elem
    return ds[tag].value if tag in ds and ds[tag].value not in (None, "", b"") else default


def _unpack(data: bytes, count: int, little_endian: bool, vr: str) -> np.ndarray:
    raw = np.frombuffer(bytes(data), dtype=np.uint8)
    if not little_endian and vr == "OW" and len(raw) >= 2:  # OW words were written big-endian
        raw = raw[: len(raw) // 2 * 2].reshape(-1, 2)[:, ::-1].ravel()
    bits = np.unpackbits(raw, bitorder="little")
    if len(bits) < count:
        bits = np.concatenate([bits, np.zeros(count - len(bits), dtype=np.uint8)])
    return bits[:count].astype(bool)


def pack(bits: np.ndarray) -> bytes:
    """Bits (any shape) -> Overlay Data bytes, little-endian bit order, padded to an even length."""
    data = np.packbits(bits.ravel().astype(np.uint8), bitorder="little").tobytes()
    return data + b"\0" * (len(data) % 2)


def read_planes(ds: Dataset, *, bits_allocated: int, bits_stored: int, number_of_frames: int,
                rows: int, columns: int) -> list[OverlayPlane]:
    """Every overlay plane of `ds` (Overlay Data, or embedded in native Pixel Data).

    Planes that cannot be decoded (no rows/columns, too little data for an embedded
    plane) are skipped: what cannot be drawn cannot be shown either.
    """
    planes = []
    little = getattr(ds, "is_little_endian", None)
    if little is None:
        ts = getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", None)
        little = True if ts is None else bool(getattr(ts, "is_little_endian", True))
    for group in GROUPS:
        if not any((tag >> 16) == group for tag in ds.keys()):
            continue
        o_rows, o_cols = _value(ds, group, ROWS), _value(ds, group, COLUMNS)
        origin = _value(ds, group, ORIGIN, [1, 1])
        try:
            o_rows, o_cols = int(o_rows), int(o_cols)
            origin = (int(origin[0]) - 1, int(origin[1]) - 1)
        except (TypeError, ValueError, IndexError):
            continue
        frames = int(_value(ds, group, FRAMES, 0) or 0)
        frame_origin = _value(ds, group, FRAME_ORIGIN)
        first = None if frames == 0 and frame_origin is None else int(frame_origin or 1) - 1
        frames = max(frames, 1)
        kind = str(_value(ds, group, 0x0040, "G")).strip() or "G"
        data_tag = (group << 16) | DATA
        if data_tag in ds and ds[data_tag].value:
            elem = ds[data_tag]
            bits = _unpack(elem.value, frames * o_rows * o_cols, little, elem.VR)
            planes.append(OverlayPlane(group, bits.reshape(frames, o_rows, o_cols), origin, first, type=kind))
            continue
        position = _value(ds, group, BIT_POSITION)
        if position is None or "PixelData" not in ds or int(position) < bits_stored:
            continue
        position = int(position)
        if position >= bits_allocated or o_rows != rows or o_cols != columns:
            continue
        embedded = _embedded_bits(ds, position, bits_allocated, number_of_frames, rows, columns, little)
        if embedded is not None:
            planes.append(OverlayPlane(group, embedded, (0, 0), 0, embedded=True, bit_position=position, type=kind))
    return planes


def _embedded_bits(ds: Dataset, position: int, bits_allocated: int, frames: int, rows: int, columns: int,
                   little: bool) -> np.ndarray | None:
    ts = getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", None)
    if ts is not None and getattr(ts, "is_compressed", False):
        return None
    dtype = f"{'<' if little else '>'}u{bits_allocated // 8}"
    count = frames * rows * columns
    data = bytes(ds.PixelData)
    if len(data) < count * bits_allocated // 8:
        return None
    values = np.frombuffer(data, dtype=dtype, count=count)
    bits = ((values >> position) & 1).astype(bool).reshape(frames, rows, columns)
    return bits if bits.any() else None


def shown_mask(planes: list[OverlayPlane], image_frame: int, rows: int, columns: int) -> np.ndarray | None:
    """Union of all planes drawn on one image frame; None if nothing is drawn."""
    out = None
    for plane in planes:
        mask = plane.mask(image_frame, rows, columns)
        if mask is not None:
            out = mask if out is None else out | mask
    return out


def planes_under(planes: list[OverlayPlane], image_frame: int, box: Box, rows: int, columns: int) -> list[str]:
    """Names of the planes that draw set bits inside `box` on `image_frame`."""
    names = []
    for plane in planes:
        mask = plane.mask(image_frame, rows, columns)
        if mask is not None and mask[max(0, box.top) : box.bottom, max(0, box.left) : box.right].any():
            names.append(plane.name)
    return names


def burn(frame: np.ndarray, mask: np.ndarray, low, high) -> np.ndarray:
    """The frame as a viewer shows it: overlay pixels drawn in whichever end of the range
    (`low` or `high`, scalars or RGB) stands out from the pixels around them."""
    out = frame.copy()
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    around = frame[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    lum = around.mean(axis=-1) if around.ndim == 3 else around
    used_lo, used_hi = float(frame.min()), float(frame.max())
    bright = float(np.median(lum)) > (used_lo + used_hi) / 2
    out[mask] = low if bright else high
    return out


def remove_planes(ds: Dataset) -> None:
    """Delete every attribute of groups 6000-601E (PS3.15 E.3.3: the planes are not kept)."""
    for tag in [t for t in ds.keys() if (t >> 16) in GROUPS]:
        del ds[tag]


def clear_embedded_bits(ds: Dataset, planes: list[OverlayPlane], bits_allocated: int, little: bool) -> None:
    """Zero the embedded overlay bit positions in a native Pixel Data value copied byte for byte."""
    positions = [p.bit_position for p in planes if p.embedded]
    if not positions or "PixelData" not in ds or ds["PixelData"].is_buffered:
        return
    keep = ~np.uint64(sum(1 << p for p in positions))
    dtype = np.dtype(f"{'<' if little else '>'}u{bits_allocated // 8}")
    values = np.frombuffer(bytes(ds.PixelData), dtype=dtype)
    ds.PixelData = (values & keep.astype(dtype)).astype(dtype).tobytes()
