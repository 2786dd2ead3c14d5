"""The end-of-run table every user sees: what happened to each input, and PHI counts."""

from __future__ import annotations

from collections import Counter

from ..outcome import Outcome, Status
from ..safe_names import display_name

NAME_WIDTH = 40  # longer names are cut in the middle; the reports keep them whole


def _short(name: str) -> str:
    return name if len(name) <= NAME_WIDTH else f"{name[: NAME_WIDTH // 2 - 1]}...{name[-(NAME_WIDTH // 2 - 2):]}"


def summary_lines(outcomes: list[Outcome]) -> list[str]:
    """A table a person reads in the terminal and a script can still grep:
    the first line keeps its fixed wording ("Summary: N processed, ..."), then one row per
    input (its path relative to the folder it was found in), as many as the run's [i/N]
    progress lines count."""
    states = Counter(o.status for o in outcomes)
    entities: Counter = Counter()
    for o in outcomes:
        entities.update(o.counts)
    lines = [f"Summary: {states[Status.PROCESSED]} processed, {states[Status.SKIPPED]} skipped, "
             f"{states[Status.FAILED]} failed"]
    rows = []
    for o in outcomes:
        name = display_name(o.input_name)
        found = ", ".join(f"{k} {v}" for k, v in sorted(o.counts.items())) or "no PHI found"
        detail = o.reason if o.status is not Status.PROCESSED else found
        # reasons usually start with the file's name already
        detail = detail.removeprefix(f"{display_name(o.source.name)}: ").removeprefix(f"{o.source.name}: ")
        if o.recorded_counts is not None:  # already done: what the earlier run found
            detail = f"{detail}; {found}"
        rows.append((o.status, _short(name), detail))
    if rows:
        width = max(len("input"), *(len(r[1]) for r in rows))
        lines.append(f"  {'status':<9}  {'input':<{width}}  PHI found / reason")
        lines += [f"  {status:<9}  {name:<{width}}  {detail}" for status, name, detail in rows]
    if entities:
        lines.append("Findings by entity: " + ", ".join(f"{k} {v}" for k, v in sorted(entities.items())))
    return lines


def exit_code(outcomes: list[Outcome]) -> int:
    return 1 if any(o.status is Status.FAILED for o in outcomes) else 0
