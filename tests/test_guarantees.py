"""Guarantees a privacy tool owes its users, checked on real runs rather than by review:
inputs are never modified, nothing is written outside the output and work folders,
logs hold no patient text unless debug is on (and then say so), and no API key ever.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pydicom
import pytest

from fw_gear_presidio_image_redactor.outputs.naming import csv_name

from .fake_flywheel import FakeFlywheel
from .helpers import HEADER, make_gear_dir, read_csv_rows, run_cli, run_cli_process, run_gear, write_case

# Patient text of the standard case: header values and the burned-in words OCR reads.
HEADER_TEXT = ["KOWALSKI", "MARTHA", "55120934", "19520311", "20190704"]
OCR_TEXT = ["KOWALSKI", "MARTHA", "03/11/1952", "55120934", "PORTABLE"]
PATIENT_TEXT = sorted(set(HEADER_TEXT + OCR_TEXT))


def _snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under root: content hash and modification time."""
    return {str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file()}


def _leaks(text: str, needles) -> list[str]:
    upper = text.upper()
    return [n for n in needles if n.upper() in upper]


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory):
    """A redaction run over good, broken and hostile inputs, with the process's cwd,
    HOME and TMPDIR inside a sandbox folder so any stray write would be seen. A process
    test: what the libraries write while they are imported and loaded counts too."""
    root = tmp_path_factory.mktemp("guarantees")
    src = root / "in"
    good = write_case(src / "scan.dcm", rows=256, columns=512).path
    second = write_case(root / "m" / "b.dcm", rows=128, columns=512, seed=3).path
    with zipfile.ZipFile(src / "series.zip", "w") as zf:
        zf.write(good, "s/1.dcm")
        zf.write(second, "s/2.dcm")
        zf.writestr("../../escape.dcm", good.read_bytes())  # refused, so the whole zip fails
    with zipfile.ZipFile(src / "clean_series.zip", "w") as zf:
        zf.write(second, "s/2.dcm")
    (src / "broken.dcm").write_bytes(good.read_bytes()[:3000])
    ds = pydicom.dcmread(good)
    del ds.PixelData
    ds.save_as(src / "header_only.dcm", enforce_file_format=True)
    for sub in ("cwd", "home", "tmp"):
        (root / sub).mkdir()
    before = _snapshot(root)
    out = root / "out"
    env = {"HOME": str(root / "home"), "TMPDIR": str(root / "tmp")}
    result = run_cli_process("run", *sorted(src.iterdir()), "--mode", "redact", "--use-metadata",
                             "--output-dir", out, cwd=root / "cwd", env=env)
    return root, before, result


@pytest.mark.slow  # cli_run: a process
def test_inputs_are_never_modified(cli_run):
    root, before, result = cli_run
    after = _snapshot(root)
    inputs = {k: v for k, v in before.items() if k.startswith(("in/", "m/"))}
    assert inputs and all(after.get(k) == v for k, v in inputs.items()), "an input changed"


@pytest.mark.slow  # cli_run: a process
def test_nothing_is_written_outside_the_output_folder(cli_run):
    root, before, result = cli_run
    assert result.returncode == 1  # broken.dcm and series.zip fail
    new = sorted(set(_snapshot(root)) - set(before))
    stray = [p for p in new if not p.startswith("out/")]
    assert stray == [], f"written outside the output folder: {stray}"
    # The work folder (under TMPDIR) is removed, and nothing else is left there: torch, which
    # leaves an empty `torchinductor_<user>` folder, is no longer imported by a spaCy run.
    left = list((root / "tmp").rglob("*"))
    assert left == [], "the work folder was not cleaned up"
    assert not [p for p in root.parent.rglob("escape.dcm")]
    assert {Path(p).name for p in new} >= {"redacted_scan.dcm", "redacted_clean_series.dicom.zip"}


@pytest.mark.slow  # cli_run: a process
def test_every_input_ends_in_exactly_one_reported_outcome(cli_run):
    _, _, result = cli_run
    lines = [ln.split() for ln in result.stdout.splitlines() if ln.startswith("  ")]
    outcome = {parts[1].rstrip(":"): parts[0] for parts in lines if parts[0] in ("processed", "skipped", "failed")}
    assert outcome == {"broken.dcm": "failed", "clean_series.zip": "processed", "header_only.dcm": "skipped",
                       "scan.dcm": "processed", "series.zip": "failed"}
    assert "Summary: 2 processed, 1 skipped, 2 failed" in result.stdout


@pytest.mark.slow  # cli_run: a process
def test_no_patient_text_in_logs_or_reports_without_debug(cli_run):
    root, _, result = cli_run
    assert _leaks(result.stdout + result.stderr, PATIENT_TEXT) == []
    for report in (root / "out").glob("*.csv"):
        assert _leaks(report.read_text(), PATIENT_TEXT) == [], report.name
    for coords in (root / "out").glob("*.json"):
        assert _leaks(coords.read_text(), PATIENT_TEXT) == [], coords.name
    pages = list((root / "out").glob("*.html"))
    assert len(pages) >= 2  # report_scan.html and index.html
    for page in pages:
        assert _leaks(page.read_text(), PATIENT_TEXT) == [], page.name
    rows = read_csv_rows(root / "out" / csv_name("scan"))
    assert {"PERSON", "ID"} <= {r["entity_type"] for r in rows}  # it did find them; it just did not say them


def test_debug_output_with_phi_says_so_in_its_name_and_the_log(tmp_path):
    case = write_case(tmp_path / "in" / "scan.dcm", rows=256, columns=512)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "detect", "--use-metadata", "--debug", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    assert "contain raw PHI" in result.stderr
    carriers = [p for p in out.iterdir() if p.suffix in (".csv", ".json", ".txt", ".log")
                and _leaks(p.read_text(), OCR_TEXT)]
    assert carriers, "debug was expected to keep the raw text somewhere"
    for p in carriers:
        assert "PHI" in p.name, f"{p.name} holds raw PHI but its name does not say so"
        assert "raw PHI" in p.read_text().splitlines()[0]


@pytest.mark.flywheel  # its own FakeFlywheel
def test_gear_never_logs_or_writes_the_api_key_and_leaves_its_input_alone(tmp_path):
    case = write_case(tmp_path / "src" / "scan.dcm", rows=256, columns=512)
    options = {"debug": True, "Baseline Operating Mode": "Detection Only", "Use DICOM Metadata": True,
               "Entities to Find": "PERSON,DATE_TIME,ID", "Transformer Score Threshold": 30,
               "Entity Frequency Threshold": 30, "Bounding Box Fill": "contrast"}
    with FakeFlywheel() as fake:
        gear_dir = make_gear_dir(tmp_path / "gear", case.path, options, api_key=fake.api_key)
        before = _snapshot(gear_dir)
        result = run_gear(gear_dir, env={"PRESIDIO_FW_BACKOFF": "0.01"})
    assert result.returncode == 0, result.stderr
    secrets = [FakeFlywheel.KEY, fake.api_key]
    assert _leaks(result.stdout + result.stderr, secrets) == []
    after = _snapshot(gear_dir)
    for name, value in before.items():
        if name.startswith("input/"):
            assert after[name] == value, f"{name} was modified"
    written = sorted(set(after) - set(before))
    assert written and all(p.startswith(("output/", "work/")) for p in written), written
    for p in written:
        assert _leaks((gear_dir / p).read_bytes().decode("latin-1"), secrets) == [], p
    assert json.loads((gear_dir / "output" / ".metadata.json").read_text())


def test_header_values_of_a_failing_input_stay_out_of_the_log(tmp_path):
    """Errors quote file names and attributes, never the values of patient fields."""
    case = write_case(tmp_path / "in" / "scan.dcm", rows=64, columns=64)
    ds = pydicom.dcmread(case.path)
    ds.BitsStored = 20
    ds.save_as(tmp_path / "in" / "bad.dcm", enforce_file_format=True)
    raw = case.path.read_bytes()
    cut = raw.index(HEADER["PatientName"].encode()) + 4
    (tmp_path / "in" / "cut.dcm").write_bytes(raw[:cut])
    result = run_cli("run", tmp_path / "in" / "bad.dcm", tmp_path / "in" / "cut.dcm", "--mode", "detect",
                     "--use-metadata", "--output-dir", tmp_path / "out")
    assert result.returncode == 1
    assert _leaks(result.stdout + result.stderr, HEADER_TEXT) == []
    assert not (tmp_path / "out").exists()  # nothing written, not even the folder the run made
