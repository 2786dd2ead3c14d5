"""Hostile and broken inputs: each gets one clear line, the others of the run go on,
and the exit code and summary say what happened. Real files, real CLI runs (in this
process, see helpers.run_cli; the disk-full test starts a process to limit its file size).

The CLI runs are batched (many bad inputs, one process) so the module stays quick;
each case is still its own parametrized test over that run's summary.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import stat
import subprocess
import warnings
import zipfile
from pathlib import Path

import pydicom
import pytest

from fw_gear_presidio_image_redactor.config import Limits
from fw_gear_presidio_image_redactor.decode.dicom import DicomInputError, NoPixelDataError, read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.findings import Box, Finding, InstanceFindings
from fw_gear_presidio_image_redactor.inputs.units import ArchiveError, open_zip
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name
from fw_gear_presidio_image_redactor.outputs.reports import BboxCoordsError, bbox_json, read_bbox_json
from fw_gear_presidio_image_redactor.run.ledger import LEDGER_NAME, Ledger

from .helpers import (
    SHARED_DATA,
    frame_pixels,
    glyphs_erased,
    make_gear_dir,
    run_cli,
    run_cli_process,
    run_gear,
    write_case,
)

TEXT = [TextSpec("HELLO WORLD 42", 10, 10, None, 24)]


def _small(path: Path, **kwargs):
    kwargs.setdefault("rows", 96)
    kwargs.setdefault("columns", 256)
    return write_case(path, TEXT, **kwargs)


def _mutate(src: Path, dst: Path, **attrs) -> Path:
    ds = pydicom.dcmread(src)
    for key, value in attrs.items():
        if value is None:
            delattr(ds, key)
        else:
            setattr(ds, key, value)
    ds.save_as(dst, enforce_file_format=True)
    return dst


def _garbage_jpeg(dst: Path) -> Path:
    """pydicom's JPEG Baseline test file with its one frame replaced by garbage of the same
    length: a well-formed header over a frame no decoder can read."""
    from pydicom.data import get_testdata_file
    from pydicom.encaps import encapsulate, generate_frames

    ds = pydicom.dcmread(get_testdata_file("SC_rgb_jpeg_dcmtk.dcm"))
    (frame,) = generate_frames(ds.PixelData, number_of_frames=1)
    ds.PixelData = encapsulate([bytes((i * 37) % 251 for i in range(len(frame)))])
    dst.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(dst)
    return dst


def _zip(path: Path, members, compression=zipfile.ZIP_STORED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def _summary(stdout: str) -> dict[str, tuple[str, str]]:
    """{input name: (status, the row's text)} from the end-of-run table; each input exactly once."""
    rows: dict[str, tuple[str, str]] = {}
    for line in stdout.splitlines():
        parts = line.split(None, 2)  # "  status  name  PHI found / reason" (test names have no spaces)
        if len(parts) == 3 and parts[0] in ("processed", "skipped", "failed") and line.startswith("  "):
            name = parts[1]
            assert name not in rows, f"{name} reported twice"
            rows[name] = (parts[0], f"{name}: {parts[2]}")
    return rows


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# -- broken DICOM files, one CLI run ------------------------------------------

BROKEN = {  # input name -> (status, words the reason must hold)
    "good.dcm": ("processed", ""),
    "notes.dcm": ("skipped", "not a DICOM file"),  # named, but plainly not DICOM: skipped, as --help says
    "picture.dcm": ("skipped", "not a DICOM file"),
    "cut_in_header.dcm": ("failed", "truncated DICOM"),
    "cut_in_pixels.dcm": ("failed", "truncated DICOM"),
    "short_pixels.dcm": ("failed", "shorter than the"),
    "no_pixels.dcm": ("skipped", "no pixel data"),
    "bits_stored.dcm": ("failed", "BitsStored 20 is inconsistent with BitsAllocated 16"),
    "high_bit.dcm": ("failed", "HighBit 15 is inconsistent with BitsStored 12"),
    "ybr_partial.dcm": ("failed", "photometric interpretation YBR_PARTIAL_420 is not supported"),
    "samples.dcm": ("failed", "SamplesPerPixel 3 is inconsistent with MONOCHROME2"),
    "bits_allocated.dcm": ("failed", "BitsAllocated 32 is not supported"),
    "zero_rows.dcm": ("failed", "Rows (0028,0010) is 0; it must be a positive integer"),
    "zero_frames.dcm": ("failed", "NumberOfFrames (0028,0008) is 0; it must be a positive integer"),
    "garbage_jpeg.dcm": ("failed", "cannot decode frame 0 (JPEG Baseline (Process 1)): every decoder failed ("),
    "no_rows.dcm": ("failed", "Rows (0028,0010) is missing or empty; the Image Pixel module"),
    "giant.dcm": ("failed", "over the limit of 67108864 "
                            "(raise it with --max-pixels-per-frame, in the gear Max Pixels Per Frame)"),
    "big_series.zip": ("processed", ""),
}


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("broken")
    src = d / "in"
    good = _small(src / "good.dcm", header={"PatientName": "ROBUST^TEST"}).path
    raw = good.read_bytes()
    (src / "notes.dcm").write_text("Patient notes, not an image\n" * 20)
    from PIL import Image

    Image.new("L", (40, 40), 128).save(src / "picture.png")
    (src / "picture.png").rename(src / "picture.dcm")
    cut = raw.index(b"ROBUST") + 3  # inside the Patient Name value
    (src / "cut_in_header.dcm").write_bytes(raw[:cut])
    (src / "cut_in_pixels.dcm").write_bytes(raw[:-500])
    ds = pydicom.dcmread(good)
    ds.PixelData = ds.PixelData[:1000]
    ds.save_as(src / "short_pixels.dcm", enforce_file_format=True)
    _mutate(good, src / "no_pixels.dcm", PixelData=None)
    _mutate(good, src / "bits_stored.dcm", BitsStored=20)
    _mutate(good, src / "high_bit.dcm", HighBit=15)
    _mutate(good, src / "ybr_partial.dcm", PhotometricInterpretation="YBR_PARTIAL_420")
    _mutate(good, src / "samples.dcm", SamplesPerPixel=3)
    _mutate(good, src / "bits_allocated.dcm", BitsAllocated=32)
    _mutate(good, src / "zero_rows.dcm", Rows=0)
    _mutate(good, src / "zero_frames.dcm", NumberOfFrames=0)  # a single-frame file that says 0 frames
    _garbage_jpeg(src / "garbage_jpeg.dcm")
    _mutate(good, src / "no_rows.dcm", Rows=None)
    _mutate(good, src / "giant.dcm", Rows=9000, Columns=9000)
    member = _small(d / "members" / "slice.dcm", rows=256, columns=256).path
    _zip(src / "big_series.zip", [("series/slice.dcm", member.read_bytes())])
    inputs = [src / name for name in BROKEN]
    out = d / "out"
    result = run_cli("run", *inputs, "--mode", "redact-all", "--output-dir", out)
    return result, out


def test_broken_inputs_fail_run_exits_1_and_good_inputs_are_still_processed(broken_run):
    result, out = broken_run
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    summary = _summary(result.stdout)
    assert set(summary) == set(BROKEN)
    failed = sum(1 for s, _ in BROKEN.values() if s == "failed")
    skipped = sum(1 for s, _ in BROKEN.values() if s == "skipped")
    assert f"Summary: 2 processed, {skipped} skipped, {failed} failed" in result.stdout
    assert (out / "redacted_good.dcm").exists() and (out / "redacted_big_series.dicom.zip").exists()
    # only the processed inputs have outputs; nothing half-written is left (the resume ledger aside)
    assert not [n for n in _files(out) if n.endswith(".part") or (n.startswith(".") and n != LEDGER_NAME)]
    assert sorted(Ledger.load(out, "").entries) == ["big_series", "good"]  # only the finished inputs
    produced = {n for n in _files(out)}
    for name, (status, _) in BROKEN.items():
        stem = name.rsplit(".", 1)[0]
        has_outputs = csv_name(stem) in produced
        assert has_outputs == (status == "processed"), name


@pytest.mark.parametrize("name", [n for n, (s, _) in BROKEN.items() if s != "processed"])
def test_each_bad_input_gets_one_clear_line(broken_run, name):
    result, _ = broken_run
    status, reason = _summary(result.stdout)[name]
    expected_status, words = BROKEN[name]
    assert status == expected_status
    assert words in reason
    # a codec failure names each decoder's reason (up to 160 characters each), hence the longer bound
    assert "\n" not in reason and len(reason) < (400 if "every decoder failed" in reason else 300)


def test_an_undecodable_frame_is_one_line_naming_the_frame_and_each_decoders_reason(broken_run):
    """docs/robustness.md: one line saying what is wrong; pydicom logs every failing decoder's
    traceback at ERROR, and its error puts each decoder's reason on a line of its own."""
    result, _ = broken_run
    _, reason = _summary(result.stdout)["garbage_jpeg.dcm"]
    every = reason.split("every decoder failed (", 1)[1]
    assert every.endswith(")")
    decoders = [part.split(":", 1) for part in every[:-1].split("; ")]
    assert decoders and all(len(d) == 2 and d[0].strip() and d[1].strip() for d in decoders), reason
    assert " at 0x" not in reason  # no object reprs ("<_io.BytesIO object at 0x7f...>")
    # pydicom's own log lines (a traceback per decoder) are --debug only: each decoder's
    # reason reaches stderr once, in the input's failure line
    name = decoders[0][0].strip()
    assert sum(f"{name}:" in line for line in result.stderr.splitlines()) == 1, result.stderr


def test_pydicom_log_lines_only_with_debug():
    import logging

    from fw_gear_presidio_image_redactor.run.options import configure_logging

    try:
        configure_logging(False)
        assert not logging.getLogger("pydicom").isEnabledFor(logging.CRITICAL)
        configure_logging(True)
        assert logging.getLogger("pydicom").isEnabledFor(logging.ERROR)
    finally:
        configure_logging(False)


@pytest.mark.parametrize("attrs, message", [
    ({"NumberOfFrames": 0}, "NumberOfFrames (0028,0008) is 0; it must be a positive integer"),
    ({"NumberOfFrames": -2}, "NumberOfFrames (0028,0008) is -2; it must be a positive integer"),
    ({"NumberOfFrames": "abc"}, "NumberOfFrames (0028,0008) is 'abc'; it must be a positive integer"),
    ({"NumberOfFrames": "2.5"}, "NumberOfFrames (0028,0008) is '2.5'; it must be a positive integer"),
    ({"Rows": 0}, "Rows (0028,0010) is 0; it must be a positive integer"),
    ({"Columns": 0}, "Columns (0028,0011) is 0; it must be a positive integer"),
    ({"BitsStored": [8, 8]}, "BitsStored (0028,0101) is "),
], ids=["frames-0", "frames-negative", "frames-text", "frames-fraction", "rows-0", "columns-0", "bits-stored-pair"])
def test_rows_columns_frames_that_are_not_positive_integers_fail_naming_the_attribute(tmp_path, attrs, message):
    """docs/robustness.md: Rows/Columns/frames <= 0 fail before any pixel is decoded; the one
    line names the attribute (not 'invalid literal for int()'). A value pydicom cannot parse
    is written raw, as a broken file would hold it."""
    from pydicom.datadict import dictionary_VR, tag_for_keyword
    from pydicom.dataelem import RawDataElement

    ds = pydicom.dcmread(_small(tmp_path / "g.dcm").path)
    for keyword, value in attrs.items():
        tag = tag_for_keyword(keyword)
        if isinstance(value, str):  # an IS string pydicom would refuse to set
            raw = value.encode() + (b" " if len(value) % 2 else b"")
            ds[tag] = RawDataElement(pydicom.tag.Tag(tag), dictionary_VR(tag), len(raw), raw, 0, False, True)
        else:
            setattr(ds, keyword, value)
    ds.save_as(tmp_path / "bad.dcm", enforce_file_format=True)
    with pytest.raises(DicomInputError) as err, warnings.catch_warnings():
        warnings.simplefilter("error")  # pydicom's warning about the value (with the value) stays out of stderr
        read_dicom(tmp_path / "bad.dcm")
    assert str(err.value).startswith(f"bad.dcm: {message}")
    assert "\n" not in str(err.value) and "int()" not in str(err.value)


@pytest.mark.parametrize("keep_partial", [False, True], ids=["default", "keep-partial"])
def test_a_series_with_a_truncated_member_is_one_failed_outcome(tmp_path, keep_partial):
    """README/docs/robustness.md: a failed input keeps no outputs, so a pipeline collecting
    redacted_* never ships an incomplete series; --keep-partial keeps the good members, as
    partial_S.dicom.zip (never redacted_), with the missing member named in the report."""
    good = _small(tmp_path / "m" / "good.dcm", header={"PatientName": "ROBUST^TEST"}).path
    raw = good.read_bytes()
    series = _zip(tmp_path / "in" / "S.zip", [("IM0001", raw), ("IM0002", raw[:-500])])
    out = tmp_path / "out"
    result = run_cli("run", series, "--mode", "redact-all", "--output-dir", out,
                     *(["--keep-partial"] if keep_partial else []))
    assert result.returncode == 1, result.stderr
    status, text = _summary(result.stdout)["S.zip"]
    assert status == "failed" and "IM0002: truncated DICOM" in text
    assert not (out / "redacted_S.dicom.zip").exists()
    if not keep_partial:
        assert "no outputs kept" in text and "--keep-partial" in text
        assert [f for f in _files(out) if not f.startswith(".")] == []
        return
    assert "partial_S.dicom.zip" in text
    with zipfile.ZipFile(out / "partial_S.dicom.zip") as zf:
        assert zf.namelist() == ["IM0001"]
    assert {"partial_S.dicom.zip", "report_S.html", "preview_S.png", csv_name("S"), bbox_json_name("S"),
            "index.html"} <= set(_files(out))
    report = (out / "report_S.html").read_text()
    assert "missing from partial_S.dicom.zip" in report and "IM0002" in report


def test_inconsistent_pixel_description_is_refused_before_any_decode(tmp_path):
    """In-process, so the refusal is seen to come from the reader, not a later crash."""
    good = _small(tmp_path / "g.dcm").path
    for attrs, needle in [({"BitsStored": 17}, "BitsStored"), ({"PixelRepresentation": 2}, "PixelRepresentation"),
                          ({"PhotometricInterpretation": "CMYK"}, "not supported"),
                          ({"NumberOfFrames": 4}, "shorter than")]:
        bad = _mutate(good, tmp_path / "bad.dcm", **attrs)
        with pytest.raises(DicomInputError, match=needle):
            read_dicom(bad)
    with pytest.raises(NoPixelDataError):
        read_dicom(_mutate(good, tmp_path / "np.dcm", PixelData=None))


# -- limits: lowered by flag, every one refused with its flag named -------------

def test_limits_refuse_with_the_flag_to_raise_them(tmp_path):
    src = tmp_path / "in"
    big = _small(tmp_path / "m" / "big.dcm", rows=256, columns=256).path  # ~131 kB
    tiny = _small(tmp_path / "m" / "tiny.dcm", rows=16, columns=16).path
    _zip(src / "big.zip", [("big.dcm", big.read_bytes())])
    _zip(src / "many.zip", [(f"{i}.dcm", tiny.read_bytes()) for i in range(5)])
    _small(src / "wide.dcm", rows=256, columns=256)
    _small(src / "cine.dcm", rows=100, columns=100, frames=30, bits_stored=8)
    out = tmp_path / "out"
    result = run_cli("run", *sorted(src.iterdir()), "--mode", "detect", "--output-dir", out,
                     "--max-zip-bytes", 100_000, "--max-zip-members", 3, "--max-pixels-per-frame", 40_000,
                     "--max-instance-bytes", 200_000)
    assert result.returncode == 1
    summary = _summary(result.stdout)
    assert "--max-zip-bytes" in summary["big.zip"][1]
    assert "--max-zip-members" in summary["many.zip"][1]
    assert "--max-pixels-per-frame" in summary["wide.dcm"][1]
    assert "--max-instance-bytes" in summary["cine.dcm"][1]
    assert all(status == "failed" for status, _ in summary.values())
    assert _files(out) == []


def test_zip_bomb_is_refused_before_anything_is_expanded(tmp_path):
    bomb = _zip(tmp_path / "bomb.zip", [("a.dcm", b"\0" * 20_000_000)], zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 100_000
    work = tmp_path / "work"
    work.mkdir()
    limit = r"exceed the limit of 1000000 \(raise it with --max-zip-bytes, in the gear Max Zip Size GiB\)"
    with pytest.raises(ArchiveError, match=limit):
        open_zip(bomb, work, Limits(max_zip_bytes=1_000_000))
    assert _files(work) == []


def test_zip_whose_headers_understate_its_size_is_refused(tmp_path):
    """A zip can lie about sizes in its headers; expansion stops at the declared size
    (and the running count at the limit), and the member is refused, not half-used."""
    payload = b"\0" * 3_000_000
    path = _zip(tmp_path / "liar.zip", [("a.dcm", payload)], zipfile.ZIP_DEFLATED)
    raw = bytearray(path.read_bytes())
    size = len(payload).to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    assert raw.count(size) == 2  # local header and central directory
    path.write_bytes(bytes(raw).replace(size, small))
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(ArchiveError):
        open_zip(path, work, Limits(max_zip_bytes=100_000))
    assert sum(p.stat().st_size for p in work.rglob("*") if p.is_file()) <= 100_000


# -- hostile zips, one CLI run ------------------------------------------------

ZIPS = {
    "traversal.zip": "escapes the archive folder",
    "nested_traversal.zip": "escapes the archive folder",
    "absolute.zip": "absolute path",
    "windows_drive.zip": "absolute path",
    "symlink.zip": "symbolic link",
    "empty.zip": "the zip is empty",
    "only_folders.zip": "the zip is empty",
    "no_dicom.zip": "no DICOM members",
    "encrypted.zip": "encrypted; decrypt the archive first",
    "duplicate.zip": "appears more than once",
    "not_really.zip": "not a readable zip archive",
    "too_many.zip": "exceed the limit of 10000 (raise it with --max-zip-members, in the gear Max Zip Members)",
}


@pytest.fixture(scope="module")
def zip_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("zips")
    src = d / "in"
    src.mkdir()
    dcm = _small(d / "m" / "a.dcm", rows=32, columns=64).path.read_bytes()
    escaped = f"escaped-{d.name}.dcm"  # unique, so the test can look for it anywhere
    _zip(src / "traversal.zip", [("ok.dcm", dcm), (f"../{escaped}", dcm)])
    _zip(src / "nested_traversal.zip", [(f"a/b/../../../{escaped}", dcm)])
    _zip(src / "absolute.zip", [(f"/tmp/{escaped}", dcm)])
    _zip(src / "windows_drive.zip", [(f"C:\\{escaped}", dcm)])
    link = zipfile.ZipInfo("link.dcm")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _zip(src / "symlink.zip", [("ok.dcm", dcm), (link, "/etc/passwd")])
    _zip(src / "empty.zip", [])
    _zip(src / "only_folders.zip", [(zipfile.ZipInfo("a/"), b""), (zipfile.ZipInfo("a/b/"), b"")])
    _zip(src / "no_dicom.zip", [("readme.txt", "hello"), ("scan.png", b"\x89PNG\r\n")])
    enc = zipfile.ZipInfo("secret.dcm")
    with zipfile.ZipFile(src / "encrypted.zip", "w") as zf:
        zf.writestr(enc, dcm)
        enc.flag_bits |= 0x1  # the central directory (written at close) marks it encrypted
    with pytest.warns(UserWarning, match="Duplicate name"):
        _zip(src / "duplicate.zip", [("a.dcm", dcm), ("a.dcm", dcm)])
    (src / "not_really.zip").write_text("PK but not really a zip")
    with zipfile.ZipFile(src / "too_many.zip", "w") as zf:
        for i in range(Limits.max_zip_members + 1):
            zf.writestr(f"{i}.txt", b"")
    inputs = [src / name for name in ZIPS]
    out = d / "out"
    result = run_cli("run", *inputs, "--mode", "detect", "--output-dir", out, cwd=d)
    return result, out, d, escaped


@pytest.mark.parametrize("name", list(ZIPS))
def test_hostile_zip_is_refused_and_named(zip_run, name):
    result, _, _, _ = zip_run
    status, reason = _summary(result.stdout)[name]
    assert status == "failed"
    assert ZIPS[name] in reason and name in reason


def test_hostile_zips_write_nothing_anywhere(zip_run):
    result, out, root, escaped = zip_run
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _files(out) == []
    assert not [p for p in root.rglob("*") if escaped in p.name]
    assert not Path("/tmp", escaped).exists() and not Path(escaped).exists()


@pytest.mark.skipif(shutil.which("zip") is None, reason="Info-ZIP `zip` not installed")
def test_really_encrypted_zip_is_refused(tmp_path):
    dcm = _small(tmp_path / "a.dcm", rows=32, columns=64).path
    subprocess.run(["zip", "-q", "-P", "secret", "-j", str(tmp_path / "enc.zip"), str(dcm)], check=True)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(ArchiveError, match="encrypted; decrypt the archive first"):
        open_zip(tmp_path / "enc.zip", work, Limits())


# -- bbox_coords ----------------------------------------------------------------

def _coords_doc(uid="1.2.3", member="a.dcm", rows=96, columns=256, frames=1, box=(10, 10, 50, 20), frame=0):
    inst = InstanceFindings(member, uid, rows, columns, frames)
    inst.findings.append(Finding("PERSON", Box(*box), 0.9, "spacy", "", frame, uid, member))
    return json.loads(bbox_json(member, [inst], ["test"]))


@pytest.mark.parametrize("edit, needle", [
    (lambda p: p.write_text("{not json"), "not valid JSON"),
    (lambda p: p.write_bytes(b"\xff\xfe\x00garbage"), "not valid JSON"),
    (lambda p: p.write_text("[" * 100_000 + "]" * 100_000), "not valid JSON"),
    (lambda p: p.write_text(json.dumps({**_coords_doc(), "schema_version": 2})), "schema_version 2 is not supported"),
    (lambda p: p.write_text(json.dumps({**_coords_doc(), "schema": "other"})), "missing or wrong 'schema'"),
    (lambda p: p.write_text(json.dumps(_coords_doc(box=(240, 10, 50, 20)))), "lies outside the 256x96x1 image"),
    (lambda p: p.write_text(json.dumps(_coords_doc(frame=3))), "lies outside"),
    (lambda p: p.write_text(json.dumps(_coords_doc(box=(-1, 10, 5, 5)))), "'left' must be an integer >= 0"),
    (lambda p: p.write_text(json.dumps(_coords_doc(box=(1, 1, 0, 5)))), "'width' must be an integer >= 1"),
])
def test_bad_bbox_json_is_a_clear_error(tmp_path, edit, needle):
    path = tmp_path / "coords.json"
    edit(path)
    with pytest.raises(BboxCoordsError, match=needle):
        read_bbox_json(path)


@pytest.mark.parametrize("kind, needle, code", [
    ("schema_version", "schema_version 99 is not supported", 2),  # the run's configuration: exit 2
    ("unknown_instance", "which is not in the input", 1),  # fits the file but not this input: it fails
    ("other_geometry", "the input is 256x96x1", 1),
])
def test_bad_bbox_json_stops_before_anything_is_written(tmp_path, kind, needle, code):
    case = _small(tmp_path / "in" / "scan.dcm")
    uid = str(pydicom.dcmread(case.path).SOPInstanceUID)
    doc = {"schema_version": {**_coords_doc(uid), "schema_version": 99},
           "unknown_instance": _coords_doc("9.9.9.9"),
           "other_geometry": _coords_doc(uid, rows=512, columns=512)}[kind]
    coords = tmp_path / "coords.json"
    coords.write_text(json.dumps(doc))
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--bbox-coords", coords, "--output-dir", out,
                     env={"PATH": "/nonexistent"})
    assert result.returncode == code
    assert needle in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert _files(out) == []


# -- no pixel data in the gear ---------------------------------------------------

GEAR_OPTIONS = {"debug": False, "Baseline Operating Mode": "Dynamic PHI Redaction", "Use DICOM Metadata": True,
                "Entities to Find": "PERSON,DATE_TIME,ID", "Transformer Score Threshold": 30,
                "Entity Frequency Threshold": 30, "Bounding Box Fill": "contrast"}


def _gear_no_pixels(tmp_path, image: Path):
    gear_dir = make_gear_dir(tmp_path / "gear", image, GEAR_OPTIONS)
    result = run_gear(gear_dir)
    assert result.returncode == 0, result.stderr
    assert "no pixel data" in result.stdout + result.stderr
    meta = json.loads((gear_dir / "output" / ".metadata.json").read_text())
    tags = {f["name"]: f["tags"] for f in meta["acquisition"]["files"]}[image.name]
    assert "PHI-Not-Found" in tags and "PHI-Found" not in tags
    assert [p.name for p in (gear_dir / "output").iterdir()] == [".metadata.json"]


def test_gear_tags_dicom_without_pixel_data_phi_not_found(tmp_path):
    good = _small(tmp_path / "src" / "g.dcm").path
    _gear_no_pixels(tmp_path, _mutate(good, tmp_path / "src" / "header_only.dcm", PixelData=None))


@pytest.mark.skipif(not (SHARED_DATA / "0_ORIGINAL_no_pixels.dcm").exists(), reason="shared test data absent")
def test_gear_tags_real_no_pixel_dicom_phi_not_found(tmp_path):
    _gear_no_pixels(tmp_path, SHARED_DATA / "0_ORIGINAL_no_pixels.dcm")


# -- output folder problems --------------------------------------------------------

def test_output_folder_that_cannot_exist_is_a_clear_error(tmp_path):
    case = _small(tmp_path / "in" / "a.dcm")
    blocker = tmp_path / "file"
    blocker.write_text("a file where the output folder should be")
    result = run_cli("run", case.path, "--mode", "detect", "--output-dir", blocker / "out")
    assert result.returncode == 1
    assert "is not writable" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_output_folder_is_a_clear_error(tmp_path):
    case = _small(tmp_path / "in" / "a.dcm")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = run_cli("run", case.path, "--mode", "detect", "--output-dir", out)
        assert result.returncode == 1, result.stderr
        assert "is not writable (Permission denied)" in result.stderr
        assert "Traceback" not in result.stderr
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o755)


def _file_size_limit(limit: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # writes past it fail with EFBIG, like ENOSPC

    return apply


@pytest.mark.slow  # a real process or a long run: left out of make test-fast
def test_disk_full_while_writing_leaves_no_partial_outputs(tmp_path):
    """A real filesystem refusal mid-write (RLIMIT_FSIZE, EFBIG, as ENOSPC would be):
    the reports fit under the limit, the redacted image does not."""
    case = _small(tmp_path / "in" / "big.dcm", rows=256, columns=256)
    before = hashlib.sha256(case.path.read_bytes()).hexdigest()
    uid = str(pydicom.dcmread(case.path).SOPInstanceUID)
    coords = tmp_path / "coords.json"
    coords.write_text(json.dumps(_coords_doc(uid, member="big.dcm", rows=256, columns=256, box=(10, 10, 100, 30))))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep-me.txt").write_text("an unrelated file already in the output folder")
    # a process test: the file-size limit must apply to the run alone, not to pytest
    result = run_cli_process("run", case.path, "--mode", "redact", "--bbox-coords", coords, "--output-dir", out,
                             env={"PATH": "/nonexistent"}, preexec_fn=_file_size_limit(60_000))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    status, reason = _summary(result.stdout)["big.dcm"]
    assert status == "failed" and "cannot write outputs (File too large)" in reason
    assert _files(out) == ["keep-me.txt"]  # no .part, and no CSV/JSON that would look like a finished input
    assert hashlib.sha256(case.path.read_bytes()).hexdigest() == before


def test_same_run_without_the_fault_succeeds(tmp_path):
    """Control for the disk-full test: the identical command without the limit redacts."""
    case = _small(tmp_path / "in" / "big.dcm", rows=256, columns=256)
    uid = str(pydicom.dcmread(case.path).SOPInstanceUID)
    seg = case.synthetic.segments[0]
    b = seg.box
    coords = tmp_path / "coords.json"
    coords.write_text(json.dumps(_coords_doc(uid, member="big.dcm", rows=256, columns=256,
                                             box=(b.left, b.top, b.width, b.height))))
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--bbox-coords", coords, "--output-dir", out,
                     env={"PATH": "/nonexistent"})
    assert result.returncode == 0, result.stderr
    assert glyphs_erased(frame_pixels(out / "redacted_big.dcm"), seg)
    assert bbox_json_name("big") in _files(out)


def test_gear_with_unwritable_tags_file_says_so_in_one_line(tmp_path):
    good = _small(tmp_path / "src" / "g.dcm").path
    image = _mutate(good, tmp_path / "src" / "header_only.dcm", PixelData=None)
    gear_dir = make_gear_dir(tmp_path / "gear", image, GEAR_OPTIONS)
    (gear_dir / "output" / ".metadata.json").mkdir()  # a real OS refusal when the tags are renamed into place
    result = run_gear(gear_dir)
    assert result.returncode == 1
    assert "Cannot write the file tags (.metadata.json)" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert [p.name for p in (gear_dir / "output").iterdir()] == [".metadata.json"]
    assert not list((gear_dir / "output" / ".metadata.json").iterdir())  # no temp file left beside it


def test_an_output_folder_inside_the_input_folder_is_never_scanned(tmp_path):
    """Rerunning `run in/ --output-dir in/out` must not scan its own outputs (bbox_bbox_scan.dcm)."""
    _small(tmp_path / "in" / "scan.dcm")
    out = tmp_path / "in" / "out"
    for _ in range(2):
        result = run_cli("run", tmp_path / "in", "--mode", "detect", "--output-dir", out)
        assert result.returncode == 0, result.stderr
        assert "Summary: 1 processed, 0 skipped, 0 failed" in result.stdout
    assert not [n for n in _files(out) if n.startswith("bbox_bbox_") or "preview_preview" in n]


def test_inputs_whose_outputs_would_collide_are_not_overwritten(tmp_path):
    """scan.dcm and scan.zip in one folder share output names (series1/IM0001 and
    series2/IM0001 no longer do: their outputs go to series1/ and series2/,
    tests/test_output_layout.py)."""
    first = _small(tmp_path / "in" / "a" / "scan.dcm").path
    second = _zip(tmp_path / "in" / "a" / "scan.zip", [("x.dcm", first.read_bytes())])
    out = tmp_path / "out"
    result = run_cli("run", tmp_path / "in", "--mode", "redact-all", "--output-dir", out)
    assert result.returncode == 1
    assert "Summary: 1 processed, 0 skipped, 1 failed" in result.stdout
    assert f"{second}: its outputs would overwrite those of {first}" in result.stdout
    assert (out / "a" / "redacted_scan.dcm").exists() and not (out / "a" / "redacted_scan.dicom.zip").exists()
    assert "scan.dcm" in (out / "a" / csv_name("scan")).read_text()


def test_outputs_get_ordinary_file_permissions_despite_temp_then_rename(broken_run):
    """mkstemp's 0600 must not leak into outputs: they get what open() would give."""
    _, out = broken_run
    mask = os.umask(0o022)
    os.umask(mask)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes and all(m == 0o666 & ~mask for m in modes.values()), modes


def test_cli_run_of_only_a_no_pixel_dicom_exits_0(tmp_path):
    good = _small(tmp_path / "in" / "g.dcm").path
    image = _mutate(good, tmp_path / "in" / "header_only.dcm", PixelData=None)
    result = run_cli("run", image, "--mode", "detect", "--output-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "Summary: 0 processed, 1 skipped, 0 failed" in result.stdout
    assert _summary(result.stdout) == {"header_only.dcm": ("skipped", "header_only.dcm: no pixel data")}


def test_gear_with_a_broken_dicom_fails_in_one_line(tmp_path):
    good = _small(tmp_path / "src" / "g.dcm").path
    broken = tmp_path / "src" / "broken.dcm"
    broken.write_bytes(good.read_bytes()[:-300])
    gear_dir = make_gear_dir(tmp_path / "gear", broken, GEAR_OPTIONS)
    result = run_gear(gear_dir)
    assert result.returncode == 1
    assert "broken.dcm: truncated DICOM (file ends" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert list((gear_dir / "output").iterdir()) == []


def test_an_unexpected_error_fails_only_its_input_and_keeps_no_outputs(tmp_path):
    """A bug (here: a reader-task hook that raises, message holding patient text) must end
    as that input's failure, with its outputs removed and the text kept out of the reason."""
    from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
    from fw_gear_presidio_image_redactor.outcome import Status
    from fw_gear_presidio_image_redactor.run.engine import Engine
    from fw_gear_presidio_image_redactor.run.strategies import strategies_for
    from fw_gear_presidio_image_redactor.scan.sources import BboxCoords, GivenBoxes

    cases = [_small(tmp_path / "in" / f"{n}.dcm", header={"PatientName": "SECRET^NAME"}) for n in ("a", "b")]
    instances = []
    for case in cases:
        uid = str(pydicom.dcmread(case.path).SOPInstanceUID)
        inst = InstanceFindings(case.path.name, uid, 96, 256, 1)
        inst.findings.append(Finding("PERSON", Box(10, 10, 50, 20), 0.9, "t", "", 0, uid, case.path.name))
        instances.append(inst)
    calls = []

    def hook(source, images, findings):
        calls.append(source.name)
        if source.name == "a.dcm":
            raise RuntimeError("SECRET^NAME could not be assigned")

    config = RedactorConfig(mode=Mode.DETECT_READERTASKS, assignees=("reader@example.org",))
    out, work = tmp_path / "out", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    engine = Engine.build(config, out, work, follow_up=hook, given=GivenBoxes(BboxCoords((instances[0],))))
    first = engine.process(cases[0].path)
    assert _files(out) == []  # its report, bbox JSON and review copy were written, then removed
    engine.strategies = strategies_for(config, given=GivenBoxes(BboxCoords((instances[1],))))  # its own JSON
    second = engine.process(cases[1].path)
    assert calls == ["a.dcm", "b.dcm"]
    assert first.status is Status.FAILED and "internal error (RuntimeError)" in first.reason
    assert "SECRET" not in first.reason
    assert second.status is Status.PROCESSED
    assert _files(out) == sorted([csv_name("b"), bbox_json_name("b"), "bbox_b.dcm", "preview_b.png",
                                  "report_b.html"])


def _bare_dataset(src: Path, dst: Path) -> Path:
    """`src` written as a bare dataset: no 128-byte preamble, no 'DICM', no file meta
    header (Implicit VR Little Endian), as older systems and some exports write them."""
    from pydicom.filebase import DicomFileLike
    from pydicom.filewriter import write_dataset

    ds = pydicom.dcmread(src)
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("wb") as fh:
        out = DicomFileLike(fh)
        out.is_little_endian, out.is_implicit_VR = True, True
        write_dataset(out, ds)
    return dst


def test_dicom_without_preamble_is_read_as_pydicom_can_and_the_log_says_so(tmp_path):
    """Issue 16 item 5: not "no readable header"; named on the command line or found in a
    folder, it is redacted like any other DICOM and the log names what was missing."""
    good = _small(tmp_path / "src" / "good.dcm", header={"PatientName": "ROBUST^TEST"})
    folder = tmp_path / "in"
    _bare_dataset(good.path, folder / "bare.dcm")
    assert (folder / "bare.dcm").read_bytes()[128:132] != b"DICM"
    result = run_cli("run", folder, "--mode", "redact-all", "--output-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert _summary(result.stdout)["bare.dcm"][0] == "processed"
    assert "bare.dcm: no 128-byte preamble and 'DICM' prefix" in result.stderr
    assert "encoded as Implicit VR Little Endian" in result.stderr
    out = pydicom.dcmread(tmp_path / "out" / "redacted_bare.dcm")
    assert out.preamble is not None and out.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
    assert all(glyphs_erased(out.pixel_array, seg) for seg in good.phi)


def test_a_text_file_is_still_not_a_dicom(tmp_path):
    """The preamble-less reading accepts only image datasets: text starting like a tag is refused."""
    (tmp_path / "fake.dcm").write_bytes(b"\x08\x00\x16\x00" + b"hello, not an image" * 10)
    result = run_cli("run", tmp_path / "fake.dcm", "--mode", "detect", "--output-dir", tmp_path / "out")
    assert result.returncode == 1
    assert "not a DICOM file (no DICM preamble and no readable header)" in result.stdout + result.stderr


@pytest.mark.parametrize("keyword", ["Rows", "Columns", "BitsAllocated", "BitsStored", "PhotometricInterpretation"])
def test_missing_image_pixel_attribute_is_one_line_naming_it(tmp_path, keyword):
    from fw_gear_presidio_image_redactor.decode.dicom import DicomInputError, read_dicom

    bad = _mutate(_small(tmp_path / "g.dcm").path, tmp_path / "bad.dcm", **{keyword: None})
    with pytest.raises(DicomInputError) as err:
        read_dicom(bad)
    message = str(err.value)
    assert message.startswith(f"bad.dcm: {keyword} (0028,") and "is missing or empty" in message
    assert "object has no attribute" not in message
    assert "\n" not in message
