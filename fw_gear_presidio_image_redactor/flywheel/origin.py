"""Who the annotations belong to.

Flywheel shows an annotation as made by its origin user. A job started by a
person runs with that person's origin; a job started by a gear rule has a
system origin, and Flywheel expects the annotations of such a job to carry the
rule's last modifier, the person who set the automation up.
"""

from __future__ import annotations

import logging

from .client import Flywheel, FlywheelError, field

log = logging.getLogger(__name__)


def _value(v) -> str:
    return str(getattr(v, "value", v) or "")


def annotation_origin(fw: Flywheel, job_id: str | None, project_id: str) -> dict:
    """{"type": "user", "id": email} for the annotations of this run."""
    if job_id:
        job = fw.call("get job", lambda: fw.sdk.get_job(job_id))
        origin = field(job, "origin")
        kind, who = _value(field(origin, "type")), field(origin, "id")
        if kind == "user" and who:
            return {"type": "user", "id": who}
        if kind in ("system", "gear_rule"):
            user = _rule_modifier(fw, job, project_id)
            if user:
                log.info("Job started by a gear rule; annotations are attributed to the rule's last modifier")
                return {"type": "user", "id": user}
            raise FlywheelError("Job was started by a gear rule, but the rule and its last modifier were not found; "
                                "annotations need a user origin")
        log.info("Job origin is %s; annotations are attributed to the API key's user", kind or "unknown")
    me = fw.call("get current user", lambda: fw.sdk.get_current_user())
    return {"type": "user", "id": field(me, "id") or field(me, "email")}


def _rule_modifier(fw: Flywheel, job, project_id: str) -> str | None:
    rule_id = field(job, "rule_id")
    rule = None
    if rule_id:
        try:
            rule = fw.call("get gear rule", lambda: fw.sdk.get_project_rule(project_id, rule_id))
        except FlywheelError as exc:
            if exc.status != 404:
                raise
    if rule is None:  # older jobs do not name their rule: match the rule by gear
        gear_id = field(job, "gear_id")
        rules = fw.call("list gear rules", lambda: fw.sdk.get_project_rules(project_id))
        rule = next((r for r in rules if field(r, "gear_id") == gear_id), None)
    modifier = field(rule, "last_modified_by") if rule is not None else None
    return field(modifier, "id") if modifier is not None else None
