"""Overlay reuse: OCR cost that grows with the number of distinct overlays, not frames.

A cine's burned-in text is drawn by the scanner on every frame at the same
pixels, while the anatomy under and around it moves. So each frame is reduced
to a *text mask* (the pixels at the extreme of the range, where overlays are
drawn) and compared with the mask of the last fully read *key frame*:

- masks equal (only anatomy moved, or noise moved a glyph's edge a few levels across the
  threshold: `NOISE_SLACK`): the key frame's words are reused as they are;
- masks differ in a few places (a frame counter, a clock): only those regions,
  widened to whole text lines, are read again; identical regions seen before
  are not read twice, and all new regions are read together, stacked into a few
  mosaic images, one Tesseract call per mosaic instead of one per frame;
- masks differ a lot (a new screen, a different member geometry): the frame
  becomes a new key frame and is read in full with `Scanner.read_words`.

The analyzer runs once per key frame and once per distinct changed region, so a
frame whose text is the same as another's costs nothing more. (A changed region
is analysed on its own, without the rest of the frame's text as context; regions
are widened to whole text lines so a name or date is never cut in two.) Members
of a zipped series go through the same planner, so a series with one banner is
read once. Region word boxes are widened to the drawn pixels they start on,
because a redaction box must cover every glyph. Text whose pixels did not change keeps
the key frame's findings on every frame, even inside a changed region's padding.

The mask sees only text at the range's extreme, so a few *check frames* are read in full
as well (`MAX_CHECKS`, the last frame among them): text drawn later at a mid grey changes
no mask pixel, and a check that reads words the plan lacks makes the frame where they
appeared a key frame (`OverlayScanner.read_checked`).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from ..decode.dicom import DicomImage
from ..findings import Box, Finding, InstanceFindings, OcrWord, merge_boxes
from ..ocr.base import merge_words, read_views
from ..ocr.views import OcrView, build_views, intensity, view_kind
from .threads import ordered_map

TILE = 8  # mask differences are counted per TILE x TILE block
MIN_CHANGED_PIXELS = 4  # fewer flipped mask pixels in a block is anti-aliasing noise, not new text
# A pixel has changed only when it is drawn on one frame and not on the other *and* its value
# moved by more than this share of the key frame's range. A glyph's anti-aliased edge sits near
# the threshold, and a cine's per-frame noise (acquisition noise, lossy compression) moves it a
# few levels either way; counted as a change, an unchanged banner line was re-read cut at the
# region's edge ('1288345 DNI:' read as one word), so labels were painted on some frames only.
# New text moves its pixels far more, even drawn on a light bar just under the threshold.
NOISE_SLACK = 0.1
REGION_PAD = 16  # context around a changed region, so Tesseract does not read glyphs cut at the edge
MAX_REGION_SHARE = 0.35  # changed area above this share of the frame: read the frame in full
MAX_REGIONS = 24
SPARSE = 0.2  # a mask covering more of the frame than this is anatomy, not text (as in ocr_views)
MOSAIC_GAP = 24  # white rows between stacked crops, so Tesseract never joins two crops' lines
MOSAIC_MAX_HEIGHT = 6000
# PP-OCR's detector scales a whole image to 736 px on its short side: a tall
# narrow mosaic would be blown up many times over, so its mosaics stay short.
PPOCR_MOSAIC_MAX_HEIGHT = 1500
# Check frames. The mask sees only text drawn at the extreme of the range; text drawn below it
# (a grey annotation, a measurement label, a name typed mid-exam at grey 70 on a dark field)
# changes no mask pixel, so the key frame's words would be reused where it is drawn. A few frames
# spread over the sequence, and its last one, are read in full; one whose reading holds text the
# reuse plan does not starts a search for the frame where that text appeared, which becomes a key.
MAX_CHECKS = 6  # check frames per sequence (a static 100-frame cine: 6 more full reads)
CHECK_MIN_GAP = 4  # frames between checks on a short cine
CHECK_MIN_CHARS = 3  # a read word with fewer letters or digits is no evidence of new text
MAX_CHECK_ROUNDS = 64  # re-plans after checks (one per place where new text appeared), a safety cap


@dataclass(frozen=True)
class MaskModel:
    """Which values count as 'drawn', fixed from a key frame so that every frame
    compared with it is thresholded the same way."""

    top: float | None
    bottom: float | None
    span: float = 0.0  # max - min of the key frame

    @classmethod
    def from_data(cls, data: np.ndarray) -> MaskModel:
        lo, hi = float(data.min()), float(data.max())
        if hi <= lo:
            return cls(None, None)
        top, bottom = hi - 0.15 * (hi - lo), lo + 0.15 * (hi - lo)
        return cls(top if (data >= top).mean() < SPARSE else None,
                   bottom if (data <= bottom).mean() < SPARSE else None, hi - lo)

    @property
    def usable(self) -> bool:
        return self.top is not None or self.bottom is not None

    def mask(self, data: np.ndarray) -> np.ndarray:
        out = np.zeros(data.shape, dtype=bool)
        if self.top is not None:
            out |= data >= self.top
        if self.bottom is not None:
            out |= data <= self.bottom
        return out

    def moved(self, before: np.ndarray, after: np.ndarray) -> np.ndarray:
        """Pixels whose value moved by more than noise does (`NOISE_SLACK` of the range)."""
        return np.abs(after.astype(np.float32) - before.astype(np.float32)) > NOISE_SLACK * self.span


_SERIALS = itertools.count()


@dataclass
class OverlayMemo:
    """What passes over the same input share: the words and findings of each distinct
    region. The verification pass re-reads redacted frames; a counter region that was
    not painted has the same drawn pixels, so it is neither read nor analysed again."""

    words: dict[str, list[OcrWord]] = field(default_factory=dict)
    findings: dict[tuple, list[Finding]] = field(default_factory=dict)
    # The first pass's reading of each key frame of the stored pixels, by `frame_key`:
    # the verification pass judges a re-read band in the context of the rest of the frame.
    frame_words: dict[tuple, list[OcrWord]] = field(default_factory=dict)
    # The first pass's words of every frame, by `frame_key` (`OverlayScanner.frame_words`): the
    # verification pass gives a word read the same on several frames one verdict (`consistency`).
    plan_words: dict[tuple, list[OcrWord]] = field(default_factory=dict)


def frame_key(image: DicomImage, frame: int) -> tuple:
    """One frame of one input's member, for `OverlayMemo.frame_words`."""
    return image.member or str(image.path), image.sop_instance_uid, frame


# (position of the image in the list, frame index) -> the frame's pixels, for
# scanning frames other than the stored ones (the verification pass scans redacted frames).
FrameSource = Callable[[int, int], np.ndarray]


def scan_frames(scanner, images: list[DicomImage], frame_of: FrameSource | None = None, jobs: int = 1,
                progress: Callable[[int], None] | None = None,
                words: dict[tuple[int, int], list[OcrWord]] | None = None) -> list[InstanceFindings]:
    """Findings for every frame of `images`, reading each distinct overlay once.

    `frame_of` supplies the pixels to scan (default: the stored frames), e.g. the
    redacted frames for a second pass; they are produced again on demand, never
    all held at once. `words`, when given, receives each frame's words
    (`OverlayScanner.frame_words`).
    """
    overlay = OverlayScanner(scanner, jobs=jobs, progress=progress, frame_of=frame_of,
                             memo=getattr(scanner, "overlay_memo", None))
    overlay.plan(images)
    # No check frames here: this is the verification pass over redacted frames, whose first
    # pass (`Scanner.scan_many`) already made a key frame wherever text appeared unseen.
    overlay.read(images)
    found = overlay.findings(images)
    if words is not None:
        words.update(overlay.frame_words)
    return found


@dataclass
class KeyFrame:
    image: int  # position in the list of images being planned
    frame: int
    model: MaskModel
    mask: np.ndarray
    data: np.ndarray  # the key frame's values, for `MaskModel.moved`
    words: list[OcrWord] = field(default_factory=list)


@dataclass
class FramePlan:
    image: int
    frame: int
    key: int  # index into Planner.keys
    regions: list[tuple[Box, str]] = field(default_factory=list)  # (region, crop id)
    # per region: its pixels that changed, bit-packed (a long cine's plans are all held at once)
    changed: list[bytes] = field(default_factory=list)

    def changed_masks(self) -> list[np.ndarray]:
        return [np.unpackbits(np.frombuffer(bits, np.uint8), count=region.area).reshape(region.height, region.width)
                .astype(bool) for (region, _), bits in zip(self.regions, self.changed, strict=True)]


def _geometry(image: DicomImage) -> tuple:
    return image.rows, image.columns, image.photometric, image.samples_per_pixel, image.bits_stored


def _drawn(image: DicomImage, frame: np.ndarray) -> np.ndarray:
    """ocr_views.intensity, with a fast path for RGB (max over the last axis is ~25x
    slower than two elementwise maxima, and this runs on every frame)."""
    if frame.ndim == 3 and frame.shape[2] == 3:
        return np.maximum(np.maximum(frame[..., 0], frame[..., 1]), frame[..., 2])
    return intensity(image, frame)


def changed_pixels(before: np.ndarray, after: np.ndarray, moved: np.ndarray | None = None) -> np.ndarray:
    """Pixels drawn on one frame and not on the other; with `moved` (`MaskModel.moved`), only
    those whose value moved beyond noise, so noise at a glyph's edge is no change."""
    return before ^ after if moved is None else (before ^ after) & moved


def changed_regions(before: np.ndarray, after: np.ndarray, moved: np.ndarray | None = None) -> list[Box]:
    """Boxes around blocks where the two masks differ, widened to whole text lines."""
    rows, cols = before.shape
    diff = changed_pixels(before, after, moved)
    pr, pc = -rows % TILE, -cols % TILE
    if pr or pc:
        diff = np.pad(diff, ((0, pr), (0, pc)))
    counts = diff.reshape(diff.shape[0] // TILE, TILE, diff.shape[1] // TILE, TILE).sum(axis=(1, 3))
    changed = counts >= MIN_CHANGED_PIXELS
    if not changed.any():
        return []
    grown = changed.copy()  # one block of slack joins the pieces of one word
    grown[1:] |= changed[:-1]
    grown[:-1] |= changed[1:]
    grown[:, 1:] |= grown[:, :-1].copy()
    grown[:, :-1] |= grown[:, 1:].copy()
    union = before | after
    boxes = [_tighten(_widen_to_line(box, union), union) for box in _components(grown, rows, cols)]
    return merge_boxes([b.grown(REGION_PAD, rows, cols) for b in boxes])


def _tighten(box: Box, mask: np.ndarray) -> Box:
    """Down to the drawn pixels: block slack would only add blank area to OCR."""
    cut = mask[box.top : box.bottom, box.left : box.right]
    ys, xs = np.nonzero(cut)
    if len(ys) == 0:
        return box
    return Box(box.left + int(xs.min()), box.top + int(ys.min()), int(xs.max() - xs.min() + 1),
               int(ys.max() - ys.min() + 1))


def _components(grid: np.ndarray, rows: int, cols: int) -> list[Box]:
    seen = np.zeros_like(grid)
    boxes = []
    for r0, c0 in zip(*np.nonzero(grid), strict=True):
        if seen[r0, c0]:
            continue
        stack, cells = [(r0, c0)], []
        seen[r0, c0] = True
        while stack:
            r, c = stack.pop()
            cells.append((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < grid.shape[0] and 0 <= nc < grid.shape[1] and grid[nr, nc] and not seen[nr, nc]:
                    seen[nr, nc] = True
                    stack.append((nr, nc))
        rs, cs = [c[0] for c in cells], [c[1] for c in cells]
        top, left = int(min(rs)) * TILE, int(min(cs)) * TILE
        bottom, right = min(rows, (int(max(rs)) + 1) * TILE), min(cols, (int(max(cs)) + 1) * TILE)
        boxes.append(Box(left, top, right - left, bottom - top))
    return boxes


def _widen_to_line(box: Box, mask: np.ndarray) -> Box:
    """A changed digit is read with the words beside it ('Fr' of 'Fr 12'), so the
    region's words can replace the key frame's words of that line whole."""
    band = mask[box.top : box.bottom].any(axis=0)
    gap = max(box.height, TILE)
    left, right = box.left, box.right
    while True:
        ahead = band[max(0, left - gap) : left]
        if not ahead.any():
            break
        left = max(0, left - gap) + int(np.argmax(ahead))
    while True:
        ahead = band[right : right + gap]
        if not ahead.any():
            break
        right = right + len(ahead) - int(np.argmax(ahead[::-1]))
    return Box(int(left), box.top, int(right - left), box.height)


def _unchanged(regions: list[Box], changed: list[np.ndarray], box: Box) -> bool:
    """Fewer than `MIN_CHANGED_PIXELS` of `box`'s pixels changed from the key frame (pixels
    outside every changed region did not change)."""
    count = 0
    for region, diff in zip(regions, changed, strict=True):
        top, bottom = max(region.top, box.top), min(region.bottom, box.bottom)
        left, right = max(region.left, box.left), min(region.right, box.right)
        if bottom > top and right > left:
            count += int(diff[top - region.top : bottom - region.top, left - region.left : right - region.left].sum())
    return count < MIN_CHANGED_PIXELS


def _overlaps_any(box: Box, others: list[Finding]) -> bool:
    return any(box.intersection_area(f.box) > 0 for f in others)


def _holds(region: Box, box: Box) -> bool:
    """`box` lies wholly inside `region`."""
    return region.intersection_area(box) == box.area


@dataclass
class Crop:
    image: int
    region: Box
    pixels: np.ndarray
    mask: np.ndarray  # drawn pixels of the crop, as the key frame's model sees them
    words: list[OcrWord] = field(default_factory=list)


class OverlayScanner:
    """Plans, reads and analyses the frames of one or more images with overlay reuse."""

    def __init__(self, scanner, jobs: int = 1, progress: Callable[[int], None] | None = None,
                 frame_of: FrameSource | None = None, memo: OverlayMemo | None = None):
        self.scanner = scanner
        # Names this scanner's key frames in the shared memo's findings. Not `id(self)`: the first
        # pass's scanner is freed before the verification pass makes its own, which can get the
        # same id, and then read the first pass's findings of the unpainted frames as its own.
        self.serial = next(_SERIALS)
        self.frame_of = frame_of
        self.memo = memo if memo is not None else OverlayMemo()
        self.jobs = max(1, jobs)
        self.progress = progress or (lambda n: None)
        self.keys: list[KeyFrame] = []
        self.crops: dict[str, Crop] = {}
        self.plans: list[FramePlan] = []
        self.forced: set[tuple[int, int]] = set()  # (image, frame) made key frames by a check
        self.full_reads: dict[tuple[int, int], list[OcrWord]] = {}  # every frame read in full
        # (image, frame) -> the words that frame shows, as `findings` judged them: its key frame's
        # words on pixels that did not change, and its changed regions' words (`consistency`)
        self.frame_words: dict[tuple[int, int], list[OcrWord]] = {}
        self.stats = {"frames": 0, "key_frames": 0, "regions": 0, "distinct_regions": 0, "mosaics": 0,
                      "analyses": 0, "checks": 0, "check_reads": 0}

    # -- pass 1: plan ------------------------------------------------------------

    def plan(self, images: list[DicomImage], resume: int | None = None) -> None:
        """With `resume` (a plan's position), the plans before it are kept and planning starts
        again there, with a new key frame (a check found text there the plan did not hold)."""
        start = (0, 0)
        if resume is None:
            self.keys, self.crops, self.plans = [], {}, []
        else:
            start = (self.plans[resume].image, self.plans[resume].frame)
            self.keys, self.plans = self.keys[: self.plans[resume].key + 1], self.plans[:resume]
        key: KeyFrame | None = None
        geometry = None
        for pos, image in enumerate(images[start[0]:], start[0]):
            if _geometry(image) != geometry:
                key, geometry = None, _geometry(image)
            for index in range(start[1] if pos == start[0] else 0, image.number_of_frames):
                frame = self.frame_of(pos, index) if self.frame_of else image.shown_frame(index)
                data = _drawn(image, frame)
                regions: list[Box] | None = None
                if key is not None and key.model.usable and (pos, index) not in self.forced:
                    now, moved = key.model.mask(data), key.model.moved(key.data, data)
                    regions = changed_regions(key.mask, now, moved)
                    area = sum(r.area for r in regions)
                    if area > MAX_REGION_SHARE * image.rows * image.columns or len(regions) > MAX_REGIONS:
                        regions = None
                if regions is None:
                    model = MaskModel.from_data(data)
                    key = KeyFrame(pos, index, model, model.mask(data), data.copy())
                    self.keys.append(key)
                    self.plans.append(FramePlan(pos, index, len(self.keys) - 1))
                else:
                    plan = FramePlan(pos, index, len(self.keys) - 1)
                    diff = changed_pixels(key.mask, now, moved)
                    for region in regions:
                        plan.regions.append((region, self._crop_id(pos, image, frame, now, region)))
                        cut = diff[region.top : region.bottom, region.left : region.right]
                        plan.changed.append(np.packbits(cut).tobytes())
                    self.plans.append(plan)
                self.progress(1)

    def _crop_id(self, pos: int, image: DicomImage, frame: np.ndarray, mask: np.ndarray, region: Box) -> str:
        """Same place, same drawn pixels: same words. The mask, not the pixels, is
        hashed, because anatomy showing through around the glyphs differs per frame."""
        cut = (slice(region.top, region.bottom), slice(region.left, region.right))
        digest = hashlib.blake2b(np.packbits(mask[cut]).tobytes(), digest_size=16)
        digest.update(repr((_geometry(image), region)).encode())
        crop_id = digest.hexdigest()
        if crop_id not in self.crops:
            self.crops[crop_id] = Crop(pos, region, frame[cut].copy(), mask[cut].copy())
        return crop_id

    # -- pass 2: read --------------------------------------------------------------

    def _read_full(self, images: list[DicomImage], pos: int, index: int) -> list[OcrWord]:
        """One frame read in full (once: a re-plan's key frames and check frames are not read again)."""
        if (pos, index) not in self.full_reads:
            if self.frame_of is None:
                words = self.scanner.read_words(images[pos], index)
            else:
                image, frame = images[pos], self.frame_of(pos, index)
                words = read_views(self.scanner.ocr, build_views(image, frame, view_kind(self.scanner.ocr)))
            self.full_reads[(pos, index)] = words
        return self.full_reads[(pos, index)]

    def read(self, images: list[DicomImage]) -> None:
        def read_key(key: KeyFrame) -> list[OcrWord]:
            return self._read_full(images, key.image, key.frame)

        for key, words in zip(self.keys, ordered_map(read_key, self.keys, self.jobs), strict=True):
            key.words = words
            if self.frame_of is None:
                self.memo.frame_words[frame_key(images[key.image], key.frame)] = words
            self.progress(1)
        todo = []
        for crop_id, crop in self.crops.items():
            if crop_id in self.memo.words:
                continue
            if not crop.mask.any():  # text went away here: nothing to read, and noise
                self.memo.words[crop_id] = []  # stretched to full contrast reads as letters
            else:
                todo.append(crop_id)
        readings: dict[str, list[list[OcrWord]]] = {crop_id: [] for crop_id in todo}
        # Primary views of every new crop; fallback views (where ocr_views marks some)
        # only for crops the primary views read badly, as Scanner.read_words does per frame.
        mosaics = self._read_round(images, todo, readings, fallback=False)
        weak = [crop_id for crop_id in todo if _weak(readings[crop_id])]
        mosaics += self._read_round(images, weak, readings, fallback=True)
        for crop_id in todo:
            mask = self.crops[crop_id].mask
            self.memo.words[crop_id] = [_snap(w, mask) for w in merge_words(readings[crop_id])]
        for crop_id, crop in self.crops.items():
            crop.words = self.memo.words[crop_id]
        self.stats.update(key_frames=len(self.keys), distinct_regions=len(self.crops), mosaics=mosaics)

    def read_checked(self, images: list[DicomImage]) -> None:
        """`read`, then check frames (`MAX_CHECKS`): text a check frame holds that the plan does
        not makes the frame where it appeared a key frame, and the sequence is planned again."""
        self.read(images)
        progress, self.progress = self.progress, (lambda n: None)  # re-plans are not new work to show
        try:
            for _ in range(MAX_CHECK_ROUNDS):  # each round forces a new key frame: this ends
                resume = self.check(images)
                if resume is None:
                    break
                self.plan(images, resume)
                self.read(images)
        finally:
            self.progress = progress

    def _check_indices(self, images: list[DicomImage]) -> list[int]:
        """Plans to read in full as checks: spread over each run of one geometry (the planner
        never compares frames across one), and its last frame; key frames are read anyway."""
        geometry = [_geometry(images[plan.image]) for plan in self.plans]
        out: list[int] = []
        start = 0
        for end in range(1, len(self.plans) + 1):
            if end < len(self.plans) and geometry[end] == geometry[start]:
                continue
            count = end - start
            if count > 1:
                step = max(CHECK_MIN_GAP, -(-count // MAX_CHECKS))
                picks = set(range(start + step, end, step)) | {end - 1}
                out += sorted(i for i in picks if not self._is_key_plan(i))
            start = end
        return out

    def _is_key_plan(self, index: int) -> bool:
        plan = self.plans[index]
        key = self.keys[plan.key]
        return (key.image, key.frame) == (plan.image, plan.frame)

    def _plan_words(self, plan: FramePlan) -> list[OcrWord]:
        words = list(self.keys[plan.key].words)
        for region, crop_id in plan.regions:
            words += self.region_words(region, crop_id)
        return words

    def _new_text(self, images: list[DicomImage], index: int) -> bool:
        """The frame's full reading holds a word that is not in its plan's words. Words are
        compared as letters and digits, in reading order, as a substring of the plan's text, so
        a full reading that joins or splits words differently from a region's is no new text."""
        plan = self.plans[index]
        full = self._read_full(images, plan.image, plan.frame)
        planned = "".join(_letters(w.text) for w in sorted(self._plan_words(plan),
                                                            key=lambda w: (w.box.top, w.box.left)))
        for word in full:
            text = _letters(word.text)
            if len(text) >= CHECK_MIN_CHARS and text not in planned:
                return True
        return False

    def check(self, images: list[DicomImage]) -> int | None:
        """Read the check frames; for each that holds new text, find (by halving the frames since
        the last frame known to hold no new text) the first frame that does, and make it a key
        frame. Returns its plan's position when one was added (the caller plans again from there:
        frames after it are compared with it, so the next check is judged against its words)."""
        checks = self._check_indices(images)
        todo = [(self.plans[i].image, self.plans[i].frame) for i in checks
                if (self.plans[i].image, self.plans[i].frame) not in self.full_reads]
        before = len(self.full_reads)
        for (pos, index), words in zip(todo, ordered_map(lambda pf: self._read_full(images, *pf), todo, self.jobs),
                                       strict=True):
            self.full_reads[(pos, index)] = words
        self.stats["checks"] = max(self.stats["checks"], len(checks))
        added = None
        known = [i for i in range(len(self.plans)) if self._is_key_plan(i)]  # plans that hold no new text
        for c in checks:
            if not self._new_text(images, c):
                known.append(c)
                continue
            lo = max(i for i in known if i < c)  # a run starts with a key frame, so one exists
            hi = c
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if self._new_text(images, mid):
                    hi = mid
                else:
                    lo = mid
            target = (self.plans[hi].image, self.plans[hi].frame)
            if target not in self.forced:  # a key plan never holds new text: always a new one
                self.forced.add(target)
                added = hi
            break
        self.stats["check_reads"] += len(self.full_reads) - before
        return added

    def _read_round(self, images: list[DicomImage], crop_ids: list[str], readings: dict, fallback: bool) -> int:
        batches = self._mosaics(images, crop_ids, fallback)
        for batch, words in zip(batches, ordered_map(self._read_mosaic, batches, self.jobs), strict=True):
            for crop_id, view_words in zip(batch.crop_ids, _split(batch, words), strict=True):
                readings[crop_id].append(view_words)
            self.progress(1)
        return len(batches)

    def _mosaics(self, images: list[DicomImage], crop_ids: list[str], fallback: bool) -> list[Mosaic]:
        by_view: dict[str, list[tuple[str, OcrView]]] = {}
        for crop_id in crop_ids:
            crop = self.crops[crop_id]
            for view in build_views(images[crop.image], crop.pixels, view_kind(self.scanner.ocr)):
                if bool(getattr(view, "fallback", False)) == fallback:
                    by_view.setdefault(view.name, []).append((crop_id, view))
        batches: list[Mosaic] = []
        limit = PPOCR_MOSAIC_MAX_HEIGHT if view_kind(self.scanner.ocr) == "ppocr" else MOSAIC_MAX_HEIGHT
        for name, items in by_view.items():
            current = Mosaic(name, fallback=fallback)
            for crop_id, view in items:
                if current.crop_ids and current.height + view.image.shape[0] + MOSAIC_GAP > limit:
                    batches.append(current)
                    current = Mosaic(name, fallback=fallback)
                current.add(crop_id, view)
            if current.crop_ids:
                batches.append(current)
        return batches

    def _read_mosaic(self, mosaic: Mosaic) -> list[OcrWord]:
        return self.scanner.ocr.read(OcrView(mosaic.name, mosaic.image(), 1.0, fallback=mosaic.fallback))

    # -- pass 3: analyse -------------------------------------------------------------

    def findings(self, images: list[DicomImage]) -> list[InstanceFindings]:
        """Key frames are analysed whole; on other frames, findings not wholly inside a
        changed region are the key frame's, and only each distinct changed region
        (a counter's line, a clock) is analysed, once per distinct reading."""
        out = [InstanceFindings(img.member or img.path.name, img.sop_instance_uid, img.rows, img.columns,
                                img.number_of_frames) for img in images]
        cache = self.memo.findings

        def analysed(key: tuple, image: DicomImage, words: list[OcrWord], frame: int) -> list[Finding]:
            if key not in cache:
                cache[key] = self.scanner.findings_for_words(image, words, frame) if words else []
                self.stats["analyses"] += 1
            return cache[key]

        for plan in self.plans:
            image, inst = images[plan.image], out[plan.image]
            header = id(image.dataset) if self.scanner.use_metadata else None  # header values differ per member
            found = analysed((header, "key", self.serial, plan.key), image, self.keys[plan.key].words, plan.frame)
            self.frame_words[(plan.image, plan.frame)] = self.keys[plan.key].words
            if plan.regions:
                # A key-frame finding is replaced only by a region that holds it whole: a region's
                # padding can reach part of an unchanged line beside the changed one, and that
                # line's re-read, cut at the region's edge, may miss the name ('1/4' re-read over
                # 'Op: K. Lindqvist' found nothing of it). Its pixels did not change: keep it.
                # A key-frame finding on pixels that did not change (a banner line inside a counter's
                # padded region) is kept as it is, and a region finding on unchanged pixels that
                # overlaps one is dropped: the same text has the key frame's box on every frame, and
                # a re-read cut at the region's edge ('1288345 DNI:', 'F.Nac: 03/07/1981' read as one
                # word) never paints a label on some frames only. Text that changed is the region's.
                boxes, changed = [region for region, _ in plan.regions], plan.changed_masks()
                # A key-frame word whose pixels changed (a counter's old value) is not on this frame.
                self.frame_words[(plan.image, plan.frame)] = [
                    *(w for w in self.keys[plan.key].words if _unchanged(boxes, changed, w.box)),
                    *(w for region, crop_id in plan.regions for w in self.region_words(region, crop_id))]
                found = [f for f in found
                         if _unchanged(boxes, changed, f.box) or not any(_holds(b, f.box) for b in boxes)]
                kept = list(found)
                for region, crop_id in plan.regions:
                    found = found + [f for f in analysed((header, "crop", crop_id), image,
                                                         self.region_words(region, crop_id), plan.frame)
                                     if not (_unchanged(boxes, changed, f.box) and _overlaps_any(f.box, kept))]
            for finding in found:
                inst.findings.append(finding.at(frame=plan.frame, sop_instance_uid=image.sop_instance_uid,
                                                member=inst.member))
            self.progress(1)
        self.stats["frames"] = len(self.plans)
        self.stats["regions"] = sum(len(p.regions) for p in self.plans)
        return out

    def region_words(self, region: Box, crop_id: str) -> list[OcrWord]:
        return [replace(w, box=Box(w.box.left + region.left, w.box.top + region.top, w.box.width, w.box.height))
                for w in self.crops[crop_id].words]


@dataclass
class Mosaic:
    """Crops of one view kind stacked top to bottom on white, read in one OCR call."""

    name: str
    fallback: bool = False  # stacked fallback views (the engine may trust them less)
    crop_ids: list[str] = field(default_factory=list)
    views: list[OcrView] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    height: int = 0

    def add(self, crop_id: str, view: OcrView) -> None:
        self.crop_ids.append(crop_id)
        self.views.append(view)
        self.offsets.append(self.height + MOSAIC_GAP)
        self.height += MOSAIC_GAP + view.image.shape[0]

    def image(self) -> np.ndarray:
        width = max(v.image.shape[1] for v in self.views) + 2 * MOSAIC_GAP
        colour = any(v.image.ndim == 3 for v in self.views)  # PP-OCR views of colour frames
        shape = (self.height + MOSAIC_GAP, width, 3) if colour else (self.height + MOSAIC_GAP, width)
        canvas = np.full(shape, 255, dtype=np.uint8)
        for view, top in zip(self.views, self.offsets, strict=True):
            h, w = view.image.shape[:2]
            pixels = view.image[..., None] if colour and view.image.ndim == 2 else view.image
            canvas[top : top + h, MOSAIC_GAP : MOSAIC_GAP + w] = pixels
        return canvas


WEAK_CONFIDENCE = 60.0
GLYPH_GAP = 3  # columns without drawn pixels that still belong to one word


def _snap(word: OcrWord, mask: np.ndarray) -> OcrWord:
    """Widen a word's box to the drawn pixels it starts on. Tesseract's word boxes
    can stop a letter short on small stacked crops; a redaction box must not."""
    rows, cols = mask.shape
    top, bottom = max(0, word.box.top), min(rows, word.box.bottom)
    left, right = max(0, word.box.left), min(cols, word.box.right)
    if bottom <= top or right <= left:
        return word
    band = mask[top:bottom].any(axis=0)
    if not band[left:right].any():
        return word
    while right < cols and band[right : right + GLYPH_GAP].any():
        right += int(np.nonzero(band[right : right + GLYPH_GAP])[0].max()) + 1
    while left > 0 and band[max(0, left - GLYPH_GAP) : left].any():
        left = max(0, left - GLYPH_GAP) + int(np.nonzero(band[max(0, left - GLYPH_GAP) : left])[0].min())
    if (left, right) == (word.box.left, word.box.right):
        return word
    return replace(word, box=Box(left, word.box.top, right - left, word.box.height))


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _weak(readings: list[list[OcrWord]]) -> bool:
    """A crop holds a line or two, so 'few words' is normal; nothing readable, or
    nothing read with confidence, is what calls for the fallback views."""
    words = [w for group in readings for w in group if any(c.isalnum() for c in w.text)]
    return not words or sum(w.confidence for w in words) / len(words) < WEAK_CONFIDENCE




def _split(mosaic: Mosaic, words: list[OcrWord]) -> list[list[OcrWord]]:
    """Hand each word read on a mosaic back to its crop, in crop coordinates."""
    out: list[list[OcrWord]] = [[] for _ in mosaic.views]
    for word in words:
        middle = word.box.top + word.box.height / 2
        for i, (view, top) in enumerate(zip(mosaic.views, mosaic.offsets, strict=True)):
            h, w = view.image.shape[:2]
            if top <= middle < top + h:
                local = Box(word.box.left - MOSAIC_GAP, word.box.top - top, word.box.width, word.box.height)
                box = local.scaled(view.scale, -view.left, -view.top)  # a view of part of the crop: moved
                rows, cols = h // round(view.scale) + view.top, w // round(view.scale) + view.left
                left, top_ = max(0, box.left), max(0, box.top)
                right, bottom = min(cols, box.right), min(rows, box.bottom)
                if right > left and bottom > top_:
                    out[i].append(replace(word, box=Box(left, top_, right - left, bottom - top_),
                                          view=f"{mosaic.name}-mosaic"))
                break
    return out
