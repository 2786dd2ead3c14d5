"""`presidio-image-redactor flywheel batch`: one gear job per DICOM file of a project.

Scale-out is Flywheel's job: the files are listed with one paginated query,
one job per file is proposed through the SDK's batch API (premade jobs, so
each job gets exactly its file), and the batch is started; `flywheel status`
reports the jobs' states afterwards.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from .client import Flywheel, FlywheelError, sdk_paged
from .client import field as fget

log = logging.getLogger(__name__)

GEAR_NAME = "presidio-image-redactor"


@dataclass(frozen=True)
class Target:
    file_id: str
    name: str
    parent_type: str
    parent_id: str
    modality: str


def project_path(path: str) -> list[str]:
    """`GROUP/PROJECT` -> [group, project]; checked before connecting. Raises FlywheelError."""
    parts = [p for p in path.strip("/").split("/") if p]
    if len(parts) != 2:
        raise FlywheelError(f"--project: expected GROUP/PROJECT, got {path!r}")
    return parts


def find_project(fw: Flywheel, path: str) -> str:
    parts = project_path(path)
    node = fw.call(f"look up project {path}", lambda: fw.sdk.lookup(parts))
    return fget(node, "id")


def dicom_files(fw: Flywheel, project_id: str, modality: str | None = None, tag: str | None = None) -> list[Target]:
    flt = f"parents.project={project_id},type=dicom"
    if modality:
        flt += f",modality={modality}"
    if tag:
        flt += f",tags={tag}"
    files = sdk_paged(fw, "list the project's DICOM files", fw.sdk.get_all_files, filter=flt)
    out = []
    for f in files:
        ref = fget(f, "parent_ref")
        out.append(Target(fget(f, "file_id"), fget(f, "name", ""), fget(ref, "type", ""), fget(ref, "id", ""),
                          fget(f, "modality", "") or ""))
    return sorted(out, key=lambda t: (t.name, t.file_id))


def find_gear(fw: Flywheel, name: str = GEAR_NAME, version: str | None = None) -> str:
    flt = f"gear.name={name}" + (f",gear.version={version}" if version else "")
    gears = fw.call("find the gear", lambda: fw.sdk.get_all_gears(filter=flt, all_versions=True))
    gears = list(gears or [])
    if not gears:
        raise FlywheelError(f"gear {name}{':' + version if version else ''} is not installed on this site")

    def key(g):
        v = str(fget(fget(g, "gear"), "version", "0"))
        return tuple(int(p) if p.isdigit() else 0 for p in v.replace("-", ".").split("."))

    return fget(max(gears, key=key), "id")


def launch(fw: Flywheel, gear_id: str, targets: list[Target], options: dict) -> tuple[str, int]:
    from flywheel.models import ContainerReference, FileReference, InputJob, PremadeJobsBatchProposalInput

    jobs = [InputJob(gear_id=gear_id,
                     inputs={"image_file": FileReference(type=t.parent_type, id=t.parent_id, name=t.name)},
                     destination=ContainerReference(type=t.parent_type, id=t.parent_id),
                     config=dict(options), tags=["presidio-batch"])
            for t in targets]
    proposal = fw.call("propose batch", lambda: fw.sdk.create_batch_job_from_jobs(
        PremadeJobsBatchProposalInput(jobs=jobs)))
    batch_id = fget(proposal, "id")
    started = fw.call("start batch", lambda: fw.sdk.start_batch(batch_id))
    return batch_id, len(list(started or []))


def job_states(fw: Flywheel, batch_id: str) -> Counter:
    # The inflated form (jobs=true) deserializes into the id-list variant of the SDK's
    # union and loses the jobs, so read the ids and then each job.
    batch = fw.call("get batch", lambda: fw.sdk.get_batch(batch_id))
    states = Counter()
    for job_id in fget(batch, "jobs", []) or []:
        job = fw.call("get job", lambda j=job_id: fw.sdk.get_job(j))
        state = fget(job, "state", "unknown")
        states[str(getattr(state, "value", state))] += 1
    return states
