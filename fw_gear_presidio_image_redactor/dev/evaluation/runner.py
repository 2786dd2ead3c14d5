"""Run the catalogue through this tool's modes and through plain Presidio, score the
redacted pixels, and print the tables `docs/evaluation.md` shows.

Both tools get the same files, the same Tesseract and the same spaCy pipeline
(plain Presidio's default, en_core_web_lg, cannot be downloaded here), so the
difference measured is what this project adds: OCR views, overlay and header
recognisers, verification.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pydicom

from ... import config
from ...config import Mode, RedactorConfig
from ...outputs.naming import redacted_name, stem
from ...run.engine import Engine
from .cases import EvalCase
from .scorer import SegmentScore, score_frames

log = logging.getLogger(__name__)


@dataclass
class SystemResult:
    """What one system (a mode of this tool, or plain Presidio) did to the catalogue."""

    name: str
    scores: list[SegmentScore] = field(default_factory=list)
    changed: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    single_frame_seconds: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


# A system turns an input path into decoded output frames (None: it failed).
Redactor = Callable[[Path, Path], list[np.ndarray] | None]


def decoded_frames(path: Path) -> list[np.ndarray]:
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    return [arr[i] for i in range(frames)] if frames > 1 else [arr]


def ours(mode: Mode, use_metadata: bool, ocr: str | None = None) -> Callable[[Path], Redactor]:
    """This tool in `mode`; `ocr` names one OCR engine (`config.OcrChoice` value), None the default."""

    def make(work: Path) -> Redactor:
        out = work / f"out-{mode.cli}-{int(use_metadata)}-{ocr or 'default'}"
        out.mkdir(parents=True, exist_ok=True)
        choice = getattr(config, "OcrChoice", None)
        settings = RedactorConfig(mode=mode, use_metadata=use_metadata)
        if ocr is not None and choice is not None:
            settings = RedactorConfig(mode=mode, use_metadata=use_metadata, ocr=choice(ocr))  # type: ignore[call-arg]
        engine = Engine.build(settings, out, work)  # OCR/NER built here, before the clock starts, as a run does

        def redact(path: Path, _: Path) -> list[np.ndarray] | None:
            outcome = engine.process(path)
            if outcome.status != "processed":
                log.warning("%s: %s", path.name, outcome.reason)
                return None
            return decoded_frames(out / redacted_name(stem(path), False))

        return redact

    return make


def plain_presidio(use_metadata: bool) -> Callable[[Path], Redactor]:
    """presidio-image-redactor's DicomImageRedactorEngine as its README shows it,
    with our offline spaCy pipeline in place of the en_core_web_lg it would download."""

    def make(work: Path) -> Redactor:
        from presidio_analyzer import AnalyzerEngine
        from presidio_image_redactor import DicomImageRedactorEngine, ImageAnalyzerEngine

        from ...recognize.ner.spacy import spacy_backend

        analyzer = AnalyzerEngine(nlp_engine=spacy_backend().nlp_engine, supported_languages=["en"])
        engine = DicomImageRedactorEngine(image_analyzer_engine=ImageAnalyzerEngine(analyzer_engine=analyzer))

        def redact(path: Path, out_dir: Path) -> list[np.ndarray] | None:
            try:
                ds = pydicom.dcmread(path)
                redacted = engine.redact_and_return_bbox(ds, fill="contrast", use_metadata=use_metadata)[0]
                target = out_dir / f"presidio-{int(use_metadata)}-{path.name}"
                redacted.save_as(target)
                return decoded_frames(target)
            except Exception as exc:  # plain Presidio has no error contract; a crash is a miss
                log.warning("plain Presidio failed on %s: %s", path.name, str(exc).splitlines()[0][:120])
                return None

        return redact

    return make


SYSTEMS: dict[str, Callable[[Path], Redactor]] = {
    "Dynamic PHI Redaction + metadata": ours(Mode.REDACT, True),
    "Dynamic PHI Redaction without metadata": ours(Mode.REDACT, False),
    "RedactAllText": ours(Mode.REDACT_ALL, False),
    "plain Presidio + metadata": plain_presidio(True),
    "plain Presidio without metadata": plain_presidio(False),
}
# Where the build offers a choice of OCR engine (`config.OcrChoice`), every mode with each
# engine alone too; the names above use the default (`auto`).
if getattr(config, "OcrChoice", None) is not None:
    for _choice in config.OcrChoice:  # type: ignore[attr-defined]
        if _choice.name == "AUTO":
            continue
        SYSTEMS[f"Dynamic PHI Redaction + metadata [{_choice.value}]"] = ours(Mode.REDACT, True, _choice.value)
        SYSTEMS[f"Dynamic PHI Redaction without metadata [{_choice.value}]"] = ours(Mode.REDACT, False, _choice.value)
        SYSTEMS[f"RedactAllText [{_choice.value}]"] = ours(Mode.REDACT_ALL, False, _choice.value)


def evaluate(cases: list[EvalCase], systems: list[str], work: Path | None = None,
             progress: Callable[[str], None] | None = None) -> dict[str, SystemResult]:
    work = Path(work or tempfile.mkdtemp(prefix="presidio-eval-"))
    inputs = work / "input"
    inputs.mkdir(parents=True, exist_ok=True)
    prepared = []
    for case in cases:
        syn = case.build()
        path = inputs / f"{case.name}.dcm"
        syn.save(path)
        prepared.append((case, syn, path, decoded_frames(path)))
    redactors = {name: SYSTEMS[name](work) for name in systems}
    results = {name: SystemResult(name) for name in systems}
    # Case by case, every system in turn: on a shared machine the load drifts, and
    # interleaving keeps the time ratios between systems fair.
    for case, syn, path, before in prepared:
        for name, redactor in redactors.items():
            result = results[name]
            start = time.perf_counter()
            after = redactor(path, work)
            elapsed = time.perf_counter() - start
            if after is None:
                result.failures.append(case.name)
            scores, changed, total = score_frames(case.name, case.kind, before, after, syn.segments)
            result.scores += scores
            result.changed[case.kind][0] += changed
            result.changed[case.kind][1] += total
            result.seconds[case.kind].append(elapsed)
            if len(before) == 1:
                result.single_frame_seconds[case.name] = elapsed
            if progress:
                progress(f"{name}: {case.name} {elapsed:.1f}s")
    return results
