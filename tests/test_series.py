"""Zipped series: members in Instance Number order, each scanned (the banner read
once for the series), outputs zipped under the input's member names, non-DICOM
members skipped with a warning that names them."""

from __future__ import annotations

import io
import json
import zipfile

import pydicom
import pytest

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import make_cine
from fw_gear_presidio_image_redactor.flywheel.annotations import image_refs, legacy_annotation_body
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name
from fw_gear_presidio_image_redactor.run.engine import Engine
from fw_gear_presidio_image_redactor.run.parts import build_scanner

from .helpers import HEADER, glyphs_erased, read_csv_rows, run_cli, runs_per_mode, write_case

# member name -> Instance Number: names deliberately out of Instance Number order
MEMBERS = {"b_slice.dcm": 2, "a_slice.dcm": 3, "c_slice.dcm": 1}
NOT_DICOM = ["README.txt", "notes/thumb.png"]
SERIES_UID = "1.2.826.0.1.3680043.8.498.111"


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    root = tmp_path_factory.mktemp("series")
    cases = {}
    for name, number in MEMBERS.items():
        cases[name] = write_case(root / "members" / name, header={**HEADER, "InstanceNumber": number,
                                                                  "SeriesInstanceUID": SERIES_UID}, seed=number)
    cine = make_cine(3, header={"InstanceNumber": 4, "SeriesInstanceUID": SERIES_UID}, seed=4)
    cine.save(root / "members" / "d_cine.dcm")
    path = root / "series.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name in [*MEMBERS, "d_cine.dcm"]:
            zf.write(root / "members" / name, name)
        zf.writestr(NOT_DICOM[0], "scanned with protocol 7\n")
        zf.writestr(NOT_DICOM[1], b"\x89PNG\r\n\x1a\n" + bytes(64))
    return path, cases, cine


@pytest.fixture(scope="module")
def series_run(series, tmp_path_factory):
    return runs_per_mode(series[0], tmp_path_factory, "series")


def _members(zip_path) -> dict[str, pydicom.Dataset]:
    with zipfile.ZipFile(zip_path) as zf:
        return {name: pydicom.dcmread(io.BytesIO(zf.read(name))) for name in zf.namelist()}


def _cine_phi(cine):
    return [s for s in cine.segments if s.entity]


def test_redact_series_keeps_member_names_and_erases_phi_in_each(series, series_run):
    path, cases, cine = series
    out, result = series_run("redact")
    assert result.returncode == 0, result.stderr
    for name in NOT_DICOM:
        assert name in result.stderr, f"no warning names the skipped member {name}"
    members = _members(out / "redacted_series.dicom.zip")
    assert set(members) == {*MEMBERS, "d_cine.dcm"}
    assert len({ds.SeriesInstanceUID for ds in members.values()}) == 1
    assert next(iter(members.values())).SeriesInstanceUID != SERIES_UID
    for name, case in cases.items():
        ds = members[name]
        assert ds.SOPInstanceUID != case.synthetic.dataset.SOPInstanceUID
        for seg in case.phi:
            if seg.entity == "label":
                continue
            assert glyphs_erased(ds.pixel_array, seg), f"{seg.entity} left in {name}"
        for seg in case.non_phi:
            assert not glyphs_erased(ds.pixel_array, seg), f"non-PHI erased in {name}"
    ds = members["d_cine.dcm"]
    assert int(ds.NumberOfFrames) == 3
    for seg in _cine_phi(cine):
        assert glyphs_erased(ds.pixel_array[seg.frame], seg), f"{seg.entity} left on cine frame {seg.frame}"


def test_detect_series_reports_each_member_and_frame_in_instance_order(series, series_run, series_findings):
    path, cases, cine = series
    out, result = series_run("detect")
    assert result.returncode == 0, result.stderr
    uids = {name: case.synthetic.dataset.SOPInstanceUID for name, case in cases.items()}
    uids["d_cine.dcm"] = cine.dataset.SOPInstanceUID
    rows = read_csv_rows(out / csv_name("series"))
    assert {r["member"] for r in rows} == set(uids)
    for r in rows:
        assert r["sop_instance_uid"] == uids[r["member"]]
    assert {int(r["frame"]) for r in rows if r["member"] == "d_cine.dcm"} == {0, 1, 2}
    doc = json.loads((out / bbox_json_name("series")).read_text())
    assert [i["member"] for i in doc["instances"]] == ["c_slice.dcm", "b_slice.dcm", "a_slice.dcm", "d_cine.dcm"]
    assert set(_members(out / "bbox_series.dicom.zip")) == set(uids)
    assert not (out / "redacted_series.dicom.zip").exists()


def test_redact_all_series_removes_every_text(series, series_run):
    path, cases, cine = series
    out, result = series_run("redact-all")
    assert result.returncode == 0, result.stderr
    members = _members(out / "redacted_series.dicom.zip")
    for name, case in cases.items():
        for seg in case.synthetic.segments:
            assert glyphs_erased(members[name].pixel_array, seg), f"{seg.text!r} left in {name}"
    assert all(ds.BurnedInAnnotation == "NO" for ds in members.values())


def test_zip_with_only_non_dicom_members_fails_naming_them(tmp_path):
    path = tmp_path / "notes.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("README.txt", "nothing here")
    result = run_cli("run", path, "--mode", "detect", "--output-dir", tmp_path / "out")
    assert result.returncode != 0
    assert "README.txt" in result.stderr and "no DICOM members" in result.stderr


@pytest.fixture(scope="module")
def scanner():
    """One Detection scanner (OCR engine and analyzer loaded once) for the in-process scans."""
    return build_scanner(RedactorConfig(mode=Mode.DETECT))


@pytest.fixture(scope="module")
def series_findings(series_run):
    """The engine's own loading and scanning of the series: those of the module's Detection
    run (in process), recorded as its engine loads and scans (one scan of the series, not two)."""
    seen = {}
    load, findings = Engine._load, Engine._findings

    def recording_load(self, unit):
        seen["load"] = load(self, unit)
        return seen["load"]

    def recording_findings(self, images):
        seen["findings"] = findings(self, images)
        seen["stats"] = dict(self.strategies.source.scanner.last_stats)
        return seen["findings"]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "_load", recording_load)
        patch.setattr(Engine, "_findings", recording_findings)
        series_run("detect")
    assert "load" in seen, "the Detection run happened before this fixture could record it"
    images, problems, _ = seen["load"]
    assert not problems
    return images, seen["findings"], seen["stats"]


def test_one_banner_is_read_once_for_the_whole_series(series_findings):
    images, findings, stats = series_findings
    assert [img.member for img in images] == ["c_slice.dcm", "b_slice.dcm", "a_slice.dcm", "d_cine.dcm"]
    # three same-geometry slices share one key frame; the colour cine has its own
    assert stats["key_frames"] == 2
    assert all(inst.findings for inst in findings)


def test_reader_task_annotations_name_each_member_and_frame(series_findings):
    images, findings, _ = series_findings
    refs = image_refs(images)
    slices = set()
    for inst in findings:
        for f in inst.findings:
            ref = refs[(inst.sop_instance_uid, f.frame)]
            body = legacy_annotation_body(f, ref, number=1, file_id="f" * 24, task_id="t" * 24,
                                          origin={"type": "job", "id": "j" * 24})["data"]
            assert body["SOPInstanceUID"] == inst.sop_instance_uid == f.sop_instance_uid
            # the viewer counts a multi-frame instance's frames from 1, a single frame is 0
            assert body["frameIndex"] == (f.frame + 1 if ref.number_of_frames > 1 else 0)
            slices.add(body["sliceNumber"])
    assert slices == set(range(1, 7))  # 3 slices + 3 cine frames, counted through the series


def test_single_file_cine_with_a_different_member_geometry_reads_fresh_key(tmp_path, scanner):
    cine = make_cine(2, seed=1)
    cine.save(tmp_path / "x.dcm")
    case = write_case(tmp_path / "y.dcm")
    scanner.scan_many([read_dicom(tmp_path / "x.dcm"), read_dicom(case.path)])
    assert scanner.last_stats["key_frames"] == 2
