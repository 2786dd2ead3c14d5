"""Every photometric interpretation and transfer syntax: PHI erased, the rest
unchanged, the input's encoding kept where that adds no new loss (encoding.py),
and the output valid for third-party readers (dciodvfy, dcm2pnm)."""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pydicom
import pytest
from pydicom.uid import (
    ExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
)

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom

from .helpers import (
    HEADER,
    NON_PHI_SPECS,
    PHI_SPECS,
    frame_pixels,
    glyphs_erased,
    phi_segments,
    run_cli,
    unchanged_outside,
)

CASES = {
    "mono2-12bit-native": dict(photometric="MONOCHROME2", bits_stored=12),
    "mono1-16bit-rle": dict(photometric="MONOCHROME1", bits_stored=16, transfer_syntax=RLELossless, dark_text=True),
    "ct-signed-16bit-j2k": dict(photometric="MONOCHROME2", bits_stored=16, signed=True,
                                transfer_syntax=JPEG2000Lossless),
    "rgb-native": dict(photometric="RGB", color=(255, 255, 0)),
    "ybr422-jpeg-baseline": dict(photometric="YBR_FULL_422", transfer_syntax=JPEGBaseline8Bit, color=(0, 255, 0)),
    "mono2-8bit-native": dict(photometric="MONOCHROME2", bits_stored=8),
    "mono2-12bit-jpeg-ls": dict(photometric="MONOCHROME2", bits_stored=12, transfer_syntax=JPEGLSLossless),
    "mono2-16bit-jpeg-lossless": dict(photometric="MONOCHROME2", bits_stored=16, transfer_syntax=JPEGLosslessSV1),
}

# --output-compression keep: the syntax each case is written in. JPEG Lossless SV1 has no
# pydicom encoder, so it goes to the best lossless syntax available, JPEG-LS.
EXPECTED_SYNTAX = {
    "mono1-16bit-rle": RLELossless,
    "ct-signed-16bit-j2k": JPEG2000Lossless,
    "ybr422-jpeg-baseline": JPEGBaseline8Bit,
    "mono2-12bit-jpeg-ls": JPEGLSLossless,
    "mono2-16bit-jpeg-lossless": JPEGLSLossless,
}


def dciodvfy_errors(path) -> set[str]:
    out = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True)
    lines = (out.stdout + out.stderr).splitlines()
    # UIDs and values differ between input and output; compare the messages' shapes.
    return {re.sub(r"[\d.]{6,}", "#", ln.strip()) for ln in lines if ln.startswith("Error")}


def third_party_decodes(path, tmp_path) -> bool:
    """Another toolkit decodes the output: DCMTK for what it supports (dcm2pnm: native and
    RLE; dcmj2pnm: the JPEG processes; dcmdjpls: JPEG-LS), GDCM (OpenJPEG) for JPEG 2000,
    which DCMTK does not read."""
    syntax = pydicom.dcmread(path, stop_before_pixels=True).file_meta.TransferSyntaxUID
    if syntax.name.startswith("JPEG 2000"):
        import gdcm

        reader = gdcm.ImageReader()
        reader.SetFileName(str(path))
        assert reader.Read(), "GDCM cannot read"
        image = reader.GetImage()
        buffer = image.GetBuffer().encode("utf-8", "surrogateescape")  # SWIG hands bytes back as str
        assert len(buffer) == image.GetBufferLength() > 0, "GDCM cannot decode"
        return True
    if syntax.name.startswith("JPEG-LS"):
        plain = tmp_path / "plain.dcm"
        decoded = subprocess.run(["dcmdjpls", str(path), str(plain)], capture_output=True, text=True)
        assert decoded.returncode == 0, decoded.stderr
        path = plain
    tool = "dcmj2pnm" if syntax.name.startswith("JPEG") and syntax.is_compressed else "dcm2pnm"
    pnm = tmp_path / "out.pnm"
    decoded = subprocess.run([tool, "+Wm", str(path), str(pnm)], capture_output=True, text=True)
    assert decoded.returncode == 0 and pnm.stat().st_size > 0, decoded.stderr
    return True


@pytest.mark.parametrize("name", CASES)
def test_redaction_is_valid_and_exact(tmp_path, name):
    kwargs = CASES[name]
    syn = make_dicom(PHI_SPECS + NON_PHI_SPECS, header=HEADER, **kwargs)
    src = tmp_path / f"{name}.dcm"
    syn.save(src)
    original_bytes = src.read_bytes()
    out = tmp_path / "out"
    result = run_cli("run", src, "--mode", "redact", "--use-metadata", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    assert src.read_bytes() == original_bytes, "input modified"
    dst = out / f"redacted_{name}.dcm"
    before, after = frame_pixels(src), frame_pixels(dst)
    phi = phi_segments(syn.segments)
    for seg in phi:
        assert glyphs_erased(after, seg), f"{seg.entity} legible in {name}"
    for seg in syn.segments:
        if not seg.entity:
            assert not glyphs_erased(after, seg), f"non-PHI {seg.text} erased in {name}"
    # JPEG Baseline is redacted in whole 16x8 MCUs (plus one pixel of chroma upsampling)
    grown = 18 if kwargs.get("transfer_syntax") == JPEGBaseline8Bit else 12
    assert unchanged_outside(before, after, [s.box for s in syn.segments if s.entity], grown) == 0.0

    ds_in, ds_out = pydicom.dcmread(src), pydicom.dcmread(dst)
    assert ds_out.file_meta.TransferSyntaxUID == EXPECTED_SYNTAX.get(name, ExplicitVRLittleEndian)
    for kw in ("Rows", "Columns", "BitsAllocated", "BitsStored", "PixelRepresentation", "SamplesPerPixel"):
        assert ds_out[kw].value == ds_in[kw].value, kw
    expected_pi = "RGB" if ds_in.PhotometricInterpretation.startswith("YBR") else ds_in.PhotometricInterpretation
    if ds_out.file_meta.TransferSyntaxUID == JPEGBaseline8Bit:  # coefficients kept: still YCbCr 4:2:2
        expected_pi = ds_in.PhotometricInterpretation
    assert ds_out.PhotometricInterpretation == expected_pi
    assert ds_out.PatientName == ds_in.PatientName  # the header is not this tool's business

    new_errors = dciodvfy_errors(dst) - dciodvfy_errors(src)
    assert not new_errors, new_errors
    assert third_party_decodes(dst, tmp_path)


def test_palette_color_is_redacted_in_index_space(tmp_path):
    syn = make_dicom(PHI_SPECS, header=HEADER, photometric="MONOCHROME2", bits_stored=8)
    ds = syn.dataset
    ds.PhotometricInterpretation = "PALETTE COLOR"
    ramp = np.arange(256, dtype=np.uint16) * 257
    for color in ("Red", "Green", "Blue"):
        setattr(ds, f"{color}PaletteColorLookupTableDescriptor", [256, 0, 16])
        setattr(ds, f"{color}PaletteColorLookupTableData", ramp.tobytes())
    src = tmp_path / "palette.dcm"
    syn.save(src)
    out = tmp_path / "out"
    result = run_cli("run", src, "--mode", "redact", "--use-metadata", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    dst = out / "redacted_palette.dcm"
    ds_out = pydicom.dcmread(dst)
    assert ds_out.PhotometricInterpretation == "PALETTE COLOR"
    assert "RedPaletteColorLookupTableData" in ds_out
    after = frame_pixels(dst)
    assert all(glyphs_erased(after, seg) for seg in phi_segments(syn.segments))


def test_multiframe_and_icon_sequence(tmp_path):
    specs = [TextSpec("KOWALSKI, MARTHA", 20, 16, "PERSON", 24)]
    syn = make_dicom(specs, header=HEADER, photometric="RGB", frames=3, rows=240, columns=320)
    icon = pydicom.Dataset()
    icon.Rows = icon.Columns = 8
    syn.dataset.IconImageSequence = pydicom.Sequence([icon])
    src = tmp_path / "cine.dcm"
    syn.save(src)
    out = tmp_path / "out"
    assert run_cli("run", src, "--mode", "redact", "--use-metadata", "--output-dir", out).returncode == 0
    ds_out = pydicom.dcmread(out / "redacted_cine.dcm")
    assert int(ds_out.NumberOfFrames) == 3
    assert "IconImageSequence" not in ds_out
    assert float(ds_out.FrameTime) == float(syn.dataset.FrameTime)
    for seg in syn.segments:
        assert glyphs_erased(frame_pixels(out / "redacted_cine.dcm", seg.frame), seg)


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dicom3tools not installed")
def test_tools_present():
    assert shutil.which("dcm2pnm")
