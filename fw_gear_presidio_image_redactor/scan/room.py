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

A loose OCR box is taller (or wider) than its glyphs: a 9 px line's name box ran 3 px past its
last glyph row into the top row of the line under it ('ur.' and 'K' under a Polish XA's name),
and a re-read (verification) box is looser still. Where a box, or its margin, reaches over the
glyphs of a word that is not painted (`clip_to_ink`), it stops at the blank run between the two
words' glyphs, found in the glyph mask; never short of its own glyphs.
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


# The margin `clip_to_ink` allows for: the largest a user would set (`NEAR`).
UNLIMITED = 1 << 20
# The blank run between two words is looked for this many px either side of where their boxes meet.
SEAM = 3


def _painted_by(word: OcrWord, boxes: list[Box]) -> bool:
    """A word at least half inside a finding's box is painted with it."""
    return any(word.box.intersection_area(b) * 2 >= max(word.box.area, 1) for b in boxes)


def _facing(box: Box, w: Box) -> int | None:
    """The side (0 left, 1 top, 2 right, 3 bottom) of `box` that the word box `w` stands across,
    within `NEAR`, or None (its own word, another reading of it, diagonal or far words)."""
    if w.intersection_area(box) > 0:
        return _clipping_side(box, w)
    if _overlap(w.top, w.bottom, box.top, box.bottom) > 0:
        if 0 <= box.left - w.right <= NEAR:
            return 0
        if 0 <= w.left - box.right <= NEAR:
            return 2
    if _overlap(w.left, w.right, box.left, box.right) > 0:
        if 0 <= box.top - w.bottom <= NEAR:
            return 1
        if 0 <= w.top - box.bottom <= NEAR:
            return 3
    return None


def _seam(profile: np.ndarray, lo: int, hi: int, toward_end: bool) -> int | None:
    """Where a box's paint stops towards a neighbour, as an index of `profile` (ink per row or
    column) in lo..hi: at the blank run between the box's glyphs and the neighbour's (the widest;
    of equal ones the nearest the neighbour, which lies towards the end when `toward_end`). The
    neighbour's side of the run's middle: each word keeps the faint (anti-aliased) edge on its
    side, the middle index goes to the box. Where no index is blank, past the least inked one:
    the box's glyphs come first."""
    lo, hi = max(0, lo), min(len(profile), hi)
    if hi <= lo:
        return None
    runs, x = [], lo
    while x < hi:
        if profile[x]:
            x += 1
            continue
        start = x
        while x < hi and not profile[x]:
            x += 1
        runs.append((start, x))
    if runs:
        a, b = max(runs, key=lambda r: (r[1] - r[0], r[0] if toward_end else -r[0]))
        half = (b - a + 1) // 2  # the box's half of the run, the middle row too: faint edges both ways
        return a + half if toward_end else b - half
    least = lo + int(np.argmin(profile[lo:hi]))
    return least + 1 if toward_end else least


def _own_extent(profile: np.ndarray, edge: int) -> tuple[int, int | None]:
    """From a box's centre (index 0 of `profile`, ink per row or column, running towards one of
    its sides) to where its own glyphs end, and where another's begin (None: nowhere). Glyphs
    are its own while inked indices run on from the centre, and a part cut off by a blank run
    (an accent, a cedilla, an i's dot) is its own too when it ends inside the box (before
    `edge`, the box's side); one running on past the box's side is the next line's (or word's),
    not read as a word ('K' under a 9 px name): the other's side of the blank run's middle."""
    n, i = len(profile), 0
    while True:
        while i < n and profile[i]:
            i += 1
        own = i
        while i < n and not profile[i]:
            i += 1
        if i >= n:
            return own, None
        first = i
        while i < n and profile[i]:
            i += 1
        if i > edge:
            return own, own + (first - own + 1) // 2  # the blank run shared, as `_seam` does
        # a detached part inside the box: its own; go on from its end


def clip_to_ink(box: Box, others: list[OcrWord], ink: Callable[[Box], np.ndarray | None],
                painted: list[OcrWord] = ()) -> Box:
    """`box` (with its `reach`) no further on a side than the glyphs of an unpainted word
    across that side (`others`: solid words no finding paints): where the box or its margin
    would reach over them, it ends at the blank run between its glyphs and theirs
    (`_seam`), but never short of its own glyphs in the rows (columns) no such word
    shares (`painted`: words other findings paint, whose rows or columns are theirs too). `box`
    as it is where no such word stands close or no glyph mask is read."""
    # above and below only: beside it on its line `reach_of` and `snap_cut` already stop the margin,
    # and a value's own box is where OCR saw its first glyph ('JvR' after 'Operateur:')
    facing = [(side, w.box) for w in others if (side := _facing(box, w.box)) in (1, 3)]
    if not facing:
        return box
    beside = [(side, w.box) for w in painted
              if w.box.intersection_area(box) > 0 and (side := _facing(box, w.box)) in (1, 3)]
    region = box
    for _, w in facing:
        region = region.union(w)
    grown = Box(max(0, region.left - SEAM), max(0, region.top - SEAM),
                region.right + SEAM - max(0, region.left - SEAM), region.bottom + SEAM - max(0, region.top - SEAM))
    mask = ink(grown)
    if mask is None or mask.shape != (grown.height, grown.width):
        grown = Box(max(0, region.left), max(0, region.top),
                    region.right - max(0, region.left), region.bottom - max(0, region.top))
        mask = ink(grown)
        if mask is None or mask.shape != (grown.height, grown.width):
            return box
    ox, oy = grown.left, grown.top
    reach = list(box.reach or (UNLIMITED,) * 4)
    # the outermost the painted area may reach on each side (image coordinates, exclusive on right/bottom)
    limit = [box.left - reach[0], box.top - reach[1], box.right + reach[2], box.bottom + reach[3]]
    taken: list[list[tuple[int, int]]] = [[], [], [], []]  # per side: the spans (rows or columns) words hold
    cut_sides: set[int] = set()
    for side, w in facing:
        if side in (1, 3):
            c0, c1 = max(w.left, box.left, ox), min(w.right, box.right, grown.right)
            if c1 <= c0:
                continue
            profile = mask[:, c0 - ox:c1 - ox].sum(axis=1)
            meet_a, meet_b = (w.bottom, box.top) if side == 1 else (box.bottom, w.top)
            centre_box, centre_w = (box.top + box.bottom) // 2, (w.top + w.bottom) // 2
        else:
            c0, c1 = max(w.top, box.top, oy), min(w.bottom, box.bottom, grown.bottom)
            if c1 - c0 < 0.5 * min(w.height, box.height):
                continue  # a word of the line above or below, reaching a row or two into this one
            profile = mask[c0 - oy:c1 - oy, :].sum(axis=0)
            meet_a, meet_b = (w.right, box.left) if side == 0 else (box.right, w.left)
            centre_box, centre_w = (box.left + box.right) // 2, (w.left + w.right) // 2
        o = oy if side in (1, 3) else ox
        lo, hi = sorted((min(meet_a, meet_b) - SEAM, max(meet_a, meet_b) + SEAM))
        lo, hi = max(lo, min(centre_box, centre_w) + 1), min(hi, max(centre_box, centre_w))
        toward_end = side in (2, 3)
        cut = _seam(profile, lo - o, hi - o, toward_end)
        if cut is None:
            continue
        cut += o
        if side == 0:  # beside it on its line only its margin gives way: a value's own box is
            cut = min(cut, box.left)  # where OCR saw its first glyph ('JvR' after 'Operateur:')
        elif side == 2:
            cut = max(cut, box.right)
        limit[side] = min(limit[side], cut) if toward_end else max(limit[side], cut)
        taken[side].append((c0, c1))
        cut_sides.add(side)
    for side, w in beside:
        taken[side].append((w.left, w.right) if side in (1, 3) else (w.top, w.bottom))
    # its own glyphs stay covered: in the rows (columns) of the box no word beside it shares
    for side in sorted(cut_sides):
        across = side in (1, 3)
        span = (box.left, box.right) if across else (box.top, box.bottom)
        o_span, o_axis = (ox, oy) if across else (oy, ox)
        free = np.zeros(mask.shape[1] if across else mask.shape[0], dtype=bool)
        free[max(0, span[0] - o_span):max(0, span[1] - o_span)] = True
        for c0, c1 in taken[side]:
            free[max(0, c0 - o_span):max(0, c1 - o_span)] = False
        if not free.any():
            continue
        profile = mask[:, free].sum(axis=1) if across else mask[free, :].sum(axis=0)
        centre = ((box.top + box.bottom) // 2 if across else (box.left + box.right) // 2) - o_axis
        if side in (2, 3):
            own, foreign = _own_extent(profile[centre:], (box.bottom if across else box.right) - o_axis - centre)
            own, foreign = own + centre + o_axis, None if foreign is None else foreign + centre + o_axis
            limit[side] = max(min(limit[side], foreign if foreign is not None else limit[side]), own)
        else:
            flipped = profile[:centre + 1][::-1]
            own, foreign = _own_extent(flipped, centre + 1 - ((box.top if across else box.left) - o_axis))
            own, foreign = centre + 1 - own + o_axis, None if foreign is None else centre + 1 - foreign + o_axis
            limit[side] = min(max(limit[side], foreign if foreign is not None else limit[side]), own)
    left = min(max(box.left, limit[0]), box.right - 1)
    top = min(max(box.top, limit[1]), box.bottom - 1)
    right = max(min(box.right, limit[2]), left + 1)
    bottom = max(min(box.bottom, limit[3]), top + 1)
    new_reach = (max(0, left - limit[0]), max(0, top - limit[1]), max(0, limit[2] - right), max(0, limit[3] - bottom))
    if (left, top, right, bottom) == (box.left, box.top, box.right, box.bottom) and new_reach == tuple(reach):
        return box
    return Box(left, top, right - left, bottom - top, new_reach)


def _solid(words: list[OcrWord]) -> list[OcrWord]:
    return [w for w in words if w.confidence >= SOLID and any(c.isalnum() for c in w.text)]


def clip_among(box: Box, boxes: list[Box], words: list[OcrWord], ink: Callable[[Box], np.ndarray | None]) -> Box:
    """`clip_to_ink` of `box` among `words`, where `boxes` are all the boxes painted on its frame
    (its own included): a word none of them paints is one its paint must stay off."""
    solid = _solid(words)
    unpainted = [w for w in solid if not _painted_by(w, boxes)]
    painted = [w for w in solid if _painted_by(w, boxes) and not _painted_by(w, [box])]
    return clip_to_ink(box, unpainted, ink, painted)


def fit(findings: list[Finding], words: list[OcrWord], ink: Callable[[Box], np.ndarray | None]) -> list[Finding]:
    """Each finding's box with its `reach` among `words`, a label cut snapped to the glyphs, and
    its box and margin kept off the glyphs of unpainted words over and under it (`clip_among`)."""
    boxes = [f.box for f in findings]
    solid = _solid(words)
    flags = [_painted_by(w, boxes) for w in solid]  # once per frame, not once per finding
    unpainted = [w for w, painted in zip(solid, flags, strict=True) if not painted]
    painted_words = [w for w, painted in zip(solid, flags, strict=True) if painted]
    out = []
    for f in findings:
        box = f.box
        reach = reach_of(box, words)
        if reach is not None:
            box = Box(box.left, box.top, box.width, box.height, reach)
        box = snap_cut(box, words, ink)
        box = clip_to_ink(box, unpainted, ink, [w for w in painted_words if not _painted_by(w, [f.box])])
        out.append(f if box is f.box else f.at(box=box))
    return out
