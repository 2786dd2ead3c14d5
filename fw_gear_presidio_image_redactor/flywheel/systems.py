"""The site's reader-task system, and one adapter per system.

Flywheel has two reader-task systems that do not share tasks, protocols or
annotations (docs.flywheel.io, Tasks Manager: "Tasks Manager is not compatible
with legacy Tasks (V2 Viewer)"):

- **legacy Tasks** (V2 viewer): /api/forms, /api/viewerconfigs,
  /api/read_task_protocols (per project), /api/readertasks, form responses in
  /api/formresponses, annotations in /api/annotations, listed per task by
  /api/readertasks/{id}/annotations. The original gear (fw-presidio-image-redactor
  0.1.3) and fw-gear-dicom-seg-to-ohif / fw-gear-form-and-annotations-exporter use
  these; fw-client's OpenAPI lists them.
- **Tasks Manager** (V3 viewer): /api/protocols (per group, published before use),
  /api/tasks/reader and /api/tasks/{id}/responses, modelled by flywheel-sdk 23;
  annotations in the V3 store /api/v3/annotations (one DICOM SR per measurement
  set, created as multipart `data` + `file`, listed by `task_id`, the file served by
  /api/v3/annotations/{id}/file; public reference notes on V3 reader tasks say the
  legacy /api/annotations listing returns no rows for them).

`detect` reads the site's feature flags (GET /api/config, `features`) and checks
that the system's endpoint answers. Both adapters expose the same calls, so
tasks.py and apply.py do not care which one they talk to.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from ..decode.dicom import DicomImage
from ..findings import Finding
from .annotations import (
    ANNOTATION_COLOR,
    ANNOTATION_LABEL,
    ImageRef,
    ReaderRect,
    legacy_annotation_body,
    rects_from_legacy,
)
from .client import Flywheel, FlywheelError, field, sdk_paged
from .sr import proposals_sr, rects_from_sr

log = logging.getLogger(__name__)

PROTOCOL_LABEL = "presidio_default_protocol"
QUESTION_KEY = "phi_captured_correctly"
QUESTION = "Were all PHI entities captured correctly?"
INSTRUCTION = ("Draw a rectangle (label phi_entity) around each PHI that was missed, "
               "and delete each rectangle that is not PHI.")
TASK_TAG = "presidio-image-redactor"
PROPOSALS_TAG = "presidio-proposals-"  # + the number of boxes proposed, read back by apply-annotations
DUE_IN = timedelta(days=7)
DESCRIPTION = "Check the PHI boxes found by presidio-image-redactor; add missed PHI, delete wrong boxes."


class TaskSystem(Enum):
    LEGACY = "legacy Tasks (V2 viewer)"
    TASKS_MANAGER = "Tasks Manager (V3 viewer)"


@dataclass(frozen=True)
class FileContext:
    """The Flywheel file a local input stands for."""

    file_id: str
    version: int | None
    name: str
    project_id: str
    group_id: str


@dataclass(frozen=True)
class Task:
    """A reader task in either system, as far as the gear needs it."""

    id: str  # the 24-hex _id every API call takes
    label: str  # what people see ("R-12" in Tasks Manager, else the id)
    status: str  # todo | in_progress | completed | cancelled | blocked
    assignee: str
    file_id: str
    project_id: str
    tags: tuple[str, ...]
    modified: str
    file_version: int | None = None  # the file version the task was made for (parent ref); None if not said

    @property
    def proposals(self) -> int | None:
        """How many boxes the gear proposed (from its tag); None for a task without it."""
        for t in self.tags:
            if t.startswith(PROPOSALS_TAG) and t[len(PROPOSALS_TAG):].isdigit():
                return int(t[len(PROPOSALS_TAG):])
        return None


def _version(v) -> int | None:
    """A file version (1, 2, ...); None where unknown (Flywheel numbers versions from 1, so 0 is unknown too)."""
    try:
        return int(v) or None
    except (TypeError, ValueError):
        return None


def _value(v) -> str:
    return str(getattr(v, "value", v) or "")


# -- detection -----------------------------------------------------------------

def _answers(fw: Flywheel, path: str) -> bool:
    """Does the site serve this listing? 404 (no such route) means no; other refusals mean yes."""
    try:
        fw.get(f"probe {path}", path, limit=1)
    except FlywheelError as exc:
        if exc.status == 404:
            return False
        if exc.status in (401,) or exc.status is None:
            raise
    return True


def detect(fw: Flywheel) -> TaskSystem:
    """The site's reader-task system, or FlywheelError naming what is missing.

    The flags: `tasks_refactor` (Tasks Manager) and `reader_tasks` (legacy Tasks)
    in the `features` of GET /api/config (flywheel-sdk 23 `Features` model names them). Which
    flag stands for which system is not documented; so each is trusted only with
    its endpoint answering (/api/tasks/reader, /api/readertasks). A site whose
    config does not report the flags is judged by its endpoints alone, Tasks
    Manager first (Flywheel's recommendation for new studies)."""
    # fw-client, not the SDK: the SDK's Features model fills unreported flags with False,
    # and "not reported" must stay distinguishable from "off"
    cfg = fw.get("read the site config", "/api/config") or {}
    features = cfg.get("features") or {} if isinstance(cfg, dict) else {}

    def flag(name):
        v = features.get(name)
        return None if v is None else bool(v)

    tm_flag, legacy_flag = flag("tasks_refactor"), flag("reader_tasks")
    tm_up = _answers(fw, "/api/tasks/reader") if tm_flag is not False else False
    legacy_up = _answers(fw, "/api/readertasks") if legacy_flag is not False else False
    if tm_flag and tm_up or tm_flag is None and legacy_flag is None and tm_up:
        system = TaskSystem.TASKS_MANAGER
    elif legacy_flag and legacy_up or tm_flag is None and legacy_flag is None and legacy_up:
        system = TaskSystem.LEGACY
    else:
        def say(name, flag_value, up, path):
            f = "not reported" if flag_value is None else ("on" if flag_value else "off")
            return f"feature {name} {f}, {path} {'answers' if up else 'absent'}"
        raise FlywheelError(
            "this Flywheel site offers no reader-task system the gear can use ("
            + say("tasks_refactor (Tasks Manager)", tm_flag, tm_up, "/api/tasks/reader") + "; "
            + say("reader_tasks (legacy Tasks)", legacy_flag, legacy_up, "/api/readertasks")
            + "); ask the site admin to enable Tasks Manager or legacy Tasks")
    log.info("Reader-task system of this site: %s", system.value)
    return system


def backend(fw: Flywheel, system: TaskSystem | None = None):
    system = system or detect(fw)
    return TasksManager(fw) if system is TaskSystem.TASKS_MANAGER else LegacyTasks(fw)


def file_context(fw: Flywheel, file_id: str) -> FileContext:
    f = fw.call("get input file", lambda: fw.sdk.get_file(file_id))
    parents = field(f, "parents")
    project, group = field(parents, "project"), field(parents, "group")
    if not project:
        raise FlywheelError(f"file {file_id} is not in a project; ReaderTasks need a project")
    return FileContext(field(f, "file_id") or file_id, field(f, "version"), field(f, "name", ""), project, group)


def _due() -> datetime:
    return datetime.now(UTC) + DUE_IN


def _tags(proposals: int) -> list[str]:
    return [TASK_TAG, f"{PROPOSALS_TAG}{proposals}"]


# -- legacy Tasks (V2 viewer) ----------------------------------------------------

LEGACY_STATUS = {"todo": "todo", "in_progress": "in_progress", "complete": "completed", "completed": "completed",
                 "cancelled": "cancelled", "canceled": "cancelled"}


class LegacyTasks:
    """Legacy Tasks through fw-client, in the shapes the original gear sent (its utils/schemas/*.json)."""

    system = TaskSystem.LEGACY
    store = "the legacy annotation store (/api/readertasks/{id}/annotations)"

    def __init__(self, fw: Flywheel):
        self.fw = fw

    # protocol: a form, a viewer config and the protocol joining them, under the project
    def find_protocol(self, ctx: FileContext) -> str | None:
        found = self.fw.paged("find reader protocols", "/api/read_task_protocols",
                              filter=f"label={PROTOCOL_LABEL},parents.project={ctx.project_id}")
        mine = [p for p in found if p.get("label") == PROTOCOL_LABEL
                and (p.get("parents") or {}).get("project") == ctx.project_id]
        return mine[0]["_id"] if mine else None

    def find_or_create_protocol(self, ctx: FileContext) -> str:
        pid = self.find_protocol(ctx)
        if pid:
            log.info("Reader protocol %s found (%s); nothing created", PROTOCOL_LABEL, pid)
            return pid
        fw = self.fw
        form = fw.post("create the protocol's form", "/api/forms", legacy_form(ctx.project_id))
        viewer = fw.post("create the protocol's viewer config", "/api/viewerconfigs", legacy_viewer_config())
        body = {"label": PROTOCOL_LABEL,
                "description": "Created by presidio-image-redactor: review burned-in PHI boxes.",
                "form_id": form["_id"], "viewer_config_id": viewer["_id"],
                "parent": {"type": "project", "id": ctx.project_id}}
        made = fw.post("create reader protocol", "/api/read_task_protocols", body,
                       recheck=lambda: ({"_id": p} if (p := self.find_protocol(ctx)) else None))
        # the original gear notes the reply may lack the id; look it up then
        pid = (made or {}).get("_id") or self.find_protocol(ctx)
        if not pid:
            raise FlywheelError("Flywheel call 'create reader protocol' answered without the protocol, and "
                                f"{PROTOCOL_LABEL} is not listed in the project")
        log.info("Reader protocol %s created (%s)", PROTOCOL_LABEL, pid)
        return pid

    def protocol_ids(self, ctx: FileContext) -> list[str]:
        pid = self.find_protocol(ctx)
        return [pid] if pid else []

    def _task(self, t: dict) -> Task:
        parent = t.get("parent") or t.get("parent_ref") or {}
        parents = t.get("parents") or {}
        assignee = t.get("assignee")
        if isinstance(assignee, dict):
            assignee = assignee.get("id")
        return Task(t["_id"], str(t.get("task_id") or t["_id"]),
                    LEGACY_STATUS.get(str(t.get("status", "")).lower(), str(t.get("status", "")).lower()),
                    str(assignee or "").lower(), str(parent.get("id", "")), str(parents.get("project", "")),
                    tuple(t.get("tags") or ()), str(t.get("modified") or t.get("created") or ""),
                    _version(parent.get("version")))

    def tasks(self, ctx: FileContext, protocol_id: str) -> list[Task]:
        """Every task of the protocol in the project (the documented per-project listing)."""
        found = self.fw.paged("find reader tasks", f"/api/readertasks/project/{ctx.project_id}",
                              filter=f"protocol_id={protocol_id}")
        return [self._task(t) for t in found if t.get("protocol_id") in (None, protocol_id)]

    def create_task(self, ctx: FileContext, protocol_id: str, assignee: str, proposals: int, recheck) -> Task:
        proto = self.fw.get("get reader protocol", f"/api/read_task_protocols/{protocol_id}") or {}
        body = {"assignee": assignee, "parent": {"id": ctx.file_id, "type": "file", "version": ctx.version or 0},
                "status": "Todo", "form_id": proto.get("form_id"), "viewer": "OHIF",
                "viewer_config_id": proto.get("viewer_config_id"), "info": {}, "config_overrides": {},
                "task_type": "R", "batch_number": 0, "item_number": 0, "protocol_id": protocol_id,
                "due_date": _due().strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "filters": [], "tags": _tags(proposals),
                "description": DESCRIPTION}
        made = self.fw.post("create reader task", "/api/readertasks", body, recheck)
        return made if isinstance(made, Task) else self._task(made)

    def write_proposals(self, ctx: FileContext, task: Task, items: list[tuple[Finding, ImageRef]],
                        images: list[DicomImage], origin: dict, created: list[str]) -> None:
        for number, (f, ref) in enumerate(items, start=1):
            body = legacy_annotation_body(f, ref, number=number, file_id=ctx.file_id, task_id=task.id,
                                          origin=origin)
            made = self.fw.post("create annotation", "/api/annotations", body,
                                recheck=lambda b=body: self._annotation_with_uuid(task, b))
            created.append((made or {}).get("_id"))

    def _annotation_with_uuid(self, task: Task, body: dict) -> dict | None:
        uid = body["data"]["uuid"]
        return next((a for a in self.annotations(task) if (a.get("data") or {}).get("uuid") == uid), None)

    def annotations(self, task: Task) -> list[dict]:
        return self.fw.paged("list the task's annotations", f"/api/readertasks/{task.id}/annotations")

    def roll_back(self, task: Task, created: list[str]) -> None:
        for aid in reversed([a for a in created if a]):
            try:
                self.fw.delete("delete partial annotation", f"/api/annotations/{aid}")
            except FlywheelError as exc:
                log.error("Could not remove annotation %s of the failed task: %s", aid, exc)
        try:  # legacy tasks are deleted (DELETE /api/readertasks/{id}); there is no cancel
            self.fw.delete("delete partial reader task", f"/api/readertasks/{task.id}")
            log.warning("ReaderTask %s was deleted because its annotations could not all be written", task.label)
        except FlywheelError as exc:
            log.error("Could not delete the partial ReaderTask %s: %s", task.label, exc)

    def reader_rects(self, task: Task) -> list[ReaderRect]:
        return rects_from_legacy(self.annotations(task))

    def reader_answer(self, task: Task) -> str | None:
        found = self.fw.paged("read the task's form response", "/api/formresponses", filter=f"task_id={task.id}")
        for r in found:
            answer = (r.get("response_data") or r.get("data") or {}).get(QUESTION_KEY)
            if answer:
                return str(answer)
        return None


def legacy_form(project_id: str) -> dict:
    """The V2 form, in the original gear's form_schema.json shape (formio `studyForm.components`)."""
    return {
        "label": "presidio_default_form", "viewer": "OHIF", "parent": {"type": "project", "id": project_id},
        "form": {"studyForm": {"components": [
            {"label": QUESTION, "key": QUESTION_KEY, "required": True, "type": "radio",
             "values": [{"value": "yes", "label": "Yes"},
                        {"value": "no", "label": "No", "directive": INSTRUCTION,
                         "measurementTools": ["RectangleRoi"]}]},
        ]}},
    }


def legacy_viewer_config() -> dict:
    """The V2 viewer config, in the original gear's viewer_config_schema.json shape, one label."""
    return {"name": "presidio_default_viewer_config", "viewer": "OHIF",
            "config": {"showStudyList": False, "allowDraft": True,
                       "labels": [{"label": "PHI Entity", "value": ANNOTATION_LABEL, "color": ANNOTATION_COLOR}]}}


# -- Tasks Manager (V3 viewer) ------------------------------------------------------

class TasksManager:
    """Tasks Manager through flywheel-sdk 23 (protocols, tasks, responses) and fw-client (V3 annotations)."""

    system = TaskSystem.TASKS_MANAGER
    store = "the V3 annotation store (/api/v3/annotations)"

    def __init__(self, fw: Flywheel):
        self.fw = fw

    def _protocols(self, ctx: FileContext) -> list:
        # `label=` is the filter the SDK documents (ProtocolsApi.find_task_protocols: "e.g. label=my-label");
        # the group is checked here rather than by an undocumented filter field
        found = sdk_paged(self.fw, "find reader protocols", self.fw.sdk.find_task_protocols,
                          filter=f"label={PROTOCOL_LABEL}")
        return [p for p in found if field(p, "label") == PROTOCOL_LABEL
                and field(field(p, "parent_ref"), "id") == ctx.group_id]

    def protocol_ids(self, ctx: FileContext) -> list[str]:
        return [field(p, "id") for p in self._protocols(ctx) if _value(field(p, "status")) == "published"]

    def find_or_create_protocol(self, ctx: FileContext) -> str:
        found = self._protocols(ctx)
        published = [p for p in found if _value(field(p, "status")) == "published"]
        if published:
            pid = field(published[0], "id")
            log.info("Reader protocol %s found (%s); nothing created", PROTOCOL_LABEL, pid)
            return pid
        drafts = [field(p, "id") for p in found if _value(field(p, "status")) == "draft"]
        if drafts:  # someone else's draft: publishing it would release their unfinished work
            raise FlywheelError(f"reader protocol {PROTOCOL_LABEL} in group {ctx.group_id} exists only as a draft "
                                f"({', '.join(drafts)}), which this run did not create; publish or delete it "
                                "in Flywheel, then run again")
        from flywheel.models import ProtocolValidInput, ReaderTaskConfig

        fw = self.fw
        body = ProtocolValidInput(label=PROTOCOL_LABEL, group_id=ctx.group_id, task_type="read",
                                  notes="Created by presidio-image-redactor: review burned-in PHI boxes.",
                                  form=tm_form(),
                                  protocol_config=ReaderTaskConfig(longitudinal=False,
                                                                   viewer_config=tm_viewer_config()))
        before = {field(p, "id") for p in found}

        def made_by_this_run():  # a create whose reply was lost: the new draft is ours
            new = [p for p in self._protocols(ctx) if field(p, "id") not in before]
            return new[0] if new else None

        proto = fw.call("create reader protocol", lambda: fw.sdk.create_task_protocol(body), made_by_this_run)
        pid = field(proto, "id")
        try:
            fw.call("publish reader protocol", lambda: fw.sdk.publish_task_protocol(pid))
        except FlywheelError:
            try:
                fw.call("delete unpublished reader protocol", lambda: fw.sdk.delete_task_protocol(pid))
            except FlywheelError as exc:
                log.error("Could not remove the unpublished protocol %s: %s", pid, exc)
            raise
        log.info("Reader protocol %s created and published (%s)", PROTOCOL_LABEL, pid)
        return pid

    def _task(self, t) -> Task:
        parent, parents = field(t, "parent_ref"), field(t, "parents")
        return Task(field(t, "id"), str(field(t, "task_id") or field(t, "id")), _value(field(t, "status")),
                    str(field(field(t, "assignee"), "id", "")).lower(), str(field(parent, "id", "")),
                    str(field(parents, "project", "")), tuple(field(t, "tags") or ()),
                    str(field(t, "modified") or field(t, "created") or ""), _version(field(parent, "version")))

    def tasks(self, ctx: FileContext, protocol_id: str) -> list[Task]:
        # `protocol_id=` is the task filter the public reader-task references document
        found = sdk_paged(self.fw, "find reader tasks", self.fw.sdk.find_all_api_tasks_reader_get,
                          filter=f"protocol_id={protocol_id}")
        tasks = [self._task(t) for t in found if field(t, "protocol_id") in (None, protocol_id)]
        return [t for t in tasks if t.project_id in ("", ctx.project_id)]

    def create_task(self, ctx: FileContext, protocol_id: str, assignee: str, proposals: int, recheck) -> Task:
        from flywheel.models import Assignee, ReaderTaskCreate, TaskParentRefInput

        body = ReaderTaskCreate(
            assignee=Assignee(id=assignee, type="user"),
            parent_ref=TaskParentRefInput(type="file", id=ctx.file_id, version=ctx.version),
            protocol_id=protocol_id, due_date=_due(), description=DESCRIPTION, tags=_tags(proposals))
        made = self.fw.call("create reader task", lambda: self.fw.sdk.create_reader_task(body), recheck)
        return made if isinstance(made, Task) else self._task(made)

    def write_proposals(self, ctx: FileContext, task: Task, items: list[tuple[Finding, ImageRef]],
                        images: list[DicomImage], origin: dict, created: list[str]) -> None:
        if not items:
            return  # an empty measurement set is nothing to review
        sr = proposals_sr(items, images)
        data = {"file_id": ctx.file_id, "version": ctx.version, "task_id": task.id,
                "name": "presidio-image-redactor PHI proposals", "origin": origin}
        fw = self.fw

        def post():
            return fw.http.post("/api/v3/annotations", data={"data": json.dumps(data)},
                                files={"file": ("proposals.dcm", sr, "application/dicom")})

        made = fw.call("create annotation", post, recheck=lambda: (self.annotations(task) or [None])[0])
        created.append((made or {}).get("_id"))

    def annotations(self, task: Task) -> list[dict]:
        return self.fw.paged("list the task's annotations", "/api/v3/annotations", filter=f"task_id={task.id}",
                             exclude_deleted="true", exclude_replaced="true")

    def roll_back(self, task: Task, created: list[str]) -> None:
        for aid in reversed([a for a in created if a]):
            try:
                self.fw.delete("delete partial annotation", f"/api/v3/annotations/{aid}")
            except FlywheelError as exc:
                log.error("Could not remove annotation %s of the failed task: %s", aid, exc)
        from flywheel.models import ReaderTaskModify

        try:
            self.fw.call("cancel partial reader task",
                         lambda: self.fw.sdk.modify_reader_task(task.id, ReaderTaskModify(status="cancelled")))
            log.warning("ReaderTask %s was cancelled because its annotations could not all be written", task.label)
        except FlywheelError as exc:
            log.error("Could not cancel the partial ReaderTask %s: %s", task.label, exc)

    def reader_rects(self, task: Task) -> list[ReaderRect]:
        rects = []
        for ann in self.annotations(task):
            aid = ann.get("_id") or ann.get("id")
            raw = self.fw.call(f"download measurement file of annotation {aid}",
                               lambda aid=aid: _content(self.fw.http.get(f"/api/v3/annotations/{aid}/file",
                                                                         raw=True)))
            rects += rects_from_sr(raw, f"annotation {aid}")
        return rects

    def reader_answer(self, task: Task) -> str | None:
        found = sdk_paged(self.fw, "read the task's form response", self.fw.sdk.list_task_responses,
                          task_id=task.id)
        for r in found:
            answer = (field(r, "data") or {}).get(QUESTION_KEY)
            if answer:
                return str(answer)
        return None


def _content(response) -> bytes:
    response.raise_for_status()
    return response.content


def tm_form():
    """The Tasks Manager form: CustomForm, `defaults` sent empty (optional in flywheel-sdk 23's model)."""
    from flywheel.models import CustomField, CustomForm, SelectItem

    wrong = [{"==": [{"var": QUESTION_KEY}, "no"]}]
    return CustomForm(
        title="PHI review",
        description="Check the boxes presidio-image-redactor drew around burned-in PHI.",
        defaults={},
        fields=[
            CustomField(type="radio", key=QUESTION_KEY, label=QUESTION,
                        options=[SelectItem(value="yes", label="Yes"), SelectItem(value="no", label="No")],
                        required_when_visible=True),
            CustomField(type="instruction", key="phi_correction_instructions", label=INSTRUCTION, visible=wrong),
        ],
    )


def tm_viewer_config():
    from flywheel.models import (
        LibsViewerConfigModelsViewerConfig,
        MeasurementConfig,
        MeasurementItemConfig,
        ToolbarConfig,
    )

    return LibsViewerConfigModelsViewerConfig(
        toolbar=ToolbarConfig(hide_tag_browser=True),
        labels=MeasurementConfig(label_on_measure=True, exclusive=True,
                                 items=[MeasurementItemConfig(label=ANNOTATION_LABEL, value=ANNOTATION_LABEL,
                                                              color="#ff0000")]),
    )


def open_load(tasks: list[Task]) -> Counter:
    """Open (not completed or cancelled) tasks per assignee (lower-case e-mail)."""
    return Counter(t.assignee for t in tasks if t.status not in ("completed", "cancelled"))

