"""Markdown tables for the real-image set: per system (mode x OCR engine, plain Presidio),
tuning half beside check half, then anatomy collateral per file."""

from __future__ import annotations

from .real import FileScore, Half, WordClass, WordScore
from .real_runner import RealResult, RealRun

HALVES: list[Half | None] = [Half.TUNE, Half.CHECK, None]


def _pick(result: RealResult, half: Half | None) -> list[FileScore]:
    return [f for f in result.files if half is None or f.file.half is half]


def _words(files: list[FileScore]) -> list[WordScore]:
    return [w for f in files for w in f.per_word()]


def _ratio(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}% ({hits}/{total})" if total else "-"


def phi_erased(files: list[FileScore]) -> tuple[int, int]:
    words = [w for w in _words(files) if w.word_class is WordClass.PHI]
    return sum(w.erased for w in words), len(words)


def non_phi_kept(files: list[FileScore]) -> tuple[int, int]:
    words = [w for w in _words(files) if w.word_class is WordClass.NON_PHI]
    return sum(not w.erased for w in words), len(words)


def all_erased(files: list[FileScore]) -> tuple[int, int]:
    words = _words(files)
    return sum(w.erased for w in words), len(words)


def collateral(files: list[FileScore]) -> str:
    changed, total = sum(f.changed for f in files), sum(f.total for f in files)
    return f"{100 * changed / total:.3f}%" if total else "-"


def worst(files: list[FileScore]) -> str:
    if not files:
        return "-"
    f = max(files, key=lambda s: s.collateral)
    return f"{100 * f.collateral:.3f}% ({f.file.name})"


def seconds(result: RealResult, files: list[FileScore]) -> str:
    values = [result.seconds[f.file.name] for f in files if f.file.name in result.seconds]
    return f"{sum(values) / len(values):.2f}" if values else "-"


def summary_table(run: RealRun) -> list[str]:
    lines = ["| system | half | PHI words erased | non-PHI words kept | all words erased | anatomy changed "
             "| worst file | s/file |", "|---|---|---|---|---|---|---|---|"]
    for name, result in run.results.items():
        for half in HALVES:
            files = _pick(result, half)
            lines.append(f"| {name} | {half.value if half else '**all**'} | {_ratio(*phi_erased(files))} "
                         f"| {_ratio(*non_phi_kept(files))} | {_ratio(*all_erased(files))} | {collateral(files)} "
                         f"| {worst(files)} | {seconds(result, files)} |")
    return lines


def ultrasound_text_erased(files: list[FileScore]) -> list[WordScore]:
    """Non-PHI words erased on the ultrasound files: acquisition parameters, presets, probe
    names, vendor logos (issue 14's target: none in the PHI modes)."""
    return [w for f in files if f.file.modality == "US" for w in f.per_word()
            if w.word_class is WordClass.NON_PHI and w.erased]


def ultrasound_table(run: RealRun) -> list[str]:
    """Per PHI mode and half: how many of the ultrasound files' non-PHI words were erased, and which."""
    lines = ["| system | half | ultrasound non-PHI words erased | which |", "|---|---|---|---|"]
    for name, result in run.results.items():
        if name.startswith("RedactAllText"):
            continue  # erases all text by design
        for half in HALVES[:2]:
            files = [f for f in _pick(result, half) if f.file.modality == "US"]
            total = sum(w.word_class is WordClass.NON_PHI for w in _words(files))
            erased = ultrasound_text_erased(files)
            which = ", ".join(f"`{w.text}` ({w.file})" for w in erased) or "none"
            lines.append(f"| {name} | {half.value if half else ''} | {len(erased)} of {total} | {which} |")
    return lines


def per_file_table(run: RealRun) -> list[str]:
    """Anatomy collateral and PHI erased for every file and system (the targets hold per image)."""
    names = list(run.results)
    head = "| file | half | kind | " + " | ".join(names) + " |"
    lines = [head, "|" + "---|" * (3 + len(names))]
    for index, real in enumerate(run.present):
        cells = []
        for name in names:
            score = run.results[name].files[index]
            phi = phi_erased([score])
            phi_cell = f"PHI {phi[0]}/{phi[1]}, " if phi[1] else ""
            fail = " FAILED" if score.failed else ""
            cells.append(f"{phi_cell}{100 * score.collateral:.3f}%{fail}")
        lines.append(f"| {real.name} | {real.half.value} | {real.vendor} {real.kind} | " + " | ".join(cells) + " |")
    return lines


def misses(run: RealRun) -> list[str]:
    """Every PHI word kept and every non-PHI word erased (text printed: the set is public test data)."""
    out = []
    for name, result in run.results.items():
        for w in _words(result.files):
            if w.word_class is WordClass.PHI and not w.erased:
                out.append(f"MISS {name}: {w.file} f{w.frame} {w.entity} {w.text!r} kept")
            elif w.word_class is WordClass.NON_PHI and w.erased and not name.startswith("RedactAllText"):
                out.append(f"MISS {name}: {w.file} f{w.frame} non-PHI {w.text!r} erased")
    return out


def render_real(run: RealRun) -> str:
    words = [w for f in run.present for w in f.words]
    counts = {c: sum(w.word_class is c for w in words) for c in WordClass}
    halves = {h: sum(f.half is h for f in run.present) for h in Half}
    out = [
        f"{len(run.present)} labelled files present ({halves[Half.TUNE]} tuning, {halves[Half.CHECK]} check), "
        f"{len(words)} words: {counts[WordClass.PHI]} PHI, {counts[WordClass.NON_PHI]} non-PHI, "
        f"{counts[WordClass.NEUTRAL]} neutral ({sum(w.plane is not None for w in words)} in overlay planes). "
        "Anatomy changed: pixels more than 4 px from every labelled word that differ in the output, over all "
        "frames. Neutral words count only in 'all words erased' (RedactAllText's target). "
        "A word on a cine counts once, as erased only if erased on every frame.",
        "",
    ]
    if run.absent:
        out += [f"Not installed here, skipped: {', '.join(f.name for f in run.absent)}.", ""]
    out += summary_table(run) + ["", "Per file: PHI words erased and anatomy changed.", ""] + per_file_table(run)
    out += ["", "Device text erased on the real ultrasound files (acquisition parameters, presets, probe names, "
            "vendor logos; the PHI modes only).", ""] + ultrasound_table(run)
    return "\n".join(out)
