"""One verdict per word across the frames of one input.

A cine's overlay is drawn at the same pixels on every frame, but each frame that is read in full
(every frame of an XA whose anatomy fills the text mask, a key frame, a check frame, the naive
loop) is read and judged on its own. OCR boxes move by a pixel between such readings ('dott.' at
y=27 on one frame, y=24 on the next), the words are then laid out into lines a little differently,
and the NER model, which judges a word by its line, calls a staff surname an organisation on four
frames of five and nothing on the fifth (review 19's Italian XA: 'Esposito' left readable on frame
0 only; a label painted on frames 0 and 2 of 3). A viewer scrolls through every frame: a name left
on one of them is a name left.

So a word read with the same text at (nearly) the same place on several frames of one input gets
the verdict of the frame that judged it PHI on all of them (fail closed): wherever a finding covers
such a word on one frame, the frames whose own findings do not already paint it get a finding
there. Only words read the same are joined: a frame counter or a clock that reads differently per
frame, text that appears or changes mid-cine, and the same words somewhere else keep the verdicts
of their own frames. The frequency rule (`frequency.py`) is unchanged: it spreads an entity found
on many frames to every frame, read there or not; this spreads a verdict only to frames where the
same words are read.

Members of a zipped series with one geometry are one input's frames too: a banner that reads the
same on every slice names the same person on every slice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

import numpy as np

from ..findings import Box, Finding, InstanceFindings, OcrWord
from .room import NEAR, reach_of

# Two readings are of one place when this share of the smaller box lies inside the other: a
# strip or frame read again gets boxes a few px looser or tighter (PP-OCR: 43x15 vs 32x10).
SAME_PLACE = 0.5
# A finding judges a word when it covers this share of the word's box (a label cut from its value
# in one token, 'DOB:1968/05/30', is judged by the value's part).
UNDER = 0.5
# A frame's own findings already give the verdict where they cover this share of what would be
# added: a second box for the same word would only be a duplicate row in the report.
COVERED = 0.9
# Pixels beyond a word's box that its finding's box may hold (a box fitted to the glyphs' ink).
EDGE = 2
# A finding covering this share of a word covers it whole: the other frame's reading is painted
# whole too (else only the finding's part, the label before a cut value left).
WHOLE = 0.9

NOTE = "same words as"  # the recognizer's note on an added finding, for a reviewer


def text_key(text: str) -> str:
    """Letters and digits, case folded: 'Esposito,' and 'esposito' are one reading."""
    return "".join(c for c in text.casefold() if c.isalnum())


def same_place(a: Box, b: Box) -> bool:
    return a.intersection_area(b) >= SAME_PLACE * max(1, min(a.area, b.area))


def _clip(box: Box, to: Box) -> Box | None:
    left, top = max(box.left, to.left), max(box.top, to.top)
    right, bottom = min(box.right, to.right), min(box.bottom, to.bottom)
    if right <= left or bottom <= top:
        return None
    return Box(left, top, right - left, bottom - top)


def _share_covered(box: Box, painted: list[Box]) -> float:
    """Share of `box`'s pixels inside the union of `painted` (overlapping boxes counted once)."""
    if box.area == 0:
        return 1.0
    touching = [p for p in painted if p.intersection_area(box) > 0]
    if len(touching) <= 1:
        return touching[0].intersection_area(box) / box.area if touching else 0.0
    mask = np.zeros((box.height, box.width), bool)
    for p in painted:
        cut = _clip(p, box)
        if cut is not None:
            mask[cut.top - box.top : cut.bottom - box.top, cut.left - box.left : cut.right - box.left] = True
    return float(mask.mean())


def _placed(finding: Box, word: Box, other: Box) -> Box | None:
    """What to paint over `other` (another frame's reading of `word`) for `finding`, which covers
    `word` on its own frame: the finding's part over the word, at the same pixels (the overlay does
    not move), widened to `other`'s box where the finding holds the word whole, else to its rows
    only (the finding's cut, after a label, is kept)."""
    piece = _clip(finding, Box(word.left - EDGE, word.top - EDGE, word.width + 2 * EDGE, word.height + 2 * EDGE))
    if piece is None:
        return None
    if finding.intersection_area(word) >= WHOLE * max(1, word.area):
        return piece.union(other)
    top, bottom = min(piece.top, other.top), max(piece.bottom, other.bottom)
    return Box(piece.left, top, piece.width, bottom - top)


def agreeing_findings(instances: list[InstanceFindings], words: Mapping[tuple[int, int], list[OcrWord]],
                      findings: list[list[Finding]] | None = None) -> list[list[Finding]]:
    """Per instance, the findings that give a word read the same at the same place on several
    frames one verdict: where a finding covers the word on one frame, each other frame of the
    input (of any instance with the same geometry) that reads it there and whose findings do not
    already paint it gets one. `words[(position, frame)]`: the words read on that frame of
    `instances[position]` (positions without words are skipped); `findings`: the findings per
    instance to judge by (default: each instance's own). Nothing is ever removed."""
    findings = [list(inst.findings) for inst in instances] if findings is None else findings
    added: list[list[Finding]] = [[] for _ in instances]
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for pos, inst in enumerate(instances):
        groups[(inst.rows, inst.columns)].append(pos)
    for members in groups.values():
        if sum(instances[p].number_of_frames for p in members) < 2:
            continue
        _one_group(instances, words, findings, added, set(members))
    return added


def _one_group(instances, words, findings, added, members: set[int]) -> None:
    index: dict[str, list[tuple[int, int, OcrWord]]] = defaultdict(list)
    for (pos, frame), read in words.items():
        if pos in members:
            for word in read:
                key = text_key(word.text)
                if key:
                    index[key].append((pos, frame, word))
    own_lists: dict[tuple[int, int], list[Box]] = defaultdict(list)  # each frame's own findings
    for pos in members:
        for f in findings[pos]:
            own_lists[(pos, f.frame)].append(f.box)
    own = dict(own_lists)
    painted = defaultdict(list, {place: list(boxes) for place, boxes in own.items()})  # and what is added
    done: set[tuple] = set()
    given: set[tuple] = set()  # (frame, word) already given the verdict here: one box for it, not one per frame
    own_share: dict[tuple, float] = {}  # (frame, word) -> the share of the word its frame's own findings paint
    near = _Near(words)
    for pos in sorted(members):
        for finding in sorted(findings[pos], key=lambda f: (f.frame, f.box.top, f.box.left)):
            for word in near.around((pos, finding.frame), finding.box):
                judged = finding.box.intersection_area(word.box) / max(1, word.box.area)
                key = text_key(word.text) if judged >= UNDER else ""
                if not key:
                    continue
                seen = (key, _edges(word.box), _edges(finding.box))
                if seen in done:  # the same reading judged the same way on another frame: same result
                    continue
                done.add(seen)
                for other_pos, other_frame, other in index[key]:
                    place = (other_pos, other_frame)
                    target = (place, _edges(other.box), key)
                    if place == (pos, finding.frame) or target in given or not same_place(word.box, other.box):
                        continue
                    if target not in own_share:  # once per word and frame: a long cine has many
                        own_share[target] = _share_covered(other.box, own.get(place, []))
                    if own_share[target] >= COVERED * judged:
                        continue  # that frame's own findings judged the word so too: its boxes stand
                    box = _placed(finding.box, word.box, other.box)
                    if box is None or _share_covered(box, painted[place]) >= COVERED:
                        continue
                    reach = reach_of(box, near.around(place, box, NEAR))
                    if reach is not None:
                        box = Box(box.left, box.top, box.width, box.height, reach)
                    inst = instances[other_pos]
                    where = f"frame {finding.frame}" if other_pos == pos else f"frame {finding.frame} of another member"
                    added[other_pos].append(finding.at(
                        frame=other_frame, box=box, recognizer=f"{finding.recognizer} ({NOTE} {where})",
                        sop_instance_uid=inst.sop_instance_uid or finding.sop_instance_uid, member=inst.member))
                    painted[place].append(box)
                    given.add(target)


class _Near:
    """A frame's words that touch a box (or lie within `pad` px of it), found without a Python loop
    over every word of the frame: a long cine's findings each look at their own frame's words."""

    def __init__(self, words: Mapping[tuple[int, int], list[OcrWord]]):
        self.words = words
        self.edges: dict[tuple[int, int], np.ndarray] = {}

    def around(self, place: tuple[int, int], box: Box, pad: int = 0) -> list[OcrWord]:
        read = self.words.get(place, ())
        if not read:
            return []
        edges = self.edges.get(place)
        if edges is None:
            edges = np.array([(w.box.left, w.box.top, w.box.right, w.box.bottom) for w in read], np.int64)
            self.edges[place] = edges
        hit = ((edges[:, 0] < box.right + pad) & (edges[:, 2] > box.left - pad)
               & (edges[:, 1] < box.bottom + pad) & (edges[:, 3] > box.top - pad))
        return [read[i] for i in np.flatnonzero(hit)]


def _edges(box: Box) -> tuple[int, int, int, int]:
    return box.left, box.top, box.width, box.height


def make_agree(instances: list[InstanceFindings], words: Mapping[tuple[int, int], list[OcrWord]],
               fit: Callable[[int, InstanceFindings, list[Finding]], list[Finding]] | None = None) -> int:
    """`agreeing_findings` added to `instances` in place (frame order kept); returns how many.
    `fit(position, instance, added)`, when given, fits the added boxes to their own frames
    (the scanner keeps them off the glyphs of words they do not paint there)."""
    count = 0
    for pos, (inst, extra) in enumerate(zip(instances, agreeing_findings(instances, words), strict=True)):
        if extra and fit is not None:
            extra = fit(pos, inst, extra)
        if extra:
            inst.findings = sorted([*inst.findings, *extra], key=lambda f: f.frame)
            count += len(extra)
    return count
