"""Overlay planes (PS3.3 C.9.2/C.9.3; issue 14) and known PHI regions from deid's recipe.

A name drawn in an Overlay Plane is on screen in every viewer: it must be read, reported
as on an overlay, and gone from what a viewer shows of every redacted copy; Burned In
Annotation `NO` only when no plane is left and this run read everything (issue 16 item 1).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image, ImageDraw

from fw_gear_presidio_image_redactor.config import KnownRegions, Mode, Overlays, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.decode.overlays import pack
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.outcome import OutputKind
from fw_gear_presidio_image_redactor.outputs.reports import BboxCoords, read_bbox_json
from fw_gear_presidio_image_redactor.recognize.known_regions import match_regions
from fw_gear_presidio_image_redactor.run.engine import Engine
from fw_gear_presidio_image_redactor.scan.sources import GivenBoxes

SHARED = Path(os.environ.get("PRESIDIO_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
FIELD = SHARED / "cases" / "field"
needs_field = pytest.mark.skipif(not (FIELD / "13_overlay_planes.py").exists(), reason="../shared absent")
ROWS = COLS = 256
NAME_AT, WORD_AT = (12, 10), (20, 140)  # (x, y) of the overlay's name and of its non-PHI word


def text_bits(shape, items) -> np.ndarray:
    img = Image.new("L", (shape[1], shape[0]), 0)
    draw = ImageDraw.Draw(img)
    for (x, y), text in items:
        draw.text((x, y), text, fill=255, font=font(22))
    return np.asarray(img) > 127


def add_plane(ds, bits: np.ndarray, group=0x6000, frames: int | None = None, frame_origin: int | None = None):
    rows, cols = bits.shape[-2:]
    ds.add_new((group << 16) | 0x0010, "US", rows)
    ds.add_new((group << 16) | 0x0011, "US", cols)
    ds.add_new((group << 16) | 0x0040, "CS", "G")
    ds.add_new((group << 16) | 0x0050, "SS", [1, 1])
    ds.add_new((group << 16) | 0x0100, "US", 1)
    ds.add_new((group << 16) | 0x0102, "US", 0)
    if frames is not None:
        ds.add_new((group << 16) | 0x0015, "IS", frames)
        ds.add_new((group << 16) | 0x0051, "US", frame_origin)
    ds.add_new((group << 16) | 0x3000, "OW", pack(bits))


def overlay_case(path: Path, frames: int = 1) -> np.ndarray:
    """An image with a date burned into its pixels and, in an overlay plane, a name (PHI)
    and 'AXIAL' (not PHI). A multi-frame case has a 2-frame overlay starting on frame 2."""
    syn = make_dicom([TextSpec("15/03/2024", 120, 200, "DATE_TIME", 20)], rows=ROWS, columns=COLS, frames=frames,
                     header={"BurnedInAnnotation": "YES"})
    bits = text_bits((ROWS, COLS), [(NAME_AT, "JOHN SMITH"), (WORD_AT, "AXIAL")])
    if frames == 1:
        add_plane(syn.dataset, bits)
    else:
        add_plane(syn.dataset, np.stack([bits, bits]), frames=2, frame_origin=2)
    syn.save(path)
    return bits


NAME_BOX = Box(NAME_AT[0], NAME_AT[1], 130, 26)
WORD_BOX = Box(WORD_AT[0], WORD_AT[1], 70, 26)


def overlay_bits(ds) -> np.ndarray | None:
    if 0x60003000 not in ds:
        return None
    arr = ds.overlay_array(0x6000)
    return arr if arr.ndim == 3 else arr[None]


def codes(ds) -> list[str]:
    return [c.CodeValue for c in ds.get("DeidentificationMethodCodeSequence", [])]


def dciodvfy_errors(path) -> set[str]:
    out = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True)
    return {line.strip() for line in (out.stdout + out.stderr).splitlines() if line.startswith("Error")}


@pytest.fixture(scope="module")
def scanners():
    from fw_gear_presidio_image_redactor.run.parts import build_scanner

    return {mode: build_scanner(RedactorConfig(mode=mode)) for mode in (Mode.REDACT, Mode.REDACT_ALL)}


def run(tmp_path, scanners, src, mode, **config):
    (tmp_path / "work").mkdir(exist_ok=True)
    out = tmp_path / f"{mode.cli}-{len(list(tmp_path.iterdir()))}"
    scanner = scanners[Mode.REDACT_ALL if mode is Mode.REDACT_ALL else Mode.REDACT]
    bbox = config.pop("bbox", None)
    config.setdefault("frequency_threshold", 100)  # frames apart: not spread by the frequency rule
    given = GivenBoxes(bbox) if bbox is not None else None
    outcome = Engine.build(RedactorConfig(mode=mode, **config), out, tmp_path / "work", scanner=scanner,
                           given=given).process(src)
    assert outcome.status == "processed", outcome.reason
    dst = next(o.path for o in outcome.outputs if o.path.suffix == ".dcm")
    return outcome, dst


@pytest.fixture(scope="module")
def detected(tmp_path_factory, scanners):
    """`detected(frames) -> (source, overlay bits, Detection outcome, review copy)`: each
    overlay case and its Detection run made once, shared by the tests that read them."""
    done = {}

    def get(frames: int):
        if frames not in done:
            root = tmp_path_factory.mktemp(f"detected{frames}")
            src = root / "ov.dcm"
            bits = overlay_case(src, frames)
            done[frames] = (src, bits, *run(root, scanners, src, Mode.DETECT))
        return done[frames]

    return get


def test_planes_read_and_frame_mapping(tmp_path):
    """Single plane on a single frame; a 2-frame plane from frame 2 of 3 is drawn on frames 2 and 3 only."""
    single, multi = tmp_path / "one.dcm", tmp_path / "three.dcm"
    bits = overlay_case(single)
    overlay_case(multi, frames=3)
    image = read_dicom(single)
    assert [p.name for p in image.overlays] == ["overlay 6000"]
    shown, stored = image.shown_frame(0), image.frame(0)
    assert (shown != stored).sum() > 0.5 * bits.sum() and np.array_equal(shown[~bits], stored[~bits])
    cine = read_dicom(multi)
    assert np.array_equal(cine.shown_frame(0), cine.frame(0))
    assert all(not np.array_equal(cine.shown_frame(i), cine.frame(i)) for i in (1, 2))


@pytest.mark.parametrize("frames", [1, 3])
def test_overlay_name_in_every_mode(tmp_path, scanners, detected, frames):
    src, bits, outcome, dst = detected(frames)
    ds_in = pydicom.dcmread(src)
    name_frames = {0} if frames == 1 else {1, 2}

    # Detection: the name is reported as on the overlay, on exactly the frames it is drawn on.
    on_overlay = [f for inst in outcome.instances for f in inst.findings if "overlay 6000" in f.recognizer]
    assert {f.frame for f in on_overlay if f.box.intersection_area(NAME_BOX) > 0} == name_frames
    assert not any(f.box.intersection_area(WORD_BOX) for f in on_overlay)  # 'AXIAL' is not PHI
    ds = pydicom.dcmread(dst)
    assert np.array_equal(overlay_bits(ds), overlay_bits(ds_in)) and ds.BurnedInAnnotation == "YES"

    # Dynamic PHI Redaction, planes kept: the name's bits cleared, AXIAL's kept, pixels outside boxes same.
    outcome, dst = run(tmp_path, scanners, src, Mode.REDACT)
    ds = pydicom.dcmread(dst)
    kept = overlay_bits(ds)
    for k in range(kept.shape[0]):
        assert not kept[k][NAME_BOX.top:NAME_BOX.bottom, NAME_BOX.left:NAME_BOX.right].any()
        assert kept[k][WORD_BOX.top:WORD_BOX.bottom, WORD_BOX.left:WORD_BOX.right].sum() == \
            bits[WORD_BOX.top:WORD_BOX.bottom, WORD_BOX.left:WORD_BOX.right].sum()
    assert codes(ds)[-2:] == ["113101", "113103"] and ds.BurnedInAnnotation == "YES"
    out = read_dicom(dst)
    for i in range(frames):
        if i not in name_frames:  # nothing of the overlay's name on this frame: its pixels untouched
            boxes = [f.box for inst in outcome.instances for f in inst.findings if f.frame == i]
            assert all(b.intersection_area(NAME_BOX) == 0 for b in boxes)
    assert np.array_equal(out.frame(0)[WORD_BOX.top:WORD_BOX.bottom, WORD_BOX.left:WORD_BOX.right],
                          read_dicom(src).frame(0)[WORD_BOX.top:WORD_BOX.bottom, WORD_BOX.left:WORD_BOX.right])

    # --overlays remove: no plane left, still not NO (Dynamic PHI Redaction keeps non-PHI text).
    _, dst = run(tmp_path, scanners, src, Mode.REDACT, overlays=Overlays.REMOVE)
    ds = pydicom.dcmread(dst)
    assert not [t for t in ds.keys() if 0x6000 <= t >> 16 <= 0x601E]
    assert codes(ds)[-1] == "113103" and ds.BurnedInAnnotation == "YES"

    # RedactAllText: planes dropped, all text read and cleaned: NO, with Clean Graphics.
    _, dst = run(tmp_path, scanners, src, Mode.REDACT_ALL)
    ds = pydicom.dcmread(dst)
    assert not [t for t in ds.keys() if 0x6000 <= t >> 16 <= 0x601E]
    assert ds.BurnedInAnnotation == "NO" and codes(ds)[-2:] == ["113101", "113103"]
    if shutil.which("dciodvfy"):
        assert dciodvfy_errors(dst) - dciodvfy_errors(src) == set()


def test_redact_all_with_bbox_coords_keeps_burned_in_annotation(tmp_path, scanners, detected):
    """Issue 16 item 1: boxes from a JSON, no OCR: the input's value stays, with a warning."""
    src, _, outcome, _ = detected(1)
    bbox_path = next(o.path for o in outcome.outputs if o.kind is OutputKind.BBOX_JSON)
    outcome, dst = run(tmp_path, scanners, src, Mode.REDACT_ALL, bbox=read_bbox_json(bbox_path))
    ds = pydicom.dcmread(dst)
    assert ds.BurnedInAnnotation == "YES"
    assert not [t for t in ds.keys() if 0x6000 <= t >> 16 <= 0x601E]
    assert any("Burned In Annotation left as in the input" in w for w in outcome.warnings)
    assert isinstance(read_bbox_json(bbox_path), BboxCoords)


def _field_case(tmp_path, name):
    env = {**os.environ, "FIELD_INPUTS": str(tmp_path / "field")}
    subprocess.run([sys.executable, str(FIELD / "13_overlay_planes.py")], check=True, env=env, cwd=FIELD,
                   capture_output=True)
    return tmp_path / "field" / name


@needs_field
@pytest.mark.parametrize("name", ["13a_overlay_plane.dcm", "13b_overlay_embedded_bit15.dcm"])
def test_field_overlay_cases(tmp_path, scanners, name):
    """Nothing of the name left in what a viewer shows; Burned In Annotation not NO while a plane is left."""
    src = _field_case(tmp_path, name)
    truth = json.loads(src.with_suffix(".truth.json").read_text())
    assert truth["phi"]
    for mode, extra in ((Mode.REDACT, {}), (Mode.REDACT, {"overlays": Overlays.REMOVE}), (Mode.REDACT_ALL, {})):
        outcome, dst = run(tmp_path, scanners, src, mode, **extra)
        names = [f for inst in outcome.instances for f in inst.findings if "overlay 6000" in f.recognizer]
        assert names, f"{mode}: the overlay's text was not read"
        ds = pydicom.dcmread(dst)
        raw = np.frombuffer(ds.PixelData, dtype="<u2")
        assert not (raw >> 12).any(), "embedded overlay bits left in Pixel Data"
        left = overlay_bits(ds)
        # the name (rows to 45) and the number after its label (a glued 'MRN4417302': the label
        # 'MRN', columns to 60, stays in RedactPHI, as labels do)
        keep_label = 60 if mode is Mode.REDACT else 0
        assert left is None or not left[0][:45, :].any(), "the overlay's name is still drawn"
        assert left is None or not left[0][45:70, keep_label:].any(), "the overlay's number is still drawn"
        assert "113103" in codes(ds)
        assert (ds.get("BurnedInAnnotation") == "NO") == (mode is Mode.REDACT_ALL)
        if shutil.which("dciodvfy"):
            assert dciodvfy_errors(dst) - dciodvfy_errors(src) == set()


def test_real_siemens_overlay_is_read():
    """pydicom-data's Siemens MR with an overlay plane: the plane is decoded and drawn."""
    from pydicom.data import get_testdata_file

    path = get_testdata_file("MR-SIEMENS-DICOM-WithOverlays.dcm")
    if path is None:
        pytest.skip("pydicom-data not installed")
    image = read_dicom(Path(path))
    assert image.overlays and image.overlays[0].bits.any()
    expected = pydicom.dcmread(path).overlay_array(0x6000).astype(bool)
    assert np.array_equal(image.overlays[0].bits[0], expected)
    assert not np.array_equal(image.shown_frame(0), image.frame(0))


# -- known PHI regions (deid recipe) ----------------------------------------------------

IU22 = {"Modality": "US", "Manufacturer": "Philips Medical Systems", "ManufacturerModelName": "iU22"}


def test_deid_rule_matched_on_header():
    """deid's 'Philips IU22' rule for 480-row images: banner 0,0,640,47; not for other sizes or vendors."""
    ds = make_dicom([], rows=480, columns=640, header=IU22).dataset
    regions = match_regions(ds, 480, 640)
    assert [(r.label.split("#")[0].strip(), r.box) for r in regions] == [("Philips IU22", Box(0, 0, 640, 47))]
    assert match_regions(make_dicom([], rows=600, columns=640, header=IU22).dataset, 600, 640)[0].box \
        == Box(0, 0, 640, 59)
    assert match_regions(make_dicom([], rows=480, columns=640, header={**IU22, "Manufacturer": "ACME"}).dataset,
                         480, 640) == []


@pytest.mark.parametrize("setting", [KnownRegions.OFF, KnownRegions.SUSPECT, KnownRegions.ALL])
def test_known_region_suspect_and_all(tmp_path, scanners, setting):
    """In the banner: an odd word the NER does not call PHI ('Qvarnstrom', a surname) and 'TIS 0.5'.
    suspect removes the surname, keeps TIS 0.5; all fills the banner; off leaves both."""
    syn = make_dicom([TextSpec("Qvarnstrom", 10, 12, "PERSON", 20), TextSpec("TIS 0.5", 420, 12, None, 20)],
                     rows=480, columns=640, header=IU22)
    src = tmp_path / "us.dcm"
    syn.save(src)
    scanner = scanners[Mode.REDACT]
    before = scanner.known_regions
    scanner.known_regions = setting
    try:
        outcome, dst = run(tmp_path, scanners, src, Mode.REDACT, known_regions=setting)
    finally:
        scanner.known_regions = before
    found = [f for inst in outcome.instances for f in inst.findings]
    in_region = [f for f in found if "known region: Philips IU22" in f.recognizer]
    pixels_in, pixels_out = read_dicom(src).frame(0), read_dicom(dst).frame(0)
    name, tis = (Box(s.box.left, s.box.top, s.box.width, s.box.height) for s in syn.segments[:2])
    changed = lambda b: not np.array_equal(pixels_in[b.top:b.bottom, b.left:b.right],  # noqa: E731
                                           pixels_out[b.top:b.bottom, b.left:b.right])
    if setting is KnownRegions.OFF:
        assert not in_region and not changed(tis)
    elif setting is KnownRegions.SUSPECT:
        assert in_region and changed(name) and not changed(tis)
    else:
        assert any(f.box == Box(0, 0, 640, 47) for f in in_region) and changed(name) and changed(tis)
        assert np.array_equal(pixels_in[60:], pixels_out[60:])  # below the banner: untouched


def test_preview_label_says_overlay_and_rule():
    from fw_gear_presidio_image_redactor.findings import Finding
    from fw_gear_presidio_image_redactor.outputs.preview import _label

    assert _label(Finding("PERSON", NAME_BOX, 1, "SpacyRecognizer (on overlay 6000)")) == "PERSON [overlay 6000]"
    assert _label(Finding("TEXT", NAME_BOX, 1, "known region: CX50")) == "TEXT [known region: CX50]"
    assert _label(Finding("PERSON", NAME_BOX, 1, "SpacyRecognizer")) == "PERSON"
