"""Detection+ReaderTasks against a fake Flywheel API, through the real flywheel-sdk and fw-client."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.findings import Box, Finding, InstanceFindings
from fw_gear_presidio_image_redactor.flywheel.client import Flywheel
from fw_gear_presidio_image_redactor.flywheel.tasks import ReaderTaskCreator
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name

from .fake_flywheel import FakeFlywheel
from .helpers import make_gear_dir, run_gear, write_case

READER_A, READER_B = "ana.reader@example.org", "bo.reader@example.org"
OPTIONS = {
    "debug": False,
    "Baseline Operating Mode": "Detection+ReaderTasks",
    "Use DICOM Metadata": True,
    "Assignees": f"{READER_A}, {READER_B}",
}
FAST_RETRY = {"PRESIDIO_FW_BACKOFF": "0.01"}


def _members(fake):
    return {READER_A: fake.reader_role, READER_B: fake.reader_role, "viewer@example.org": fake.viewer_role,
            "blind@example.org": fake.blinded_role}


@pytest.fixture
def project(fake):
    return fake.add_project(members=_members(fake))


@pytest.fixture
def legacy():
    """A site with legacy Tasks only (V2 viewer)."""
    with FakeFlywheel("legacy") as server:
        yield server


@pytest.fixture
def legacy_project(legacy):
    return legacy.add_project(members=_members(legacy))


def flywheel_gear_dir(root: Path, image: Path, options: dict, fake: FakeFlywheel, file: dict,
                      job: dict | None) -> Path:
    """make_gear_dir, then the fields Flywheel fills in: the input's file id and (show-job) the job."""
    gear_dir = make_gear_dir(root, image, options, api_key=fake.api_key)
    config = json.loads((gear_dir / "config.json").read_text())
    config["inputs"]["image_file"]["object"]["file_id"] = file["file_id"]
    config["inputs"]["image_file"]["hierarchy"]["id"] = file["parent_ref"]["id"]
    if job is not None:
        config["job"] = {"id": job["id"]}
    (gear_dir / "config.json").write_text(json.dumps(config, indent=2))
    return gear_dir


def _everything_written(gear_dir: Path) -> str:
    return "\n".join(p.read_bytes().decode("latin-1") for p in (gear_dir / "output").rglob("*") if p.is_file())


def test_gear_on_a_legacy_site_creates_protocol_task_and_one_annotation_per_finding_then_a_rerun_creates_nothing(
        legacy, legacy_project, tmp_path):
    fake, project = legacy, legacy_project
    case = write_case(tmp_path / "in" / "xr.dcm")
    file = fake.add_file(project, "xr.dcm")
    job = fake.add_job(file, {"type": "user", "id": "launcher@example.org"})
    fake.add_user("launcher@example.org")
    gear_dir = flywheel_gear_dir(tmp_path / "gear", case.path, OPTIONS, fake, file, job)

    result = run_gear(gear_dir, env=FAST_RETRY)
    assert result.returncode == 0, result.stderr

    protocols = list(fake.state.legacy_protocols.values())
    assert [p["label"] for p in protocols] == ["presidio_default_protocol"]
    proto = protocols[0]
    assert proto["parent"] == {"type": "project", "id": project["_id"]}
    (form,) = fake.state.forms.values()
    (question,) = form["form"]["studyForm"]["components"]
    assert question["label"] == "Were all PHI entities captured correctly?"
    assert [v["value"] for v in question["values"]] == ["yes", "no"]
    (viewer,) = fake.state.viewer_configs.values()
    assert [lab["value"] for lab in viewer["config"]["labels"]] == ["phi_entity"]

    tasks = list(fake.state.legacy_tasks.values())
    assert len(tasks) == 1
    task = tasks[0]
    assert task["parent"]["id"] == file["file_id"] and task["protocol_id"] == proto["_id"]
    assert (task["task_type"], task["viewer"], task["form_id"]) == ("R", "OHIF", form["_id"])
    assert task["assignee"] in (READER_A, READER_B)
    due = datetime.fromisoformat(task["due_date"].replace("Z", "+00:00"))
    assert timedelta(days=6, hours=23) < due - datetime.now(UTC) <= timedelta(days=7)

    boxes = json.loads((gear_dir / "output" / bbox_json_name("xr")).read_text())["instances"][0]["boxes"]
    assert len(boxes) >= 3
    assert f"presidio-proposals-{len(boxes)}" in task["tags"]
    posted = [r.body for r in fake.calls("POST", "/api/annotations")]
    assert len(posted) == len(boxes) and len(fake.state.annotations) == len(boxes)
    import pydicom

    ds = pydicom.dcmread(case.path)
    got = sorted((a["data"]["handles"]["start"]["x"], a["data"]["handles"]["start"]["y"],
                  a["data"]["handles"]["end"]["x"], a["data"]["handles"]["end"]["y"],
                  a["data"]["description"].split(" ")[0]) for a in posted)
    want = sorted((b["left"], b["top"], b["left"] + b["width"], b["top"] + b["height"], b["entity_type"])
                  for b in boxes)
    assert got == want
    assert sorted(a["data"]["measurementNumber"] for a in posted) == list(range(1, len(boxes) + 1))
    for a in posted:
        d = a["data"]
        assert a["task_id"] == task["_id"] and a["file_id"] == file["file_id"] and "file_ref" not in a
        assert d["toolType"] == "RectangleRoi" and d["location"] == "phi_entity"
        assert d["color"] == "rgba(255,0,0,0.5)" and "textBox" in d["handles"]
        assert (d["StudyInstanceUID"], d["SeriesInstanceUID"], d["SOPInstanceUID"]) == (
            ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID)
        assert (d["frameIndex"], d["sliceNumber"], d["imagePath"][-4:]) == (0, 1, "$$$0")
        assert a["origin"] == d["flywheelOrigin"] == {"type": "user", "id": "launcher@example.org"}

    # second run on the same file (debug on: the key must stay out of debug logs too): writes nothing to Flywheel
    before = len(fake.writes())
    again_dir = flywheel_gear_dir(tmp_path / "gear2", case.path, {**OPTIONS, "debug": True}, fake, file, job)
    again = run_gear(again_dir, env=FAST_RETRY)
    assert again.returncode == 0, again.stderr
    assert fake.writes()[before:] == []
    assert (len(fake.state.legacy_tasks), len(fake.state.legacy_protocols), len(fake.state.annotations)) == (
        1, 1, len(boxes))
    assert "already exists" in again.stderr
    assert "DEBUG" in again.stderr
    for text in (result.stderr, result.stdout, again.stderr, again.stdout, _everything_written(gear_dir),
                 _everything_written(again_dir)):
        assert fake.KEY not in text


def test_bad_assignees_fail_before_any_scanning_or_writing(fake, project, tmp_path):
    case = write_case(tmp_path / "in" / "a.dcm")
    file = fake.add_file(project, "a.dcm")
    job = fake.add_job(file, {"type": "user", "id": fake.me})
    assignees = f"{READER_A},stranger@example.org,viewer@example.org"
    gear_dir = flywheel_gear_dir(tmp_path / "gear", case.path, {**OPTIONS, "Assignees": assignees}, fake, file, job)
    result = run_gear(gear_dir, env=FAST_RETRY)
    assert result.returncode == 1
    errors = [ln for ln in result.stderr.splitlines() if "ERROR" in ln]
    assert len(errors) == 1, result.stderr  # one clear error naming every bad assignee
    assert "stranger@example.org is not a member" in errors[0]
    assert "viewer@example.org has no role granting annotations_manage" in errors[0]
    assert READER_A not in errors[0].split("Each reader")[0]
    assert [p.name for p in (gear_dir / "output").iterdir()] == []  # nothing scanned or written
    assert fake.writes() == []
    assert "Traceback" not in result.stderr


def _hook(fake, project, file, job=None, assignees=(READER_A, READER_B)) -> ReaderTaskCreator:
    fw = Flywheel(fake.api_key, backoff=0.01)
    return ReaderTaskCreator.prepare(fw, file["file_id"], assignees, job["id"] if job else None)


def test_a_blinded_reader_is_accepted_by_tasks_manager_and_refused_by_legacy_tasks(
        fake, project, legacy, legacy_project, caplog):
    from fw_gear_presidio_image_redactor.flywheel.assignees import AssigneeError

    with caplog.at_level("WARNING"):
        _hook(fake, project, fake.add_file(project, "b.dcm"), assignees=("blind@example.org",))
    assert "blind@example.org has no role granting annotations_edit_others, annotations_view_others" in caplog.text
    with pytest.raises(AssigneeError, match="blind@example.org has no role granting annotations_edit_others"):
        _hook(legacy, legacy_project, legacy.add_file(legacy_project, "b.dcm"), assignees=("blind@example.org",))
    with pytest.raises(AssigneeError, match="Assignees: empty"):
        _hook(fake, project, fake.add_file(project, "c.dcm"), assignees=())
    assert legacy.writes() == []


def test_tasks_manager_protocol_is_a_read_protocol_with_form_defaults_published_in_the_group(fake, project):
    file = fake.add_file(project, "p.dcm")
    hook = _hook(fake, project, file)
    (proto,) = fake.state.protocols.values()
    assert (proto["task_type"], proto["status"], proto["parent_ref"]) == (
        "read", "published", {"type": "group", "id": project["group"]})
    assert proto["form"]["defaults"] == {}
    fields = proto["form"]["fields"]
    assert fields[0]["label"] == "Were all PHI entities captured correctly?"
    assert [o["value"] for o in fields[0]["options"]] == ["yes", "no"]
    assert fields[1]["visible"] == [{"==": [{"var": "phi_captured_correctly"}, "no"]}]  # shown on "no"
    assert proto["protocol_config"]["viewer_config"]["labels"]["items"][0]["label"] == "phi_entity"
    assert hook.system.system.name == "TASKS_MANAGER"
    # the lookup filters by label only (a documented filter field) and finds it again
    _hook(fake, project, fake.add_file(project, "q.dcm"))
    assert len(fake.state.protocols) == 1
    assert {r.query.get("filter") for r in fake.calls("GET", "/api/protocols")} == {"label=presidio_default_protocol"}


def test_someone_elses_draft_protocol_is_never_published(fake, project):
    from fw_gear_presidio_image_redactor.flywheel.client import FlywheelError

    draft = {"_id": "d" * 24, "label": "presidio_default_protocol", "status": "draft", "task_type": "read",
             "parent_ref": {"type": "group", "id": project["group"]}, "form": {"fields": [], "defaults": {}}}
    fake.state.protocols[draft["_id"]] = draft
    with pytest.raises(FlywheelError, match="exists only as a draft .*dddddddd.*which this run did not create"):
        _hook(fake, project, fake.add_file(project, "d.dcm"))
    assert draft["status"] == "draft" and fake.writes() == [] and fake.state.tasks == {}


def _mf_findings(tmp_path):
    case = write_case(tmp_path / "mf.dcm", [TextSpec("X", 10, 10)], frames=3, rows=64, columns=80)
    img = read_dicom(case.path)
    inst = InstanceFindings("", img.sop_instance_uid, 64, 80, 3, [
        Finding("PERSON", Box(5, 6, 20, 10), 0.9, "spacy", "JOHN", 0, img.sop_instance_uid),
        Finding("DATE_TIME", Box(30, 40, 15, 8), 0.8, "regex", "2020", 2, img.sop_instance_uid),
    ])
    return case, img, inst


def test_legacy_multiframe_annotations_number_frames_from_one(legacy, legacy_project, tmp_path):
    case, img, inst = _mf_findings(tmp_path)
    file = legacy.add_file(legacy_project, "mf.dcm", frames=3)
    hook = _hook(legacy, legacy_project, file)
    assert hook(case.path, [img], [inst]) is None
    by_frame = {a["data"]["frameIndex"]: a["data"] for a in legacy.state.annotations.values()}
    assert set(by_frame) == {1, 3}  # the viewer's numbering; the fake refuses 0 on a multi-frame file
    assert by_frame[3]["sliceNumber"] == 3 and by_frame[1]["sliceNumber"] == 1
    assert (by_frame[3]["handles"]["start"]["x"], by_frame[3]["handles"]["start"]["y"]) == (30, 40)
    assert (by_frame[3]["handles"]["end"]["x"], by_frame[3]["handles"]["end"]["y"]) == (45, 48)
    assert by_frame[3]["imagePath"].endswith(f"{img.sop_instance_uid}$$$3")


def test_tasks_manager_proposals_are_one_sr_measurement_set_with_1_based_frames(fake, project, tmp_path):
    import io

    import pydicom

    case, img, inst = _mf_findings(tmp_path)
    file = fake.add_file(project, "mf.dcm", frames=3)
    hook = _hook(fake, project, file)
    assert hook(case.path, [img], [inst]) is None
    (task,) = fake.state.tasks.values()
    assert "presidio-proposals-2" in task["tags"]
    (ann,) = fake.state.v3_annotations.values()
    assert ann["task_id"] == task["_id"] and len(ann["elements"]) == 2
    (post,) = fake.calls("POST", "/api/v3/annotations")
    assert json.loads(post.body["data"])["task_id"] == task["_id"]
    sr = pydicom.dcmread(io.BytesIO(fake.v3_file(ann["_id"])))
    assert sr.Modality == "SR"
    # never the recognised text; only text values are searched: the SR's own date-time of writing
    # holds '2020' on some days (DT '20261202000825' on 2 December), and so may a random UID
    texts = [str(e.value) for e in sr.iterall() if e.VR in ("AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UT")]
    assert texts and not [t for t in texts if "JOHN" in t or "2020" in t]
    regions = []

    def walk(items):
        for item in items:
            if item.get("ValueType") == "SCOORD":
                ref = next(c for c in item.ContentSequence if c.ValueType == "IMAGE").ReferencedSOPSequence[0]
                pts = [float(v) for v in item.GraphicData]
                regions.append((int(ref.ReferencedFrameNumber), min(pts[0::2]), min(pts[1::2]), max(pts[0::2]),
                                max(pts[1::2])))
            walk(item.get("ContentSequence", []))

    walk(sr.ContentSequence)
    assert sorted(regions) == [(1, 5, 6, 25, 16), (3, 30, 40, 45, 48)]


def test_series_annotations_land_on_their_instance_with_slice_numbers_in_series_order(
        legacy, legacy_project, tmp_path):
    import pydicom

    study, series = "1.2.826.0.1.3680043.8.498.1", "1.2.826.0.1.3680043.8.498.2"
    images = []
    for i in range(3):
        case = write_case(tmp_path / f"s{i}.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48, seed=i)
        ds = pydicom.dcmread(case.path)
        ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.InstanceNumber = study, series, i + 1
        ds.save_as(case.path)
        images.append(read_dicom(case.path, f"series/s{i}.dcm"))
    findings = [InstanceFindings(img.member, img.sop_instance_uid, 48, 48, 1,
                                 [Finding("ID", Box(i, i + 1, 10, 5), 0.9, "regex", "1", 0, img.sop_instance_uid,
                                          img.member)])
                for i, img in enumerate(images)]
    file = legacy.add_file(legacy_project, "series.dicom.zip")
    hook = _hook(legacy, legacy_project, file)
    assert hook(Path("series.dicom.zip"), images, findings) is None
    anns = sorted((a["data"] for a in legacy.state.annotations.values()), key=lambda d: d["sliceNumber"])
    assert [d["SOPInstanceUID"] for d in anns] == [img.sop_instance_uid for img in images]
    assert [d["sliceNumber"] for d in anns] == [1, 2, 3]
    assert {d["frameIndex"] for d in anns} == {0}
    assert {(d["StudyInstanceUID"], d["SeriesInstanceUID"]) for d in anns} == {(study, series)}
    assert [(d["handles"]["start"]["x"], d["handles"]["end"]["y"]) for d in anns] == [(0, 6), (1, 7), (2, 8)]


def test_gear_rule_job_attributes_annotations_to_the_rules_last_modifier(legacy, legacy_project, tmp_path):
    case = write_case(tmp_path / "r.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48)
    img = read_dicom(case.path)
    file = legacy.add_file(legacy_project, "r.dcm")
    legacy.add_user("rule.owner@example.org")
    rule = legacy.add_rule(legacy_project, "g" * 24, "rule.owner@example.org")
    job = legacy.add_job(file, {"type": "system", "id": None}, rule_id=rule["_id"])
    hook = _hook(legacy, legacy_project, file, job)
    assert hook(case.path, [img], [InstanceFindings("", img.sop_instance_uid, 48, 48, 1, [
        Finding("PERSON", Box(1, 2, 3, 4), 0.9, "spacy", "A", 0, img.sop_instance_uid)])]) is None
    (ann,) = legacy.state.annotations.values()
    assert ann["origin"] == ann["data"]["flywheelOrigin"] == {"type": "user", "id": "rule.owner@example.org"}


@pytest.mark.parametrize("system", ["tasks_manager", "legacy"])
def test_a_batch_spreads_tasks_evenly_through_a_site_with_small_pages(system, tmp_path):
    case = write_case(tmp_path / "b.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48)
    img = read_dicom(case.path)
    empty = [InstanceFindings("", img.sop_instance_uid, 48, 48, 1)]
    with FakeFlywheel(system, page_cap=2) as fake:  # fewer per page than the gear asks: paging must go on
        project = fake.add_project(members=_members(fake))
        files = [fake.add_file(project, f"b{i}.dcm") for i in range(6)]
        for f in files:
            _hook(fake, project, f)(case.path, [img], empty)
        _hook(fake, project, files[0])(case.path, [img], empty)  # a re-run finds its task on a later page
        tasks = fake.all_tasks()
    counts = {}
    for t in tasks:
        who = t["assignee"]["id"] if isinstance(t["assignee"], dict) else t["assignee"]
        counts[who] = counts.get(who, 0) + 1
    assert counts == {READER_A: 3, READER_B: 3}


def test_500_and_429_are_retried(fake, project, tmp_path):
    case = write_case(tmp_path / "f.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48)
    img = read_dicom(case.path)
    findings = [InstanceFindings("", img.sop_instance_uid, 48, 48, 1, [
        Finding("PERSON", Box(1, 2, 3, 4), 0.9, "spacy", "A", 0, img.sop_instance_uid)])]
    fake.faults += [("POST", "/api/tasks/reader", 500), ("POST", "/api/v3/annotations", 429)]
    hook = _hook(fake, project, fake.add_file(project, "ok.dcm"))
    assert hook(case.path, [img], findings) is None
    assert [r.status for r in fake.calls("POST", "/api/tasks/reader")] == [500, 200]
    assert [r.status for r in fake.calls("POST", "/api/v3/annotations")] == [429, 200]
    assert len(fake.state.tasks) == 1 and len(fake.state.v3_annotations) == 1


def test_a_refused_annotation_leaves_no_partial_task(fake, project, legacy, legacy_project, tmp_path):
    case = write_case(tmp_path / "f.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48)
    img = read_dicom(case.path)
    findings = [InstanceFindings("", img.sop_instance_uid, 48, 48, 1, [
        Finding("PERSON", Box(1, 2, 3, 4), 0.9, "spacy", "A", 0, img.sop_instance_uid),
        Finding("ID", Box(10, 12, 3, 4), 0.9, "regex", "1", 0, img.sop_instance_uid)])]

    hook = _hook(legacy, legacy_project, legacy.add_file(legacy_project, "bad.dcm"))
    legacy.faults.append(("POST", "/api/annotations", 403, 1))  # the first is written, the second refused
    error = hook(case.path, [img], findings)
    assert error and "'create annotation'" in error and "403" in error
    assert legacy.state.annotations == {} and legacy.state.legacy_tasks == {}  # removed again
    assert [r.status for r in legacy.calls("POST", "/api/annotations")] == [200, 403]
    assert len(legacy.calls("DELETE", "/api/annotations/")) == 1
    assert len(legacy.calls("DELETE", "/api/readertasks/")) == 1

    hook = _hook(fake, project, fake.add_file(project, "bad.dcm"))
    fake.faults.append(("POST", "/api/v3/annotations", 403))
    error = hook(case.path, [img], findings)
    assert error and "403" in error
    assert [t["status"] for t in fake.state.tasks.values()] == ["cancelled"] and fake.state.v3_annotations == {}


def test_the_key_is_scrubbed_even_if_something_logs_it(fake, capfd):
    from fw_gear_presidio_image_redactor.cli import configure_logging

    configure_logging(True)
    fw = Flywheel(fake.api_key, backoff=0.01)
    log = __import__("logging").getLogger("anything.at.all")
    log.debug("connecting with %s", fake.api_key)
    try:
        raise RuntimeError(f"boom {fake.KEY}")
    except RuntimeError:
        log.exception("failed")
    assert "***" in repr(fw.key) and fake.KEY not in repr(fw.key)
    err = capfd.readouterr().err
    assert "connecting with ***" in err and "boom ***" in err
    assert fake.KEY not in err


def test_a_create_whose_reply_was_lost_is_not_made_twice(fake, project, tmp_path):
    case = write_case(tmp_path / "l.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48)
    img = read_dicom(case.path)
    findings = [InstanceFindings("", img.sop_instance_uid, 48, 48, 1, [
        Finding("PERSON", Box(1, 2, 3, 4), 0.9, "spacy", "A", 0, img.sop_instance_uid)])]
    file = fake.add_file(project, "l.dcm")
    fake.faults += [("POST", "/api/protocols", 502, 0, True), ("POST", "/api/tasks/reader", 500, 0, True),
                    ("POST", "/api/v3/annotations", 503, 0, True)]
    hook = _hook(fake, project, file)
    assert hook(case.path, [img], findings) is None
    assert (len(fake.state.protocols), len(fake.state.tasks), len(fake.state.v3_annotations)) == (1, 1, 1)
    assert list(fake.state.protocols.values())[0]["status"] == "published"


def test_a_timeout_is_retried(fake, project, tmp_path):
    case = write_case(tmp_path / "t.dcm", [TextSpec("X", 10, 10)], rows=48, columns=48)
    img = read_dicom(case.path)
    file = fake.add_file(project, "t.dcm")
    fw = Flywheel(fake.api_key, backoff=0.01, timeout=1)
    hook = ReaderTaskCreator.prepare(fw, file["file_id"], (READER_A,), None)
    fake.slow.append(("POST", "/api/tasks/reader", 2.5))
    assert hook(case.path, [img], [InstanceFindings("", img.sop_instance_uid, 48, 48, 1)]) is None
    assert len(fake.state.tasks) == 1  # the late create was found, not repeated


def test_a_protocol_that_cannot_be_published_is_removed_and_nothing_else_is_made(fake, project):
    from fw_gear_presidio_image_redactor.flywheel.client import FlywheelError

    file = fake.add_file(project, "p.dcm")
    fake.faults.append(("PUT", "/api/protocols/", 403))
    with pytest.raises(FlywheelError, match="'publish reader protocol' was refused: HTTP 403"):
        _hook(fake, project, file)
    assert fake.state.protocols == {} and fake.state.tasks == {}
    assert [r.method for r in fake.calls("DELETE", "/api/protocols/")] == ["DELETE"]


def test_gear_on_a_zipped_series_annotates_each_member_at_its_findings(legacy, legacy_project, tmp_path):
    fake, project = legacy, legacy_project
    import zipfile

    import pydicom

    study, series = "1.2.826.0.1.3680043.8.498.11", "1.2.826.0.1.3680043.8.498.12"
    zpath = tmp_path / "in" / "ser.dicom.zip"
    zpath.parent.mkdir(parents=True, exist_ok=True)
    uids = {}
    with zipfile.ZipFile(zpath, "w") as zf:
        for i in range(2):
            case = write_case(tmp_path / f"m{i}.dcm", [TextSpec("MRN 55120934", 20, 20 + 40 * i, "ID", 24)],
                              rows=256, columns=256, seed=i)
            ds = pydicom.dcmread(case.path)
            ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.InstanceNumber = study, series, 2 - i  # reverse order
            ds.save_as(case.path)
            uids[f"m{i}.dcm"] = ds.SOPInstanceUID
            zf.write(case.path, f"m{i}.dcm")
    file = fake.add_file(project, "ser.dicom.zip")
    gear_dir = flywheel_gear_dir(tmp_path / "gear", zpath, {**OPTIONS, "Assignees": READER_A}, fake, file, None)
    result = run_gear(gear_dir, env=FAST_RETRY)
    assert result.returncode == 0, result.stderr
    doc = json.loads((gear_dir / "output" / bbox_json_name("ser")).read_text())
    want = sorted((inst["sop_instance_uid"], b["left"], b["top"], b["left"] + b["width"], b["top"] + b["height"])
                  for inst in doc["instances"] for b in inst["boxes"])
    anns = [a["data"] for a in fake.state.annotations.values()]
    got = sorted((d["SOPInstanceUID"], d["handles"]["start"]["x"], d["handles"]["start"]["y"],
                  d["handles"]["end"]["x"], d["handles"]["end"]["y"]) for d in anns)
    assert got == want and {u for u, *_ in got} == set(uids.values())
    slices = {d["SOPInstanceUID"]: d["sliceNumber"] for d in anns}
    assert slices == {uids["m1.dcm"]: 1, uids["m0.dcm"]: 2}  # Instance Number order, not zip order
    assert {(d["StudyInstanceUID"], d["SeriesInstanceUID"], d["frameIndex"]) for d in anns} == {(study, series, 0)}
