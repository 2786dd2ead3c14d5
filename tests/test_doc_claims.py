"""Issue 16: claims of README, FAQ and manifest checked against what the product does.

Each test is named for the claim it protects; the exact wording it relies on is
asserted too, so a change to either side fails here."""

from __future__ import annotations

import json
import re

import pydicom

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom
from fw_gear_presidio_image_redactor.outputs.naming import csv_name, report_name

from .helpers import REPO, read_csv_rows, run_cli, write_case


def test_redact_all_with_bbox_coords_never_claims_no_burned_in_text(tmp_path):
    """Issue 16 item 1: boxes from a JSON, no OCR: Burned In Annotation stays as the input
    had it (YES), and the report says why; RedactAllText with OCR still writes NO."""
    case = write_case(tmp_path / "in" / "scan.dcm", rows=256, columns=512)
    assert pydicom.dcmread(case.path).BurnedInAnnotation == "YES"
    detect = run_cli("run", case.path, "--mode", "detect", "--output-dir", tmp_path / "det")
    assert detect.returncode == 0, detect.stderr
    coords = next((tmp_path / "det").glob("bbox_coords.*.json"))
    result = run_cli("run", case.path, "--mode", "redact-all", "--bbox-coords", coords,
                     "--output-dir", tmp_path / "red")
    assert result.returncode == 0, result.stderr
    assert pydicom.dcmread(tmp_path / "red" / "redacted_scan.dcm").BurnedInAnnotation == "YES"
    assert "Burned In Annotation left as in the input" in (tmp_path / "red" / report_name("scan")).read_text()
    readme = " ".join((REPO / "README.md").read_text().split())
    assert "with `--bbox-coords` (no OCR) the input's value stays and the report says why" in readme


def test_faq_numbers_rule_bare_numbers_are_not_phi_six_digits_are_an_id(tmp_path):
    """FAQ: "a bare number (`12345`, `9123`) is not PHI ... 6+ digits: `1234567` is reported as ID"."""
    faq = (REPO / "FAQ.md").read_text()
    assert "a bare number (`12345`, `9123`) is not PHI" in faq and "`1234567` is reported as ID" in faq
    syn = make_dicom([TextSpec("12345", 20, 20, None, 24), TextSpec("9123", 20, 70, None, 24),
                      TextSpec("1234567", 200, 20, "ID", 24)], rows=128, columns=360)
    syn.save(tmp_path / "nums.dcm")
    result = run_cli("run", tmp_path / "nums.dcm", "--mode", "detect", "--output-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    rows = read_csv_rows(tmp_path / "out" / csv_name("nums"))
    assert [(r["entity_type"], int(r["left"]) >= 190) for r in rows] == [("ID", True)], rows


def test_debug_is_announced_in_the_log_csv_and_report_not_in_file_names(tmp_path):
    """manifest `debug`: "the log, the CSV's first line and a banner in the HTML report say so
    (file names are the same as without debug)"."""
    manifest = json.loads((REPO / "manifest.json").read_text())
    assert "file names are the same as without debug" in manifest["config"]["debug"]["description"]
    case = write_case(tmp_path / "in" / "scan.dcm", rows=256, columns=512)
    names = {}
    for debug in (False, True):
        out = tmp_path / f"out-{debug}"
        result = run_cli("run", case.path, "--mode", "detect", *(["--debug"] if debug else []),
                         "--output-dir", out)
        assert result.returncode == 0, result.stderr
        names[debug] = sorted(p.name for p in out.iterdir())
        first = (out / csv_name("scan")).read_text().splitlines()[0]
        page = (out / report_name("scan")).read_text()
        assert ("raw PHI" in first) == debug
        assert bool(re.search(r'class="banner"[^<]*raw PHI', page)) == debug
        assert ("contain raw PHI" in result.stderr) == debug
    assert names[False] == names[True]
