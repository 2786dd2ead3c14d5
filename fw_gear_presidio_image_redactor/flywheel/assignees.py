"""Checking readers before anything is scanned or written.

A ReaderTask given to someone who cannot open it or save annotations is a task
nobody can complete; the gear refuses the run up front and names every
assignee that would fail, with the reason, in one message.

What a reader needs (role actions, flywheel-sdk 23 `Action`):
- always `reader_task_view` (open the task) and `annotations_manage` (save their
  own annotations: docs.flywheel.io, V3 Manage Annotations, "Manage My Annotations");
- to see and change the gear's proposed boxes, which another user owns,
  `annotations_view_others` and `annotations_edit_others` ("Edit Others'
  Annotations" to save a new version of another user's measurement set). In
  legacy Tasks these are required. In Tasks Manager a blinded reader role may
  lack them by design, so the gear only warns: that reader will not see the
  proposals, which stay in the store and are redacted with what the reader
  draws (more redaction, never less).
Reading other users' form responses is the gear's business, not the reader's,
so it is not asked of readers.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter

from .client import Flywheel, FlywheelError, field
from .systems import TaskSystem

log = logging.getLogger(__name__)

REQUIRED_ACTIONS = ("annotations_manage", "reader_task_view")
SEE_PROPOSALS_ACTIONS = ("annotations_edit_others", "annotations_view_others")


class AssigneeError(FlywheelError):
    """One or more assignees cannot do the review; the message names each."""


def _action_name(action) -> str:
    return str(getattr(action, "value", action))


def validate_assignees(fw: Flywheel, project_id: str, assignees: tuple[str, ...],
                       system: TaskSystem = TaskSystem.LEGACY) -> None:
    if not assignees:
        raise AssigneeError("Assignees: empty, but Detection+ReaderTasks needs at least one reader e-mail")
    project = fw.call("get project", lambda: fw.sdk.get_project(project_id))
    roles = fw.call("list roles", lambda: fw.sdk.get_all_roles())
    actions_of = {field(r, "id"): {_action_name(a) for a in (field(r, "actions") or [])} for r in roles}
    members = {str(field(p, "id")).lower(): list(field(p, "role_ids") or []) for p in field(project, "permissions", [])}
    label = field(project, "label", project_id)
    required = REQUIRED_ACTIONS + (SEE_PROPOSALS_ACTIONS if system is TaskSystem.LEGACY else ())
    problems = []
    for email in assignees:
        role_ids = members.get(email.lower())
        if role_ids is None:
            problems.append(f"{email} is not a member of project {label}")
            continue
        granted = set().union(*(actions_of.get(r, set()) for r in role_ids)) if role_ids else set()
        missing = [a for a in required if a not in granted]
        if missing:
            problems.append(f"{email} has no role granting {', '.join(missing)} in project {label}")
            continue
        blind = [a for a in SEE_PROPOSALS_ACTIONS if a not in granted]
        if blind:
            log.warning("Assignee %s has no role granting %s in project %s (a blinded reader?): they will not "
                        "see the proposed boxes, which will be redacted together with what they draw",
                        email, ", ".join(blind), label)
    if problems:
        raise AssigneeError("Assignees: " + "; ".join(problems)
                            + f". Each reader needs a project role with {', '.join(required)}.")


def choose_assignee(assignees: tuple[str, ...], file_id: str, open_tasks: Counter) -> str:
    """The reader with the fewest tasks of this protocol in the project; ties go round
    the list from a place fixed by the file id, so the choice is deterministic and a
    batch spreads evenly."""
    start = int(hashlib.sha256(file_id.encode()).hexdigest(), 16) % len(assignees)
    rotated = assignees[start:] + assignees[:start]
    return min(rotated, key=lambda a: open_tasks.get(a.lower(), 0))
