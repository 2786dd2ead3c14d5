"""Rectangles <-> DICOM SR measurement sets, the format of the Tasks Manager (V3 viewer) annotation store.

The V3 store keeps a reader's measurements as a DICOM Structured Report per
measurement set (public reference notes on the V3 annotation API: each
annotation is "stored as a DICOM SR", with `elements[]` summarising it; the
file itself is served by GET /api/v3/annotations/{id}/file). The gear writes its
proposals as one TID 1500 Measurement Report (highdicom builds it): one planar
ROI group per finding, its region a closed SCOORD POLYLINE through the box's four
corners, referencing the instance and (multi-frame) the 1-based frame
(ReferencedFrameNumber, PS3.3 C.18.6 / TID 1410).

Reading does not assume our own layout: every SCOORD content item anywhere in
the tree (the OHIF V3 viewer writes its rectangles as TID 1501 measurements with
an inferred-from SCOORD) becomes the rectangle bounding its points, on the image
its IMAGE child (or the nearest one up the tree) references. SCOORD points are
(column, row) with (0, 0) the top-left corner of the top-left pixel
(PS3.3 C.18.6.1.1), the same convention as the legacy handles.
"""

from __future__ import annotations

import io

import numpy as np
import pydicom

from ..decode.dicom import DicomImage
from ..findings import Finding
from .annotations import ANNOTATION_LABEL, AnnotationError, ImageRef, ReaderRect, frame_from_viewer

SR_MANUFACTURER = "presidio-image-redactor"


def proposals_sr(findings: list[tuple[Finding, ImageRef]], images: list[DicomImage]) -> bytes:
    """One Comprehensive SR (TID 1500) holding a planar ROI per finding; the recognised text is never in it."""
    import highdicom as hd
    from pydicom.sr.codedict import codes

    by_uid = {img.sop_instance_uid: img.dataset for img in images}
    groups = []
    for number, (f, ref) in enumerate(findings, start=1):
        b = f.box
        corners = np.array([[b.left, b.top], [b.right, b.top], [b.right, b.bottom], [b.left, b.bottom],
                            [b.left, b.top]], dtype=float)
        frames = [ref.frame + 1] if ref.number_of_frames > 1 else None
        region = hd.sr.ImageRegion(
            graphic_type=hd.sr.GraphicTypeValues.POLYLINE, graphic_data=corners,
            # the constructor, not from_source_image: highdicom's check takes NumberOfFrames > 1 on a
            # classic SOP class (cine US, multi-frame SC) for "not multi-frame"
            source_image=hd.sr.SourceImageForRegion(str(by_uid[ref.sop].SOPClassUID), ref.sop, frames))
        groups.append(hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations(
            tracking_identifier=hd.sr.TrackingIdentifier(
                uid=hd.UID(), identifier=f"{ANNOTATION_LABEL} {number}: {f.entity_type} "
                                         f"(score {f.score:.2f}, {f.recognizer})"),
            referenced_region=region, finding_type=codes.DCM.Finding))
    observer = hd.sr.ObserverContext(
        observer_type=codes.DCM.Device,
        observer_identifying_attributes=hd.sr.DeviceObserverIdentifyingAttributes(
            uid=hd.UID(), manufacturer_name=SR_MANUFACTURER))
    report = hd.sr.MeasurementReport(
        observation_context=hd.sr.ObservationContext(observer_person_context=None,
                                                     observer_device_context=observer),
        procedure_reported=codes.SCT.DiagnosticImaging,
        imaging_measurements=groups or None)
    evidence = [by_uid[img.sop_instance_uid] for img in images]
    sr = hd.sr.ComprehensiveSR(evidence=evidence, content=report, series_instance_uid=hd.UID(), series_number=999,
                               sop_instance_uid=hd.UID(), instance_number=1, manufacturer=SR_MANUFACTURER,
                               series_description="presidio-image-redactor PHI proposals")
    buf = io.BytesIO()
    sr.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def rects_from_sr(raw: bytes, source: str) -> list[ReaderRect]:
    """Every SCOORD of an SR as a ReaderRect (the bounding box of its points).

    Raises AnnotationError when the bytes are no DICOM SR, or a SCOORD names no image."""
    try:
        ds = pydicom.dcmread(io.BytesIO(raw))
    except Exception as exc:  # pydicom raises several types for garbage
        raise AnnotationError(f"{source}: the measurement file is not DICOM ({type(exc).__name__})") from None
    if getattr(ds, "Modality", "") != "SR" or "ContentSequence" not in ds:
        raise AnnotationError(f"{source}: the measurement file is not a DICOM SR with content "
                              f"(Modality {getattr(ds, 'Modality', '')!r})")
    out: list[ReaderRect] = []

    def image_ref(item):
        for child in item.get("ContentSequence", []):
            if child.get("ValueType") == "IMAGE" and "ReferencedSOPSequence" in child:
                return child.ReferencedSOPSequence[0]
        return None

    def walk(items, inherited, label):
        for item in items:
            name = item.ConceptNameCodeSequence[0].CodeMeaning if "ConceptNameCodeSequence" in item else ""
            text = str(item.get("TextValue", "")) if item.get("ValueType") == "TEXT" else ""
            if name == "Tracking Identifier" and text:
                label = text
            ref = image_ref(item) or inherited
            if item.get("ValueType") == "SCOORD":
                if ref is None:
                    raise AnnotationError(f"{source}: a {item.get('GraphicType', '')} region names no image")
                points = np.asarray(item.GraphicData, dtype=float).reshape(-1, 2)
                frames = ref.get("ReferencedFrameNumber")
                frame_no = int(frames[0] if isinstance(frames, pydicom.multival.MultiValue) else frames) \
                    if frames not in (None, "") else None
                out.append(ReaderRect(str(ref.ReferencedSOPInstanceUID), None,
                                      float(points[:, 0].min()), float(points[:, 1].min()),
                                      float(points[:, 0].max()), float(points[:, 1].max()),
                                      _entity(label), f"{source} ({label or 'region'})",
                                      viewer_frame=frame_no))
            walk(item.get("ContentSequence", []), ref, label)

    walk(ds.ContentSequence, None, "")
    return out


def resolve_sr_frames(rects: list[ReaderRect], images: list[DicomImage]) -> list[ReaderRect]:
    """ReferencedFrameNumber (1-based, absent on single-frame) -> 0-based frames."""
    frames_of = {img.sop_instance_uid: img.number_of_frames for img in images}
    out = []
    for r in rects:
        n = frames_of.get(r.sop_uid)
        if n is None:
            out.append(r)  # findings_from_rects names the stranger instance
            continue
        if r.viewer_frame is None:
            if n > 1:
                raise AnnotationError(f"{r.source} names no frame on a multi-frame instance")
            frame = 0
        else:
            frame = frame_from_viewer(r.viewer_frame, n, r.source) if n > 1 else 0
        out.append(ReaderRect(r.sop_uid, frame, r.x0, r.y0, r.x1, r.y1, r.entity, r.source))
    return out


def _entity(label: str) -> str:
    """'phi_entity 3: PERSON (score ...)' -> 'PERSON'; anything else (a reader's own label) as is."""
    if label.startswith(ANNOTATION_LABEL) and ":" in label:
        return label.split(":", 1)[1].strip().split(" ")[0] or "PHI"
    return label or "PHI"
