"""Building the expensive parts (OCR engine, NER model, analyzer) once per run, eagerly,
at start-up: a missing program, package or model is one start-up error
(`ocr.base.OcrUnavailableError`, `recognize.ner.base.NerUnavailableError`) naming what
to install, before any input is touched and before any worker is forked."""

from __future__ import annotations

import logging

from ..config import Mode, OcrChoice, RedactorConfig
from ..ocr.base import OcrEngine, OcrUnavailableError
from ..ocr.ppocr import PpOcr
from ..ocr.tesseract import TesseractOcr
from ..scan.scanner import Scanner

log = logging.getLogger(__name__)

# What `--ocr auto` / `OCR Engine: auto` means: the engine that measured best on
# `make eval` (docs/evaluation.md) and `make bench` (docs/benchmarks.md).
AUTO_CHOICE = OcrChoice.PPOCR


def resolve_ocr(choice: OcrChoice) -> OcrChoice:
    """auto -> the engine it stands for; any other choice as it is."""
    return AUTO_CHOICE if choice is OcrChoice.AUTO else choice


def build_ocr(choice: OcrChoice, all_text: bool = False) -> OcrEngine:
    """The OCR engine for this choice, its models loaded; `all_text` (RedactAllText): PP-OCR
    also returns the regions its detector found but could not read (`PpOcr`).

    Raises `ocr.OcrUnavailableError` (a one-line start-up error naming what to
    install) when the engine's program, packages or models are missing. `auto`
    falls back to Tesseract, with a warning, where PP-OCR is not installed, so an
    install without the `rapidocr` package keeps working; a named engine never
    falls back."""
    if resolve_ocr(choice) is OcrChoice.PPOCR:
        try:
            return PpOcr(all_text=all_text)
        except OcrUnavailableError as exc:
            if choice is not OcrChoice.AUTO:
                raise
            log.warning("OCR Engine auto: %s; using Tesseract instead", exc)
    return TesseractOcr()


# Analyzers built in this process, by NER backend (`id`, the backend kept beside it so the id
# is not reused) and settings: a PhiAnalyzer keeps no state between `analyze` calls, and
# building one parses Presidio's recogniser configuration again (YAML, about 0.12 s of CPU),
# which a later run in the same process (a Dask worker's next task, in-process runs) skips.
_ANALYZERS: dict[tuple[int, object], tuple[object, object]] = {}
KEPT_ANALYZERS = 4


def _analyzer(backend, settings):
    from ..recognize.analyzer import PhiAnalyzer  # lazily: see build_scanner

    key = (id(backend), settings)
    built = _ANALYZERS.pop(key, None)
    if built is None or built[0] is not backend:
        built = (backend, PhiAnalyzer(backend, settings))
    _ANALYZERS[key] = built  # the newest last
    while len(_ANALYZERS) > KEPT_ANALYZERS:  # a transformer backend holds its model: keep few
        del _ANALYZERS[next(iter(_ANALYZERS))]
    return built[1]


def build_scanner(config: RedactorConfig, jobs: int = 1) -> Scanner:
    """The scanner for this config, OCR engine and analyzer loaded; `jobs`: concurrent OCR calls."""
    ocr = build_ocr(config.ocr, all_text=config.mode is Mode.REDACT_ALL)
    if config.mode is Mode.REDACT_ALL:
        scanner = Scanner(ocr=ocr, analyzer=None)
    else:
        # Imported here, after the OCR engine is built: Presidio pulls in spaCy and torch
        # (about 4 s of CPU), and a missing Tesseract or PP-OCR is reported without waiting.
        from ..recognize.analyzer import AnalyzerSettings
        from ..recognize.ner.provider import select_backend

        backend = select_backend(config.ner_model)
        analyzer = _analyzer(backend, AnalyzerSettings(config.entities, config.score_threshold))
        scanner = Scanner(ocr=ocr, analyzer=analyzer, use_metadata=config.use_metadata)
        # backend.note (a transformer fallback) is logged once, by select_backend
    scanner.known_regions = config.known_regions
    scanner.jobs = jobs
    log.info("Detectors: %s", "; ".join(scanner.detectors))
    return scanner
