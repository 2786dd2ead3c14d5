"""Detection+ReaderTasks: one ReaderTask per input file and protocol, the findings as its annotations.

Order matters for a clean failure: everything that can be checked (file,
project, the site's task system, assignees, protocol, origin) is done by
`prepare` before any scanning; the task and its annotations are written after
detection, and if they cannot all be written the ones already written are
removed and the task is cancelled (Tasks Manager) or deleted (legacy), so a
reader never gets a task that shows only part of the findings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..decode.dicom import DicomImage
from ..findings import InstanceFindings
from .annotations import image_refs
from .assignees import choose_assignee, validate_assignees
from .client import Flywheel, FlywheelError
from .origin import annotation_origin
from .systems import DUE_IN, FileContext, Task, backend, file_context, open_load

log = logging.getLogger(__name__)


def live_tasks(tasks: list[Task], file_id: str, version: int | None = None) -> list[Task]:
    """The file's tasks that count: not cancelled, and not made for another version of the file
    (a new version has new pixels, so it needs its own review)."""
    return [t for t in tasks if t.file_id == file_id and t.status != "cancelled"
            and not (t.file_version and version and t.file_version != version)]


@dataclass
class ReaderTaskCreator:
    """Creates the input's ReaderTask after detection: the engine's follow-up step
    (`run.engine.FollowUp`). Returns None when the task exists, else what went wrong,
    which fails the input."""

    fw: Flywheel
    ctx: FileContext
    system: object  # systems.LegacyTasks | systems.TasksManager
    protocol_id: str
    assignees: tuple[str, ...]
    origin: dict
    task_id: str | None = None
    created_annotations: list[str] = field(default_factory=list)

    @classmethod
    def prepare(cls, fw: Flywheel, file_id: str, assignees: tuple[str, ...],
                job_id: str | None) -> ReaderTaskCreator:
        """Every check that does not need the pixels; raises FlywheelError before any scanning."""
        ctx = file_context(fw, file_id)
        system = backend(fw)
        validate_assignees(fw, ctx.project_id, assignees, system.system)
        origin = annotation_origin(fw, job_id, ctx.project_id)
        protocol_id = system.find_or_create_protocol(ctx)
        return cls(fw, ctx, system, protocol_id, assignees, origin)

    def __call__(self, source: Path, images: list[DicomImage], findings: list[InstanceFindings]) -> str | None:
        try:
            self._create(images, findings)
        except FlywheelError as exc:
            return f"ReaderTask for {self.ctx.name or source.name} not created: {exc}"
        return None

    def _create(self, images: list[DicomImage], findings: list[InstanceFindings]) -> None:
        system, ctx = self.system, self.ctx
        all_tasks = system.tasks(ctx, self.protocol_id)
        found = live_tasks(all_tasks, ctx.file_id, ctx.version)
        if found:
            t = found[0]
            log.info("ReaderTask %s already exists for %s with protocol %s; nothing created or updated",
                     t.label, ctx.name, self.protocol_id)
            self.task_id = t.id
            return
        assignee = choose_assignee(self.assignees, ctx.file_id, open_load(all_tasks))
        refs = image_refs(images)
        items = [(f, refs[(inst.sop_instance_uid, f.frame)]) for inst in findings for f in inst.findings]

        def already_made():
            made = live_tasks(system.tasks(ctx, self.protocol_id), ctx.file_id, ctx.version)
            return made[0] if made else None

        task = system.create_task(ctx, self.protocol_id, assignee, len(items), already_made)
        self.task_id = task.id
        try:
            system.write_proposals(ctx, task, items, images, self.origin, self.created_annotations)
        except FlywheelError:
            system.roll_back(task, self.created_annotations)
            self.created_annotations.clear()
            raise
        log.info("ReaderTask %s created for %s in %s, assigned to %s, due in %d days, with %d proposed box(es)",
                 task.label, ctx.name, system.system.value, assignee, DUE_IN.days, len(items))
