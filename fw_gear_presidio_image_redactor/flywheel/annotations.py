"""Findings <-> Flywheel viewer annotations (OHIF RectangleRoi measurements).

Both directions live here so that a box survives the round trip exactly:
handles.start is the box's top-left pixel corner (left, top) and handles.end
its bottom-right corner (left + width, top + height), in stored-image pixels;
the image is named by Study/Series/SOP Instance UID and frame index, and the
slice number counts frames through the whole file or series (1-based), which is
how the viewer numbers what it scrolls through.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from ..dicom_io import DicomImage
from ..findings import Box, Finding, InstanceFindings
from .protocol import ANNOTATION_LABEL


@dataclass(frozen=True)
class ImageRef:
    study: str
    series: str
    sop: str
    frame: int
    slice_number: int

    @property
    def image_path(self) -> str:
        return f"{self.study}$$${self.series}$$${self.sop}$$${self.frame}"


def image_refs(images: list[DicomImage]) -> dict[tuple[str, int], ImageRef]:
    """(SOP Instance UID, frame) -> where the viewer shows it, for images in series order."""
    refs = {}
    offset = 0
    for img in images:
        ds = img.dataset
        for frame in range(img.number_of_frames):
            refs[(img.sop_instance_uid, frame)] = ImageRef(
                str(ds.get("StudyInstanceUID", "")), str(ds.get("SeriesInstanceUID", "")),
                img.sop_instance_uid, frame, offset + frame + 1)
        offset += img.number_of_frames
    return refs


def annotation_body(finding: Finding, ref: ImageRef, *, file_id: str, file_version: int | None,
                    task_id: str, origin: dict) -> dict:
    """One annotation as the viewer itself would save it (never the recognised text)."""
    b = finding.box
    description = f"{finding.entity_type} (score {finding.score:.2f}, {finding.recognizer})"

    def handle(x, y, **extra):
        return {"x": x, "y": y, "highlight": True, "active": False, **extra}

    data = {
        "_id": str(uuid.uuid4()),
        "uuid": str(uuid.uuid4()),
        "toolType": "RectangleRoi",
        "label": ANNOTATION_LABEL,
        "location": finding.entity_type,
        "description": description,
        "imagePath": ref.image_path,
        "StudyInstanceUID": ref.study,
        "SeriesInstanceUID": ref.series,
        "SOPInstanceUID": ref.sop,
        "frameIndex": ref.frame,
        "sliceNumber": ref.slice_number,
        "visible": True,
        "active": False,
        "invalidated": False,
        "handles": {
            "start": handle(b.left, b.top),
            "end": handle(b.right, b.bottom, moving=False),
            "textBox": {"x": b.right, "y": b.top, "active": False, "hasMoved": False,
                        "movesIndependently": False, "drawnIndependently": True,
                        "allowedOutsideImage": True, "hasBoundingBox": True},
            "initialRotation": 0,
        },
        "flywheelOrigin": origin,
        "presidio": {"entity_type": finding.entity_type, "score": round(finding.score, 4),
                     "recognizer": finding.recognizer},
    }
    file_ref = {"file_id": file_id}
    if file_version is not None:
        file_ref["version"] = file_version
    return {"file_ref": file_ref, "task_id": task_id, "origin": origin, "data": data}


class AnnotationError(ValueError):
    """A reader's rectangle cannot be mapped onto the input; nothing has been written."""


def findings_from_annotations(annotations: list[dict], images: list[DicomImage]) -> list[InstanceFindings]:
    """The reader's rectangles as findings per instance (every instance present,
    empty where nothing was drawn), clipped to the image."""
    by_uid = {img.sop_instance_uid: img for img in images}
    out = {img.sop_instance_uid: InstanceFindings(img.member, img.sop_instance_uid, img.rows, img.columns,
                                                  img.number_of_frames) for img in images}
    single = images[0] if len(images) == 1 else None
    for ann in annotations:
        if ann.get("deleted"):
            continue
        data = ann.get("data") or {}
        if data.get("toolType") != "RectangleRoi":
            continue
        uid = str(data.get("SOPInstanceUID") or "")
        img = by_uid.get(uid) or (single if not uid else None)
        if img is None:
            raise AnnotationError(f"annotation {ann.get('_id')} is on instance {uid!r}, which is not in the input")
        frame = int(data.get("frameIndex") or 0)
        if not 0 <= frame < img.number_of_frames:
            raise AnnotationError(f"annotation {ann.get('_id')} names frame {frame}; the instance has "
                                  f"{img.number_of_frames}")
        try:
            start, end = data["handles"]["start"], data["handles"]["end"]
            xs, ys = sorted((float(start["x"]), float(end["x"]))), sorted((float(start["y"]), float(end["y"])))
        except (KeyError, TypeError, ValueError):
            raise AnnotationError(f"annotation {ann.get('_id')} has no usable handles.start/end") from None
        left, top = max(0, math.floor(xs[0])), max(0, math.floor(ys[0]))
        right, bottom = min(img.columns, math.ceil(xs[1])), min(img.rows, math.ceil(ys[1]))
        if right <= left or bottom <= top:
            continue  # drawn entirely outside the image, or empty
        entity = (data.get("presidio") or {}).get("entity_type") or data.get("location") or "PHI"
        out[img.sop_instance_uid].findings.append(
            Finding(str(entity), Box(left, top, right - left, bottom - top), 1.0, "reader annotation", "",
                    frame, img.sop_instance_uid, img.member))
    return [out[img.sop_instance_uid] for img in images]
