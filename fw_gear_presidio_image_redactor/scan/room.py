"""A finding's box fitted to its place among the other words: how far its redaction margin
may reach (`with_reach`), and where a value glued to its label in one OCR token starts
(`snap_cut`).

The redaction margin (3 px) covers anti-aliased glyph edges beyond a word box. Overlay
lines stand 2-3 px apart on small fonts (a Varian portal image's 'MAHMOUDI, FARZANEH' over
'Plan: PELV_VMAT_v2 Fx 14/28'): a margin of 3 under the name paints the top row of the line
below. So a box's margin stops at the box of any other word beside it on that side, which
holds that word's glyphs (`Box.reach`, used by `pixels.redaction`).

A value read as one token with its label ('DOB:1968/05/30', 'by:J.') is cut after the label
by character share (`recognize.text_layout.label_cut`), a character towards the label since
glyph widths differ; that paints the label's last letters. Where the token's glyphs show a
blank column run near that cut, the box starts after it, and its margin stays in the run.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..findings import Box, Finding, OcrWord

# Neighbours on a side are words within this many px of the box (any margin a user would set).
NEAR = 8
# A neighbour word counts where OCR read it with at least this confidence and it holds a letter
# or digit: a faint guess at texture must not take a finding's margin away.
SOLID = 50.0
# A label cut is moved to a blank column run whose end lies at most this many characters (of
# the token's mean width) after the cut.
SNAP_CHARS = 3.0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def reach_of(box: Box, others: list[OcrWord]) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom): px from each side of `box` to the nearest word of `others`
    across that side (overlapping the box's rows, or columns, as widened by `NEAR`), at most
    `NEAR`; None where no word stands that close. Words overlapping the box are its own (or
    another reading of them) and are left out, except a neighbour whose loose box reaches a
    little into it (`_clipping_side`): the margin on that side is 0."""
    reach = [NEAR, NEAR, NEAR, NEAR]
    for word in others:
        w = word.box
        if word.confidence < SOLID or not any(c.isalnum() for c in word.text):
            continue
        if w.intersection_area(box) > 0:
            side = _clipping_side(box, w)
            if side is not None:
                reach[side] = 0  # a neighbour's box reaching into this one: no margin towards it
            continue
        rows = _overlap(w.top, w.bottom, box.top - NEAR, box.bottom + NEAR) > 0
        cols = _overlap(w.left, w.right, box.left - NEAR, box.right + NEAR) > 0
        beside_rows = _overlap(w.top, w.bottom, box.top, box.bottom) > 0
        beside_cols = _overlap(w.left, w.right, box.left, box.right) > 0
        if beside_rows and w.right <= box.left:
            reach[0] = min(reach[0], box.left - w.right)
        if beside_rows and w.left >= box.right:
            reach[2] = min(reach[2], w.left - box.right)
        if beside_cols and w.bottom <= box.top:
            reach[1] = min(reach[1], box.top - w.bottom)
        if beside_cols and w.top >= box.bottom:
            reach[3] = min(reach[3], w.top - box.bottom)
        if rows and cols and not (beside_rows or beside_cols):  # diagonal: the nearer axis gives way
            dx = box.left - w.right if w.right <= box.left else w.left - box.right
            dy = box.top - w.bottom if w.bottom <= box.top else w.top - box.bottom
            side_x = 0 if w.right <= box.left else 2
            side_y = 1 if w.bottom <= box.top else 3
            if dx >= dy:
                reach[side_x] = min(reach[side_x], dx)
            else:
                reach[side_y] = min(reach[side_y], dy)
    if reach == [NEAR, NEAR, NEAR, NEAR]:
        return None
    return (reach[0], reach[1], reach[2], reach[3])


def _clipping_side(box: Box, w: Box) -> int | None:
    """The side (0 left, 1 top, 2 right, 3 bottom) of `box` across which the box `w` of another
    word reaches into it, or None where `w` is the box's own word or another reading of it.
    Loose OCR boxes of two words side by side overlap by a pixel or more ('PatID' ending at
    x=127, its value '0004518827' starting at x=126; a rotated stamp's 'RECEIVED' under its
    date's box): `w` is a neighbour where its centre lies outside `box` and less than half of
    it, and less than half of `box`, lies in the overlap along that axis."""
    cx, cy = (w.left + w.right) / 2, (w.top + w.bottom) / 2
    across = _overlap(w.left, w.right, box.left, box.right)
    down = _overlap(w.top, w.bottom, box.top, box.bottom)
    if (cx < box.left or cx > box.right) and across < 0.5 * min(w.width, box.width):
        return 0 if cx < box.left else 2
    if (cy < box.top or cy > box.bottom) and down < 0.5 * min(w.height, box.height):
        return 1 if cy < box.top else 3
    return None


def snap_cut(box: Box, words: list[OcrWord], ink: Callable[[Box], np.ndarray | None]) -> Box:
    """`box` whose left edge falls inside an OCR word (a value cut from its label) moved right
    to the end of the widest blank column run of that word's glyphs (`ink(word box)`: a glyph
    mask of the box, or None) lying up to `SNAP_CHARS` characters after the edge; the margin
    on that side (`reach`) stays within the run. `box` as it is where no run is found, and where
    the box starts at a word of its own (a value OCR read as its own word, whose loose box
    overlaps its label's: 'Operateur:' ending at x=229, 'JvR' starting at x=224): no cut."""
    if any(abs(w.box.left - box.left) <= 1 and w.box.right > box.left for w in words):
        return box
    for word in words:
        w = word.box
        if not (w.left < box.left < w.right and box.right >= w.right - 1) \
                or _overlap(w.top, w.bottom, box.top, box.bottom) < 0.5 * w.height:
            continue  # only the tail of a token (its value after a label) is snapped
        mask = ink(w)
        if mask is None or mask.shape[1] != w.width:
            return box
        blank = ~mask.any(axis=0)
        char = w.width / max(1, len(word.text.strip()))
        lo, hi = box.left - w.left, min(w.width - 1, int(box.left - w.left + SNAP_CHARS * char))
        best = None
        x = 0
        while x < w.width:
            if not blank[x]:
                x += 1
                continue
            start = x
            while x < w.width and blank[x]:
                x += 1
            if start > 0 and lo <= x <= hi and x < w.width and (best is None or x - start >= best[1] - best[0]):
                best = (start, x)
        if best is None:
            return box
        start, end = best
        left = w.left + end - 1  # one px of slack before the value's first glyph column
        reach = box.reach or (NEAR, NEAR, NEAR, NEAR)
        return Box(left, box.top, box.right - left, box.height,
                   (min(reach[0], end - 1 - start), reach[1], reach[2], reach[3]))
    return box


def fit(findings: list[Finding], words: list[OcrWord], ink: Callable[[Box], np.ndarray | None]) -> list[Finding]:
    """Each finding's box with its `reach` among `words`, a label cut snapped to the glyphs."""
    out = []
    for f in findings:
        box = f.box
        reach = reach_of(box, words)
        if reach is not None:
            box = Box(box.left, box.top, box.width, box.height, reach)
        box = snap_cut(box, words, ink)
        out.append(f if box is f.box else f.at(box=box))
    return out
