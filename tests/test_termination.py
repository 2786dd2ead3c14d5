"""A run stopped by SIGTERM (`kill`, a batch scheduler cancelling the job) leaves no copy of
its inputs behind: zips are unzipped into the run's work folder, which must go with it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import zipfile

import pytest

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec

from .helpers import CLI, write_case

pytestmark = pytest.mark.slow


def test_sigterm_removes_the_unzipped_inputs(tmp_path):
    members = [write_case(tmp_path / "src" / f"im{i}.dcm", [TextSpec("KOWALSKI, MARTHA", 20, 16, "PERSON", 24)],
                          rows=256, columns=256).path for i in range(6)]  # six: still scanning when the SIGTERM comes
    series = tmp_path / "series.zip"
    with zipfile.ZipFile(series, "w") as zf:
        for m in members:
            zf.write(m, m.name)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    # redact-all with Tesseract: no Presidio, spaCy or PP-OCR to load before the inputs are unzipped
    # (about 6 s of CPU less); the work folder and its clean-up are the same in every mode
    proc = subprocess.Popen([*CLI, "run", str(series), "--mode", "redact-all", "--ocr", "tesseract",
                             "--output-dir", str(tmp_path / "out")],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not list(scratch.glob("presidio-work-*/unzip-*/*.dcm")):
            assert proc.poll() is None, "the run ended before its inputs were unzipped"
            assert time.monotonic() < deadline, "no unzipped member appeared"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM
    assert not list(scratch.rglob("*.dcm")), "an unzipped copy of the input was left in TMPDIR"
    assert not list(scratch.glob("presidio-work-*"))
    assert not list((tmp_path / "out").glob("redacted_*"))
