"""Findings <-> reader rectangles: the legacy viewer's annotation format, and the shared mapping back.

Coordinates: a finding's box covers the stored-image pixels left..left+width-1 and
top..top+height-1. A rectangle is sent and read as its two corners, start =
(left, top) and end = (left + width, top + height), in stored-image pixel units
with (0, 0) the top-left corner of the top-left pixel (the DICOM SCOORD
convention, PS3.3 C.18.6.1.1), so a box survives the round trip exactly.

Frames: for a multi-frame instance the viewer numbers frames from 1
(`frameIndex` 1..NumberOfFrames, and the same number ends `imagePath`); a
single-frame instance uses 0. Sources: fw-gear-mask-exporter 1.2.0
(`workers/Creators.py`: "frameIndex is 1-indexed", it maps frameIndex v+1 to
array index v) and fw-gear-dicom-seg-to-ohif 0.0.4 (`seg_utils.py`: the frame is
ReferencedFrameNumber or position + 1, and 0 for single-frame sources).
`sliceNumber` counts frames through the whole file or series (1-based).

Each field of the legacy annotation body, with its source, is listed in
docs/flywheel.md ("Payloads, field by field").
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from ..decode.dicom import DicomImage
from ..findings import Box, Finding, InstanceFindings

ANNOTATION_LABEL = "phi_entity"
# the original gear's annotation colour, also its viewer-config label colour (annotation_schema.json)
ANNOTATION_COLOR = "rgba(255,0,0,0.5)"


class AnnotationError(ValueError):
    """A reader's rectangle cannot be mapped onto the input; nothing has been written."""


@dataclass(frozen=True)
class ImageRef:
    """Where the viewer shows one frame of one instance."""

    study: str
    series: str
    sop: str
    frame: int  # 0-based index into the instance's frames
    number_of_frames: int
    slice_number: int  # 1-based position among all frames of the file or series

    @property
    def viewer_frame(self) -> int:
        """The viewer's frame number: 1-based on a multi-frame instance, 0 on a single-frame one."""
        return self.frame + 1 if self.number_of_frames > 1 else 0

    @property
    def image_path(self) -> str:
        return f"{self.study}$$${self.series}$$${self.sop}$$${self.viewer_frame}"


def image_refs(images: list[DicomImage]) -> dict[tuple[str, int], ImageRef]:
    """(SOP Instance UID, 0-based frame) -> where the viewer shows it, for images in series order."""
    refs = {}
    offset = 0
    for img in images:
        ds = img.dataset
        for frame in range(img.number_of_frames):
            refs[(img.sop_instance_uid, frame)] = ImageRef(
                str(ds.get("StudyInstanceUID", "")), str(ds.get("SeriesInstanceUID", "")),
                img.sop_instance_uid, frame, img.number_of_frames, offset + frame + 1)
        offset += img.number_of_frames
    return refs


def frame_from_viewer(viewer_frame: int, number_of_frames: int, what: str) -> int:
    """The 0-based frame for the viewer's frame number; AnnotationError where it cannot be one."""
    if number_of_frames > 1:
        if not 1 <= viewer_frame <= number_of_frames:
            raise AnnotationError(f"{what} names frame {viewer_frame}; the multi-frame instance has frames "
                                  f"1..{number_of_frames} (the viewer numbers them from 1)")
        return viewer_frame - 1
    if viewer_frame not in (0, 1):  # 1 is what a DICOM ReferencedFrameNumber would say
        raise AnnotationError(f"{what} names frame {viewer_frame}; the instance has a single frame")
    return 0


def legacy_annotation_body(finding: Finding, ref: ImageRef, *, number: int, file_id: str, task_id: str,
                           origin: dict) -> dict:
    """One RectangleRoi as the legacy (V2) viewer stores it, for POST /api/annotations.

    Never the recognised text: only the entity type, score and recognizer."""
    b = finding.box
    description = f"{finding.entity_type} (score {finding.score:.2f}, {finding.recognizer})"

    def handle(x, y, **extra):
        return {"x": x, "y": y, "highlight": True, "active": False, **extra}

    data = {
        "_id": str(uuid.uuid4()),
        "uuid": str(uuid.uuid4()),
        "toolType": "RectangleRoi",
        "location": ANNOTATION_LABEL,
        "description": description,
        "measurementNumber": number,
        "lesionNamingNumber": number,
        "color": ANNOTATION_COLOR,
        "imagePath": ref.image_path,
        "StudyInstanceUID": ref.study,
        "SeriesInstanceUID": ref.series,
        "SOPInstanceUID": ref.sop,
        "frameIndex": ref.viewer_frame,
        "sliceNumber": ref.slice_number,
        "visible": True,
        "active": False,
        "invalidated": False,
        "handles": {
            "start": handle(b.left, b.top),
            "end": handle(b.right, b.bottom, moving=False),
            # the text box (where the viewer prints location and description) sits at the top-right corner
            "textBox": {"x": b.right, "y": b.top, "active": False, "hasMoved": False,
                        "movesIndependently": False, "drawnIndependently": True,
                        "allowedOutsideImage": True, "hasBoundingBox": True},
            "initialRotation": 0,
        },
        "flywheelOrigin": origin,
        "presidio": {"entity_type": finding.entity_type, "score": round(finding.score, 4),
                     "recognizer": finding.recognizer},
    }
    return {"file_id": file_id, "task_id": task_id, "origin": origin, "data": data}


@dataclass(frozen=True)
class ReaderRect:
    """One rectangle as the reader left it, before it is placed on the input.

    x0, y0, x1, y1: two opposite corners in stored-image pixel units (any order);
    frame: 0-based; source: where it came from, for error messages."""

    sop_uid: str
    frame: int | None  # None: not yet known (single-frame legacy without UID)
    x0: float
    y0: float
    x1: float
    y1: float
    entity: str
    source: str
    viewer_frame: int | None = None  # legacy: the frameIndex as stored, resolved against the instance later


# Legacy (OHIF v2 / cornerstone-tools) area tools and where their outline is: RectangleRoi and
# EllipticalRoi span the box of handles.start/end, FreehandRoi runs through handles.points.
AREA_TOOLS = ("RectangleRoi", "EllipticalRoi", "FreehandRoi")


def rects_from_legacy(annotations: list[dict]) -> list[ReaderRect]:
    """The legacy store's area annotations as rectangles bounding them (soft-deleted ones skipped).

    A reader who circled PHI with an ellipse or a freehand outline meant it redacted, so those
    count as the box around them, as every SCOORD of a Tasks Manager measurement set does.
    Raises AnnotationError for any other tool (a line, an arrow, a probe): what it marks cannot
    be told, and skipping it could leave PHI the reader pointed at."""
    out = []
    for ann in annotations:
        if ann.get("deleted"):
            continue
        data = ann.get("data") or {}
        tool = data.get("toolType")
        what = f"annotation {ann.get('_id')}"
        if tool not in AREA_TOOLS:
            raise AnnotationError(f"{what} is a {tool or 'tool-less'} annotation; only areas "
                                  f"({', '.join(AREA_TOOLS)}) can be redacted. Redraw it as a rectangle in the task")
        try:
            handles = data["handles"]
            points = handles["points"] if tool == "FreehandRoi" else [handles["start"], handles["end"]]
            xs, ys = [float(p["x"]) for p in points], [float(p["y"]) for p in points]
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        except (KeyError, TypeError, ValueError):
            raise AnnotationError(f"{what} ({tool}) has no usable handles") from None
        entity = (data.get("presidio") or {}).get("entity_type") or data.get("location") or "PHI"
        try:
            viewer_frame = int(data.get("frameIndex") or 0)
        except (TypeError, ValueError):
            raise AnnotationError(f"{what} has frameIndex {data.get('frameIndex')!r}") from None
        out.append(ReaderRect(str(data.get("SOPInstanceUID") or ""), None, x0, y0, x1, y1, str(entity), what,
                              viewer_frame))
    return out


def findings_from_rects(rects: list[ReaderRect], images: list[DicomImage]) -> list[InstanceFindings]:
    """The reader's rectangles as findings per instance (every instance present, empty where
    nothing was drawn): normalised (drawn in either direction), grown outward to whole
    pixels and clipped to the image; a rectangle wholly outside the image is dropped.

    Raises AnnotationError for a rectangle on an instance or frame the input does not have."""
    by_uid = {img.sop_instance_uid: img for img in images}
    out = {img.sop_instance_uid: InstanceFindings(img.member, img.sop_instance_uid, img.rows, img.columns,
                                                  img.number_of_frames) for img in images}
    single = images[0] if len(images) == 1 else None
    for r in rects:
        img = by_uid.get(r.sop_uid) or (single if not r.sop_uid else None)
        if img is None:
            raise AnnotationError(f"{r.source} is on instance {r.sop_uid!r}, which is not in the input")
        frame = r.frame if r.frame is not None else frame_from_viewer(r.viewer_frame or 0, img.number_of_frames,
                                                                      r.source)
        if not 0 <= frame < img.number_of_frames:
            raise AnnotationError(f"{r.source} names frame {frame + 1}; the instance has {img.number_of_frames}")
        xs, ys = sorted((r.x0, r.x1)), sorted((r.y0, r.y1))
        left, top = max(0, math.floor(xs[0])), max(0, math.floor(ys[0]))
        right, bottom = min(img.columns, math.ceil(xs[1])), min(img.rows, math.ceil(ys[1]))
        if right <= left or bottom <= top:
            continue  # drawn entirely outside the image, or empty
        out[img.sop_instance_uid].findings.append(
            Finding(r.entity, Box(left, top, right - left, bottom - top), 1.0, "reader annotation", "",
                    frame, img.sop_instance_uid, img.member))
    return [out[img.sop_instance_uid] for img in images]


def findings_from_annotations(annotations: list[dict], images: list[DicomImage]) -> list[InstanceFindings]:
    """Legacy annotations straight to findings (see `findings_from_rects`)."""
    return findings_from_rects(rects_from_legacy(annotations), images)
