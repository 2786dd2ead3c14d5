"""Apply ReaderTask Annotations: the reader's verdict, not OCR, decides what is redacted."""

from __future__ import annotations

import pydicom
import pytest

from fw_gear_presidio_image_redactor.dicom_io import read_dicom
from fw_gear_presidio_image_redactor.findings import Finding, InstanceFindings
from fw_gear_presidio_image_redactor.flywheel.client import Flywheel
from fw_gear_presidio_image_redactor.flywheel.tasks import ReaderTaskHook

from .conftest import frame_pixels, glyphs_erased, run_cli, run_gear, unchanged_outside, write_case
from .test_flywheel_readertasks import FAST_RETRY, READER_A, flywheel_gear_dir

NO_OCR = {**FAST_RETRY, "PATH": "/nonexistent"}  # no tesseract reachable: proves nothing was scanned
APPLY = {"Baseline Operating Mode": "Apply ReaderTask Annotations"}


@pytest.fixture
def reviewed(fake, tmp_path):
    """A file whose ReaderTask the reader completed: kept the PERSON and DATE boxes, deleted the ID box
    (it was wrong in their eyes), and drew a new rectangle over PORTABLE, bottom-right to top-left."""
    project = fake.add_project(members={READER_A: fake.reader_role})
    case = write_case(tmp_path / "in" / "rev.dcm")
    file = fake.add_file(project, "rev.dcm")
    img = read_dicom(case.path)
    proposed = InstanceFindings("", img.sop_instance_uid, img.rows, img.columns, 1,
                                [Finding(s.entity, s.box, 0.9, "spacy", "", 0, img.sop_instance_uid)
                                 for s in case.phi])
    hook = ReaderTaskHook.prepare(Flywheel(fake.api_key, backoff=0.01), file["file_id"], (READER_A,), None)
    hook(case.path, [img], [proposed])
    assert hook.error is None
    by_entity = {a["data"]["location"]: a for a in fake.state.annotations.values()}
    del fake.state.annotations[by_entity["ID"]["_id"]]  # the reader deleted it in the viewer
    portable = case.non_phi[0]
    template = by_entity["PERSON"]["data"]
    fake.reader_draws(hook.task_id, {
        **{k: template[k] for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "imagePath")},
        "toolType": "RectangleRoi", "label": "phi_entity", "frameIndex": 0, "sliceNumber": 1,
        "handles": {"start": {"x": portable.box.right + 0.6, "y": portable.box.bottom + 0.4},
                    "end": {"x": portable.box.left - 0.5, "y": portable.box.top - 0.2}},
    })
    fake.complete_task(hook.task_id, "no")
    return case, file, {s.entity: s for s in case.phi}, portable


def test_gear_redacts_exactly_the_readers_rectangles_without_ocr(fake, reviewed, tmp_path):
    case, file, phi, portable = reviewed
    gear_dir = flywheel_gear_dir(tmp_path / "gear", case.path, {**APPLY, "debug": True}, fake, file, None)
    before_writes = len(fake.writes())
    result = run_gear(gear_dir, env=NO_OCR)
    assert result.returncode == 0, result.stderr
    out = gear_dir / "output" / "redacted_rev.dcm"
    after, before = frame_pixels(out), frame_pixels(case.path)
    assert glyphs_erased(after, phi["PERSON"]) and glyphs_erased(after, phi["DATE_TIME"])
    assert glyphs_erased(after, portable), "the reader's added rectangle was not redacted"
    assert not glyphs_erased(after, phi["ID"]), "a rectangle the reader deleted was redacted"
    assert unchanged_outside(before, after, [phi["PERSON"].box, phi["DATE_TIME"].box, portable.box]) == 0.0
    ds = pydicom.dcmread(out)
    assert ds.DeidentificationMethodCodeSequence[-1].CodeValue == "113101"
    assert ds.SOPInstanceUID != pydicom.dcmread(case.path).SOPInstanceUID
    assert "answer" in result.stderr and ": no" in result.stderr
    assert fake.writes()[before_writes:] == []  # applying reads Flywheel, never writes it
    assert "DEBUG" in result.stderr  # debug on, and still no key anywhere
    written = "".join(p.read_bytes().decode("latin-1") for p in (gear_dir / "output").rglob("*") if p.is_file())
    assert fake.KEY not in result.stderr + result.stdout + written


def test_cli_apply_annotations_matches_the_gear(fake, reviewed, tmp_path):
    case, file, phi, portable = reviewed
    out = tmp_path / "cli-out"
    result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", file["file_id"],
                     "--output-dir", out, env={**NO_OCR, "FW_API_KEY": fake.api_key})
    assert result.returncode == 0, result.stderr
    after = frame_pixels(out / "redacted_rev.dcm")
    assert glyphs_erased(after, portable) and glyphs_erased(after, phi["PERSON"])
    assert not glyphs_erased(after, phi["ID"])


def test_apply_without_a_completed_task_fails_clearly(fake, tmp_path):
    project = fake.add_project(members={READER_A: fake.reader_role})
    case = write_case(tmp_path / "in" / "none.dcm")
    file = fake.add_file(project, "none.dcm")
    gear_dir = flywheel_gear_dir(tmp_path / "gear", case.path, APPLY, fake, file, None)
    result = run_gear(gear_dir, env=NO_OCR)
    assert result.returncode == 1
    assert "no completed ReaderTask of presidio_default_protocol" in result.stderr
    assert not any((gear_dir / "output").iterdir())


def test_cli_without_a_key_is_a_usage_error(tmp_path):
    case = write_case(tmp_path / "k.dcm")
    env = {"FW_API_KEY": ""}
    result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", "f" * 24,
                     "--output-dir", tmp_path / "o", env=env)
    assert result.returncode == 1
    assert "needs an API key" in result.stderr and "Traceback" not in result.stderr


def test_reader_rectangles_are_normalised_clipped_and_placed_on_their_frame(tmp_path):
    from fw_gear_presidio_image_redactor.findings import Box
    from fw_gear_presidio_image_redactor.flywheel.annotations import AnnotationError, findings_from_annotations
    from fw_gear_presidio_image_redactor.synthetic import TextSpec

    case = write_case(tmp_path / "mf.dcm", [TextSpec("X", 5, 5)], frames=3, rows=40, columns=50)
    img = read_dicom(case.path)

    def rect(x0, y0, x1, y1, frame, **extra):
        return {"_id": "a", **extra, "data": {"toolType": "RectangleRoi", "SOPInstanceUID": img.sop_instance_uid,
                                              "frameIndex": frame, "handles": {"start": {"x": x0, "y": y0},
                                                                               "end": {"x": x1, "y": y1}}}}

    (inst,) = findings_from_annotations([
        rect(30.4, 20.6, 10.5, 5.2, 2),               # drawn backwards, fractional: grows outward to whole pixels
        rect(45, 35, 70, 60, 1),                      # runs off the image: clipped
        rect(60, 60, 80, 80, 0),                      # wholly outside: ignored
        rect(1, 1, 9, 9, 0, deleted="2026-01-01"),    # soft-deleted by the reader: ignored
        {"_id": "e", "data": {"toolType": "EllipticalRoi"}},
    ], [img])
    assert [(f.frame, f.box) for f in inst.findings] == [(2, Box(10, 5, 21, 16)), (1, Box(45, 35, 5, 5))]
    with pytest.raises(AnnotationError, match="not in the input"):
        findings_from_annotations([{**rect(1, 1, 2, 2, 0), "data": {**rect(1, 1, 2, 2, 0)["data"],
                                                                     "SOPInstanceUID": "1.2.3"}}], [img])
    with pytest.raises(AnnotationError, match="frame 5"):
        findings_from_annotations([rect(1, 1, 2, 2, 5)], [img])
