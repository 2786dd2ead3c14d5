"""Apply ReaderTask Annotations: the reader's verdict, not OCR, decides what is redacted, in both task systems."""

from __future__ import annotations

import io
import json

import numpy as np
import pydicom
import pytest

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.findings import Finding, InstanceFindings
from fw_gear_presidio_image_redactor.flywheel.apply import EmptyReviewError, apply_annotations
from fw_gear_presidio_image_redactor.flywheel.client import Flywheel, FlywheelError
from fw_gear_presidio_image_redactor.flywheel.tasks import ReaderTaskCreator

from .fake_flywheel import FakeFlywheel
from .helpers import frame_pixels, glyphs_erased, run_cli, run_gear, unchanged_outside, write_case
from .test_flywheel_readertasks import FAST_RETRY, READER_A, flywheel_gear_dir

NO_OCR = {**FAST_RETRY, "PATH": "/nonexistent"}  # no tesseract reachable: proves nothing was scanned
APPLY = {"Baseline Operating Mode": "Apply ReaderTask Annotations"}


def viewer_sr(images, rects) -> bytes:
    """A measurement set as a reader's V3 viewer session would save it: rectangles as closed SCOORD
    polylines (drawn from any corner, fractional), tracked under the viewer's own identifiers.
    rects: (sop_uid, frame number 1-based or None, x0, y0, x1, y1)."""
    import highdicom as hd
    from pydicom.sr.codedict import codes

    by_uid = {img.sop_instance_uid: img.dataset for img in images}
    groups = []
    for sop, frame, x0, y0, x1, y1 in rects:
        pts = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=float)
        region = hd.sr.ImageRegion(graphic_type=hd.sr.GraphicTypeValues.POLYLINE, graphic_data=pts,
                                   source_image=hd.sr.SourceImageForRegion(str(by_uid[sop].SOPClassUID), sop,
                                                                           [frame] if frame else None))
        groups.append(hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations(
            tracking_identifier=hd.sr.TrackingIdentifier(uid=hd.UID(),
                                                         identifier="Cornerstone3DTools@^0.1.0:RectangleROI"),
            referenced_region=region))
    observer = hd.sr.ObserverContext(observer_type=codes.DCM.Person,
                                     observer_identifying_attributes=hd.sr.PersonObserverIdentifyingAttributes(
                                         name="Reader^Ana"))
    report = hd.sr.MeasurementReport(observation_context=hd.sr.ObservationContext(observer_person_context=observer),
                                     procedure_reported=codes.SCT.DiagnosticImaging, imaging_measurements=groups)
    sr = hd.sr.ComprehensiveSR(evidence=list(by_uid.values()), content=report, series_instance_uid=hd.UID(),
                               series_number=1, sop_instance_uid=hd.UID(), instance_number=1, manufacturer="viewer")
    buf = io.BytesIO()
    sr.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def _propose(fake, file, case, img, specs):
    hook = ReaderTaskCreator.prepare(Flywheel(fake.api_key, backoff=0.01), file["file_id"], (READER_A,), None)
    proposed = InstanceFindings("", img.sop_instance_uid, img.rows, img.columns, 1,
                                [Finding(s.entity, s.box, 0.9, "spacy", "", 0, img.sop_instance_uid) for s in specs])
    assert hook(case.path, [img], [proposed]) is None
    return hook


@pytest.fixture(params=["tasks_manager", "legacy"])
def reviewed(request, tmp_path):
    """A file whose ReaderTask the reader completed: kept the PERSON and DATE boxes, deleted the ID box
    (wrong in their eyes), and drew a new rectangle over PORTABLE, bottom-right to top-left, fractional."""
    with FakeFlywheel(request.param) as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "rev.dcm")
        file = fake.add_file(project, "rev.dcm")
        img = read_dicom(case.path)
        phi = {s.entity: s for s in case.phi}
        hook = _propose(fake, file, case, img, case.phi)
        portable = case.non_phi[0]
        p = portable.box
        if request.param == "legacy":
            by_entity = {a["data"]["description"].split(" ")[0]: a for a in fake.state.annotations.values()}
            del fake.state.annotations[by_entity["ID"]["_id"]]  # the reader deleted it in the viewer
            template = by_entity["PERSON"]["data"]
            fake.legacy_reader_draws(hook.task_id, {
                **{k: template[k] for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "imagePath")},
                "toolType": "RectangleRoi", "location": "phi_entity", "frameIndex": 0, "sliceNumber": 1,
                "handles": {"start": {"x": p.right + 0.6, "y": p.bottom + 0.4},
                            "end": {"x": p.left - 0.5, "y": p.top - 0.2}}})
        else:
            kept = [phi["PERSON"].box, phi["DATE_TIME"].box]
            rects = [(img.sop_instance_uid, None, b.left, b.top, b.right, b.bottom) for b in kept]
            rects.append((img.sop_instance_uid, None, p.right + 0.6, p.bottom + 0.4, p.left - 0.5, p.top - 0.2))
            fake.v3_reader_saves(hook.task_id, viewer_sr([img], rects))
        fake.complete_task(hook.task_id, "no")
        yield fake, case, file, phi, portable


def _config():
    return RedactorConfig(mode=Mode.APPLY_ANNOTATIONS)


def test_apply_redacts_exactly_the_readers_rectangles_in_both_task_systems(reviewed, tmp_path):
    fake, case, file, phi, portable = reviewed
    out, work = tmp_path / "out", tmp_path / "work"
    out.mkdir(), work.mkdir()
    before_writes = len(fake.writes())
    outcome = apply_annotations(Flywheel(fake.api_key, backoff=0.01), file["file_id"], case.path, _config(), out,
                                work)
    assert outcome.status == "processed", outcome.reason
    after, before = frame_pixels(out / "redacted_rev.dcm"), frame_pixels(case.path)
    assert glyphs_erased(after, phi["PERSON"]) and glyphs_erased(after, phi["DATE_TIME"])
    assert glyphs_erased(after, portable), "the reader's added rectangle was not redacted"
    assert not glyphs_erased(after, phi["ID"]), "a rectangle the reader deleted was redacted"
    assert unchanged_outside(before, after, [phi["PERSON"].box, phi["DATE_TIME"].box, portable.box]) == 0.0
    doc = json.loads(next(out.glob("*.json")).read_text())
    assert any("ReaderTask" in d and "3 reader rectangle(s) applied" in d for d in doc["detectors"]), doc["detectors"]
    assert fake.writes()[before_writes:] == []  # applying reads Flywheel, never writes it


def test_gear_applies_a_tasks_manager_review_without_ocr(tmp_path):
    with FakeFlywheel("tasks_manager") as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "g.dcm")
        file = fake.add_file(project, "g.dcm")
        img = read_dicom(case.path)
        hook = _propose(fake, file, case, img, case.phi)
        fake.complete_task(hook.task_id, "yes")  # kept every proposal
        gear_dir = flywheel_gear_dir(tmp_path / "gear", case.path, {**APPLY, "debug": True}, fake, file, None)
        result = run_gear(gear_dir, env=NO_OCR)
    assert result.returncode == 0, result.stderr
    out = gear_dir / "output" / "redacted_g.dcm"
    after = frame_pixels(out)
    for seg in case.phi:
        assert glyphs_erased(after, seg), seg.text
    assert not glyphs_erased(after, case.non_phi[0])
    assert pydicom.dcmread(out).DeidentificationMethodCodeSequence[-1].CodeValue == "113101"
    n = len(case.phi)
    assert f"ReaderTask R-1 (Tasks Manager (V3 viewer)): {n} reader rectangle(s) applied" in result.stderr
    assert "answer" in result.stderr and ": yes" in result.stderr
    written = "".join(p.read_bytes().decode("latin-1") for p in (gear_dir / "output").rglob("*") if p.is_file())
    assert fake.KEY not in result.stderr + result.stdout + written


def test_a_completed_task_whose_annotations_cannot_be_found_fails_and_writes_nothing(tmp_path):
    """The silent empty redaction: a V3 task whose store holds nothing must not give a 'redacted' copy."""
    with FakeFlywheel("tasks_manager") as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "e.dcm")
        file = fake.add_file(project, "e.dcm")
        hook = _propose(fake, file, case, read_dicom(case.path), case.phi)
        for ann in fake.state.v3_annotations.values():
            ann["deleted"] = True  # gone from the store (or never readable there)
        fake.complete_task(hook.task_id, "yes")
        out = tmp_path / "cli-out"
        result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", file["file_id"],
                         "--output-dir", out, env={**NO_OCR, "FW_API_KEY": fake.api_key})
    assert result.returncode == 1, result.stderr
    errors = [ln for ln in result.stderr.splitlines() if "ERROR" in ln]
    assert len(errors) == 1 and "ReaderTask R-1 is completed but the V3 annotation store" in errors[0], errors
    assert f"{len(case.phi)} box(es) were proposed" in errors[0]
    assert not out.exists() or list(out.iterdir()) == []
    assert "Traceback" not in result.stderr


def test_no_rectangles_are_accepted_only_when_nothing_was_proposed_and_the_reader_said_yes(tmp_path):
    with FakeFlywheel("legacy") as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "n.dcm", [])
        img = read_dicom(case.path)
        fw = Flywheel(fake.api_key, backoff=0.01)
        answers = {}
        for answer in ("no", "yes"):
            file = fake.add_file(project, f"{answer}.dcm")
            hook = _propose(fake, file, case, img, [])
            fake.complete_task(hook.task_id, answer)
            out = tmp_path / answer
            out.mkdir()
            try:
                answers[answer] = apply_annotations(fw, file["file_id"], case.path, _config(), out, tmp_path).status
            except EmptyReviewError as exc:
                answers[answer] = str(exc)
    assert "reader's answer: no" in answers["no"] and not list((tmp_path / "no").iterdir())
    assert answers["yes"] == "processed" and (tmp_path / "yes" / "redacted_n.dcm").exists()


def test_an_unreadable_measurement_file_fails_the_input(tmp_path):
    with FakeFlywheel("tasks_manager") as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "u.dcm")
        file = fake.add_file(project, "u.dcm")
        hook = _propose(fake, file, case, read_dicom(case.path), case.phi)
        (aid,) = fake.state.v3_annotations
        fake.state.v3_files[aid] = case.path.read_bytes()  # a DICOM image, not an SR
        fake.complete_task(hook.task_id, "no")
        out = tmp_path / "out"
        out.mkdir()
        outcome = apply_annotations(Flywheel(fake.api_key, backoff=0.01), file["file_id"], case.path, _config(),
                                    out, tmp_path)
    assert outcome.status == "failed"
    assert f"ReaderTask R-1: annotation {aid}: the measurement file is not a DICOM SR" in outcome.reason
    assert list(out.iterdir()) == []


def test_apply_without_a_completed_task_fails_clearly(fake, tmp_path):
    project = fake.add_project(members={READER_A: fake.reader_role})
    case = write_case(tmp_path / "in" / "none.dcm")
    file = fake.add_file(project, "none.dcm")
    with pytest.raises(FlywheelError, match="no completed ReaderTask of presidio_default_protocol .* Tasks Manager"):
        apply_annotations(Flywheel(fake.api_key, backoff=0.01), file["file_id"], case.path, _config(), tmp_path,
                          tmp_path)


def test_cli_without_a_key_is_a_usage_error(tmp_path):
    case = write_case(tmp_path / "k.dcm")
    result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", "f" * 24,
                     "--output-dir", tmp_path / "o", env={"FW_API_KEY": ""})
    assert result.returncode == 2
    assert "needs an API key" in result.stderr and "Traceback" not in result.stderr


def test_reader_rectangles_are_normalised_clipped_and_placed_on_their_1_based_frame(tmp_path):
    from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
    from fw_gear_presidio_image_redactor.findings import Box
    from fw_gear_presidio_image_redactor.flywheel.annotations import AnnotationError, findings_from_annotations

    case = write_case(tmp_path / "mf.dcm", [TextSpec("X", 5, 5)], frames=3, rows=40, columns=50)
    img = read_dicom(case.path)

    def rect(x0, y0, x1, y1, frame, **extra):
        return {"_id": "a", **extra, "data": {"toolType": "RectangleRoi", "SOPInstanceUID": img.sop_instance_uid,
                                              "frameIndex": frame, "handles": {"start": {"x": x0, "y": y0},
                                                                               "end": {"x": x1, "y": y1}}}}

    (inst,) = findings_from_annotations([
        rect(30.4, 20.6, 10.5, 5.2, 3),               # the last frame; drawn backwards, fractional: grows outward
        rect(45, 35, 70, 60, 2),                      # runs off the image: clipped
        rect(60, 60, 80, 80, 1),                      # wholly outside: ignored
        rect(1, 1, 9, 9, 1, deleted="2026-01-01"),    # soft-deleted by the reader: ignored
    ], [img])
    assert [(f.frame, f.box) for f in inst.findings] == [(2, Box(10, 5, 21, 16)), (1, Box(45, 35, 5, 5))]
    with pytest.raises(AnnotationError, match="not in the input"):
        findings_from_annotations([{**rect(1, 1, 2, 2, 1), "data": {**rect(1, 1, 2, 2, 1)["data"],
                                                                     "SOPInstanceUID": "1.2.3"}}], [img])
    with pytest.raises(AnnotationError, match="frame 0; the multi-frame instance has frames 1..3"):
        findings_from_annotations([rect(1, 1, 2, 2, 0)], [img])
    with pytest.raises(AnnotationError, match="frame 4"):
        findings_from_annotations([rect(1, 1, 2, 2, 4)], [img])


def test_a_reader_who_circles_phi_with_an_ellipse_or_freehand_gets_it_redacted_and_a_line_fails(tmp_path):
    """Skipping a reader's non-rectangle mark would leave the PHI they pointed at in a redacted_ file."""
    from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
    from fw_gear_presidio_image_redactor.findings import Box
    from fw_gear_presidio_image_redactor.flywheel.annotations import AnnotationError, findings_from_annotations

    case = write_case(tmp_path / "el.dcm", [TextSpec("X", 5, 5)], rows=40, columns=50)
    img = read_dicom(case.path)

    def mark(tool, handles):
        return {"_id": tool, "data": {"toolType": tool, "SOPInstanceUID": img.sop_instance_uid, "frameIndex": 0,
                                      "handles": handles}}

    (inst,) = findings_from_annotations([
        mark("EllipticalRoi", {"start": {"x": 20.5, "y": 30}, "end": {"x": 4, "y": 10}}),
        mark("FreehandRoi", {"points": [{"x": 30, "y": 2}, {"x": 44.2, "y": 9}, {"x": 35, "y": 15.5}]}),
    ], [img])
    assert [f.box for f in inst.findings] == [Box(4, 10, 17, 20), Box(30, 2, 15, 14)]
    with pytest.raises(AnnotationError, match="annotation Length is a Length annotation; only areas"):
        findings_from_annotations([mark("Length", {"start": {"x": 1, "y": 1}, "end": {"x": 9, "y": 9}})], [img])


@pytest.mark.parametrize("system", ["tasks_manager", "legacy"])
def test_a_review_of_another_file_version_is_not_applied_and_the_new_version_gets_its_own_task(system, tmp_path):
    """The reader drew on version 1; version 2 has other pixels, so its boxes could miss its PHI."""
    with FakeFlywheel(system) as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "v.dcm")
        file = fake.add_file(project, "v.dcm")
        img = read_dicom(case.path)
        first = _propose(fake, file, case, img, case.phi)
        fake.complete_task(first.task_id, "yes")
        fake.state.files[file["file_id"]]["version"] = 2  # a new upload of the file
        out = tmp_path / "out"
        out.mkdir()
        fw = Flywheel(fake.api_key, backoff=0.01)
        with pytest.raises(FlywheelError, match="was made for version 1 of v.dcm, which is now at version 2; "
                                                "nothing redacted"):
            apply_annotations(fw, file["file_id"], case.path, _config(), out, tmp_path)
        assert list(out.iterdir()) == []
        second = _propose(fake, file, case, img, case.phi)  # Detection+ReaderTasks on version 2
        assert second.task_id != first.task_id
        fake.complete_task(second.task_id, "yes")
        assert apply_annotations(fw, file["file_id"], case.path, _config(), out, tmp_path).status == "processed"


def test_reader_rectangles_all_outside_the_image_fail_closed_like_an_empty_review(tmp_path):
    """Issue 16 follow-up: 0 rectangles applied must not give a `redacted_` copy."""
    with FakeFlywheel("legacy") as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "o.dcm")
        file = fake.add_file(project, "o.dcm")
        img = read_dicom(case.path)
        hook = _propose(fake, file, case, img, case.phi)
        proposed = list(fake.state.annotations.values())
        template = proposed[0]["data"]
        for ann in proposed:
            del fake.state.annotations[ann["_id"]]  # the reader deleted every proposed box
        fake.legacy_reader_draws(hook.task_id, {
            **{k: template[k] for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "imagePath")},
            "toolType": "RectangleRoi", "location": "phi_entity", "frameIndex": 0, "sliceNumber": 1,
            "handles": {"start": {"x": img.columns + 10, "y": 5}, "end": {"x": img.columns + 60, "y": 30}}})
        fake.complete_task(hook.task_id, "no")
        out = tmp_path / "out"
        result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", file["file_id"],
                         "--output-dir", out, env={**NO_OCR, "FW_API_KEY": fake.api_key})
    assert result.returncode == 1, result.stderr
    errors = [ln for ln in result.stderr.splitlines() if "ERROR" in ln]
    assert len(errors) == 1 and "all 1 reader rectangle(s) lie wholly outside the image" in errors[0], errors
    assert not out.exists() or not [p for p in out.iterdir() if p.name.startswith("redacted_")]
    assert not out.exists() or list(out.iterdir()) == []


def test_a_cli_run_with_file_id_writes_index_html_like_every_cli_run(tmp_path):
    """README: index.html for every CLI run, the Flywheel ones (--file-id) included."""
    with FakeFlywheel("legacy") as fake:
        project = fake.add_project(members={READER_A: fake.reader_role})
        case = write_case(tmp_path / "in" / "ix.dcm")
        file = fake.add_file(project, "ix.dcm")
        hook = _propose(fake, file, case, read_dicom(case.path), case.phi)
        fake.complete_task(hook.task_id, "yes")  # the reader kept every proposed box
        out = tmp_path / "out"
        result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", file["file_id"],
                         "--output-dir", out, env={**NO_OCR, "FW_API_KEY": fake.api_key})
    assert result.returncode == 0, result.stderr
    assert f"Reports and previews: {out / 'index.html'}" in result.stdout
    index = (out / "index.html").read_text()
    assert '<a href="report_ix.html">ix.dcm</a>' in index and (out / "report_ix.html").is_file()
