"""Checking readers before anything is scanned or written.

A ReaderTask given to someone who cannot see or edit the annotations is a task
nobody can complete; the gear refuses the run up front and names every
assignee that would fail, with the reason, in one message.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .client import Flywheel, FlywheelError, field

REQUIRED_ACTIONS = (
    "annotations_edit_others",
    "annotations_manage",
    "annotations_view_others",
    "form_responses_view_others",
    "reader_task_view",
)


class AssigneeError(FlywheelError):
    """One or more assignees cannot do the review; the message names each."""


def _action_name(action) -> str:
    return str(getattr(action, "value", action))


def validate_assignees(fw: Flywheel, project_id: str, assignees: tuple[str, ...]) -> None:
    if not assignees:
        raise AssigneeError("Assignees: empty, but Detection+ReaderTasks needs at least one reader e-mail")
    project = fw.call("get project", lambda: fw.sdk.get_project(project_id))
    roles = fw.call("list roles", lambda: fw.sdk.get_all_roles())
    actions_of = {field(r, "id"): {_action_name(a) for a in (field(r, "actions") or [])} for r in roles}
    members = {str(field(p, "id")).lower(): list(field(p, "role_ids") or []) for p in field(project, "permissions", [])}
    label = field(project, "label", project_id)
    problems = []
    for email in assignees:
        role_ids = members.get(email.lower())
        if role_ids is None:
            problems.append(f"{email} is not a member of project {label}")
            continue
        granted = set().union(*(actions_of.get(r, set()) for r in role_ids)) if role_ids else set()
        missing = [a for a in REQUIRED_ACTIONS if a not in granted]
        if missing:
            problems.append(f"{email} has no role granting {', '.join(missing)} in project {label}")
    if problems:
        raise AssigneeError("Assignees: " + "; ".join(problems)
                            + f". Each reader needs a project role with {', '.join(REQUIRED_ACTIONS)}.")


def choose_assignee(assignees: tuple[str, ...], file_id: str, open_tasks: Counter) -> str:
    """The reader with the fewest tasks of this protocol in the project; ties go round
    the list from a place fixed by the file id, so the choice is deterministic and a
    batch spreads evenly."""
    start = int(hashlib.sha256(file_id.encode()).hexdigest(), 16) % len(assignees)
    rotated = assignees[start:] + assignees[:start]
    return min(rotated, key=lambda a: open_tasks.get(a.lower(), 0))
