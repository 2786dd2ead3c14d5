"""Run the real-image set through this tool's modes (per OCR engine) and plain Presidio.

Each system writes its output next to a work folder; the output's pixels (and overlay
planes) are scored against the hand labels in `real_labels.json` (see `real.py`).
Detection modes change no pixels and are not scored here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pydicom

from ... import config
from ...config import Mode, RedactorConfig
from ...outputs.naming import redacted_name, stem
from ...run.engine import Engine
from .real import FileScore, RealFile, frames_as_shown, load_labels, score_file

log = logging.getLogger(__name__)

# A system: input path, work folder -> the output file (None: it failed).
RealRedactor = Callable[[Path], Path | None]


def ocr_engines() -> list[str]:
    """The OCR engines this build offers, each measured alone: `config.OcrChoice` where the
    PP-OCR engine is merged (its AUTO picks one of the others), else Tesseract only."""
    choice = getattr(config, "OcrChoice", None)
    if choice is None:
        return ["tesseract"]
    return [c.value for c in choice if c.name != "AUTO"]


def _config(mode: Mode, use_metadata: bool, engine: str) -> RedactorConfig:
    choice = getattr(config, "OcrChoice", None)
    if choice is None:
        return RedactorConfig(mode=mode, use_metadata=use_metadata)
    return RedactorConfig(mode=mode, use_metadata=use_metadata, ocr=choice(engine))  # type: ignore[call-arg]


def ours(mode: Mode, use_metadata: bool, engine: str) -> Callable[[Path], RealRedactor]:
    def make(work: Path) -> RealRedactor:
        out = work / f"out-{mode.cli}-{int(use_metadata)}-{engine}"
        out.mkdir(parents=True, exist_ok=True)
        runner = Engine.build(_config(mode, use_metadata, engine), out, work)  # OCR/NER built before the clock

        def redact(path: Path) -> Path | None:
            outcome = runner.process(path)
            if outcome.status != "processed":
                log.warning("%s: %s", path.name, outcome.reason)
                return None
            return out / redacted_name(stem(path), False)

        return redact

    return make


def plain_presidio(use_metadata: bool) -> Callable[[Path], RealRedactor]:
    """presidio-image-redactor's DicomImageRedactorEngine, as `runner.plain_presidio` builds it."""

    def make(work: Path) -> RealRedactor:
        from presidio_analyzer import AnalyzerEngine
        from presidio_image_redactor import DicomImageRedactorEngine, ImageAnalyzerEngine

        from ...recognize.ner.spacy import spacy_backend

        analyzer = AnalyzerEngine(nlp_engine=spacy_backend().nlp_engine, supported_languages=["en"])
        engine = DicomImageRedactorEngine(image_analyzer_engine=ImageAnalyzerEngine(analyzer_engine=analyzer))
        out = work / f"presidio-{int(use_metadata)}"
        out.mkdir(parents=True, exist_ok=True)

        def redact(path: Path) -> Path | None:
            try:
                ds = pydicom.dcmread(path)
                redacted = engine.redact_and_return_bbox(ds, fill="contrast", use_metadata=use_metadata)[0]
                target = out / path.name
                redacted.save_as(target)
                return target
            except Exception as exc:  # plain Presidio has no error contract; a crash is a miss
                log.warning("plain Presidio failed on %s: %s", path.name, str(exc).splitlines()[0][:120])
                return None

        return redact

    return make


PLAIN = {"plain Presidio + metadata": True, "plain Presidio without metadata": False}
MODES = {
    "Dynamic PHI Redaction + metadata": (Mode.REDACT, True),
    "Dynamic PHI Redaction without metadata": (Mode.REDACT, False),
    "RedactAllText": (Mode.REDACT_ALL, False),
}


def systems(engines: list[str] | None = None) -> dict[str, Callable[[Path], RealRedactor]]:
    """Every scored system: each mode with each OCR engine, then plain Presidio."""
    out: dict[str, Callable[[Path], RealRedactor]] = {}
    for engine in engines or ocr_engines():
        for name, (mode, meta) in MODES.items():
            out[f"{name} [{engine}]"] = ours(mode, meta, engine)
    for name, meta in PLAIN.items():
        out[name] = plain_presidio(meta)
    return out


@dataclass
class RealResult:
    name: str
    files: list[FileScore] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class RealRun:
    results: dict[str, RealResult]
    present: list[RealFile]
    absent: list[RealFile]


def _overlays(path: Path, groups: set[int]) -> dict[int, object]:
    ds = pydicom.dcmread(path)
    planes: dict[int, object] = {}
    for g in groups:
        if (g, 0x3000) not in ds:
            planes[g] = None  # removed
            continue
        try:
            planes[g] = ds.overlay_array(g)
        except Exception:
            planes[g] = None
    return planes


def evaluate_real(names: list[str], work: Path, files: list[RealFile] | None = None,
                  progress: Callable[[str], None] | None = None) -> RealRun:
    """Every present labelled file through every named system, interleaved file by file so
    load drift on a shared machine hits all systems alike."""
    labelled = list(files if files is not None else load_labels())
    present = [f for f in labelled if f.path() is not None]
    absent = [f for f in labelled if f.path() is None]
    table = systems([n.rsplit("[", 1)[1].rstrip("]") for n in names if "[" in n] or None)
    unknown = [n for n in names if n not in table]
    if unknown:
        raise ValueError(f"unknown system(s): {', '.join(unknown)}; known: {', '.join(table)}")
    redactors = {n: table[n](work) for n in names}
    results = {n: RealResult(n) for n in names}
    for real in present:
        path = real.path()
        assert path is not None
        before = frames_as_shown(path)
        groups = {w.plane for w in real.words if w.plane is not None}
        for name, redactor in redactors.items():
            start = time.perf_counter()
            output = redactor(path)
            elapsed = time.perf_counter() - start
            after = frames_as_shown(output) if output is not None else None
            planes = _overlays(output, groups) if output is not None and groups else None
            results[name].files.append(score_file(real, before, after, planes))
            results[name].seconds[real.name] = elapsed
            if progress:
                progress(f"{name}: {real.name} {elapsed:.1f}s")
    return RealRun(results, present, absent)
