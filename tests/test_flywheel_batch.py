"""`presidio-image-redactor flywheel batch|status` against a fake Flywheel API."""

from __future__ import annotations

import json
import re

import pytest

from .fake_flywheel import FakeFlywheel
from .helpers import run_cli


@pytest.fixture
def site():
    with FakeFlywheel() as fake:
        project = fake.add_project("radiology", "deid")
        other = fake.add_project("radiology", "other")
        files = [fake.add_file(project, "ct1.dcm", modality="CT", tags=["review"]),
                 fake.add_file(project, "ct2.dicom.zip", modality="CT"),
                 fake.add_file(project, "us1.dcm", modality="US", tags=["review"]),
                 fake.add_file(project, "notes.pdf", ftype="pdf", modality="")]
        fake.add_file(other, "elsewhere.dcm")
        fake.add_gear(version="0.1.0")
        gear = fake.add_gear(version="0.2.0")
        yield fake, files, gear


def _cli(fake, *args):
    return run_cli("flywheel", *args, env={"FW_API_KEY": fake.api_key, "PRESIDIO_FW_BACKOFF": "0.01"})


def test_dry_run_lists_the_projects_dicom_files_and_launches_nothing(site):
    fake, files, _ = site
    result = _cli(fake, "batch", "--project", "radiology/deid", "--mode", "detect", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "3 DICOM file(s) in radiology/deid" in result.stdout
    for f in files[:3]:
        assert f["file_id"] in result.stdout and f["name"] in result.stdout
    assert "notes.pdf" not in result.stdout and "elsewhere.dcm" not in result.stdout
    assert "no jobs launched" in result.stdout
    assert fake.writes() == [r for r in fake.writes() if r.path == "/api/lookup"]  # only the read-only lookup
    assert not fake.state.batches

    ct = _cli(fake, "batch", "--project", "radiology/deid", "--mode", "detect", "--modality", "CT",
              "--tag", "review", "--dry-run")
    assert ct.returncode == 0, ct.stderr
    assert "1 DICOM file(s)" in ct.stdout and "ct1.dcm" in ct.stdout and "us1.dcm" not in ct.stdout


def test_launch_proposes_one_job_per_file_starts_the_batch_and_reports_states(site, tmp_path):
    fake, files, gear = site
    options = tmp_path / "opts.json"
    options.write_text(json.dumps({"Assignees": "ana@example.org", "Use DICOM Metadata": True}))
    result = _cli(fake, "batch", "--project", "radiology/deid", "--mode", "detect+readertasks",
                  "--config", options)
    assert result.returncode == 0, result.stderr
    (batch_id,) = fake.state.batches
    assert f"batch {batch_id}: 3 job(s) launched" in result.stdout
    assert f"presidio-image-redactor flywheel status {batch_id}" in result.stdout
    (proposal,) = fake.calls("POST", "/api/batch/jobs")
    jobs = proposal.body["jobs"]
    assert len(jobs) == 3 and {j["gear_id"] for j in jobs} == {gear["_id"]}  # the newest version
    by_name = {j["inputs"]["image_file"]["name"]: j for j in jobs}
    assert set(by_name) == {"ct1.dcm", "ct2.dicom.zip", "us1.dcm"}
    for f in files[:3]:
        job = by_name[f["name"]]
        assert job["inputs"]["image_file"] == {"type": "acquisition", "id": f["parent_ref"]["id"], "name": f["name"]}
        assert job["destination"] == {"type": "acquisition", "id": f["parent_ref"]["id"]}
        assert job["config"] == {"Assignees": "ana@example.org", "Use DICOM Metadata": True,
                                 "Baseline Operating Mode": "Detection+ReaderTasks"}
    assert [r.path for r in fake.calls("POST", "/api/batch/")] == ["/api/batch/jobs", f"/api/batch/{batch_id}/run"]

    status = _cli(fake, "status", batch_id)
    assert status.returncode == 0, status.stderr
    assert re.search(rf"batch {batch_id}: 3 job\(s\): 3 pending", status.stdout), status.stdout


def test_bad_options_and_unknown_project_fail_before_any_job(site, tmp_path):
    fake, _, _ = site
    no_readers = _cli(fake, "batch", "--project", "radiology/deid", "--mode", "detect+readertasks")
    assert no_readers.returncode == 2 and "Assignees: empty" in no_readers.stderr  # configuration: 2
    missing = _cli(fake, "batch", "--project", "radiology/nope", "--mode", "detect")
    assert missing.returncode == 1  # what the site says is not a usage error
    assert "'look up project radiology/nope' was refused: HTTP 404" in missing.stderr
    assert not fake.state.batches and "Traceback" not in missing.stderr + no_readers.stderr


def test_403_names_the_call(site):
    fake, _, _ = site
    fake.faults.append(("GET", "/api/files", 403))
    result = _cli(fake, "batch", "--project", "radiology/deid", "--mode", "detect", "--dry-run")
    assert result.returncode == 1
    assert "Flywheel call 'list the project's DICOM files' was refused: HTTP 403" in result.stderr
    assert fake.KEY not in result.stderr + result.stdout
