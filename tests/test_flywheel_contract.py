"""The Flywheel contract itself: what the fake refuses (as a real site does), how the gear tells the
task systems apart, and how listings are paged."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.flywheel.client import Flywheel, FlywheelError, collect_pages
from fw_gear_presidio_image_redactor.flywheel.systems import TaskSystem, detect

from .fake_flywheel import FakeFlywheel


def _fw(fake) -> Flywheel:
    return Flywheel(fake.api_key, backoff=0.01, retries=0)


@pytest.fixture
def both():
    with FakeFlywheel("both", page_cap=3) as fake:
        yield fake


def _refused(call) -> str:
    with pytest.raises(FlywheelError) as info:
        call()
    return str(info.value)


def test_the_fake_refuses_what_a_real_site_refuses(both):
    fw = _fw(both)
    project = both.add_project()
    mf = both.add_file(project, "cine.dcm", frames=5)
    good_form = {"title": "t", "description": "", "defaults": {}, "fields": []}
    proto = {"label": "p", "group_id": project["group"], "task_type": "read", "form": good_form}
    assert "task_type must be 'read'" in _refused(lambda: fw.post("p", "/api/protocols", {**proto,
                                                                                        "task_type": "reader"}))
    no_defaults = {k: v for k, v in good_form.items() if k != "defaults"}
    assert "defaults" in _refused(lambda: fw.post("p", "/api/protocols", {**proto, "form": no_defaults}))
    assert fw.post("p", "/api/protocols", proto)["status"] == "draft"

    data = {"toolType": "RectangleRoi", "frameIndex": 1, "imagePath": "1$$$2$$$3$$$1",
            "handles": {"start": {"x": 0, "y": 0}, "end": {"x": 1, "y": 1}}}
    only_ref = {"file_ref": {"file_id": mf["file_id"], "version": 1}, "task_id": "t" * 24, "data": data}
    assert "file_id and data are required" in _refused(lambda: fw.post("a", "/api/annotations", only_ref))
    zero = {"file_id": mf["file_id"], "data": {**data, "frameIndex": 0, "imagePath": "1$$$2$$$3$$$0"}}
    assert "frameIndex 0 is not a frame of this 5-frame image" in _refused(
        lambda: fw.post("a", "/api/annotations", zero))
    stored = fw.post("a", "/api/annotations", {"file_id": mf["file_id"], "data": data})
    assert stored["file_ref"] == {"file_id": mf["file_id"], "version": 1} and "file_id" not in stored

    assert "HTTP 400" in _refused(lambda: fw.get("f", "/api/tasks/reader", filter="parent_ref.id=x"))
    for i in range(7):
        both.add_file(project, f"f{i}.dcm")
    page = fw.get("files", "/api/files", filter=f"parents.project={project['_id']}", limit=500)
    assert (page["count"], page["total"]) == (3, 8)  # capped below what was asked
    assert len(fw.paged("files", "/api/files", filter=f"parents.project={project['_id']}")) == 8


@pytest.mark.parametrize("system, flags, expected", [
    ("tasks_manager", True, TaskSystem.TASKS_MANAGER),
    ("legacy", True, TaskSystem.LEGACY),
    ("both", True, TaskSystem.TASKS_MANAGER),
    ("legacy", False, TaskSystem.LEGACY),  # no flags reported: the endpoints decide
])
def test_the_task_system_comes_from_the_site(system, flags, expected):
    with FakeFlywheel(system, report_flags=flags) as fake:
        assert detect(_fw(fake)) is expected


def test_a_site_without_reader_tasks_fails_with_one_line_naming_what_is_missing(tmp_path):
    from .helpers import run_cli, write_case

    case = write_case(tmp_path / "in" / "x.dcm")
    with FakeFlywheel("none") as fake:
        project = fake.add_project()
        file = fake.add_file(project, "x.dcm")
        result = run_cli("run", case.path, "--mode", "apply-annotations", "--file-id", file["file_id"],
                         "--output-dir", tmp_path / "out", env={"FW_API_KEY": fake.api_key,
                                                                "PRESIDIO_FW_BACKOFF": "0.01"})
    assert result.returncode == 1
    errors = [ln for ln in result.stderr.splitlines() if "ERROR" in ln]
    assert len(errors) == 1, result.stderr
    for needle in ("no reader-task system", "tasks_refactor (Tasks Manager) off", "/api/tasks/reader absent",
                   "reader_tasks (legacy Tasks) off", "/api/readertasks absent"):
        assert needle in errors[0]
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_paging_follows_the_envelope_and_never_returns_a_silently_short_list():
    pages = {0: {"count": 2, "total": 5, "results": [1, 2]}, 2: {"count": 2, "total": 5, "results": [3, 4]},
             4: {"count": 1, "total": 5, "results": [5]}}
    assert collect_pages("list", lambda skip: pages[skip]) == [1, 2, 3, 4, 5]
    assert collect_pages("list", lambda skip: [1, 2, 3]) == [1, 2, 3]  # a plain list is the whole answer
    shrinking = {0: {"count": 2, "total": 5, "results": [1, 2]}, 2: {"count": 0, "total": 5, "results": []}}
    with pytest.raises(FlywheelError, match="'list' stopped at 2 of 5 results"):
        collect_pages("list", lambda skip: shrinking[skip])
