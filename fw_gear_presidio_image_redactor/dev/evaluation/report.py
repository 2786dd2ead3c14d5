"""Markdown tables from evaluation results: one per mode, this tool beside plain Presidio."""

from __future__ import annotations

from .runner import SystemResult

OURS_VS_PRESIDIO = {
    "Dynamic PHI Redaction + metadata": "plain Presidio + metadata",
    "Dynamic PHI Redaction without metadata": "plain Presidio without metadata",
    "RedactAllText": None,
}


def _ratio(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}% ({hits}/{total})" if total else "-"


def _phi(result: SystemResult | None, kind: str | None = None, entity: str | None = None) -> tuple[int, int]:
    if result is None:
        return 0, 0
    segs = [s for s in result.scores if s.entity and (kind is None or s.kind == kind)
            and (entity is None or s.entity == entity)]
    return sum(s.erased for s in segs), len(segs)


def _kept(result: SystemResult | None, kind: str | None = None) -> tuple[int, int]:
    if result is None:
        return 0, 0
    segs = [s for s in result.scores if not s.entity and (kind is None or s.kind == kind)]
    return sum(not s.erased for s in segs), len(segs)


def _all_text(result: SystemResult, kind: str | None = None) -> tuple[int, int]:
    segs = [s for s in result.scores if kind is None or s.kind == kind]
    return sum(s.erased for s in segs), len(segs)


def _changed(result: SystemResult | None, kind: str | None = None) -> str:
    if result is None:
        return "-"
    items = [v for k, v in result.changed.items() if kind is None or k == kind]
    changed, total = sum(v[0] for v in items), sum(v[1] for v in items)
    return f"{100 * changed / total:.3f}%" if total else "-"


def _seconds(result: SystemResult | None, kind: str | None = None) -> str:
    if result is None:
        return "-"
    values = [t for k, v in result.seconds.items() if kind is None or k == kind for t in v]
    return f"{sum(values) / len(values):.2f}" if values else "-"


def kinds_of(result: SystemResult) -> list[str]:
    return list(dict.fromkeys(s.kind for s in result.scores)) + [
        k for k in result.seconds if k not in {s.kind for s in result.scores}
    ]


def phi_table(ours: SystemResult, plain: SystemResult | None) -> list[str]:
    p = plain.name if plain else "plain Presidio"
    lines = [
        f"| image kind | PHI recall: ours | PHI recall: {p} | non-PHI kept: ours | non-PHI kept: {p} "
        f"| non-text px changed: ours | {p} | s/image: ours | {p} |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for kind in [*kinds_of(ours), None]:
        label = kind or "**all**"
        lines.append(
            f"| {label} | {_ratio(*_phi(ours, kind))} | {_ratio(*_phi(plain, kind))} | {_ratio(*_kept(ours, kind))} "
            f"| {_ratio(*_kept(plain, kind))} | {_changed(ours, kind)} | {_changed(plain, kind)} "
            f"| {_seconds(ours, kind)} | {_seconds(plain, kind)} |"
        )
    entities = sorted({s.entity for s in ours.scores if s.entity})
    lines += ["", f"| PHI entity | recall: ours | recall: {p} |", "|---|---|---|"]
    for entity in entities:
        lines.append(f"| {entity} | {_ratio(*_phi(ours, entity=entity))} | {_ratio(*_phi(plain, entity=entity))} |")
    return lines


def all_text_table(ours: SystemResult) -> list[str]:
    lines = ["| image kind | text segments erased | non-text px changed | s/image |", "|---|---|---|---|"]
    for kind in [*kinds_of(ours), None]:
        lines.append(f"| {kind or '**all**'} | {_ratio(*_all_text(ours, kind))} | {_changed(ours, kind)} "
                     f"| {_seconds(ours, kind)} |")
    return lines


def speed_ratio(ours: SystemResult, plain: SystemResult) -> list[str]:
    """Single-frame time against plain Presidio's on the same image: the 2x target."""
    ratios = [ours.single_frame_seconds[c] / plain.single_frame_seconds[c]
              for c in ours.single_frame_seconds if c in plain.single_frame_seconds
              and plain.single_frame_seconds[c] > 0]
    if not ratios:
        return []
    ratios.sort()
    return [f"Single-frame time, ours / plain Presidio on the same image: median {ratios[len(ratios) // 2]:.2f}x, "
            f"worst {ratios[-1]:.2f}x ({len(ratios)} images)."]


def render(results: dict[str, SystemResult]) -> str:
    out: list[str] = []
    for name, plain_name in OURS_VS_PRESIDIO.items():
        ours = results.get(name)
        if ours is None:
            continue
        plain = results.get(plain_name) if plain_name else None
        out += [f"### {name}", ""]
        out += phi_table(ours, plain) if plain_name else all_text_table(ours)
        if ours.failures:
            out += ["", f"Failed (scored as nothing erased): {', '.join(ours.failures)}"]
        if plain and plain.failures:
            out += ["", f"{plain.name} failed on (scored as nothing erased): {', '.join(plain.failures)}"]
        if plain:
            out += ["", *speed_ratio(ours, plain)]
        out.append("")
    return "\n".join(out)


def tune_vs_check(tuning: dict[str, SystemResult], check: dict[str, SystemResult]) -> str:
    """One line per system: the tuning catalogue beside the fresh check set (`fresh.py`)."""
    lines = ["| system | PHI erased: tuning | PHI erased: check | non-PHI kept: tuning | non-PHI kept: check "
             "| all text erased: tuning | all text erased: check | non-text px changed: tuning | check |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, tune in tuning.items():
        fresh = check.get(name)
        if fresh is None:
            continue
        lines.append(f"| {name} | {_ratio(*_phi(tune))} | {_ratio(*_phi(fresh))} | {_ratio(*_kept(tune))} "
                     f"| {_ratio(*_kept(fresh))} | {_ratio(*_all_text(tune))} | {_ratio(*_all_text(fresh))} "
                     f"| {_changed(tune)} | {_changed(fresh)} |")
    return "\n".join(lines)
