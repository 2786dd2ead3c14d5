"""Building the expensive parts (OCR engine, NER model, analyzer) once per run."""

from __future__ import annotations

import logging

from .analyzer import AnalyzerSettings, PhiAnalyzer
from .config import Mode, RedactorConfig
from .ner import select_backend
from .ocr import TesseractOcr
from .scanner import Scanner

log = logging.getLogger(__name__)


def build_scanner(config: RedactorConfig) -> Scanner:
    ocr = TesseractOcr()
    if config.mode is Mode.REDACT_ALL:
        scanner = Scanner(ocr=ocr, analyzer=None)
    else:
        backend = select_backend(config.ner_model)
        analyzer = PhiAnalyzer(backend, AnalyzerSettings(config.entities, config.score_threshold))
        scanner = Scanner(ocr=ocr, analyzer=analyzer, use_metadata=config.use_metadata)
        if backend.note:
            log.warning("NER: %s", backend.note)
    log.info("Detectors: %s", "; ".join(scanner.detectors))
    return scanner
