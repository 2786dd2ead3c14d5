"""Typed records passed between OCR, analysis, reports and redaction.

Every coordinate is in the original pixel grid of the stored image (never the
padded or rescaled OCR view), so a box can be redacted, drawn, written to the
bbox JSON and read back without knowing how OCR looked at the image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import Enum


@dataclass(frozen=True)
class Box:
    """`reach`: (left, top, right, bottom), the most pixels a margin may add on each side
    (`painted`), where another word's glyphs stand closer than a margin would reach (a line
    2-3 px below a name; `scan.room`). None: no limit. Not part of the box's identity: two
    boxes of the same place are equal, and a union or a box read back from a report has none."""

    left: int
    top: int
    width: int
    height: int
    reach: tuple[int, int, int, int] | None = field(default=None, compare=False, repr=False)

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    def union(self, other: Box) -> Box:
        left, top = min(self.left, other.left), min(self.top, other.top)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Box(left, top, right - left, bottom - top)

    def intersection_area(self, other: Box) -> int:
        w = min(self.right, other.right) - max(self.left, other.left)
        h = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(0, w) * max(0, h)

    def iou(self, other: Box) -> float:
        inter = self.intersection_area(other)
        union = self.area + other.area - inter
        return inter / union if union else 0.0

    def grown(self, margin: int, rows: int, columns: int) -> Box:
        """The box plus a margin, clipped to the image: anti-aliased glyph edges
        reach a pixel or two beyond Tesseract's tight word boxes."""
        left = max(0, self.left - margin)
        top = max(0, self.top - margin)
        right = min(columns, self.right + margin)
        bottom = min(rows, self.bottom + margin)
        return Box(left, top, max(0, right - left), max(0, bottom - top))

    def painted(self, margin: int, rows: int, columns: int) -> Box:
        """The pixels a redaction fills: `grown` by the margin, but never further on a side
        than the box's `reach` (another word's glyphs beside it)."""
        if self.reach is None or margin <= 0:
            return self.grown(margin, rows, columns)
        ml, mt, mr, mb = (max(0, min(margin, r)) for r in self.reach)
        left, top = max(0, self.left - ml), max(0, self.top - mt)
        right, bottom = min(columns, self.right + mr), min(rows, self.bottom + mb)
        return Box(left, top, max(0, right - left), max(0, bottom - top))

    def scaled(self, factor: float, dx: int = 0, dy: int = 0) -> Box:
        """Map a box from an OCR view (padded by dx, dy, then scaled) back to the image."""
        left = math.floor(self.left / factor) - dx
        top = math.floor(self.top / factor) - dy
        right = math.ceil(self.right / factor) - dx
        bottom = math.ceil(self.bottom / factor) - dy
        return Box(left, top, right - left, bottom - top)


def merge_boxes(boxes: list[Box], reach: int = 0) -> list[Box]:
    """Boxes that overlap, or lie closer than `reach` pixels on both axes, replaced by
    their union, again until no two do: an overlay's lines become one region. The
    first box of each group keeps its place in the list."""
    merged = list(boxes)
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            a = merged[i]
            near = Box(a.left - reach, a.top - reach, a.width + 2 * reach, a.height + 2 * reach) if reach else a
            for j in range(i + 1, len(merged)):
                if near.intersection_area(merged[j]) > 0:
                    merged[i] = a.union(merged.pop(j))
                    changed = True
                    break
            if changed:
                break
    return merged


class Reading(Enum):
    """Which way a word's characters run in the image: `ACROSS` left to right (upright text);
    `DOWN` top to bottom and `UP` bottom to top (text written sideways along a column, which
    PP-OCR reads turned a quarter turn anticlockwise or clockwise: `ocr.ppocr._read_vertical`)."""

    ACROSS = "across"
    DOWN = "down"
    UP = "up"


@dataclass(frozen=True)
class OcrWord:
    """One word as OCR read it, already mapped to image coordinates. `reading`: the way its
    characters run (`Reading`), so a part of a word read sideways (a whole vertical line) can
    be boxed along its column (`recognize.text_layout.TextLayout.boxes_for`)."""

    text: str
    box: Box
    confidence: float
    view: str = ""
    reading: Reading = Reading.ACROSS


@dataclass(frozen=True)
class Finding:
    """One piece of PHI (or, in RedactAllText, any text) at one place on one frame.

    `text` is the raw recognised text. It is PHI: it only leaves the process in
    debug output that says so.

    `in_pixels` False: the text is drawn only by an overlay plane (Pixel Data holds none
    there, `scan.scanner.Scanner.findings_for_words`), so a redaction clears the plane's
    bits in the box (or drops the plane) and leaves the pixels under it, which are
    anatomy, as they are.
    """

    entity_type: str
    box: Box
    score: float
    recognizer: str
    text: str = ""
    frame: int = 0
    sop_instance_uid: str = ""
    member: str = ""
    in_pixels: bool = True

    def at(self, **changes) -> Finding:
        return replace(self, **changes)


@dataclass
class InstanceFindings:
    """Findings of one DICOM instance (a file or one member of a zipped series)."""

    member: str
    sop_instance_uid: str
    rows: int
    columns: int
    number_of_frames: int
    findings: list[Finding] = field(default_factory=list)


def mask_text(text: str) -> str:
    """A stand-in for PHI in reports: keeps the length a reviewer may need, not the content."""
    return "*" * len(text)
