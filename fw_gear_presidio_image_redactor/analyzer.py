"""PHI analysis of OCR text with Presidio: predefined, overlay and header recognisers plus NER."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import metadata

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from pydicom.dataset import Dataset

from .findings import Finding, OcrWord
from .ner import NerBackend
from .recognizers.dicom_header import NAME as DICOM_HEADER
from .recognizers.dicom_header import DicomHeaderRecognizer
from .recognizers.patterns import overlay_recognizers
from .recognizers.vocabulary import model_pieces, only_overlay_words, trim_label
from .text_layout import layout

log = logging.getLogger(__name__)

# Presidio's names -> the gear's. Identifier-like entities all become ID; the
# rest (URL, IP, NRP) are not PHI on an image overlay and are dropped.
PRESIDIO_TO_GEAR = {
    "PERSON": "PERSON",
    "DATE_TIME": "DATE_TIME",
    "LOCATION": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "AGE": "AGE",
    "ID": "ID",
    "PROFESSION": "PROFESSION",
    "ZIP": "ZIP",
    "USERNAME": "USERNAME",
    "EMAIL": "EMAIL",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "US_SSN": "ID",
    "US_ITIN": "ID",
    "US_PASSPORT": "ID",
    "US_BANK_NUMBER": "ID",
    "MEDICAL_LICENSE": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "UK_NHS": "ID",
}
# Weak predefined patterns (driver's licence numbers match most short words).
SKIPPED_RECOGNIZERS = {"UsLicenseRecognizer", "UrlRecognizer", "IpRecognizer", "CryptoRecognizer",
                       "InPanRecognizer", "InVehicleRegistrationRecognizer", "InAadhaarRecognizer",
                       "InVoterRecognizer", "InPassportRecognizer", "AuAbnRecognizer", "AuAcnRecognizer",
                       "AuTfnRecognizer", "AuMedicareRecognizer", "SgFinRecognizer", "SgUenRecognizer",
                       "EsNifRecognizer", "EsNieRecognizer", "ItDriverLicenseRecognizer",
                       "ItFiscalCodeRecognizer", "ItVatCodeRecognizer", "ItIdentityCardRecognizer",
                       "ItPassportRecognizer", "PlPeselRecognizer", "FiPersonalIdentityCodeRecognizer",
                       "KrRrnRecognizer", "ThTninRecognizer", "NgNinRecognizer", "NgVehicleRegistrationRecognizer"}
MIN_PATTERN_SCORE = 0.35
# A model calls almost any capitalised pair a name; on words OCR itself barely
# believes in (noise in the anatomy) that is a false alarm, not a miss avoided.
# Header and pattern findings are kept whatever the confidence.
MIN_MODEL_WORD_CONFIDENCE = 30.0
MODEL_RANK = 0.8


@dataclass(frozen=True)
class AnalyzerSettings:
    entities: tuple[str, ...]
    score_threshold: int  # Transformer Score Threshold, percent, for model findings


def _smart_case(text: str) -> str:
    """Title-case ALL-CAPS words and turn DICOM '^' into spaces, keeping every offset:
    NER models trained on prose miss 'DAVIDSON^DOUGLAS' but find 'Davidson Douglas'."""
    text = text.replace("^", " ")
    return re.sub(r"\b[A-Z][A-Z']+\b", lambda m: m.group(0).capitalize(), text)


class PhiAnalyzer:
    """Presidio AnalyzerEngine composed for overlay text; one per run, reused across images."""

    def __init__(self, ner: NerBackend, settings: AnalyzerSettings):
        self.ner = ner
        self.settings = settings
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=ner.nlp_engine)
        for name in SKIPPED_RECOGNIZERS:
            try:
                registry.remove_recognizer(name)
            except Exception:  # not every Presidio version ships every recogniser
                pass
        if ner.recognizers:
            registry.remove_recognizer("SpacyRecognizer")
            for recognizer in ner.recognizers:
                registry.add_recognizer(recognizer)
        for recognizer in overlay_recognizers():
            registry.add_recognizer(recognizer)
        self.engine = AnalyzerEngine(registry=registry, nlp_engine=ner.nlp_engine, supported_languages=["en"])

    @property
    def detectors(self) -> list[str]:
        return [f"presidio-analyzer {metadata.version('presidio-analyzer')} patterns", self.ner.description]

    def analyze(self, words: list[OcrWord], header: Dataset | None = None, frame: int = 0) -> list[Finding]:
        if not words:
            return []
        text_layout = layout(words)
        extra = [DicomHeaderRecognizer(header)] if header is not None else []
        results: list[RecognizerResult] = []
        for text in {text_layout.text, _smart_case(text_layout.text)}:
            results += self.engine.analyze(
                text=text,
                language="en",
                entities=None,  # filtered below: Presidio warns on entities it has no recogniser for
                ad_hoc_recognizers=extra or None,
                score_threshold=MIN_PATTERN_SCORE,
            )
        findings: dict[tuple, Finding] = {}
        ranks: dict[tuple, float] = {}
        for result in results:
            entity = PRESIDIO_TO_GEAR.get(result.entity_type)
            if entity is None or entity not in self.settings.entities:
                continue
            recognizer = (result.recognition_metadata or {}).get("recognizer_name", "unknown")
            is_model = recognizer in self.ner.model_recognizers
            if is_model and result.score * 100 < self.settings.score_threshold:
                continue
            if is_model and text_layout.confidence(result.start, result.end) < MIN_MODEL_WORD_CONFIDENCE:
                continue  # OCR's guesses at anatomy texture ('Ly 4', 6% sure) named as a person
            span = text_layout.text[result.start : result.end]
            if recognizer != DICOM_HEADER and only_overlay_words(span):
                continue
            if is_model:
                # Overlay words inside a model's span are cut out; 'Im 34' -> '34' called a
                # date or 'Se 2' a person are counters, not PHI.
                spans = [(result.start + a, result.start + b) for a, b in model_pieces(span)
                         if not _bare_small_number(span[a:b])]
            else:
                spans = [(result.start + trim_label(span), result.end)]
            # One finding per place, the most confident reading; a model's score counts
            # for less against a pattern's ('JUN 16, 1976' is a date, though spaCy says person).
            rank = result.score * (MODEL_RANK if is_model else 1.0)
            for start, end in spans:
                for box, text in text_layout.boxes_for(start, end):
                    if box not in ranks or ranks[box] < rank:
                        ranks[box] = rank
                        findings[box] = Finding(entity, box, round(float(result.score), 3), recognizer, text, frame)
        return _drop_contained(list(findings.values()))


def _bare_small_number(text: str) -> bool:
    return not any(c.isalpha() for c in text) and sum(c.isdigit() for c in text) < 4


def _drop_contained(findings: list[Finding]) -> list[Finding]:
    """A box inside a larger box of the same frame adds nothing to redaction and
    only clutters the report (e.g. a header name part inside an NER full name)."""
    keep = []
    for f in findings:
        inside = any(
            g is not f and g.box.area > f.box.area and g.box.intersection_area(f.box) == f.box.area
            for g in findings
        )
        if not inside:
            keep.append(f)
    return sorted(keep, key=lambda f: (f.frame, f.box.top, f.box.left))
