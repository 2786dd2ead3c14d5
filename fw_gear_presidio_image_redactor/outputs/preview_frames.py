"""Which frames a preview sheet shows: few enough to judge in seconds, chosen
where a miss or a wrongly spread box would show (findings starting, changing,
stopping), and computed from the findings alone, so no frame is decoded to choose.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from ..findings import InstanceFindings

PREVIEW_MAX_ROWS = 12
# In a series, instances without findings fill at most this many rows: enough to
# spot-check for misses, without burying the instances that need judging.
MAX_ROWS_WITHOUT_FINDINGS = PREVIEW_MAX_ROWS // 2


def frame_sets(inst: InstanceFindings) -> dict[int, frozenset]:
    by_frame: dict[int, set] = {}
    for f in inst.findings:
        if 0 <= f.frame < max(1, inst.number_of_frames):
            by_frame.setdefault(f.frame, set()).add((f.entity_type, f.box))
    return {k: frozenset(v) for k, v in by_frame.items()}


def _spread(items: Sequence[int]) -> list[int]:
    """First, last, then midpoints breadth-first: any prefix is spread evenly."""
    if len(items) <= 2:
        return list(items)
    out = [items[0], items[-1]]
    queue = deque([(0, len(items) - 1)])
    while queue:
        lo, hi = queue.popleft()
        if hi - lo < 2:
            continue
        mid = (lo + hi) // 2
        out.append(items[mid])
        queue += [(lo, mid), (mid, hi)]
    return out


def _ranked_frames(inst: InstanceFindings) -> list[int]:
    """Every candidate frame, most useful first.

    First, middle and last always lead (what the cine looks like). Then the change
    points: frames where findings start or differ (two in three slots) and frames
    where they stop (one in three): a frame where a static banner's finding
    vanishes is where a miss would hide, so those are never crowded out entirely.
    Only frames with findings and the frame after each can be change points, so
    the work is proportional to the findings, not to the frame count.
    """
    n = max(1, inst.number_of_frames)
    sets = frame_sets(inst)
    empty: frozenset = frozenset()
    starts, stops = [], []
    for f in sorted(set(sets) | {f + 1 for f in sets if f + 1 < n}):
        current = sets.get(f, empty)
        if current != (sets.get(f - 1, empty) if f > 0 else empty):
            (starts if current else stops).append(f)
    ranked = list(dict.fromkeys([0, n - 1, n // 2]))
    seen = set(ranked)
    a, b = deque(_spread(starts)), deque(_spread(stops))
    while a or b:
        for queue in (a, a, b):
            while queue:
                f = queue.popleft()
                if f not in seen:
                    seen.add(f)
                    ranked.append(f)
                    break
    return ranked


def preview_frames(inst: InstanceFindings) -> list[int]:
    """Frame indexes to show for one instance: first, middle and last, plus every
    frame where the set of findings (entity, box) differs from the previous frame;
    sorted, capped at PREVIEW_MAX_ROWS, favouring change points when capping."""
    return sorted(_ranked_frames(inst)[:PREVIEW_MAX_ROWS])


def select_rows(findings: Sequence[InstanceFindings]) -> list[tuple[int, int]]:
    """(instance index, frame) pairs for a sheet: each instance's best frame
    before any instance's second, instances with findings before those without,
    and in a series at most MAX_ROWS_WITHOUT_FINDINGS rows without findings."""
    ranked = [_ranked_frames(inst)[:PREVIEW_MAX_ROWS] for inst in findings]
    has = [frame_sets(inst) for inst in findings]
    chosen: list[tuple[int, int]] = []
    depth = 0
    while len(chosen) < PREVIEW_MAX_ROWS and any(len(r) > depth for r in ranked):
        level = [(i, r[depth]) for i, r in enumerate(ranked) if len(r) > depth]
        with_findings = [c for c in level if c[1] in has[c[0]]]
        without = [c for c in level if c[1] not in has[c[0]]]
        shown_without = sum(1 for i, f in chosen if f not in has[i])
        limit_without = MAX_ROWS_WITHOUT_FINDINGS - shown_without if len(findings) > 1 else PREVIEW_MAX_ROWS
        for group, limit in ((with_findings, PREVIEW_MAX_ROWS), (without, limit_without)):
            room = max(0, min(limit, PREVIEW_MAX_ROWS - len(chosen)))
            chosen += sorted(_spread(group)[:room]) if len(group) > room else group
        depth += 1
    return sorted(chosen)
