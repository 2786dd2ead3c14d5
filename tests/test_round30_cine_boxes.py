"""A cine whose banner does not change: every frame's boxes are the key frame's.

Overlay reuse compares each frame's drawn-pixel mask with the key frame's and re-reads
only the regions that changed. A cine's per-frame noise (acquisition noise, lossy
compression) moves a glyph's anti-aliased edge across the mask threshold, so unchanged
banner lines counted as changed; their re-read, cut at the padded region's edge, read a
label and its value as one word and painted the label on some frames only (half A's
Spanish ultrasound: 'DNI:' and 'F.Nac:' painted on frames 1-2, not on frame 0). A frame
counter on a banner line has the same effect through the line widening. Here: the same
text keeps the key frame's boxes on every frame, labels are never painted, and text that
really changes (a name drawn on the last frame only) is still found where it is drawn.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, UltrasoundMultiFrameImageStorage

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import _base_dataset, _encode, font
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.run.parts import build_scanner
from fw_gear_presidio_image_redactor.scan.overlay_cache import MaskModel, OverlayScanner, changed_regions

ROWS, COLUMNS, FRAMES, SIZE = 240, 480, 4, 13
# (label, value, x of the label, y of the line): label+value pairs of several languages.
# DNI 12345678Z: the check letter is 12345678 mod 23 = 14 -> "Z" (Ministerio del Interior,
# "Cálculo del dígito de control del NIF/NIE", interior.gob.es).
PAIRS = [
    ("NHC:", "1288345", 8, 8),  # es: numero de historia clinica
    ("DNI:", "12345678Z", 110, 8),  # es: Documento Nacional de Identidad, after the NHC on its line
    ("F.Nac:", "03/04/1961", 8, 26),  # es: fecha de nacimiento
    ("Geb.:", "12.05.1949", 8, 44),  # de: Geburtsdatum
    ("DDN:", "14/07/1958", 8, 62),  # fr: date de naissance
    ("Nato il:", "21/09/1972", 8, 80),  # it: data di nascita
]
COUNTER = (232, 8)  # a frame counter on the first banner line, beside the DNI ('1/4' ...)
LATE = ("Nom:", "DUPONT, Claire", 8, 110)  # fr: a name drawn on the last frame only
GAP = 6  # pixels between a label and its value


def _layout(frame: int) -> tuple[np.ndarray, dict[str, Box], dict[str, Box]]:
    """The frame's text coverage in [0, 1], and the glyph boxes of labels and values."""
    canvas = Image.new("L", (COLUMNS, ROWS), 0)
    draw = ImageDraw.Draw(canvas)
    labels, values = {}, {}
    pairs = PAIRS + ([LATE] if frame == FRAMES - 1 else [])
    for label, value, x, y in pairs:
        width = draw.textlength(label, font=font(SIZE))
        for text, left, out in ((label, x, labels), (value, x + int(width) + GAP, values)):
            single = Image.new("L", (COLUMNS, ROWS), 0)
            ImageDraw.Draw(single).text((left, y), text, fill=255, font=font(SIZE))
            ys, xs = np.nonzero(np.asarray(single) > 64)
            out[text] = Box(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
            draw.text((left, y), text, fill=255, font=font(SIZE))
    draw.text(COUNTER, f"{frame + 1}/{FRAMES}", fill=255, font=font(SIZE))
    return np.asarray(canvas, dtype=np.float32) / 255.0, labels, values


def _frame(frame: int, rng: np.random.Generator, text_of: int | None = None) -> np.ndarray:
    """Anatomy that moves (a blob drifting right under the banner's side) plus noise on every
    pixel, glyphs included, as an acquired and compressed cine has."""
    text, _, _ = _layout(frame if text_of is None else text_of)
    yy, xx = np.mgrid[0:ROWS, 0:COLUMNS]
    cy, cx = ROWS * 0.6, COLUMNS * 0.45 + 12 * frame
    blob = np.clip(1.0 - np.hypot((yy - cy) / (ROWS * 0.3), (xx - cx) / (COLUMNS * 0.25)), 0, 1) * 0.5
    grey = (blob * 255)[..., None] * np.array([1.0, 0.9, 0.8])
    rgb = grey * (1 - text[..., None]) + 235.0 * text[..., None]
    rgb = rgb + rng.normal(0, 6.0, rgb.shape[:2])[..., None]
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def _write_cine(path, kind: str = "rgb", text_of: int | None = None) -> None:
    """`kind`: rgb (uncompressed), jpeg (JPEG Baseline, lossy: its ringing around glyphs differs
    per frame as the noise does), grey (MONOCHROME2, 8 bits), grey12 (MONOCHROME2, 12 bits in 16),
    dark (MONOCHROME2, dark text on a bright field: the mask's bottom threshold)."""
    ds = _base_dataset(UltrasoundMultiFrameImageStorage, {"PatientName": "DUPONT^CLAIRE"})
    ds.Modality = "US"
    ds.Rows, ds.Columns = ROWS, COLUMNS
    ds.NumberOfFrames, ds.FrameTime, ds.FrameIncrementPointer = FRAMES, 33.3, (0x0018, 0x1063)
    rng = np.random.default_rng(30)
    frames = np.stack([_frame(f, rng, text_of) for f in range(FRAMES)])
    if kind in ("rgb", "jpeg"):
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        ds.SamplesPerPixel, ds.PlanarConfiguration = 3, 0
        _encode(ds, frames, "RGB", JPEGBaseline8Bit if kind == "jpeg" else ExplicitVRLittleEndian)
    else:
        grey = frames.max(axis=-1)
        if kind == "dark":
            grey = 255 - grey
        ds.SamplesPerPixel = 1
        if kind == "grey12":
            ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
            grey = grey.astype(np.uint16) * 16
        else:
            ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        _encode(ds, grey, "MONOCHROME2", ExplicitVRLittleEndian)
    ds.save_as(path, enforce_file_format=True)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    path = tmp_path_factory.mktemp("cine30") / "labels.dcm"
    _write_cine(path)
    scanner = build_scanner(RedactorConfig(mode=Mode.REDACT))
    found = scanner.scan(read_dicom(path))
    return found, scanner.last_stats


def _boxes(found, frame: int, region: Box) -> set[tuple]:
    return {(f.box.left, f.box.top, f.box.width, f.box.height) for f in found.findings
            if f.frame == frame and f.box.intersection_area(region) > 0}


def test_noise_at_glyph_edges_is_not_a_changed_region():
    """Frames whose text is the key frame's, with new noise and moved anatomy, have no changed
    region (before: the banner lines were re-read on every frame); the counter's change is one."""
    rng = np.random.default_rng(1)
    key = _frame(0, rng).max(axis=-1).astype(np.float32)
    model = MaskModel.from_data(key)

    def regions(now):
        return changed_regions(model.mask(key), model.mask(now), model.moved(key, now))

    for frame in range(1, FRAMES - 1):
        assert regions(_frame(frame, rng, text_of=0).max(axis=-1).astype(np.float32)) == [], frame
        found = regions(_frame(frame, rng).max(axis=-1).astype(np.float32))
        counter = Box(COUNTER[0], COUNTER[1], 40, 16)
        assert len(found) == 1 and found[0].intersection_area(counter) > 0, (frame, found)


@pytest.mark.parametrize("kind", ["rgb", "jpeg", "grey", "grey12", "dark"])
def test_a_cine_whose_text_does_not_change_is_read_once(tmp_path, kind):
    """The planner alone (no OCR): frames with the key frame's text, new noise and moved
    anatomy are the key frame's (no region re-read), in colour, lossy JPEG, grey, 12-bit grey
    and dark-on-bright; with the counter drawn, only the counter's line is re-read."""
    for text_of, want in ((0, 0), (None, 1)):
        path = tmp_path / f"{kind}-{text_of}.dcm"
        _write_cine(path, kind, text_of)
        overlay = OverlayScanner(scanner=None)
        overlay.plan([read_dicom(path)])
        assert len(overlay.keys) == 1, (kind, text_of)
        counter = Box(COUNTER[0], COUNTER[1], 40, 16)
        for plan in overlay.plans[1 : FRAMES - 1]:  # the last frame draws a name: a region of its own
            regions = [region for region, _ in plan.regions]
            assert len(regions) == want and all(r.intersection_area(counter) > 0 for r in regions), (
                kind, text_of, plan.frame, regions)


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_each_value_has_the_key_frames_box_on_every_frame(scanned, pair):
    found, _ = scanned
    _, _, values = _layout(0)
    value = values[pair[1]]
    key = _boxes(found, 0, value)
    assert key, f"{pair[0]} value not found on the key frame"
    for frame in range(1, FRAMES):
        assert _boxes(found, frame, value) == key, frame


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_no_label_is_painted_on_any_frame(scanned, pair):
    found, _ = scanned
    _, labels, _ = _layout(0)
    label = labels[pair[0]]
    for frame in range(FRAMES):
        assert not _boxes(found, frame, label), frame


def test_a_name_drawn_on_the_last_frame_only_is_found_there(scanned):
    """Guard: text that really changes is the changed region's, and is analysed."""
    found, stats = scanned
    _, _, values = _layout(FRAMES - 1)
    name = values[LATE[1]]
    assert stats["key_frames"] == 1
    hits = {f.frame for f in found.findings if f.entity_type == "PERSON" and f.box.intersection_area(name) > 0}
    assert hits == {FRAMES - 1}
    covered = [f.box for f in found.findings if f.frame == FRAMES - 1 and f.entity_type == "PERSON"]
    assert any(b.intersection_area(name) >= 0.9 * name.area for b in covered)


@pytest.mark.parametrize("bar", [0.78, 0.84])
def test_new_text_on_a_light_bar_just_under_the_threshold_is_still_a_change(tmp_path, bar):
    """Guard for the noise tolerance: white text that appears on a light grey bar (its value just
    under the mask's threshold, 85% of the range) moves its pixels by more than noise does, so
    the frame where it appears still has a changed region there."""
    rng = np.random.default_rng(7)
    frames = []
    for frame in range(3):
        canvas = Image.new("L", (COLUMNS, ROWS), 0)
        draw = ImageDraw.Draw(canvas)
        draw.text((8, 8), "ID: 1288345", fill=255, font=font(SIZE))
        text = np.asarray(canvas, dtype=np.float32) / 255.0
        late = Image.new("L", (COLUMNS, ROWS), 0)
        if frame == 2:
            ImageDraw.Draw(late).text((20, 150), "DUPONT, Claire", fill=255, font=font(SIZE))
        late = np.asarray(late, dtype=np.float32) / 255.0
        grey = np.zeros((ROWS, COLUMNS), np.float32)
        grey[140:175, 10:200] = bar * 255  # the bar
        grey = grey * (1 - text) + 255 * text
        grey = grey * (1 - late) + 255 * late
        frames.append(np.clip(np.rint(grey + rng.normal(0, 3.0, grey.shape)), 0, 255).astype(np.uint8))
    ds = _base_dataset(UltrasoundMultiFrameImageStorage, {})
    ds.Modality, ds.Rows, ds.Columns = "US", ROWS, COLUMNS
    ds.NumberOfFrames, ds.FrameTime, ds.FrameIncrementPointer = 3, 33.3, (0x0018, 0x1063)
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation, ds.SamplesPerPixel = 8, 8, 7, 0, 1
    _encode(ds, np.stack(frames), "MONOCHROME2", ExplicitVRLittleEndian)
    path = tmp_path / "bar.dcm"
    ds.save_as(path, enforce_file_format=True)
    overlay = OverlayScanner(scanner=None)
    overlay.plan([read_dicom(path)])
    assert len(overlay.keys) == 1
    assert overlay.plans[1].regions == []
    name = Box(20, 150, 100, 14)
    assert any(region.intersection_area(name) > 0 for region, _ in overlay.plans[2].regions)
