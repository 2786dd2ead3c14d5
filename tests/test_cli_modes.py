"""The four modes through the CLI, on synthetic images with known text."""

from __future__ import annotations

import json

import pydicom
import pytest

from fw_gear_presidio_image_redactor import __version__
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name
from fw_gear_presidio_image_redactor.run.ledger import LEDGER_NAME

from .helpers import (
    frame_pixels,
    glyphs_erased,
    read_csv_rows,
    run_cli,
    run_cli_process,
    unchanged_outside,
    write_case,
)


def test_redact_with_metadata_erases_phi_and_keeps_the_rest(case_factory, tmp_path):
    case = case_factory("ct.dcm", rows=512, columns=512, bits_stored=12)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--use-metadata", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    redacted = out / "redacted_ct.dcm"
    assert redacted.exists()
    before, after = frame_pixels(case.path), frame_pixels(redacted)
    for seg in case.phi:
        assert glyphs_erased(after, seg), f"{seg.entity} still legible"
    for seg in case.non_phi:
        assert not glyphs_erased(after, seg), f"non-PHI {seg.text} was erased"
    assert unchanged_outside(before, after, [s.box for s in case.synthetic.segments if s.entity]) == 0.0
    ds_in, ds_out = pydicom.dcmread(case.path), pydicom.dcmread(redacted)
    assert ds_out.SOPInstanceUID != ds_in.SOPInstanceUID
    assert ds_out.SeriesInstanceUID != ds_in.SeriesInstanceUID
    assert ds_out.SourceImageSequence[-1].ReferencedSOPInstanceUID == ds_in.SOPInstanceUID
    # PS3.16 CID 7202: why the source is referenced (Type 1 in some IODs, e.g. OP)
    assert ds_out.SourceImageSequence[-1].PurposeOfReferenceCodeSequence[0].CodeValue == "121322"
    assert ds_out.DeidentificationMethodCodeSequence[-1].CodeValue == "113101"
    assert (ds_out.Rows, ds_out.Columns, ds_out.BitsStored) == (ds_in.Rows, ds_in.Columns, ds_in.BitsStored)
    assert ds_out.BurnedInAnnotation == "YES"  # only RedactAllText may claim the text is gone


@pytest.fixture(scope="module")
def detected(tmp_path_factory):
    """A synthetic case and its Detection run (--use-metadata), made once for the detect test
    and the bbox round trip, which reads that run's JSON."""
    root = tmp_path_factory.mktemp("detect")
    case = write_case(root / "in" / "xr.dcm")
    out = root / "out"
    result = run_cli("run", case.path, "--mode", "detect", "--use-metadata", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    return case, out


def test_detect_writes_report_json_and_review_copy_but_no_redaction(detected):
    case, out = detected
    names = {p.name for p in out.iterdir()}
    assert names == {csv_name("xr"), bbox_json_name("xr"), "bbox_xr.dcm", "preview_xr.png", "report_xr.html",
                     "index.html", LEDGER_NAME}
    rows = read_csv_rows(out / csv_name("xr"))
    assert {r["entity_type"] for r in rows} >= {"PERSON", "DATE_TIME", "ID"}
    assert all(set(r["text"]) == {"*"} for r in rows), "raw PHI text in a non-debug report"
    header = (out / csv_name("xr")).read_text().splitlines()[0]
    assert "detectors:" in header and "ppocr" in header and "spacy" in header  # auto = PP-OCR
    doc = json.loads((out / bbox_json_name("xr")).read_text())
    assert doc["schema_version"] == 1 and doc["generator"].endswith(__version__)
    review = frame_pixels(out / "bbox_xr.dcm")
    original = frame_pixels(case.path)
    boxes = doc["instances"][0]["boxes"]
    assert boxes
    for b in boxes:  # the text stays readable inside each box; the outline goes around it
        inside = (slice(b["top"], b["top"] + b["height"]), slice(b["left"], b["left"] + b["width"]))
        assert (review[inside] == original[inside]).all()
    assert (review != original).any()


def test_bbox_json_round_trip_redacts_without_ocr(detected, tmp_path):
    case, first = detected
    coords = first / bbox_json_name("xr")
    second = tmp_path / "red"
    result = run_cli("run", case.path, "--mode", "redact", "--bbox-coords", coords, "--output-dir", second,
                     env={"PATH": "/nonexistent"})  # no tesseract on PATH: proves no OCR ran
    assert result.returncode == 0, result.stderr
    after = frame_pixels(second / "redacted_xr.dcm")
    for seg in case.phi:
        assert glyphs_erased(after, seg)


def test_redact_all_removes_every_word_and_sets_burned_in_annotation(case_factory, tmp_path):
    case = case_factory("all.dcm")
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact-all", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    after = frame_pixels(out / "redacted_all.dcm")
    for seg in case.synthetic.segments:
        assert glyphs_erased(after, seg), seg.text
    assert pydicom.dcmread(out / "redacted_all.dcm").BurnedInAnnotation == "NO"


@pytest.mark.parametrize("args, needle", [
    (["--mode", "nope"], "invalid choice"),
    (["--mode", "detect", "--score-threshold", "101"], "0 to 100"),
    (["--mode", "detect", "--entities", "PERSON,SHOE_SIZE"], "SHOE_SIZE"),
])
@pytest.mark.slow  # a real process or a long run: left out of make test-fast
def test_usage_errors_exit_2_with_one_clear_line(case_factory, tmp_path, args, needle):
    """A process test: the exit status and stderr of the console script itself."""
    case = case_factory("u.dcm")
    result = run_cli_process("run", case.path, *args, "--output-dir", tmp_path / "o")
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
