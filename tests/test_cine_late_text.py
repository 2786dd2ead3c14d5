"""A cine's text drawn below the mask's threshold, appearing part-way through, is found where drawn.

Overlay reuse reduces each frame to a mask of the range's extreme (where a scanner draws its
banner) and re-reads only where that mask changes. A name drawn later at a mid grey (70, 110,
160 on a dark field whose banner is at 235: an annotation typed mid-exam, a grey label) changes
no mask pixel, so the key frame's words were reused and the name was painted on no frame,
although the same frame stored alone as a still was painted (break-test 10, 3a). Check frames
spread over the cine, and its last, are read in full; one holding text the plan does not makes
the frame where that text appeared a key frame. Guards: a static banner cine still reads a few
frames in full only, and moving anatomy alone forces no key frame.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from pydicom.uid import ExplicitVRLittleEndian, UltrasoundMultiFrameImageStorage

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import _base_dataset, _encode, font
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.run.parts import build_scanner
from fw_gear_presidio_image_redactor.scan import overlay_cache
from fw_gear_presidio_image_redactor.scan.overlay_cache import OverlayScanner

ROWS, COLUMNS, SIZE = 256, 320, 14
BANNER = [("ABDOMEN", 200, 8), ("C5-1 12Hz", 200, 26)]  # device words, static, at 235
NAME_AT = (10, 70)


def _text(lines, fill: int) -> tuple[np.ndarray, list[Box]]:
    canvas = Image.new("L", (COLUMNS, ROWS), 0)
    draw = ImageDraw.Draw(canvas)
    boxes = []
    for text, x, y in lines:
        single = Image.new("L", (COLUMNS, ROWS), 0)
        ImageDraw.Draw(single).text((x, y), text, fill=255, font=font(SIZE))
        ys, xs = np.nonzero(np.asarray(single) > 64)
        boxes.append(Box(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)))
        draw.text((x, y), text, fill=255, font=font(SIZE))
    return np.asarray(canvas, np.float32) / 255.0 * fill, boxes


def _frame(frame: int, rng, name: str | None, fill: int, late_from: int) -> np.ndarray:
    """Noisy anatomy (a blob drifting down-right, background ~12 with noise) under a static
    banner at 235, and `name` at grey `fill` from frame `late_from` on."""
    yy, xx = np.mgrid[0:ROWS, 0:COLUMNS]
    cy, cx = ROWS * 0.55 + 3 * frame, COLUMNS * 0.5 + 6 * frame
    blob = np.clip(1.0 - np.hypot((yy - cy) / (ROWS * 0.3), (xx - cx) / (COLUMNS * 0.3)), 0, 1) * 90
    grey = 12 + blob + rng.normal(0, 4.0, (ROWS, COLUMNS))
    banner, _ = _text(BANNER, 235)
    grey = np.where(banner > 0, np.maximum(grey, banner), grey)
    if name and frame >= late_from:
        late, _ = _text([(name, *NAME_AT)], fill)
        grey = np.where(late > 0, np.maximum(grey, late), grey)
    return np.clip(np.rint(grey), 0, 255).astype(np.uint8)


def _write(path, frames: int, name: str | None = None, fill: int = 110, late_from: int = 0, rgb: bool = False,
           only: int | None = None):
    """A cine of `frames` frames; with `only`, that frame of it alone (a series member)."""
    ds = _base_dataset(UltrasoundMultiFrameImageStorage, {})
    ds.Modality, ds.Rows, ds.Columns = "US", ROWS, COLUMNS
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    rng = np.random.default_rng(32)
    grey = np.stack([_frame(f, rng, name, fill, late_from) for f in range(frames)])
    if only is not None:
        grey = grey[only : only + 1]
    ds.NumberOfFrames, ds.FrameTime, ds.FrameIncrementPointer = len(grey), 33.3, (0x0018, 0x1063)
    if rgb:
        ds.SamplesPerPixel, ds.PlanarConfiguration = 3, 0
        tint = np.array([1.0, 0.92, 0.85])  # a warm grey map, as US colour cines have
        _encode(ds, np.clip(np.rint(grey[..., None] * tint), 0, 255).astype(np.uint8), "RGB", ExplicitVRLittleEndian)
    else:
        ds.SamplesPerPixel = 1
        _encode(ds, grey, "MONOCHROME2", ExplicitVRLittleEndian)
    ds.save_as(path, enforce_file_format=True)


@pytest.fixture(scope="module")
def scanner():
    return build_scanner(RedactorConfig(mode=Mode.REDACT))


class CountingOcr:
    """The scanner's OCR engine, counting its reads."""

    def __init__(self, ocr):
        self.ocr, self.reads = ocr, 0

    def __getattr__(self, name):
        return getattr(self.ocr, name)

    def read(self, view):
        self.reads += 1
        return self.ocr.read(view)


# (name, grey level, frames, first frame drawn on, colour): grey levels far under the mask's
# threshold (85% of the range, ~200 here), names drawn from the third frame to the last. (An
# upper-case family name first beside a device word, 'DOE Jane', is a separate analyzer gap:
# no finding even on a still; these names are found on a still at each grey level.)
CASES = [
    ("Jane Doe", 70, 8, 4, False),
    ("KOWALSKI Martha", 110, 10, 3, False),
    ("Martha Kowalski", 160, 12, 7, False),
    ("KOWALSKI Martha", 110, 9, 5, True),
    ("Jane Doe", 70, 12, 2, True),
    ("KOWALSKI Martha", 160, 8, 7, False),  # on the last frame only
    ("Jane Doe", 110, 30, 13, False),  # between two check frames of a longer cine: found from 13 on
]


IDS = [f"{c[0].split()[0]}-{c[1]}-{c[2]}f-from{c[3]}-{'rgb' if c[4] else 'grey'}" for c in CASES]


@pytest.mark.parametrize(("name", "fill", "frames", "late_from", "rgb"), CASES, ids=IDS)
def test_a_mid_grey_name_appearing_late_is_found_on_every_frame_it_is_on(tmp_path, scanner, name, fill, frames,
                                                                         late_from, rgb):
    path = tmp_path / "late.dcm"
    _write(path, frames, name, fill, late_from, rgb)
    found = scanner.scan(read_dicom(path))
    _, (box,) = _text([(name, *NAME_AT)], 255)
    for frame in range(frames):
        covered = np.zeros((ROWS, COLUMNS), bool)
        for f in found.findings:
            if f.frame == frame:
                covered[f.box.top : f.box.bottom, f.box.left : f.box.right] = True
        share = covered[box.top : box.bottom, box.left : box.right].mean()
        if frame >= late_from:
            assert share >= 0.9, (frame, share)
        else:  # guard: no finding where nothing is drawn yet
            assert share == 0.0, (frame, share)
    assert scanner.last_stats["key_frames"] <= 3, scanner.last_stats


def test_a_series_member_with_a_late_mid_grey_name_is_found(tmp_path, scanner):
    """Members of a series with one geometry go through the same planner (a banner is read
    once): a name drawn at grey 110 from the sixth of eight members on is found on each."""
    images = []
    for member in range(8):
        path = tmp_path / f"m{member}.dcm"
        _write(path, 8, "Martha Kowalski", 110, 5, only=member)
        images.append(read_dicom(path))
    found = scanner.scan_many(images)
    _, (box,) = _text([("Martha Kowalski", *NAME_AT)], 255)
    for member, inst in enumerate(found):
        hit = any(f.entity_type == "PERSON" and f.box.intersection_area(box) >= 0.9 * box.area for f in inst.findings)
        assert hit == (member >= 5), member


def test_a_static_banner_cine_reads_a_few_frames_in_full(tmp_path, scanner, monkeypatch):
    """Guard: 40 frames, moving anatomy, the banner never changes: one key frame and the check
    frames (`MAX_CHECKS`, the last frame among them) are read; no check forces a key frame."""
    path = tmp_path / "static.dcm"
    _write(path, 40)
    counting = CountingOcr(scanner.ocr)
    monkeypatch.setattr(scanner, "ocr", counting)
    full = []
    original = type(scanner).read_words
    monkeypatch.setattr(type(scanner), "read_words", lambda self, image, index: full.append(index)
                        or original(self, image, index))
    scanner.scan(read_dicom(path))
    stats = scanner.last_stats
    assert stats["key_frames"] == 1 and stats["regions"] == 0, stats
    assert len(full) == len(set(full)) <= 1 + overlay_cache.MAX_CHECKS, full
    assert full[0] == 0 and 39 in full
    assert counting.reads <= 2 * len(full), counting.reads  # a view or two per full read, nothing more


def test_moving_anatomy_alone_changes_no_region(tmp_path):
    """The planner alone (no OCR): a blob drifting under a static banner, with new noise on every
    frame, is no changed region on any frame, and the check frames are few, spread, and include
    the last frame."""
    path = tmp_path / "anatomy.dcm"
    _write(path, 100)
    images = [read_dicom(path)]
    overlay = OverlayScanner(scanner=None)
    overlay.plan(images)
    assert len(overlay.keys) == 1 and all(not p.regions for p in overlay.plans)
    checks = overlay._check_indices(images)
    assert checks[-1] == 99 and len(checks) <= overlay_cache.MAX_CHECKS
    assert min(b - a for a, b in zip([0, *checks], checks, strict=False)) >= overlay_cache.CHECK_MIN_GAP


@pytest.mark.parametrize("frames", [2, 5, 8, 12])
def test_a_short_cine_is_checked_on_its_last_frame(tmp_path, frames):
    path = tmp_path / "short.dcm"
    _write(path, frames)
    images = [read_dicom(path)]
    overlay = OverlayScanner(scanner=None)
    overlay.plan(images)
    checks = overlay._check_indices(images)
    assert checks[-1] == frames - 1 and 0 not in checks
