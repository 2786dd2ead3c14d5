"""Apply ReaderTask Annotations: redact what the reader confirmed, drew or kept.

The latest completed ReaderTask of `presidio_default_protocol` on the file is
the reader's verdict. Its rectangles (the reader's additions included, those
they deleted gone) become a `BboxCoords` and go through exactly the path of
Dynamic PHI Redaction with a bbox_coords input: same painting, same margin,
same derived-DICOM rules, and no OCR.

It never writes a redacted file it could not fill: a completed task whose
store holds no rectangle fails the input, unless the gear proposed no box and
the reader answered that all PHI was captured (there was nothing to redact);
one whose rectangles all lie wholly outside the image fails it too.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from pathlib import Path

from ..config import Mode, RedactorConfig
from ..decode.dicom import DicomInputError, NoPixelDataError, read_dicom
from ..inputs.units import ArchiveError, unit_for
from ..outputs.reports import BboxCoords
from ..run.engine import FAILED, Engine, Outcome
from .annotations import AnnotationError, findings_from_rects
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


class _ReaderEngine(Engine):
    """The bbox_coords path, with the reports naming the task the boxes came from."""

    def __init__(self, *args, source_label: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.source_label = source_label

    @property
    def detectors(self) -> list[str]:
        return [self.source_label]


def apply_annotations(fw: Flywheel, file_id: str, source: Path, config: RedactorConfig, output_dir: Path,
                      work_dir: Path) -> Outcome:
    ctx = file_context(fw, file_id)
    system = backend(fw)
    task = latest_completed_task(system, ctx)
    answer = _answer(system, task)
    try:
        images = _images(source, work_dir, config)
        rects = system.reader_rects(task)
        if system.system is TaskSystem.TASKS_MANAGER:
            rects = resolve_sr_frames(rects, images)
        findings = findings_from_rects(rects, images)
    except (ArchiveError, DicomInputError, AnnotationError) as exc:
        return Outcome(source, FAILED, f"ReaderTask {task.label}: {exc}")
    n = sum(len(i.findings) for i in findings)
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
    elif n == 0:  # every rectangle off the image: a redacted_ copy would hide nothing the reader marked
        raise EmptyReviewError(
            f"ReaderTask {task.label}: all {len(rects)} reader rectangle(s) lie wholly outside the image; "
            "nothing redacted, nothing written. Check the task in Flywheel (drawn on another image or "
            "another version?)")
    label = f"ReaderTask {task.label} ({system.system.value}): {n} reader rectangle(s) applied (no OCR)"
    log.info("%s", label)
    engine = _ReaderEngine(replace(config, mode=Mode.REDACT, bbox_coords=None), output_dir, work_dir,
                           bbox_coords=BboxCoords(tuple(findings)), source_label=label)
    return engine.process(source)


def _images(source: Path, work_dir: Path, config: RedactorConfig):
    """Headers (and lazy pixels) of the input's instances, to place each rectangle."""
    tmp = Path(tempfile.mkdtemp(prefix="apply-", dir=work_dir))
    unit = unit_for(source, tmp, config.limits)
    images = []
    for member, path in unit.members:
        try:
            images.append(read_dicom(path, member))
        except NoPixelDataError:
            continue
    if not images:
        raise DicomInputError(f"{source.name}: no instance with pixel data")
    return images


def _answer(system, task: Task) -> str | None:
    try:
        answer = system.reader_answer(task)
    except FlywheelError as exc:
        log.warning("Could not read the reader's form answer: %s", exc)
        return None
    if answer:
        log.info("Reader's answer to 'all PHI captured correctly?': %s", answer)
    return answer
