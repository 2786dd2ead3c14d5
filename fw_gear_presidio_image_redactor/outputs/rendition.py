"""What an input's derived DICOM is: a review copy (boxes drawn, nothing removed) or a
redacted copy. One object carries everything that differs between the two: the
output kind and name, how boxes are painted, which pixels the encoder must treat as
changed, and the de-identification attributes the writer sets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..decode.dicom import DicomImage
from ..findings import Box
from ..outcome import OutputKind
from ..pixels.redaction import RedactionStyle, fill_value, outline_frame, redact_frame
from .encoding import FrameEdits
from .naming import redacted_name, review_name

OUTLINE = 2  # pixels: outline_frame's default thickness, drawn just outside the margin


@dataclass(frozen=True)
class Rendition:
    kind: OutputKind  # REVIEW_DICOM or REDACTED_DICOM
    redacts: bool
    # RedactAllText: every piece of burned-in text was removed (Burned In Annotation NO is
    # then claimed by the writer; see dicom_writer.derived_dataset).
    all_text_removed: bool = False
    # What a reviewer must know about this rendition (shown among the input's warnings).
    warning: str = ""

    @property
    def description(self) -> str:
        """Appended to the Series Description of the derived series."""
        return "(redacted)" if self.redacts else "(PHI review)"

    def file_name(self, stem: str, series: bool) -> str:
        return redacted_name(stem, series) if self.redacts else review_name(stem, series)

    def paint(self, image: DicomImage, frame: np.ndarray, boxes: list[Box], style: RedactionStyle) -> np.ndarray:
        if self.redacts:
            return redact_frame(image, frame, boxes, style)
        return outline_frame(image, frame, boxes, style.margin, OUTLINE)

    def edits(self, image: DicomImage, by_frame: dict[int, list[Box]], style: RedactionStyle,
              plane_only: dict[int, list[Box]] | None = None) -> FrameEdits:
        """The pixel edits handed to encoding.py, which decides how they are stored.
        `plane_only`: boxes of text drawn only by an overlay plane (`Finding.in_pixels`
        False): a redaction clears the plane's bits there and paints no pixel; a review
        copy outlines them like any other."""
        grow = style.margin if self.redacts else style.margin + OUTLINE
        plane_only = plane_only or {}
        if not self.redacts:
            by_frame = {i: by_frame.get(i, []) + plane_only.get(i, []) for i in {*by_frame, *plane_only}}
            plane_only = {}
        fill: Callable | None = None
        if self.redacts:
            def fill(frame):
                return fill_value(image, frame, style.fill)

        return FrameEdits(
            boxes={i: [b.grown(grow, image.rows, image.columns) for b in boxes] for i, boxes in by_frame.items()},
            paint=lambda i, frame: self.paint(image, frame, by_frame.get(i, []), style),
            fill=fill,
            plane_boxes={i: [b.grown(grow, image.rows, image.columns) for b in boxes]
                         for i, boxes in plane_only.items()})


REVIEW_COPY = Rendition(OutputKind.REVIEW_DICOM, redacts=False)
REDACTED = Rendition(OutputKind.REDACTED_DICOM, redacts=True)
ALL_TEXT_REDACTED = Rendition(OutputKind.REDACTED_DICOM, redacts=True, all_text_removed=True)
# RedactAllText with boxes from a bbox JSON: no OCR ran, so the run cannot claim every text is
# gone; Burned In Annotation NO is written only when this run read and cleaned every pixel
# region that could hold text (issue 16, item 1).
GIVEN_BOXES_REDACTED = Rendition(OutputKind.REDACTED_DICOM, redacts=True, warning=(
    "Burned In Annotation left as in the input: the boxes came from bbox_coords, no OCR ran, "
    "so text they miss may remain"))
