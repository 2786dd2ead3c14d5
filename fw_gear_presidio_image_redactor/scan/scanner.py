"""The shared scanning core: frames -> OCR views -> words -> PHI findings.

Every mode composes this one object (plus redaction and writers); none has a
scanning loop of its own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..config import KnownRegions
from ..decode.dicom import DicomImage
from ..findings import Box, Finding, InstanceFindings, OcrWord
from ..ocr.base import OcrEngine, read_views
from ..ocr.views import build_views, view_kind
from ..recognize.recognizers.device_names import device_names
from ..recognize.recognizers.ultrasound_regions import imaging_regions, inside_any
from .consistency import make_agree
from .overlay_cache import OverlayMemo, OverlayScanner, frame_key
from .room import clip_among, fit

if TYPE_CHECKING:  # Presidio takes seconds to import; --help and --version must not wait for it
    from ..recognize.analyzer import PhiAnalyzer

log = logging.getLogger(__name__)

ALL_TEXT = "TEXT"


@dataclass
class Scanner:
    ocr: OcrEngine
    analyzer: PhiAnalyzer | None  # None: every word is a finding (RedactAllText)
    use_metadata: bool = False
    min_text_confidence: float = 30.0
    reuse_overlays: bool = True  # False: the naive loop, full OCR of every frame
    jobs: int = 1  # concurrent OCR processes
    last_stats: dict = field(default_factory=dict, repr=False)
    overlay_memo: object = field(default=None, repr=False)
    known_regions: KnownRegions = KnownRegions.OFF  # deid's device banner rules (recognize/known_regions.py)

    @property
    def detectors(self) -> list[str]:
        names = [self.ocr.name]
        if self.analyzer is None:
            names.append("all OCR text (no NER)")
            if self.known_regions is KnownRegions.ALL:
                names.append("known PHI regions (all, deid recipe)")
            return names
        names += self.analyzer.detectors
        if self.use_metadata:
            names.append("dicom-header")
        if self.known_regions is not KnownRegions.OFF:
            names.append(f"known PHI regions ({self.known_regions.value}, deid recipe)")
        return names

    def read_words(self, image: DicomImage, frame_index: int) -> list[OcrWord]:
        frame = image.shown_frame(frame_index)  # overlay planes drawn, as a viewer shows it
        return read_views(self.ocr, build_views(image, frame, view_kind(self.ocr)))

    def findings_for_words(self, image: DicomImage, words: list[OcrWord], frame_index: int) -> list[Finding]:
        found = self._findings_for_words(image, words, frame_index)
        if self.analyzer is not None and found:
            found = fit(found, words, _ink_reader(image, frame_index))
        if self.known_regions is not KnownRegions.OFF:
            found = self._in_known_regions(image, words, frame_index, found)
        if getattr(image, "overlays", None):
            found = [self._on_overlay(image, frame_index, f) for f in found]
        return found

    def _on_overlay(self, image: DicomImage, frame_index: int, finding: Finding) -> Finding:
        """Say which overlay planes draw (part of) a finding, and whether its text is in
        Pixel Data too (`Finding.in_pixels`): the stored frame alone, without the planes,
        is read again around the box, and only where nothing is read there is the text the
        plane's alone. Pixel Data under a plane's text is what the viewer shows through
        the glyph gaps: anatomy, which a redaction must not paint (the Siemens MR whose
        plane holds 'Tra' and an ROI). Any word read there keeps the pixels painted, so a
        doubt costs anatomy, never text."""
        names = image.overlays_under(frame_index, finding.box)
        if not names:
            return finding
        return finding.at(recognizer=f"{finding.recognizer} (on {', '.join(names)})",
                          in_pixels=self._pixels_hold_text(image, frame_index, finding.box))

    def _pixels_hold_text(self, image: DicomImage, frame_index: int, box) -> bool:
        frame = image.frame(frame_index)
        pad = max(8, box.height)
        area = box.grown(pad, image.rows, image.columns)
        crop = frame[area.top : area.bottom, area.left : area.right]
        words = read_views(self.ocr, build_views(image, crop, view_kind(self.ocr)), few=0)
        local = Box(box.left - area.left, box.top - area.top, box.width, box.height)
        return any(any(c.isalnum() for c in w.text) and w.box.intersection_area(local) > 0 for w in words)

    def _findings_for_words(self, image: DicomImage, words: list[OcrWord], frame_index: int) -> list[Finding]:
        if self.analyzer is None:
            return [Finding(ALL_TEXT, w.box, round(w.confidence / 100, 3), "ocr", w.text, frame_index)
                    for w in self.all_text_words(image, words)]
        header = image.dataset if self.use_metadata else None
        # The declared ultrasound imaging regions are geometry, not PHI: used with or without metadata.
        regions = imaging_regions(getattr(image, "dataset", None))
        # So is the device's own name (Manufacturer, model, software): device text, never PHI.
        device = device_names(getattr(image, "dataset", None))
        return self.analyzer.analyze(words, header=header, frame=frame_index, regions=regions, device=device)

    def all_text_words(self, image: DicomImage, words: list[OcrWord]) -> list[OcrWord]:
        """RedactAllText: the words that are text. An engine that reports regions its
        recogniser could not read (`all_text_min_confidence`, PP-OCR) has them taken as
        text, except inside a declared ultrasound imaging region (Sequence of Ultrasound
        Regions, PS3.3 C.8.5.5): text is expected outside it, and inside it the detector
        also finds speckle and flow, so a word there must be read with `min_text_confidence`."""
        floor = getattr(self.ocr, "all_text_min_confidence", None)
        floor = self.min_text_confidence if floor is None else min(floor, self.min_text_confidence)
        regions = imaging_regions(getattr(image, "dataset", None)) if floor < self.min_text_confidence else ()
        out = []
        for w in words:
            if not any(c.isalnum() for c in w.text) or w.confidence < floor:
                continue
            if w.confidence < self.min_text_confidence and inside_any(w.box, regions):
                continue
            out.append(w)
        return out

    def regions(self, image: DicomImage) -> list:
        """deid's matched regions for this image (computed once per image)."""
        if self.known_regions is KnownRegions.OFF or getattr(image, "dataset", None) is None:
            return []
        cached = getattr(image, "_known_regions", None)
        if cached is None:
            from ..recognize.known_regions import match_regions

            cached = match_regions(image.dataset, image.rows, image.columns)
            image._known_regions = cached
        return cached

    def _in_known_regions(self, image: DicomImage, words: list[OcrWord], frame_index: int,
                          found: list[Finding]) -> list[Finding]:
        """Say which rule a finding's place matched; in `suspect`, every other word read in a
        region is PHI unless it is vocabulary (`known_regions.suspect_words`)."""
        from ..recognize.known_regions import region_of, suspect_words

        regions = self.regions(image)
        if not regions:
            return found
        out = []
        for f in found:
            region = region_of(f.box, regions)
            out.append(f.at(recognizer=f"{f.recognizer} (in {region.recognizer})") if region else f)
        if self.known_regions is KnownRegions.SUSPECT and self.analyzer is not None:
            for word, region in suspect_words(words, regions, self.min_text_confidence):
                if any(f.box.intersection_area(word.box) > 0.5 * max(1, word.box.area) for f in out):
                    continue
                out.append(Finding(ALL_TEXT, word.box, round(word.confidence / 100, 3), region.recognizer,
                                   word.text, frame_index))
        return out

    def _region_fills(self, image: DicomImage, inst: InstanceFindings) -> None:
        """`all`: each matched region is a finding on every frame, read or not (as CTP fills)."""
        if self.known_regions is not KnownRegions.ALL:
            return
        for region in self.regions(image):
            for index in range(image.number_of_frames):
                inst.findings.append(Finding(ALL_TEXT, region.box, 1.0, f"{region.recognizer} (all)", "", index,
                                             image.sop_instance_uid, inst.member))

    def scan(self, image: DicomImage, progress=None) -> InstanceFindings:
        return self.scan_many([image], progress)[0]

    def scan_many(self, images: list[DicomImage], progress=None) -> list[InstanceFindings]:
        """All frames of all images (a file, or a series' members in order), every
        frame scanned; with overlay reuse, text is read once per distinct overlay. A word
        read the same at the same place on several frames gets one verdict on all of them
        (`consistency`: a frame that judged it PHI paints it on the others)."""
        if not self.reuse_overlays:
            words: dict[tuple[int, int], list[OcrWord]] = {}
            result = [self._scan_each_frame(image, progress, words, pos) for pos, image in enumerate(images)]
            self.last_stats = {}
            self._agree(images, result, words)
            return result
        frames = sum(img.number_of_frames for img in images)
        tick = progress or (lambda n: None)
        if hasattr(progress, "set_total"):
            progress.set_total(3 * frames)
        self.overlay_memo = OverlayMemo()  # shared with this input's verification pass, then dropped
        overlay = OverlayScanner(self, jobs=self.jobs, progress=tick, memo=self.overlay_memo)
        overlay.plan(images)
        if hasattr(progress, "set_total"):
            progress.set_total(2 * frames + len(overlay.keys) + _mosaic_estimate(overlay))
        overlay.read_checked(images)
        result = overlay.findings(images)
        for image, inst in zip(images, result, strict=True):
            self._region_fills(image, inst)
        for (pos, index), words in overlay.frame_words.items():
            self.overlay_memo.plan_words[frame_key(images[pos], index)] = words
        self.last_stats = dict(overlay.stats)
        self._agree(images, result, overlay.frame_words)
        log.debug("overlay reuse: %s", overlay.stats)
        return result

    def _agree(self, images: list[DicomImage], result: list[InstanceFindings],
               words: dict[tuple[int, int], list[OcrWord]]) -> None:
        def fit(pos: int, inst: InstanceFindings, added: list[Finding]) -> list[Finding]:
            # A box copied from another frame was fitted among that frame's words: on its own
            # frame it is kept off the glyphs of the words nothing paints there (a label line 1 px
            # under a name: 'K 63 l.' under a Polish XA's name), as the first pass's boxes are.
            ink: dict[int, object] = {}
            out = []
            for f in added:
                frame_words = words.get((pos, f.frame), [])
                if not frame_words:
                    out.append(f)
                    continue
                if f.frame not in ink:
                    ink[f.frame] = _ink_reader(images[pos], f.frame)
                boxes = [g.box for g in (*inst.findings, *added) if g.frame == f.frame]
                box = clip_among(f.box, boxes, frame_words, ink[f.frame])
                out.append(f if box is f.box else f.at(box=box))
            return out

        added = make_agree(result, words, fit)
        self.last_stats["agreeing"] = added
        if added:
            log.debug("one verdict per word: %d finding(s) added on frames that read the same words", added)

    def _scan_each_frame(self, image: DicomImage, progress=None, read: dict | None = None,
                         pos: int = 0) -> InstanceFindings:
        """The naive loop: full OCR of every frame (kept for comparison and as a fallback);
        `read`, when given, receives each frame's words by (`pos`, frame)."""
        result = InstanceFindings(image.member or image.path.name, image.sop_instance_uid,
                                  image.rows, image.columns, image.number_of_frames)
        for index in range(image.number_of_frames):
            words = self.read_words(image, index)
            if read is not None:
                read[(pos, index)] = words
            for finding in self.findings_for_words(image, words, index):
                result.findings.append(finding.at(sop_instance_uid=image.sop_instance_uid, member=result.member))
            if progress is not None:
                progress(1)
        self._region_fills(image, result)
        return result


def _ink_reader(image: DicomImage, frame_index: int):
    """box -> glyph mask of the frame (as shown) in that box, or None; the frame is decoded on
    first use only (most findings need none)."""
    from ..ocr.ppocr import glyph_mask
    from ..ocr.views import intensity

    state: dict = {}

    def ink(box: Box):
        if "data" not in state:
            try:
                data = intensity(image, image.shown_frame(frame_index))
            except Exception:  # a frame that cannot be shown again: no snapping, boxes as found
                data = None
            state["data"] = data
            if data is not None:
                state["lo"], state["hi"] = float(data.min()), float(data.max())
        data = state["data"]
        if data is None or state["hi"] <= state["lo"]:
            return None
        crop = data[max(0, box.top):box.bottom, max(0, box.left):box.right]
        if crop.shape[:2] != (box.height, box.width):
            return None
        return glyph_mask((crop - state["lo"]) * (255.0 / (state["hi"] - state["lo"])))

    return ink


def _mosaic_estimate(overlay) -> int:
    """Mosaic count is known only when crops are stacked; two views per crop batch is close."""
    return 2 * max(1, len(overlay.crops) // 40) if overlay.crops else 0
