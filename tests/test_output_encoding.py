"""Output encoding (issue 15, "keep the input's encoding"; issue 14, big-endian input).

Real codecs and real files: pydicom's test files, the `pydicom-data` package (the
120-frame SonoSite JPEG Baseline cine, big-endian and lossless files) and synthetic
images; outputs read back by pydicom and decoded by another toolkit, checked by dciodvfy.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.encaps import encapsulate, generate_frames
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
)

from fw_gear_presidio_image_redactor.config import (
    ConfigError,
    Fill,
    Mode,
    OutputCompression,
    RedactorConfig,
    from_gear_options,
)
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import make_dicom
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.outputs.dicom_writer import SeriesUids, derived_dataset, write_atomic
from fw_gear_presidio_image_redactor.outputs.encoding import FrameEdits, jpeg_geometry
from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle, fill_value, outline_frame, redact_frame
from fw_gear_presidio_image_redactor.run.engine import Engine
from fw_gear_presidio_image_redactor.scan.sources import BboxCoords, GivenBoxes

from .test_encodings import dciodvfy_errors, third_party_decodes

try:
    import data_store  # pydicom-data

    DATA = Path(data_store.__file__).parent / "data"
except ImportError:  # pragma: no cover - the test extra installs it
    DATA = None

needs_data = pytest.mark.skipif(DATA is None, reason="pydicom-data not installed")


def data(name: str) -> Path:
    return DATA / name


def _write(image, edits, path: Path, redacted=True, compression=OutputCompression.KEEP):
    ds, plan = derived_dataset(image, edits, SeriesUids(), redacted=redacted, compression=compression)
    write_atomic(ds, path)
    return plan


def _redaction(image, boxes: dict[int, list[Box]], fill=Fill.CONTRAST) -> FrameEdits:
    return FrameEdits(boxes=boxes, paint=lambda i, f: redact_frame(image, f, boxes.get(i, []), RedactionStyle(fill, 0)),
                      fill=lambda f: fill_value(image, f, fill))


def _frames(path: Path) -> list[bytes]:
    ds = pydicom.dcmread(path)
    return list(generate_frames(ds.PixelData, number_of_frames=int(ds.get("NumberOfFrames", 1) or 1)))


def _touched(shape, boxes: list[Box], geometry, fringe: bool = True) -> np.ndarray:
    """Pixels block-selective redaction may change: the MCU-grown boxes, plus one pixel on
    each side where chroma is subsampled (decoders' fancy upsampling reads neighbours)."""
    mask = np.zeros(shape[:2], dtype=bool)
    mw, mh = geometry.mcu
    fx = 1 if fringe and len(geometry.factors) > 1 and mw > 8 else 0
    fy = 1 if fringe and len(geometry.factors) > 1 and mh > 8 else 0
    for box in boxes:
        g = geometry.grown(box, shape[0], shape[1])
        mask[max(0, g.top - fy): g.bottom + fy, max(0, g.left - fx): g.right + fx] = True
    return mask


def _no_new_errors(src: Path, dst: Path) -> None:
    new = dciodvfy_errors(dst) - dciodvfy_errors(src)
    assert not new, new


# -- JPEG Baseline: block-selective --------------------------------------------------


@needs_data
def test_sonosite_cine_is_redacted_block_by_block(tmp_path):
    """The real 120-frame SonoSite JPEG Baseline (YBR_FULL_422) cine: frames without
    boxes keep their codestreams byte for byte, edited frames change only inside the
    MCU-grown boxes, the file keeps its size and transfer syntax."""
    src = data("color3d_jpeg_baseline.dcm")
    image = read_dicom(src)
    boxes = {0: [Box(37, 21, 50, 13)], 7: [Box(300, 200, 33, 20), Box(3, 455, 100, 20)], 119: [Box(600, 3, 40, 30)]}
    dst = tmp_path / "out.dcm"
    plan = _write(image, _redaction(image, boxes), dst)
    assert plan.note == ""
    ds_in, ds_out = pydicom.dcmread(src), pydicom.dcmread(dst)
    assert ds_out.file_meta.TransferSyntaxUID == JPEGBaseline8Bit
    assert ds_out.PhotometricInterpretation == "YBR_FULL_422"
    assert ds_out.LossyImageCompression == "01"
    # the cine states a ratio but no method; the method its Transfer Syntax implies is added
    assert ds_out.LossyImageCompressionMethod == ds_in.get("LossyImageCompressionMethod", "ISO_10918_1")
    assert ds_out.get("LossyImageCompressionRatio") == ds_in.get("LossyImageCompressionRatio")
    assert dst.stat().st_size <= 1.01 * src.stat().st_size

    before, after = _frames(src), _frames(dst)
    assert [i for i in range(120) if before[i] != after[i]] == sorted(boxes)
    out = read_dicom(dst)
    for i, frame_boxes in boxes.items():
        geometry = jpeg_geometry(before[i])
        assert geometry.mcu == (16, 8)  # 4:2:2
        a, b = image.frame(i).astype(int), out.frame(i).astype(int)
        outside = ~_touched(a.shape, frame_boxes, geometry)
        assert np.array_equal(a[outside], b[outside]), f"frame {i}: pixels outside the grown boxes changed"
        fill = np.asarray(fill_value(image, image.frame(i), Fill.CONTRAST), dtype=int)
        for box in frame_boxes:
            inner = b[box.top: box.bottom, box.left: box.right].reshape(-1, 3)
            assert np.abs(inner - fill).max() <= 6, "the box is not one flat fill: content survives"
    _no_new_errors(src, dst)
    assert third_party_decodes(dst, tmp_path)


def _jpeg_dicom(path: Path, arr: np.ndarray, photometric: str, **save) -> None:
    syn = make_dicom([], rows=arr.shape[0], columns=arr.shape[1], bits_stored=8,
                     photometric="RGB" if arr.ndim == 3 else "MONOCHROME2")
    ds = syn.dataset
    buf = io.BytesIO()
    Image.fromarray(arr, "RGB" if arr.ndim == 3 else "L").save(buf, format="JPEG", quality=90, **save)
    ds.PixelData = encapsulate([buf.getvalue()])
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    ds.PhotometricInterpretation = photometric
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    ds.LossyImageCompression = "01"
    ds.save_as(path, enforce_file_format=True)


def _scene(rows=96, columns=128, color=True) -> np.ndarray:
    rng = np.random.default_rng(1)
    y, x = np.mgrid[0:rows, 0:columns]
    base = (x * 255 // columns).astype(np.uint8)
    if not color:
        out = base.copy()
        out[30:42, 20:90] = 255 - out[30:42, 20:90] // 4
        return out
    rgb = np.stack([base, (y * 255 // rows).astype(np.uint8), rng.integers(0, 255, (rows, columns), np.uint8)], -1)
    rgb[30:42, 20:90] = (250, 240, 20)  # a yellow "name" banner
    return rgb


@pytest.mark.parametrize("kind", ["mono", "ybr444", "ybr420", "rgb-pydicom"])
def test_jpeg_block_fill_per_colour_model(tmp_path, kind):
    """Greyscale, 4:4:4 and 4:2:0 YCbCr and pydicom's RGB-labelled JPEG: the fill has the
    fill's colour (the component-space conversion is right) and only touched MCUs change."""
    src = tmp_path / f"{kind}.dcm"
    if kind == "rgb-pydicom":
        src = Path(pydicom.data.get_testdata_file("SC_rgb_jpeg.dcm"))
    elif kind == "mono":
        _jpeg_dicom(src, _scene(color=False), "MONOCHROME2")
    else:
        _jpeg_dicom(src, _scene(), "YBR_FULL" if kind == "ybr444" else "YBR_FULL_422",
                    subsampling=0 if kind == "ybr444" else 2)
    image = read_dicom(src)
    box = Box(21, 31, 60, 9)
    dst = tmp_path / "out.dcm"
    plan = _write(image, _redaction(image, {0: [box]}), dst)
    assert plan.transfer_syntax == JPEGBaseline8Bit
    geometry = jpeg_geometry(_frames(src)[0])
    a, b = image.frame(0).astype(int), read_dicom(dst).frame(0).astype(int)
    outside = ~_touched(a.shape, [box], geometry)
    assert np.array_equal(a[outside], b[outside])
    fill = np.asarray(fill_value(image, image.frame(0), Fill.CONTRAST), dtype=int)
    g = geometry.grown(box, *a.shape[:2])
    assert box.left >= g.left and box.right <= g.right and box.top >= g.top and box.bottom <= g.bottom
    inner = b[box.top: box.bottom, box.left: box.right]
    assert np.abs(inner - fill).max() <= 8, (inner.min(), inner.max(), fill)
    assert third_party_decodes(dst, tmp_path)


@needs_data
def test_jpeg_review_copy_keeps_unedited_frames_and_marks_new_loss(tmp_path):
    """Review copies follow the same rules: outlines touch only the blocks they cross; the
    new quantization there is recorded (Lossy Image Compression Method and Ratio)."""
    src = data("color3d_jpeg_baseline.dcm")
    image = read_dicom(src)
    boxes = {3: [Box(100, 100, 60, 16)]}
    grown = {3: [boxes[3][0].grown(2, image.rows, image.columns)]}
    edits = FrameEdits(boxes=grown, paint=lambda i, f: outline_frame(image, f, boxes.get(i, []), 0))
    dst = tmp_path / "bbox.dcm"
    _write(image, edits, dst, redacted=False)
    before, after = _frames(src), _frames(dst)
    assert [i for i in range(120) if before[i] != after[i]] == [3]
    a, b = image.frame(3).astype(int), read_dicom(dst).frame(3).astype(int)
    outside = ~_touched(a.shape, grown[3], jpeg_geometry(before[3]))
    assert np.array_equal(a[outside], b[outside])
    drawn = outline_frame(image, image.frame(3), boxes[3], 0).astype(int)
    ring = np.abs(drawn - a).max(axis=-1) > 0
    assert np.abs(b - drawn).max(axis=-1)[ring].mean() < 40, "the outline is not visible"
    ds = pydicom.dcmread(dst)
    assert list(ds.LossyImageCompressionMethod) == ["ISO_10918_1", "ISO_10918_1"]
    assert len(ds.LossyImageCompressionRatio) == 2


# -- lossless inputs ------------------------------------------------------------------

LOSSLESS_CASES = {
    "rle": ("emri_small_RLE.dcm", RLELossless),
    "jpeg-ls": ("emri_small_jpeg_ls_lossless.dcm", JPEGLSLossless),
    "j2k": ("emri_small_jpeg_2k_lossless.dcm", JPEG2000Lossless),
    "j2k-ybr-rct-us": ("US1_J2KR.dcm", JPEG2000Lossless),
    "jpeg-lossless-sv1": ("JPGLosslessP14SV1_1s_1f_8b.dcm", JPEGLSLossless),  # no pydicom encoder: JPEG-LS
    # lossy inputs other than JPEG Baseline: the same family's lossless syntax, still marked lossy
    "jpeg-ls-near-lossless": ("pydicom:JPEGLSNearLossless_16.dcm", JPEGLSLossless),
    "j2k-lossy": ("pydicom:JPEG2000.dcm", JPEG2000Lossless),
}


@needs_data
@pytest.mark.parametrize("name", LOSSLESS_CASES)
def test_lossless_inputs_are_reencoded_losslessly(tmp_path, name):
    file, expected = LOSSLESS_CASES[name]
    src = Path(pydicom.data.get_testdata_file(file[8:])) if file.startswith("pydicom:") else data(file)
    image = read_dicom(src)
    syntax_in = image.dataset.file_meta.TransferSyntaxUID
    boxes = {0: [Box(5, 5, 20, 10)]}
    edits = _redaction(image, boxes)
    dst = tmp_path / "out.dcm"
    plan = _write(image, edits, dst)
    ds_out = pydicom.dcmread(dst)
    assert ds_out.file_meta.TransferSyntaxUID == expected
    same_syntax = expected == syntax_in
    assert (plan.note == "") == same_syntax
    if not same_syntax:
        assert expected.name in plan.note
    out = read_dicom(dst)
    for i in range(image.number_of_frames):  # lossless: exactly the edited pixels
        want = edits.paint(i, image.frame(i)) if i in boxes else image.frame(i)
        assert np.array_equal(out.frame(i), want), f"frame {i}"
    if image.number_of_frames > 1 and same_syntax:
        assert _frames(src)[1:] == _frames(dst)[1:], "unedited frames must keep their codestreams"
    if "near" in name or "lossy" in name:
        assert ds_out.LossyImageCompression == "01"
    else:
        assert dst.stat().st_size <= 1.5 * src.stat().st_size
    _no_new_errors(src, dst)
    assert third_party_decodes(dst, tmp_path)


@pytest.mark.parametrize("choice", [OutputCompression.NONE, OutputCompression.RLE, OutputCompression.JPEG_LS,
                                    OutputCompression.JPEG2000])
@pytest.mark.parametrize("photometric", ["MONOCHROME2", "RGB"])
def test_output_compression_choice(tmp_path, choice, photometric):
    syn = make_dicom([], rows=48, columns=64, bits_stored=12, photometric=photometric, frames=2)
    src = tmp_path / "in.dcm"
    syn.save(src)
    image = read_dicom(src)
    boxes = {1: [Box(4, 4, 20, 8)]}
    edits = _redaction(image, boxes)
    dst = tmp_path / "out.dcm"
    _write(image, edits, dst, compression=choice)
    want = {OutputCompression.NONE: ExplicitVRLittleEndian, OutputCompression.RLE: RLELossless,
            OutputCompression.JPEG_LS: JPEGLSLossless, OutputCompression.JPEG2000: JPEG2000Lossless}[choice]
    assert pydicom.dcmread(dst).file_meta.TransferSyntaxUID == want
    out = read_dicom(dst)
    assert np.array_equal(out.frame(0), image.frame(0))
    assert np.array_equal(out.frame(1), edits.paint(1, image.frame(1)))
    _no_new_errors(src, dst)
    assert third_party_decodes(dst, tmp_path)


def test_gear_key_matches_the_enum_and_a_bad_value_names_it(tmp_path):
    import json

    from .helpers import REPO, make_gear_dir, run_gear

    config = json.loads((REPO / "manifest.json").read_text())["config"]["Output Compression"]
    assert config["enum"] == [c.value for c in OutputCompression] and config["default"] == "keep"
    src = tmp_path / "in.dcm"
    make_dicom([], rows=32, columns=32, bits_stored=8).save(src)
    gear = make_gear_dir(tmp_path / "gear", src, {"Baseline Operating Mode": "Dynamic PHI Redaction",
                                                  "Output Compression": "zip"})
    result = run_gear(gear)
    assert result.returncode == 1
    assert "Output Compression" in result.stderr + result.stdout
    assert not list((gear / "output").glob("*.dcm"))


def test_output_compression_setting_errors_name_the_key():
    with pytest.raises(ConfigError, match="Output Compression"):
        from_gear_options({"Output Compression": "zip"})
    assert from_gear_options({"Output Compression": "jpeg-ls"}).output_compression is OutputCompression.JPEG_LS
    assert RedactorConfig().output_compression is OutputCompression.KEEP
    from fw_gear_presidio_image_redactor.cli import build_parser

    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["run", "x.dcm", "--mode", "redact", "--output-dir", "o",
                                   "--output-compression", "zip"])
    assert exc.value.code == 2


def test_engine_grows_redaction_boxes_to_mcus_only_where_jpeg_is_kept(tmp_path):
    """Preview, verification and output paint the same pixels: with JPEG kept, every
    painted view grows boxes to whole MCUs; otherwise boxes stay as found."""
    from fw_gear_presidio_image_redactor.inputs.units import unit_for

    src = tmp_path / "us.dcm"
    make_dicom([], rows=64, columns=96, photometric="YBR_FULL_422", transfer_syntax=JPEGBaseline8Bit).save(src)
    grids = {}
    for mode, choice in ((Mode.REDACT, OutputCompression.KEEP), (Mode.REDACT, OutputCompression.NONE),
                         (Mode.DETECT, OutputCompression.KEEP)):
        engine = Engine.build(RedactorConfig(mode=mode, output_compression=choice), tmp_path, tmp_path,
                              given=GivenBoxes(BboxCoords(())))  # no scan needed to load
        images, _, _ = engine._load(unit_for(src, tmp_path, engine.config.limits))
        grids[mode, choice] = images[0].block_grid
    assert grids == {(Mode.REDACT, OutputCompression.KEEP): (16, 8), (Mode.REDACT, OutputCompression.NONE): None,
                     (Mode.DETECT, OutputCompression.KEEP): None}
    image = read_dicom(src)
    image.block_grid = (16, 8)
    painted = redact_frame(image, image.frame(0), [Box(20, 10, 5, 5)], RedactionStyle(Fill.CONTRAST, 3))
    changed = np.argwhere(np.any(painted != image.frame(0), axis=-1))
    assert changed.min(axis=0).tolist() == [0, 16] and changed.max(axis=0).tolist() == [23, 31]


# -- nothing found: Pixel Data byte for byte ------------------------------------------


@pytest.fixture(scope="module")
def scanner():
    from fw_gear_presidio_image_redactor.run.parts import build_scanner

    return build_scanner(RedactorConfig(mode=Mode.REDACT))


BLANK_SYNTAXES = {
    "explicit": ExplicitVRLittleEndian, "implicit": ImplicitVRLittleEndian, "deflated": DeflatedExplicitVRLittleEndian,
    "rle": RLELossless, "j2k": JPEG2000Lossless, "jpeg-ls": JPEGLSLossless, "jpeg-lossless": JPEGLosslessSV1,
    "jpeg-baseline": JPEGBaseline8Bit,
}


@pytest.mark.parametrize("name", BLANK_SYNTAXES)
def test_nothing_found_keeps_pixel_data_byte_for_byte(tmp_path, scanner, name):
    """Dynamic PHI Redaction and Detection Only (the review copy) on an image without text:
    the Pixel Data element is the input's; only UIDs and de-identification attributes differ."""
    syntax = BLANK_SYNTAXES[name]
    src = tmp_path / f"{name}.dcm"
    if syntax == JPEGBaseline8Bit:
        syn = make_dicom([], rows=64, columns=96, photometric="YBR_FULL_422", transfer_syntax=syntax)
        syn.save(src)
    else:
        encode_as = syntax if syntax not in (ImplicitVRLittleEndian, DeflatedExplicitVRLittleEndian) \
            else ExplicitVRLittleEndian
        syn = make_dicom([], rows=64, columns=96, bits_stored=12, transfer_syntax=encode_as)
        if encode_as != syntax:
            syn.dataset.file_meta.TransferSyntaxUID = syntax
        syn.save(src)
    ds_in = pydicom.dcmread(src)
    (tmp_path / "work").mkdir()
    for mode, prefix in ((Mode.REDACT, "redacted_"), (Mode.DETECT, "bbox_")):
        out = tmp_path / mode.cli
        outcome = Engine.build(RedactorConfig(mode=mode), out, tmp_path / "work", scanner=scanner).process(src)
        assert outcome.status == "processed" and not outcome.phi_found, outcome.reason
        dst = next(o.path for o in outcome.outputs if o.name.startswith(prefix) and o.name.endswith(".dcm"))
        ds_out = pydicom.dcmread(dst)
        assert ds_out.PixelData == ds_in.PixelData
        expected = ExplicitVRLittleEndian if syntax == ImplicitVRLittleEndian else syntax
        assert ds_out.file_meta.TransferSyntaxUID == expected
        assert ds_out.SOPInstanceUID != ds_in.SOPInstanceUID
        if mode is Mode.REDACT:
            assert "presidio-image-redactor" in str(ds_out.DeidentificationMethod)


# -- big-endian input (issue 14) ----------------------------------------------------


@needs_data
@pytest.mark.parametrize("mode", [Mode.DETECT, Mode.REDACT, Mode.REDACT_ALL])
def test_big_endian_input_in_every_mode(tmp_path, scanner, mode):
    """A 16-bit Explicit VR Big Endian cine is written as Explicit VR Little Endian with the
    same pixel values, in every mode that writes a DICOM (Detection+ReaderTasks writes the
    same review copy as Detection Only; Apply ReaderTask Annotations the same redacted copy)."""
    src = data("emri_small_big_endian.dcm")
    reference = read_dicom(data("emri_small.dcm"))  # the same pixels, little endian
    engine_scanner = scanner if mode is not Mode.REDACT_ALL else None
    (tmp_path / "work").mkdir()
    outcome = Engine.build(RedactorConfig(mode=mode), tmp_path, tmp_path / "work",
                           scanner=engine_scanner).process(src)
    assert outcome.status == "processed", outcome.reason
    dst = next(o.path for o in outcome.outputs if o.name.endswith(".dcm"))
    ds = pydicom.dcmread(dst)
    assert ds.file_meta.TransferSyntaxUID == ExplicitVRLittleEndian
    assert any("Big Endian" in w for w in outcome.warnings)
    out = read_dicom(dst)
    boxes = {f.frame for inst in outcome.instances for f in inst.findings}
    for i in range(reference.number_of_frames):
        if i not in boxes:
            assert np.array_equal(out.frame(i), reference.frame(i)), f"frame {i}"
    _no_new_errors(src, dst)
    assert third_party_decodes(dst, tmp_path)


@needs_data
@pytest.mark.parametrize("pair", [("OBXXXX1A_expb.dcm", "OBXXXX1A.dcm"),
                                  ("gdcm-US-ALOKA-16_big.dcm", "gdcm-US-ALOKA-16.dcm")])
def test_big_endian_palette_keeps_values_and_colours(tmp_path, pair):
    """Redacted big-endian palette images: outside the box the stored values are those of the
    little-endian original, and the palette (OW data, byte-swapped) gives the same colours."""
    big, little = (read_dicom(data(name)) for name in pair)
    box = Box(10, 10, 40, 12)
    dst = tmp_path / "out.dcm"
    plan = _write(big, _redaction(big, {0: [box]}), dst)
    assert plan.transfer_syntax == ExplicitVRLittleEndian
    out = read_dicom(dst)
    a, b = little.frame(0), out.frame(0)
    mask = np.ones(a.shape, bool)
    mask[box.top: box.bottom, box.left: box.right] = False
    assert np.array_equal(a[mask], b[mask])
    assert np.array_equal(little.display_rgb(a)[mask], out.display_rgb(b)[mask])
    _no_new_errors(data(pair[0]), dst)


def test_dciodvfy_error_shapes_helper_sees_errors(tmp_path):
    """The validity checks above compare error sets; make sure the helper sees errors at all."""
    syn = make_dicom([], rows=16, columns=16, bits_stored=8)
    del syn.dataset.SOPClassUID
    bad = tmp_path / "bad.dcm"
    syn.dataset.save_as(bad, enforce_file_format=False)
    out = subprocess.run(["dciodvfy", str(bad)], capture_output=True, text=True)
    assert any(re.match("Error", ln) for ln in (out.stdout + out.stderr).splitlines())
