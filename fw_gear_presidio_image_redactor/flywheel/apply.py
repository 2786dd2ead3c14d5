"""Apply ReaderTask Annotations: redact what the reader confirmed, drew or kept.

The latest completed ReaderTask of `presidio_default_protocol` on the file is
the reader's verdict. Its rectangles (the reader's additions included, those
they deleted gone) are a finding source (`ReaderBoxes`) that goes through exactly
the path of Dynamic PHI Redaction with a bbox_coords input: same painting, same
margin, same derived-DICOM rules, and no OCR.

It never writes a redacted file it could not fill: a completed task whose
store holds no rectangle fails the input, unless the gear proposed no box and
the reader answered that all PHI was captured (there was nothing to redact);
one whose rectangles all lie wholly outside the image fails it too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..config import RedactorConfig
from ..decode.dicom import DicomImage
from ..findings import InstanceFindings
from ..outcome import Outcome
from ..scan.sources import FindingSourceError
from .annotations import AnnotationError, ReaderRect, findings_from_rects
from .client import Flywheel, FlywheelError
from .sr import resolve_sr_frames
from .systems import PROTOCOL_LABEL, Task, TaskSystem, backend, file_context

log = logging.getLogger(__name__)


class EmptyReviewError(FlywheelError):
    """A completed task whose rectangles cannot be found: nothing is redacted, nothing written."""


def latest_completed_task(system, ctx) -> Task:
    tasks = []
    for pid in system.protocol_ids(ctx):
        tasks += [t for t in system.tasks(ctx, pid) if t.file_id == ctx.file_id and t.status == "completed"]
    if not tasks:
        raise FlywheelError(f"no completed ReaderTask of {PROTOCOL_LABEL} for this file in "
                            f"{system.system.value}; run Detection+ReaderTasks and have the reader complete "
                            "the task first")
    this_version = [t for t in tasks if not other_version(t, ctx)]
    if not this_version:
        # the reader's boxes were drawn on other pixels: placing them on this version could leave PHI bare
        task = max(tasks, key=lambda t: t.modified)
        raise FlywheelError(f"ReaderTask {task.label} was made for version {task.file_version} of "
                            f"{ctx.name or ctx.file_id}, which is now at version {ctx.version}; nothing redacted, "
                            "nothing written. Run Detection+ReaderTasks on this version and have it reviewed")
    return max(this_version, key=lambda t: t.modified)


def other_version(task: Task, ctx) -> bool:
    """True when the task names a file version and it is not the file's current one."""
    return bool(task.file_version and ctx.version and task.file_version != ctx.version)


@dataclass
class ReaderBoxes:
    """The reader's rectangles as a `scan.sources.FindingSource`: placed on the input's own
    images (read once, by the engine, within the run's limits), no OCR. Its detectors line
    names the task the boxes came from."""

    task: Task
    system: TaskSystem
    rects: list[ReaderRect]
    problem: str = ""  # the reader's store could not be read as rectangles: the input fails with this
    scanner: None = None
    placed: int | None = None  # boxes placed on the input, once `findings` ran

    @property
    def detectors(self) -> list[str]:
        n = "?" if self.placed is None else self.placed
        return [f"ReaderTask {self.task.label} ({self.system.value}): {n} reader rectangle(s) applied (no OCR)"]

    def findings(self, images: list[DicomImage], progress=None) -> list[InstanceFindings]:
        if self.problem:
            raise FindingSourceError(f"ReaderTask {self.task.label}: {self.problem}")
        try:
            rects = resolve_sr_frames(self.rects, images) if self.system is TaskSystem.TASKS_MANAGER else self.rects
            found = findings_from_rects(rects, images)
        except AnnotationError as exc:
            raise FindingSourceError(f"ReaderTask {self.task.label}: {exc}") from None
        self.placed = sum(len(i.findings) for i in found)
        if self.rects and not self.placed:  # every rectangle off the image: the copy would hide nothing marked
            raise FindingSourceError(
                f"ReaderTask {self.task.label}: all {len(self.rects)} reader rectangle(s) lie wholly outside the "
                "image; nothing redacted, nothing written. Check the task in Flywheel (drawn on another image or "
                "another version?)")
        log.info("%s", self.detectors[0])
        return found


def reader_boxes(fw: Flywheel, file_id: str) -> ReaderBoxes:
    """The latest completed review of the file, its rectangles fetched. Raises FlywheelError
    (no completed task, a task for another version) or EmptyReviewError before anything is read."""
    ctx = file_context(fw, file_id)
    system = backend(fw)
    task = latest_completed_task(system, ctx)
    answer = _answer(system, task)
    try:
        rects = system.reader_rects(task)
    except AnnotationError as exc:  # an unreadable measurement file: that input's failure, not the run's
        return ReaderBoxes(task, system.system, [], problem=str(exc))
    if not rects:
        nothing_to_do = task.proposals == 0 and (answer or "").lower() == "yes"
        if not nothing_to_do:
            proposed = "an unknown number of" if task.proposals is None else str(task.proposals)
            raise EmptyReviewError(
                f"ReaderTask {task.label} is completed but {system.store} holds no rectangle for it "
                f"({proposed} box(es) were proposed; reader's answer: {answer or 'none'}); nothing redacted, "
                "nothing written. Check the task in Flywheel; a review with no PHI at all is accepted only when "
                "no box was proposed and the reader answered 'yes'")
        log.info("ReaderTask %s: no box was proposed and the reader confirmed there is no PHI", task.label)
    return ReaderBoxes(task, system.system, rects)


def apply_annotations(fw: Flywheel, file_id: str, source: Path, config: RedactorConfig, output_dir: Path,
                      work_dir: Path) -> Outcome:
    """One input through the engine with the reader's boxes (the front ends use `run.driver`
    with `reader_boxes` instead; this is the same composition without the run around it)."""
    # The engine imports Presidio (about 4 s of CPU); the CLI imports this module for every
    # command, so only a run that applies a review pays for it.
    from ..run.engine import Engine
    from ..run.strategies import strategies_for

    boxes = reader_boxes(fw, file_id)
    return Engine(config, output_dir, work_dir, strategies_for(config, given=boxes)).process(source)


def _answer(system, task: Task) -> str | None:
    try:
        answer = system.reader_answer(task)
    except FlywheelError as exc:
        log.warning("Could not read the reader's form answer: %s", exc)
        return None
    if answer:
        log.info("Reader's answer to 'all PHI captured correctly?': %s", answer)
    return answer
