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
from .ocr import read_views
from .ocr_views import build_views
from .redaction import redact_frame
from .scanner import Scanner

log = logging.getLogger(__name__)

RECOGNIZER = "verification"
# A second-pass finding mostly inside a painted box is the paint, not new text.
COVERED = 0.5


def _covered(box: Box, painted: list[Box]) -> bool:
    inside = sum(box.intersection_area(p) for p in painted)
    return box.area == 0 or inside >= COVERED * box.area


def residual_findings(scanner: Scanner, image: DicomImage, inst: InstanceFindings, fill: Fill,
                      margin: int) -> list[Finding]:
    """Findings of a scan of the redacted frames that no first-pass box covers."""
    residual: list[Finding] = []
    if image.number_of_frames > 1 and scanner.reuse_overlays:
        return _residual_with_overlay_reuse(scanner, image, inst, fill, margin)
    for index in range(image.number_of_frames):
        boxes = [f.box for f in inst.findings if f.frame == index]
        redacted = redact_frame(image, image.frame(index), boxes, fill, margin)
        painted = [b.grown(margin, image.rows, image.columns) for b in boxes]
        words = read_views(scanner.ocr, build_views(image, redacted))
        for finding in scanner.findings_for_words(image, words, index):
            if not _covered(finding.box, painted):
                residual.append(finding.at(recognizer=f"{RECOGNIZER}:{finding.recognizer}",
                                           sop_instance_uid=inst.sop_instance_uid, member=inst.member))
    return residual


def _residual_with_overlay_reuse(scanner: Scanner, image: DicomImage, inst: InstanceFindings, fill: Fill,
                                 margin: int) -> list[Finding]:
    """A cine's redacted frames share their overlays as the originals do: read each
    distinct overlay once (overlay_cache) instead of OCR on every redacted frame."""
    from .overlay_cache import scan_frames

    boxes: dict[int, list[Box]] = {}
    for f in inst.findings:
        boxes.setdefault(f.frame, []).append(f.box)

    def redacted(_position: int, index: int):
        return redact_frame(image, image.frame(index), boxes.get(index, []), fill, margin)

    second = scan_frames(scanner, [image], redacted, jobs=scanner.jobs)[0]
    residual = []
    for finding in second.findings:
        painted = [b.grown(margin, image.rows, image.columns) for b in boxes.get(finding.frame, [])]
        if not _covered(finding.box, painted):
            residual.append(finding.at(recognizer=f"{RECOGNIZER}:{finding.recognizer}"))
    return residual


def verify(scanner: Scanner, images: list[DicomImage], findings: list[InstanceFindings], fill: Fill,
           margin: int) -> int:
    """Adds residual findings to `findings` in place; returns how many there were."""
    count = 0
    for image, inst in zip(images, findings, strict=True):
        extra = residual_findings(scanner, image, inst, fill, margin)
        inst.findings.extend(extra)
        count += len(extra)
    if count:
        log.warning("verification pass: %d finding(s) still present after the first redaction; redacted too", count)
    else:
        log.info("verification pass: nothing left to redact")
    return count
