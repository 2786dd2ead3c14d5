"""--resume and the output folder's ledger: finished inputs are skipped only when their
input bytes, settings and outputs are unchanged; a run killed at any moment and resumed
ends with what one uninterrupted run makes."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pydicom
import pytest

from fw_gear_presidio_image_redactor import cli
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom
from fw_gear_presidio_image_redactor.run.ledger import LEDGER_NAME, FileStamp, Ledger, LedgerEntry

from .conftest import CLI, REPO
from .helpers import run_cli

BASE = ["--mode", "redact", "--use-metadata", "--ocr", "tesseract", "--jobs", "2"]


def _inputs(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"im{i:02d}.dcm"
        make_dicom([TextSpec(f"KOWALSKI {i}", 10, 10, "PERSON", 18), TextSpec("PORTABLE", 10, 90, None, 18)],
                   rows=128, columns=192, seed=i, header={"PatientName": "KOWALSKI^MARTHA"}).save(path)
        paths.append(path)
    return paths


def _statuses(capsys) -> dict[str, str]:
    """input name -> 'status detail' from the printed summary table."""
    rows = {}
    for line in capsys.readouterr().out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] in ("processed", "skipped", "failed"):
            rows[parts[1]] = f"{parts[0]} {' '.join(parts[2:])}"
    return rows


def _ledger_keys(out: Path) -> list[str]:
    keys = []
    for line in (out / LEDGER_NAME).read_text().splitlines():
        try:
            keys.append(LedgerEntry.from_json(line).key)
        except (ValueError, KeyError, TypeError):
            pass
    return keys


def test_resume_skips_only_inputs_done_from_the_same_bytes_settings_and_outputs(tmp_path, capsys):
    src = tmp_path / "in"
    paths = _inputs(src, 4)
    out = tmp_path / "out"
    assert cli.main(["run", str(src), *BASE, "--output-dir", str(out)]) == 0
    assert sorted(_ledger_keys(out)) == ["im00", "im01", "im02", "im03"]
    capsys.readouterr()

    # im00: same bytes, new time (a copied archive) -> still done, by its SHA-256
    os.utime(paths[0], ns=(1_000_000_000, 1_000_000_000))
    # im01: other pixels -> redone
    make_dicom([TextSpec("NOWAK 1", 10, 10, "PERSON", 18)], rows=128, columns=192, seed=99).save(paths[1])
    # im02: an output gone -> redone; im03: an output cut short -> redone
    (out / "redacted_im02.dcm").unlink()
    report = out / "report_im03.html"
    report.write_bytes(report.read_bytes()[:100])
    # a ledger line cut short by a kill mid-write is ignored, and the next line starts afresh
    with (out / LEDGER_NAME).open("a") as fh:
        fh.write('{"format":2,"key":"im00","inp')

    assert cli.main(["run", str(src), *BASE, "--output-dir", str(out), "--resume"]) == 0
    rows = _statuses(capsys)
    assert rows == {"im00.dcm": "skipped already done; PERSON 1", "im01.dcm": "processed PERSON 1",
                    "im02.dcm": "processed PERSON 1", "im03.dcm": "processed PERSON 1"}
    assert (out / "redacted_im02.dcm").exists() and len(report.read_bytes()) > 100
    assert "NOWAK" not in "".join(_ledger_keys(out)) and _ledger_keys(out).count("im01") == 2
    assert "report_im00.html" in (out / "index.html").read_text()  # the skipped input's report is linked

    # other settings: nothing is done yet for them
    assert cli.main(["run", str(src), *BASE, "--fill", "background", "--output-dir", str(out), "--resume"]) == 0
    assert {v.split()[0] for v in _statuses(capsys).values()} == {"processed"}


def test_ledger_of_a_folder_with_another_version_or_settings_marks_nothing_done(tmp_path):
    src = tmp_path / "in"
    [path] = _inputs(src, 1)
    out = tmp_path / "out"
    assert cli.main(["run", str(path), *BASE, "--output-dir", str(out)]) == 0
    [entry] = Ledger.load(out, "x").entries.values()
    assert Ledger.load(out, entry.settings).is_done(path)
    assert not Ledger.load(out, "another fingerprint").is_done(path)


def _comparable(out: Path) -> dict[str, bytes]:
    """What a user compares between two runs: every file (the ledger and index aside),
    byte for byte, except DICOMs (new UIDs each run: their pixel data and findings-bearing
    attributes) and HTML reports (their generation time: the text without that line)."""
    files = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        name = path.relative_to(out).as_posix()  # outputs of a folder's subfolders are under them
        if name in (LEDGER_NAME, "index.html"):
            continue
        if path.suffix == ".dcm":
            ds = pydicom.dcmread(path)
            files[name] = ds.PixelData + str(ds.get("BurnedInAnnotation")).encode()
        elif path.suffix == ".html":
            files[name] = b"\n".join(line for line in path.read_bytes().splitlines()
                                    if b"Generated" not in line and b"generated" not in line)
        else:
            files[name] = path.read_bytes()
    return files


@pytest.mark.slow  # a real process or a long run: left out of make test-fast
def test_run_killed_mid_way_then_resumed_ends_as_an_uninterrupted_run(tmp_path):
    src = tmp_path / "in"
    _inputs(src, 6)
    # A SIGKILL leaves the run's work folder behind (nothing can clean up after it): in tmp_path.
    (tmp_path / "tmp").mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path / "tmp")}
    options = ["--mode", "redact-all", "--ocr", "tesseract", "--jobs", "2"]  # no NER: a quicker start
    args = [*CLI, "run", str(src), *options]
    # The reference in this process, one job (no worker processes to start): a run's outputs
    # do not depend on --jobs, so this also holds the resumed 2-job run to the 1-job outputs.
    reference = tmp_path / "reference"
    assert cli.main(["run", str(src), *options[:-1], "1", "--output-dir", str(reference)]) == 0

    out = tmp_path / "out"
    proc = subprocess.Popen([*args, "--output-dir", str(out)], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ledger = out / LEDGER_NAME
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if ledger.exists() and len(ledger.read_bytes().splitlines()) >= 2:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed; give it more inputs"
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its workers, as a lost machine would
    proc.wait()
    recorded = set(_ledger_keys(out))
    assert 2 <= len(recorded) < 6

    # The resumed run is a new run, not the killed process: in-process, as a new process sees it.
    result = run_cli("run", str(src), *options, "--output-dir", str(out), "--resume",
                     env={"TMPDIR": str(tmp_path / "tmp")})
    assert result.returncode == 0, result.stderr
    assert f"Summary: {6 - len(recorded)} processed, {len(recorded)} skipped, 0 failed" in result.stdout
    assert result.stdout.count("already done") == len(recorded)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]
    assert _comparable(out) == _comparable(reference)
    assert len(_comparable(reference)) == 6 * 5


def test_resume_with_nothing_in_the_folder_processes_everything(tmp_path, capsys):
    src = tmp_path / "in"
    _inputs(src, 1)
    assert cli.main(["run", str(src), *BASE, "--output-dir", str(tmp_path / "new"), "--resume"]) == 0
    assert _statuses(capsys) == {"im00.dcm": "processed PERSON 1"}


def test_ledger_rewritten_with_live_entries_only_when_runs_left_it_long(tmp_path):
    entry = LedgerEntry("im00", FileStamp("in/im00.dcm", 1, 2, "a" * 64), "settings", (), "2026-01-01")
    (tmp_path / LEDGER_NAME).write_text((entry.to_json() + "\n") * 300 + "cut sho")
    ledger = Ledger.load(tmp_path, "settings")
    assert list(ledger.entries) == ["im00"]
    ledger.compact()
    assert (tmp_path / LEDGER_NAME).read_text() == entry.to_json() + "\n"
    assert not list(tmp_path.glob("*.part"))
