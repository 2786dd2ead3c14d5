"""The Entity Frequency Threshold rule for multi-frame instances.

OCR can miss a banner on a frame where the anatomy behind it is bright, or read
it a letter wrong. An entity (same text, about the same place) found on at least
`threshold` percent of the frames is therefore redacted on every frame; one found
on fewer frames is still redacted on the frames where it was found. The rule only
ever adds findings, never drops one.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..findings import Box, Finding, InstanceFindings

SAME_PLACE_IOU = 0.5
SAME_TEXT_RATIO = 0.8
PROPAGATED = "frequency"


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


@dataclass
class EntityTrack:
    """One entity across frames: where it was seen and how it read there."""

    first: Finding
    box: Box
    frames: set[int] = field(default_factory=set)

    def matches(self, finding: Finding) -> bool:
        if finding.box.iou(self.box) < SAME_PLACE_IOU and finding.box.iou(self.first.box) < SAME_PLACE_IOU:
            return False
        a, b = _norm(self.first.text), _norm(finding.text)
        if a == b:
            return True
        return bool(a and b) and difflib.SequenceMatcher(None, a, b).ratio() >= SAME_TEXT_RATIO

    def add(self, finding: Finding) -> None:
        self.frames.add(finding.frame)
        self.box = self.box.union(finding.box)


def track_entities(findings: list[Finding]) -> list[EntityTrack]:
    tracks: list[EntityTrack] = []
    for finding in sorted(findings, key=lambda f: (f.frame, f.box.top, f.box.left)):
        track = next((t for t in tracks if t.matches(finding)), None)
        if track is None:
            track = EntityTrack(finding, finding.box)
            tracks.append(track)
        track.add(finding)
    return tracks


def apply_frequency_threshold(inst: InstanceFindings, threshold: int) -> InstanceFindings:
    """Add the frequent entities to the frames where they were not found (in place).

    The added findings keep the entity's type, text and score and name the rule
    in their recognizer ('<recognizer> (frequency 87%)'), so a reviewer can tell
    a propagated box from one read on that frame.
    """
    frames = inst.number_of_frames
    if frames <= 1 or not inst.findings:
        return inst
    added: list[Finding] = []
    for track in track_entities(inst.findings):
        share = 100.0 * len(track.frames) / frames
        if share < threshold:
            continue
        recognizer = f"{track.first.recognizer} ({PROPAGATED} {share:.0f}%)"
        for frame in range(frames):
            if frame not in track.frames:
                added.append(track.first.at(frame=frame, box=track.box, recognizer=recognizer))
    if added:
        inst.findings = sorted([*inst.findings, *added], key=lambda f: (f.frame, f.box.top, f.box.left))
    return inst
