"""The end-of-run table every user sees: what happened to each input, and PHI counts."""

from __future__ import annotations

from collections import Counter

from .engine import FAILED, PROCESSED, SKIPPED, Outcome
from .naming import display_name


def summary_lines(outcomes: list[Outcome]) -> list[str]:
    states = Counter(o.status for o in outcomes)
    entities: Counter = Counter()
    for o in outcomes:
        entities.update(o.counts)
    lines = [f"Summary: {states[PROCESSED]} processed, {states[SKIPPED]} skipped, {states[FAILED]} failed"]
    for o in outcomes:
        found = ", ".join(f"{k} {v}" for k, v in sorted(o.counts.items())) or "no PHI found"
        name = display_name(o.source.name)
        detail = o.reason if o.status != PROCESSED else found
        detail = detail.removeprefix(f"{name}: ")  # reasons usually start with the name already
        lines.append(f"  {o.status:<9} {name}: {detail}")
    if entities:
        lines.append("Findings by entity: " + ", ".join(f"{k} {v}" for k, v in sorted(entities.items())))
    return lines


def exit_code(outcomes: list[Outcome]) -> int:
    return 1 if any(o.status == FAILED for o in outcomes) else 0
