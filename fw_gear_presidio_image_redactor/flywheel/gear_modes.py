"""What the gear and the CLI need from this package, in three calls.

`connect` finds the key, the Flywheel file the input stands for and the job;
`prepare_reader_tasks` does every check before scanning; `reviewed_boxes` finds the
reader's verdict for the fifth mode. All raise `FlywheelError` with a message fit
for the gear log; the run itself goes through `run.driver`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .apply import ReaderBoxes, reader_boxes
from .client import Flywheel, FlywheelError
from .tasks import ReaderTaskCreator

__all__ = ["FlywheelError", "FlywheelRun", "connect", "connect_for_gear", "prepare_reader_tasks", "reviewed_boxes"]


@dataclass
class FlywheelRun:
    fw: Flywheel
    file_id: str
    job_id: str | None


def connect(api_key: str | None, file_id: str | None, job_id: str | None = None) -> FlywheelRun:
    if not api_key:
        raise FlywheelError("this mode talks to Flywheel and needs an API key "
                            "(gear: the api-key input; CLI: FW_API_KEY or --api-key)")
    if not file_id:
        raise FlywheelError("this mode needs the Flywheel file id of the input (gear: the image_file input "
                            "from Flywheel; CLI: --file-id)")
    return FlywheelRun(Flywheel(api_key), file_id, job_id)


def connect_for_gear(context) -> FlywheelRun:
    """From the gear's config.json: the api-key input, the input file's id and the job id
    (the manifest sets show-job so that config.json carries it)."""
    key = None
    for inp in context.config.inputs.values():
        if isinstance(inp, dict) and inp.get("base") == "api-key" and inp.get("key"):
            key = inp["key"]
    obj = (context.config.get_input("image_file") or {}).get("object") or {}
    job = context.config.job or {}
    return connect(key, obj.get("file_id"), job.get("id"))


def prepare_reader_tasks(run: FlywheelRun, assignees: tuple[str, ...]) -> ReaderTaskCreator:
    return ReaderTaskCreator.prepare(run.fw, run.file_id, assignees, run.job_id)


def reviewed_boxes(run: FlywheelRun) -> ReaderBoxes:
    return reader_boxes(run.fw, run.file_id)
