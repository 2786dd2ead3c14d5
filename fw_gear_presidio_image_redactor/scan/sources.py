"""Where an input's findings come from: a scan of its pixels, or boxes given from outside.

The engine asks its `FindingSource` for findings and never checks which it is:
- `Scan`: OCR -> recognisers over every frame, then the frequency rule (multi-frame);
- `GivenBoxes`: the boxes of a bbox JSON (`--bbox-coords`) or of a Flywheel reader,
  placed on the input as they are, no OCR; its label and detectors list say where
  they came from.
A source that cannot place its boxes on this input raises `FindingSourceError`
(the input fails, nothing of it is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..decode.dicom import DicomImage
from ..findings import InstanceFindings
from .frequency import apply_frequency_threshold
from .scanner import Scanner


class FindingSourceError(ValueError):
    """The findings cannot be placed on this input; the message says why."""


class BboxCoordsError(FindingSourceError):
    """The bbox_coords input cannot be used; nothing has been written."""


class FindingSource(Protocol):
    """`scanner`: the scanner that read the pixels (the verification pass re-reads with
    it), or None when nothing was scanned. `detectors`: for the log, CSV and report,
    asked after `findings`. `findings(images, progress)`: one `InstanceFindings` per
    image, in order; `progress` (a callable taking a frame count, or None) ticks per frame."""

    scanner: Scanner | None

    @property
    def detectors(self) -> list[str]: ...

    def findings(self, images: list[DicomImage], progress=None) -> list[InstanceFindings]: ...


@dataclass
class Scan:
    scanner: Scanner
    frequency_threshold: int  # percent of a multi-frame instance's frames; see scan/frequency.py

    @property
    def detectors(self) -> list[str]:
        return self.scanner.detectors

    def findings(self, images: list[DicomImage], progress=None) -> list[InstanceFindings]:
        found = self.scanner.scan_many(images, progress)
        for inst in found:
            apply_frequency_threshold(inst, self.frequency_threshold)
        return found


@dataclass(frozen=True)
class BboxCoords:
    """A parsed bbox JSON: findings keyed by SOP Instance UID and by member name."""

    instances: tuple[InstanceFindings, ...]

    def for_instance(self, sop_instance_uid: str, member: str) -> InstanceFindings | None:
        for inst in self.instances:
            if inst.sop_instance_uid and inst.sop_instance_uid == sop_instance_uid:
                return inst
        for inst in self.instances:
            if not inst.sop_instance_uid and inst.member == member:
                return inst
        return None


@dataclass
class GivenBoxes:
    """Boxes from outside (a bbox JSON), placed by SOP Instance UID or member name."""

    coords: BboxCoords
    label: str = "bbox_coords input (no OCR)"
    scanner: None = None

    @property
    def detectors(self) -> list[str]:
        return [self.label]

    def findings(self, images: list[DicomImage], progress=None) -> list[InstanceFindings]:
        check_bbox_matches(self.coords, images)
        out = []
        for img in images:
            inst = self.coords.for_instance(img.sop_instance_uid, img.member or img.path.name)
            if inst is None:
                raise BboxCoordsError(
                    f"bbox_coords has no entry for instance {img.sop_instance_uid or img.member!r}; "
                    "use the JSON written for this same input"
                )
            out.append(inst)
        return out


def check_bbox_matches(coords: BboxCoords, images: list[DicomImage]) -> None:
    """Every instance in the JSON must be one of the inputs, with the same geometry:
    boxes aimed at another image would redact the wrong pixels."""
    known = {(img.sop_instance_uid, img.member or img.path.name): img for img in images}
    for inst in coords.instances:
        match = next((img for (uid, member), img in known.items()
                      if (inst.sop_instance_uid and uid == inst.sop_instance_uid)
                      or (not inst.sop_instance_uid and member == inst.member)), None)
        if match is None:
            raise BboxCoordsError(
                f"bbox_coords names instance {inst.sop_instance_uid or inst.member!r}, which is not in the input"
            )
        if (match.rows, match.columns, match.number_of_frames) != (inst.rows, inst.columns, inst.number_of_frames):
            raise BboxCoordsError(
                f"bbox_coords instance {inst.sop_instance_uid or inst.member!r} is "
                f"{inst.columns}x{inst.rows}x{inst.number_of_frames}, the input is "
                f"{match.columns}x{match.rows}x{match.number_of_frames}"
            )
