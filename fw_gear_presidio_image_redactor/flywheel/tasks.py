"""Detection+ReaderTasks: one ReaderTask per input file and protocol, one annotation per finding.

Order matters for a clean failure: everything that can be checked (file,
project, assignees, protocol, origin) is done by `prepare` before any scanning;
the task and its annotations are then written after detection, and if one
annotation cannot be written the ones already written are deleted and the task
is cancelled, so a reader never gets a task that shows only part of the findings.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..dicom_io import DicomImage
from ..findings import InstanceFindings
from .annotations import annotation_body, image_refs
from .assignees import choose_assignee, validate_assignees
from .client import Flywheel, FlywheelError, sdk_paged
from .client import field as fget
from .origin import annotation_origin
from .protocol import find_or_create_protocol

log = logging.getLogger(__name__)

DUE_IN = timedelta(days=7)


@dataclass(frozen=True)
class FileContext:
    """The Flywheel file a local input stands for."""

    file_id: str
    version: int | None
    name: str
    project_id: str
    group_id: str


def file_context(fw: Flywheel, file_id: str) -> FileContext:
    f = fw.call("get input file", lambda: fw.sdk.get_file(file_id))
    parents = fget(f, "parents")
    project, group = fget(parents, "project"), fget(parents, "group")
    if not project:
        raise FlywheelError(f"file {file_id} is not in a project; ReaderTasks need a project")
    return FileContext(fget(f, "file_id") or file_id, fget(f, "version"), fget(f, "name", ""), project, group)


def _value(v) -> str:
    return str(getattr(v, "value", v) or "")


def existing_tasks(fw: Flywheel, file_id: str, protocol_id: str, status: str | None = None) -> list:
    flt = f"parent_ref.id={file_id},protocol_id={protocol_id}" + (f",status={status}" if status else "")
    tasks = sdk_paged(fw, "find reader tasks", fw.sdk.find_all_api_tasks_reader_get, filter=flt)
    return [t for t in tasks if _value(fget(t, "status")) != "cancelled"
            and fget(fget(t, "parent_ref"), "id") == file_id and fget(t, "protocol_id") == protocol_id
            and (status is None or _value(fget(t, "status")) == status)]


@dataclass
class ReaderTaskHook:
    """Callable as `engine.ReaderTaskHook`; `error` holds what went wrong, for the exit code."""

    fw: Flywheel
    ctx: FileContext
    protocol_id: str
    assignees: tuple[str, ...]
    origin: dict
    error: str | None = None
    task_id: str | None = None
    created_annotations: list[str] = field(default_factory=list)

    @classmethod
    def prepare(cls, fw: Flywheel, file_id: str, assignees: tuple[str, ...], job_id: str | None) -> ReaderTaskHook:
        """Every check that does not need the pixels; raises FlywheelError before any scanning."""
        ctx = file_context(fw, file_id)
        validate_assignees(fw, ctx.project_id, assignees)
        origin = annotation_origin(fw, job_id, ctx.project_id)
        protocol_id = find_or_create_protocol(fw, ctx.group_id)
        return cls(fw, ctx, protocol_id, assignees, origin)

    def __call__(self, source: Path, images: list[DicomImage], findings: list[InstanceFindings]) -> None:
        try:
            self._create(images, findings)
        except FlywheelError as exc:
            self.error = str(exc)
            log.error("ReaderTask for %s: %s", self.ctx.name or source.name, exc)

    def _create(self, images: list[DicomImage], findings: list[InstanceFindings]) -> None:
        fw = self.fw
        found = existing_tasks(fw, self.ctx.file_id, self.protocol_id)
        if found:
            t = found[0]
            log.info("ReaderTask %s already exists for %s with protocol %s; nothing created or updated",
                     fget(t, "task_id") or fget(t, "id"), self.ctx.name, fget(t, "protocol_label", "")
                     or self.protocol_id)
            self.task_id = fget(t, "id")
            return
        load = Counter()
        for t in sdk_paged(fw, "count readers' tasks", fw.sdk.find_all_api_tasks_reader_get,
                           filter=f"protocol_id={self.protocol_id},parents.project={self.ctx.project_id}"):
            if _value(fget(t, "status")) not in ("cancelled", "completed"):
                load[str(fget(fget(t, "assignee"), "id", "")).lower()] += 1
        assignee = choose_assignee(self.assignees, self.ctx.file_id, load)

        from flywheel.models import Assignee, ReaderTaskCreate, TaskParentRefInput

        body = ReaderTaskCreate(
            assignee=Assignee(id=assignee, type="user"),
            parent_ref=TaskParentRefInput(type="file", id=self.ctx.file_id, version=self.ctx.version),
            protocol_id=self.protocol_id,
            due_date=datetime.now(UTC) + DUE_IN,
            description="Check the PHI boxes found by presidio-image-redactor; add missed PHI, delete wrong boxes.",
            tags=["presidio-image-redactor"],
        )
        def already_made():
            made = existing_tasks(fw, self.ctx.file_id, self.protocol_id)
            return made[0] if made else None

        task = fw.call("create reader task", lambda: fw.sdk.create_reader_task(body), already_made)
        self.task_id = fget(task, "id")
        refs = image_refs(images)
        total = sum(len(i.findings) for i in findings)
        try:
            for inst in findings:
                for f in inst.findings:
                    ref = refs[(inst.sop_instance_uid, f.frame)]
                    ann = annotation_body(f, ref, file_id=self.ctx.file_id, file_version=self.ctx.version,
                                          task_id=self.task_id, origin=self.origin)
                    made = fw.post("create annotation", "/api/annotations", ann,
                                   recheck=lambda a=ann: _annotation_with_uuid(fw, a))
                    self.created_annotations.append((made or {}).get("_id"))
        except FlywheelError:
            self._roll_back()
            raise
        log.info("ReaderTask %s created for %s, assigned to %s, due in %d days, with %d annotation(s)",
                 fget(task, "task_id") or self.task_id, self.ctx.name, assignee, DUE_IN.days, total)

    def _roll_back(self) -> None:
        fw = self.fw
        for aid in reversed([a for a in self.created_annotations if a]):
            try:
                fw.delete("delete partial annotation", f"/api/annotations/{aid}")
            except FlywheelError as exc:
                log.error("Could not remove annotation %s of the failed task: %s", aid, exc)
        from flywheel.models import ReaderTaskModify

        try:
            tid = self.task_id
            fw.call("cancel partial reader task",
                    lambda: fw.sdk.modify_reader_task(tid, ReaderTaskModify(status="cancelled")))
            log.warning("ReaderTask %s was cancelled because its annotations could not all be written", tid)
        except FlywheelError as exc:
            log.error("Could not cancel the partial ReaderTask %s: %s", self.task_id, exc)
        self.created_annotations.clear()


def _annotation_with_uuid(fw: Flywheel, ann: dict) -> dict | None:
    found = fw.get("find annotation", "/api/annotations",
                   filter=f"task_id={ann['task_id']},data.uuid={ann['data']['uuid']}") or {}
    results = found.get("results", []) if isinstance(found, dict) else []
    return results[0] if results else None
