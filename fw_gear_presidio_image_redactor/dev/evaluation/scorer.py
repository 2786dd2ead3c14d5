"""Scoring redacted pixels against ground truth, never against the tool's own report.

A tool can claim anything in its CSV; what matters is whether a reader of the
output could still see the text. A segment counts as erased when its glyph
pixels no longer stand out from the pixels right around them (a ring a few
pixels wide, inside the string's bounding box), whatever the fill colour (black, white, background). The ring,
not the whole box, is the reference so that word-by-word boxes with unfilled
gaps between words still count; a box that covers half a name leaves the other
half standing out from its ring, so it does not count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..synthetic import Segment

TOLERANCE = 0.05  # glyph/ground difference, as a share of the frame's value range
RING = 2  # pixels around each glyph that make its "ground"
# Pixels this close to a drawn string belong to its redaction box's margin, not to anatomy.
TEXT_MARGIN = 8


def _gray(pixels: np.ndarray) -> np.ndarray:
    arr = pixels.astype(np.float64)
    return arr.max(axis=2) if arr.ndim == 3 else arr


def value_span(pixels: np.ndarray) -> float:
    """The frame's value range (at least 1), which `erased`'s tolerance is a share of: pass
    it to `erased` when scoring many strings of one frame, so it is computed once."""
    gray = _gray(pixels)
    return max(1.0, float(gray.max()) - float(gray.min()))


def erased(pixels: np.ndarray, segment: Segment, tolerance: float = TOLERANCE, span: float | None = None) -> bool:
    """`pixels` is one decoded frame of the output (stored values or RGB); `span`:
    `value_span(pixels)`, computed here when not given. Only the string's surroundings
    are converted to gray: scoring hundreds of words no longer converts the whole frame
    for each."""
    b = segment.box
    rows, cols = pixels.shape[:2]
    top, left = max(0, b.top - RING), max(0, b.left - RING)
    bottom, right = min(rows, b.bottom + RING), min(cols, b.right + RING)
    glyphs = np.zeros((bottom - top, right - left), dtype=bool)
    glyphs[b.top - top : b.bottom - top, b.left - left : b.right - left] = segment.mask
    near = glyphs.copy()
    for dy in range(-RING, RING + 1):
        for dx in range(-RING, RING + 1):
            near |= np.roll(np.roll(glyphs, dy, axis=0), dx, axis=1)
    # Only ring pixels inside the string's own bounding box: a fill that covers the
    # letters and the gaps between them has erased the text even if it stops at the box.
    inside = np.zeros_like(glyphs)
    inside[b.top - top : b.bottom - top, b.left - left : b.right - left] = True
    region = _gray(pixels[top:bottom, left:right])
    glyph, ground = region[glyphs], region[near & ~glyphs & inside]
    if glyph.size == 0 or ground.size == 0:
        return bool(np.ptp(region) == 0)
    if span is None:
        span = value_span(pixels)
    return abs(float(glyph.mean()) - float(ground.mean())) / span < tolerance


def text_mask(shape: tuple[int, int], segments: list[Segment], margin: int = TEXT_MARGIN) -> np.ndarray:
    """Where text (of any class) was drawn, grown by a margin."""
    mask = np.zeros(shape, dtype=bool)
    for s in segments:
        b = s.box
        mask[max(0, b.top - margin) : b.bottom + margin, max(0, b.left - margin) : b.right + margin] = True
    return mask


def changed_non_text(before: np.ndarray, after: np.ndarray, segments: list[Segment]) -> tuple[int, int]:
    """(changed, total) pixels away from every drawn string: what redaction must not touch.

    JPEG inputs are compared after both are decoded the same way, so an unchanged
    pixel compares equal.
    """
    keep = ~text_mask(before.shape[:2], segments)
    diff = before != after
    if diff.ndim == 3:
        diff = diff.any(axis=2)
    return int(diff[keep].sum()), int(keep.sum())


@dataclass
class SegmentScore:
    case: str
    kind: str
    frame: int
    text: str
    entity: str | None
    erased: bool


def score_frames(case: str, kind: str, before: list[np.ndarray], after: list[np.ndarray] | None,
                 segments: list[Segment]) -> tuple[list[SegmentScore], int, int]:
    """Scores of every segment plus changed/total non-text pixels over all frames.

    `after` None means the tool produced no output (it failed): nothing erased,
    nothing changed.
    """
    scores: list[SegmentScore] = []
    changed = total = 0
    for index, frame in enumerate(before):
        segs = [s for s in segments if s.frame == index]
        out = after[index] if after is not None else frame
        span = value_span(out) if segs else 1.0
        for s in segs:
            scores.append(SegmentScore(case, kind, index, s.text, s.entity, erased(out, s, span=span)))
        c, t = changed_non_text(frame, out, segs)
        changed += c
        total += t
    return scores, changed, total
