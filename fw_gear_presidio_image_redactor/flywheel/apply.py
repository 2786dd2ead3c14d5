"""Apply ReaderTask Annotations: redact what the reader confirmed, drew or kept.

The latest completed ReaderTask of `presidio_default_protocol` on the file is
the reader's verdict. Its rectangles (the reader's additions included, those
they deleted gone) become a `BboxCoords` and go through exactly the path of
Dynamic PHI Redaction with a bbox_coords input: same painting, same margin,
same derived-DICOM rules, and no OCR.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from pathlib import Path

from ..config import Mode, RedactorConfig
from ..dicom_io import DicomInputError, NoPixelDataError, read_dicom
from ..engine import FAILED, Engine, Outcome
from ..inputs import ArchiveError, unit_for
from ..reports import BboxCoords
from .annotations import AnnotationError, findings_from_annotations
from .client import Flywheel, FlywheelError, sdk_paged
from .client import field as fget
from .protocol import PROTOCOL_LABEL, QUESTION_KEY
from .tasks import existing_tasks, file_context

log = logging.getLogger(__name__)


def latest_completed_task(fw: Flywheel, file_id: str, group_id: str):
    protos = sdk_paged(fw, "find reader protocols", fw.sdk.find_task_protocols,
                       filter=f"label={PROTOCOL_LABEL},parent_ref.id={group_id}")
    tasks = []
    for proto in protos:
        tasks += existing_tasks(fw, file_id, fget(proto, "id"), status="completed")
    if not tasks:
        raise FlywheelError(f"no completed ReaderTask of {PROTOCOL_LABEL} for this file; run "
                            "Detection+ReaderTasks and have the reader complete the task first")
    return max(tasks, key=lambda t: str(fget(t, "modified") or fget(t, "created") or ""))


def apply_annotations(fw: Flywheel, file_id: str, source: Path, config: RedactorConfig, output_dir: Path,
                      work_dir: Path) -> Outcome:
    ctx = file_context(fw, file_id)
    task = latest_completed_task(fw, ctx.file_id, ctx.group_id)
    task_id = fget(task, "id")
    annotations = fw.paged("list the task's annotations", "/api/annotations",
                           filter=f"task_id={task_id},file_ref.file_id={ctx.file_id}")
    annotations = [a for a in annotations if a.get("task_id") == task_id]
    _log_answer(fw, task_id)
    try:
        images = _images(source, work_dir, config)
        findings = findings_from_annotations(annotations, images)
    except (ArchiveError, DicomInputError, AnnotationError) as exc:
        return Outcome(source, FAILED, str(exc))
    log.info("ReaderTask %s: %d rectangle(s) to redact", fget(task, "task_id") or task_id,
             sum(len(i.findings) for i in findings))
    engine = Engine(replace(config, mode=Mode.REDACT, bbox_coords=None), output_dir, work_dir,
                    bbox_coords=BboxCoords(tuple(findings)))
    outcome = engine.process(source)
    outcome.detectors = [f"ReaderTask {fget(task, 'task_id') or task_id} annotations (no OCR)"]
    return outcome


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


def _log_answer(fw: Flywheel, task_id: str) -> None:
    try:
        responses = sdk_paged(fw, "read the task's form response", fw.sdk.list_task_responses, task_id=task_id)
    except FlywheelError as exc:
        log.warning("Could not read the reader's form answer: %s", exc)
        return
    for r in responses:
        answer = (fget(r, "data") or {}).get(QUESTION_KEY)
        if answer:
            log.info("Reader's answer to 'all PHI captured correctly?': %s", answer)
