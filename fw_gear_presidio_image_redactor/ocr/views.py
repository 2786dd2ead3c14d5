"""Turning stored pixel values into images an OCR engine can read.

Burned-in text is drawn at an extreme of the stored range (often the very top
of 12-16 bit data), light on dark, sometimes coloured, often small. A plain
min-max rescale of a CT leaves it grey on grey; each view here is one way of
making it black-on-white at a size Tesseract is trained on. The scanner reads
every view and merges the words, so a view only has to help, never to be perfect.

Views are built per engine (`build_views(..., kind=engine.view_kind)`): the
binarised and upscaled views exist because Tesseract needs them; PP-OCR's
learned detector reads either polarity and colour, resizes for itself, and
reads *less* well from binarised images (B-mode speckle becomes letter-like
blobs), so it gets the frame as a person sees it (see `ppocr_views`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from ..decode.dicom import DicomImage
from ..findings import Box, merge_boxes

# Tesseract is trained on text about 20-30 px tall; overlay fonts are often 8-14 px.
SMALL_IMAGE = 1200
# Module settings rather than arguments so the evaluation's ablation can switch a
# step off and measure what it was worth (evaluation/ablation.py).
UPSCALE_FILTER = Image.Resampling.BICUBIC
PPOCR_SMALL_IMAGE = 400


@dataclass(frozen=True)
class OcrView:
    """An 8-bit image plus how to map its coordinates back (divide by `scale`).

    Tesseract views are grey, dark text on light; PP-OCR views may be RGB
    (h, w, 3) and either polarity."""

    name: str
    image: np.ndarray  # uint8, (h, w) or (h, w, 3)
    scale: float = 1.0
    # Read only when the primary views found little (see `ocr.read_views`): on the
    # evaluation catalogue the `top` view added no segment the `full` view missed,
    # at 60% more OCR time, so it earns its time only as a second pass.
    fallback: bool = False
    # Where the view's (unscaled) origin lies in the frame: a view of a crop (`faint_views`)
    # has its words moved there by `ocr.read_views`; whole-frame views are at (0, 0).
    left: int = 0
    top: int = 0


def intensity(image: DicomImage, frame: np.ndarray) -> np.ndarray:
    """One float channel where brighter means 'drawn': text is usually the brightest thing.

    MONOCHROME1 is inverted (its text is at the minimum); colour text (yellow,
    green, white banners) is brightest in its maximum channel.
    """
    rgb = image.display_rgb(frame)
    if rgb is not None:
        return rgb.max(axis=2).astype(np.float32)
    if frame.ndim == 3:
        return frame.max(axis=2).astype(np.float32)
    data = frame.astype(np.float32)
    if image.photometric == "MONOCHROME1":
        lo, hi = image.stored_range
        data = (lo + hi) - data
    return data


def _to_uint8(data: np.ndarray, lo: float, hi: float) -> np.ndarray:
    if hi <= lo:
        return np.zeros(data.shape, dtype=np.uint8)
    out = (np.clip(data, lo, hi) - lo) * (255.0 / (hi - lo))
    return out.astype(np.uint8)


def _dark_on_light(gray: np.ndarray) -> np.ndarray:
    """Tesseract reads dark text on light ground best; flip mostly-dark images."""
    return 255 - gray if np.median(gray) < 128 else gray


def _upscale(gray: np.ndarray, factor: int) -> np.ndarray:
    """Bicubic, not pixel repetition: repeated pixels keep a small font's jagged
    steps, which Tesseract reads as noise (the real 2_ORIGINAL CT overlay)."""
    if factor == 1:
        return gray
    h, w = gray.shape[:2]
    return np.asarray(Image.fromarray(gray).resize((w * factor, h * factor), UPSCALE_FILTER))


def scale_for(image: DicomImage) -> int:
    return 2 if max(image.rows, image.columns) < SMALL_IMAGE else 1


TESSERACT = "tesseract"
PPOCR = "ppocr"


def view_kind(engine) -> str:
    """Which views an engine wants: its `view_kind`, Tesseract's when it names none."""
    return getattr(engine, "view_kind", TESSERACT)


def build_views(image: DicomImage, frame: np.ndarray, kind: str = TESSERACT) -> list[OcrView]:
    """The views worth reading for this frame, for an engine of this `kind`.

    - `full`: min-max of the frame, for ordinary dark-on-light or mid-grey text;
    - `top`: only the brightest values (where overlays are burned), binarised, so
      text on a busy 16-bit background becomes clean black on white.
    """
    if kind == PPOCR:
        return ppocr_views(image, frame)
    data = intensity(image, frame)
    factor = scale_for(image)
    lo, hi = float(data.min()), float(data.max())
    views = [OcrView("full", _upscale(_dark_on_light(_to_uint8(data, lo, hi)), factor), factor)]
    if hi > lo:
        threshold = hi - 0.15 * (hi - lo)
        mask = data >= threshold
        # A top view only helps where bright pixels are sparse (text), not half the image.
        if 0 < mask.mean() < 0.2:
            top = np.where(mask, 0, 255).astype(np.uint8)
            views.append(OcrView("top", _upscale(top, factor), factor, fallback=True))
    return views + faint_views(_to_uint8(data, lo, hi), factor, tesseract=True)


def ppocr_views(image: DicomImage, frame: np.ndarray) -> list[OcrView]:
    """PP-OCR reads the frame as displayed: colour frames as RGB (coloured banners
    keep their contrast), grey frames min-max stretched, no polarity flip, no
    upscaling (its detector resizes to 736 px on the short side itself, and its
    recogniser rescales each line to 48 px tall), except frames under
    `PPOCR_SMALL_IMAGE` px (a 256x256 MR's 8 px font), which are doubled.

    `top` (the brightest values, binarised, as for Tesseract) is a fallback for
    grey frames where the first reading found little: text burned at the top of
    the range over a brightly windowed CT is grey on grey in the plain stretch.
    Colour frames get none: binarised Doppler flow reads as letters.
    """
    rgb = image.display_rgb(frame)
    if rgb is None and frame.ndim == 3 and frame.shape[2] == 3:
        rgb = frame
    if rgb is not None:
        full = np.ascontiguousarray(rgb if rgb.dtype == np.uint8 else _to_uint8(rgb, float(rgb.min()),
                                                                                   float(rgb.max())))
        data = full.max(axis=2).astype(np.float32)
    else:
        data = intensity(image, frame)
        full = _to_uint8(data, float(data.min()), float(data.max()))
    factor = 2 if max(data.shape[:2]) < PPOCR_SMALL_IMAGE else 1
    views = [OcrView("full", _upscale(full, factor), factor)]
    lo, hi = float(data.min()), float(data.max())
    if hi > lo and rgb is None:  # binarised colour flow becomes letter-like blobs; colour text reads in RGB
        mask = data >= hi - 0.15 * (hi - lo)
        if 0 < mask.mean() < 0.2:
            views.append(OcrView("top", _upscale(np.where(mask, 0, 255).astype(np.uint8), factor), factor,
                                 fallback=True))
    grey = full if full.ndim == 2 else full.max(axis=2)
    return views + faint_views(grey, factor)


# Faint text (`faint_lines`, `faint_views`): burned-in text drawn a few levels from its
# ground (a banner at 0..13 on 0 over a frame whose speckle reaches 255) is nearly black in
# the min-max view, and PP-OCR reads nothing there below about 25 levels of 255 of contrast,
# while brighter text elsewhere in the frame is read, so no "found little" fallback fires.
# Real frames are noisy (ultrasound, CR, JPEG-compressed secondary captures): the 8-bit view
# is first smoothed at stroke scale (a 3x3 Gaussian: Gaussian noise falls to 0.4 of itself, a
# 1-2 px stroke keeps about 0.6-0.75 of its contrast, JPEG's ringing and blocking are evened).
# Strokes: pixels of the smoothed view standing out from their surroundings (a FAINT_KERNEL px
# top-hat, light on dark, or black-hat, dark on light) by at least FAINT_MIN levels and at
# least FAINT_K times the ground's own level there (the median top-hat of its FAINT_TILE px
# tile: 0 on a clean ground, about 2 sigma of noise on a noisy one, so noise stays below the
# stroke threshold), and less than FAINT_MAX (text at FAINT_MAX or more is read in the plain
# view), not within FAINT_NEAR px of such brighter strokes (the rim of plain text). Glyphs:
# their connected components FAINT_GLYPH_MIN..FAINT_GLYPH_MAX px tall, at most FAINT_GLYPH_MAX
# wide. A line: glyphs that join when widened by half their height, at least FAINT_CHARS of
# them, at least twice as wide as tall, on a quiet ground: at most FAINT_NOISE of the line
# box's other pixels are strokes (B-mode speckle stands out everywhere, so a chance row of
# speckle 'glyphs' is no line). Each line, grown by FAINT_PAD px, is shown as its top-hat less
# the ground's level, stretched so its strokes reach FAINT_INK, light on black (`faint_views`;
# the smoothed top-hat where the ground is noisy, the plain one where it is clean): read only
# where such a line exists, one crop per group of lines (at most FAINT_MAX_VIEWS), so a frame
# without faint text pays for a smoothing, two morphology passes and no OCR call.
FAINT_KERNEL = 15
FAINT_MIN = 3
FAINT_MAX = 40
FAINT_K = 1.5
FAINT_STEP = 16
FAINT_BASELINE = 1
FAINT_ALIGNED = 0.5
FAINT_TILE = 32
FAINT_NEAR = 3
FAINT_GLYPH_MIN = 5
FAINT_GLYPH_MAX = 48
FAINT_CHARS = 3
FAINT_CHARS_NOISY = 5
FAINT_NOISE = 0.04
FAINT_LONG = 3
FAINT_PAD = 8
FAINT_RING = 2
FAINT_INK = 220
FAINT_MAX_VIEWS = 4


@dataclass(frozen=True)
class FaintLine:
    box: Box
    hat: int  # cv2 morphology op of its polarity: MORPH_TOPHAT (light text) or MORPH_BLACKHAT
    ink: float  # the strokes' contrast in the smoothed 8-bit view (median of glyph pixels' hat)
    floor: float = FAINT_MIN  # the stroke threshold around the line (FAINT_MIN: a clean ground)


def _smoothed(cv2, grey: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(grey, (3, 3), 0)


def _stroke_floor(grey: np.ndarray) -> np.ndarray:
    """Per pixel, the least top-hat of a stroke there: `FAINT_MIN`, or `FAINT_K` times the
    pixel noise of its FAINT_TILE px tile (the mean step between neighbouring pixels, each
    step capped at FAINT_STEP so bright text or an edge in the tile adds little: about 1.13
    sigma of Gaussian noise; a smooth ground, anatomy included, has almost none)."""
    rows, cols = grey.shape
    t = FAINT_TILE
    th, tw = -(-rows // t), -(-cols // t)
    step = np.minimum(np.abs(np.diff(grey.astype(np.int16), axis=1)), FAINT_STEP).astype(np.float32)
    padded = np.zeros((th * t, tw * t), np.float32)
    padded[:rows, :cols - 1] = step
    counts = np.zeros((th * t, tw * t), np.float32)
    counts[:rows, :cols - 1] = 1
    level = padded.reshape(th, t, tw, t).sum(axis=(1, 3)) / np.maximum(counts.reshape(th, t, tw, t).sum(axis=(1, 3)), 1)
    floor = np.clip(np.ceil(FAINT_K * level), FAINT_MIN, 255).astype(np.uint8)
    return np.repeat(np.repeat(floor, t, axis=0), t, axis=1)[:rows, :cols]


def faint_lines(grey: np.ndarray) -> list[FaintLine]:
    """Lines of faint text in an 8-bit grey view (see FAINT_* above); [] where there are none."""
    try:
        import cv2  # OpenCV comes with rapidocr
    except ImportError:  # pragma: no cover - rapidocr is a dependency
        return []
    grey = np.ascontiguousarray(grey, dtype=np.uint8)
    if min(grey.shape[:2]) < FAINT_GLYPH_MIN * 2:
        return []
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (FAINT_KERNEL, FAINT_KERNEL))
    floor = _stroke_floor(grey)
    smooth = _smoothed(cv2, grey) if int(floor.max()) > FAINT_MIN else None
    lines: list[FaintLine] = []
    for op in (cv2.MORPH_TOPHAT, cv2.MORPH_BLACKHAT):
        hat = _faint_hat(cv2, grey, smooth, floor, op, kernel)
        stroke = hat >= floor
        if not stroke.any():
            continue
        strong = (hat >= FAINT_MAX).astype(np.uint8)
        faint = stroke.astype(np.uint8)
        if strong.any():
            near = cv2.dilate(strong, np.ones((2 * FAINT_NEAR + 1,) * 2, np.uint8))
            faint[near > 0] = 0
        lines += _lines_of(cv2, grey if smooth is None else smooth, hat, floor, faint, stroke, op)
    return lines


def _faint_hat(cv2, grey: np.ndarray, smooth: np.ndarray | None, floor: np.ndarray, op: int,
               kernel: np.ndarray) -> np.ndarray:
    """The top-hat (or black-hat, `op`) of the view: of the smoothed view where the ground is
    noisy (`floor` above FAINT_MIN), of the view itself where it is clean (smoothing would join
    a small font's letters, a px apart, into word-long blobs)."""
    hat = cv2.morphologyEx(grey, op, kernel)
    if smooth is None:
        return hat
    return np.where(floor > FAINT_MIN, cv2.morphologyEx(smooth, op, kernel), hat)


def _lines_of(cv2, grey: np.ndarray, hat: np.ndarray, floor: np.ndarray, faint: np.ndarray, stroke: np.ndarray,
              op: int) -> list[FaintLine]:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(faint, connectivity=8)
    if count <= 1:
        return []
    w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    glyph = np.zeros(count, bool)
    glyph[1:] = (h >= FAINT_GLYPH_MIN) & (h <= FAINT_GLYPH_MAX) & (w <= FAINT_GLYPH_MAX)
    if glyph.sum() < FAINT_CHARS:
        return []
    glyphs = glyph[labels]
    # glyphs of one line join when each is widened by half their height (letter and word gaps)
    reach = max(2, int(np.median(h[glyph[1:]])) // 2)
    joined = cv2.dilate(glyphs.astype(np.uint8), np.ones((1, 2 * reach + 1), np.uint8))
    n, line_labels, line_stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out: list[FaintLine] = []
    for i in range(1, n):
        x, y, lw, lh, _ = (int(v) for v in line_stats[i])
        if lw < FAINT_LONG * lh:
            continue
        cut = (slice(y, y + lh), slice(x, x + lw))
        ids = np.unique(labels[cut][glyphs[cut] & (line_labels[cut] == i)])
        if ids.size < FAINT_CHARS:
            continue
        bottoms = stats[ids, cv2.CC_STAT_TOP] + stats[ids, cv2.CC_STAT_HEIGHT]
        noisy = np.median(floor[cut]) > FAINT_MIN
        least = FAINT_CHARS_NOISY if noisy else FAINT_CHARS
        if np.sum(np.abs(bottoms - np.median(bottoms)) <= FAINT_BASELINE) < max(least, FAINT_ALIGNED * ids.size):
            continue  # blobs, not letters standing on one baseline
        own = np.isin(labels[cut], ids)
        others = ~own
        if others.any() and stroke[cut][others].mean() > FAINT_NOISE:
            continue  # the ground around the 'glyphs' stands out too: speckle or noise
        strokes = hat[cut][own]
        if np.percentile(strokes, 75) <= np.median(floor[cut][own]):
            continue  # 'glyphs' barely over the threshold: the tail of the ground's noise
        ink, least = float(np.median(strokes)), float(np.median(floor[cut]))
        ring = Box(x, y, lw, lh).grown(FAINT_RING, *grey.shape[:2])
        around = grey[ring.top:ring.bottom, ring.left:ring.right].astype(np.float32)
        inside = np.zeros(around.shape, bool)
        inside[y - ring.top:y - ring.top + lh, x - ring.left:x - ring.left + lw] = True
        if around[~inside].size:
            rise = float(np.median(grey[cut][own])) - float(np.median(around[~inside]))
            if (rise if op == cv2.MORPH_TOPHAT else -rise) < ink / 2:
                continue  # 'strokes' at the ground's own level: the gaps between text of the other polarity
        out.append(FaintLine(Box(x, y, lw, lh), op, ink, least))
    return out


def faint_views(grey: np.ndarray, factor: int = 1, tesseract: bool = False) -> list[OcrView]:
    """The faint lines of an 8-bit grey view (`faint_lines`), each group shown as its own crop
    (`OcrView.left`, `top`) with the lines' top-hat or black-hat, less the ground's level,
    stretched to `FAINT_INK`: light text on black for PP-OCR, dark on white for Tesseract. []
    where the frame holds none."""
    lines = faint_lines(grey)
    if not lines:
        return []
    import cv2

    grey = np.ascontiguousarray(grey, dtype=np.uint8)
    rows, cols = grey.shape[:2]
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (FAINT_KERNEL, FAINT_KERNEL))
    floor = _stroke_floor(grey)
    smooth = _smoothed(cv2, grey) if int(floor.max()) > FAINT_MIN else None
    # a noisy ground's own level (about half the stroke floor there) is taken off, so it shows black
    ground = np.where(floor > FAINT_MIN, floor.astype(np.float32) / 2, 0.0)
    shown = np.zeros((rows, cols), np.float32)
    for op in {line.hat for line in lines}:
        hat = _faint_hat(cv2, grey, smooth, floor, op, kernel).astype(np.float32) - ground
        for line in (ln for ln in lines if ln.hat == op):
            area = line.box.grown(FAINT_PAD, rows, cols)
            cut = (slice(area.top, area.bottom), slice(area.left, area.right))
            level = float(np.median(ground[line.box.top:line.box.bottom, line.box.left:line.box.right]))
            stretched = hat[cut] * (FAINT_INK / max(line.ink - level, FAINT_MIN))
            shown[cut] = np.maximum(shown[cut], stretched)
    shown8 = np.clip(shown, 0, 255).astype(np.uint8)
    regions = merge_boxes([line.box.grown(FAINT_PAD, rows, cols) for line in lines], reach=FAINT_PAD)
    if len(regions) > FAINT_MAX_VIEWS:
        regions = merge_boxes(regions, reach=max(rows, cols))
    views = []
    for region in regions:
        crop = shown8[region.top:region.bottom, region.left:region.right]
        if tesseract:
            crop = 255 - crop
        views.append(OcrView("faint", _upscale(np.ascontiguousarray(crop), factor), factor,
                             left=region.left, top=region.top))
    return views
