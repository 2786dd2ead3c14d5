"""The verification pass ("double wash"): scan the redacted pixels again.

A finding that OCR read only after its neighbours were painted over, or that
one view missed and the other caught late, would otherwise leave the tool with
PHI in an output it calls redacted. Whatever the second scan still finds is
redacted too and counted, so a user sees how much the first pass missed.
"""

from __future__ import annotations

import logging

from .config import Fill
from .dicom_io import DicomImage
from .findings import Box, Finding, InstanceFindings
from .redaction import redact_frame
from .scanner import Scanner

log = logging.getLogger(__name__)

RECOGNIZER = "verification"
# A second-pass finding mostly inside a painted box is the paint, not new text.
COVERED = 0.5


def _covered(box: Box, painted: list[Box]) -> bool:
    inside = sum(box.intersection_area(p) for p in painted)
    return box.area == 0 or inside >= COVERED * box.area


def residual_findings(scanner: Scanner, images: list[DicomImage], findings: list[InstanceFindings], fill: Fill,
                      margin: int) -> list[list[Finding]]:
    """Per image, the findings of a scan of its redacted frames that no first-pass box covers.

    The scan goes through overlay reuse with the memo of the first pass: regions
    nothing was painted over are not read again, so the second pass costs OCR
    only where the pixels changed (plus what the memo cannot vouch for).
    """
    from .overlay_cache import scan_frames

    boxes = [{} for _ in images]
    for i, inst in enumerate(findings):
        for f in inst.findings:
            boxes[i].setdefault(f.frame, []).append(f.box)

    def redacted(i: int, frame: int):
        return redact_frame(images[i], images[i].frame(frame), boxes[i].get(frame, []), fill, margin)

    second = scan_frames(scanner, images, frame_of=redacted, jobs=getattr(scanner, "jobs", 1))
    out: list[list[Finding]] = []
    for i, (image, inst) in enumerate(zip(images, second, strict=True)):
        residual = []
        for finding in inst.findings:
            painted = [b.grown(margin, image.rows, image.columns) for b in boxes[i].get(finding.frame, [])]
            if not _covered(finding.box, painted):
                residual.append(finding.at(recognizer=f"{RECOGNIZER}:{finding.recognizer}",
                                           sop_instance_uid=findings[i].sop_instance_uid, member=findings[i].member))
        out.append(residual)
    return out


def verify(scanner: Scanner, images: list[DicomImage], findings: list[InstanceFindings], fill: Fill,
           margin: int) -> int:
    """Adds residual findings to `findings` in place; returns how many there were."""
    count = 0
    for inst, extra in zip(findings, residual_findings(scanner, images, findings, fill, margin), strict=True):
        inst.findings.extend(extra)
        count += len(extra)
    if count:
        log.warning("verification pass: %d finding(s) still present after the first redaction; redacted too", count)
    else:
        log.info("verification pass: nothing left to redact")
    return count
