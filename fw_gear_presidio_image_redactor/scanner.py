"""The shared scanning core: frames -> OCR views -> words -> PHI findings.

Every mode composes this one object (plus redaction and writers); none has a
scanning loop of its own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .analyzer import PhiAnalyzer
from .dicom_io import DicomImage
from .findings import Finding, InstanceFindings, OcrWord
from .ocr import OcrEngine, merge_words
from .ocr_views import build_views

log = logging.getLogger(__name__)

ALL_TEXT = "TEXT"


@dataclass
class Scanner:
    ocr: OcrEngine
    analyzer: PhiAnalyzer | None  # None: every word is a finding (RedactAllText)
    use_metadata: bool = False
    min_text_confidence: float = 30.0

    @property
    def detectors(self) -> list[str]:
        names = [self.ocr.name]
        if self.analyzer is None:
            return [*names, "all OCR text (no NER)"]
        names += self.analyzer.detectors
        if self.use_metadata:
            names.append("dicom-header")
        return names

    def read_words(self, image: DicomImage, frame_index: int) -> list[OcrWord]:
        frame = image.frame(frame_index)
        return merge_words([self.ocr.read(view) for view in build_views(image, frame)])

    def findings_for_words(self, image: DicomImage, words: list[OcrWord], frame_index: int) -> list[Finding]:
        if self.analyzer is None:
            return [
                Finding(ALL_TEXT, w.box, round(w.confidence / 100, 3), "ocr", w.text, frame_index)
                for w in words
                if w.confidence >= self.min_text_confidence and any(c.isalnum() for c in w.text)
            ]
        header = image.dataset if self.use_metadata else None
        return self.analyzer.analyze(words, header=header, frame=frame_index)

    def scan(self, image: DicomImage, progress=None) -> InstanceFindings:
        result = InstanceFindings(image.member or image.path.name, image.sop_instance_uid,
                                  image.rows, image.columns, image.number_of_frames)
        for index in range(image.number_of_frames):
            words = self.read_words(image, index)
            for finding in self.findings_for_words(image, words, index):
                result.findings.append(finding.at(sop_instance_uid=image.sop_instance_uid, member=result.member))
            if progress is not None:
                progress(1)
        return result
