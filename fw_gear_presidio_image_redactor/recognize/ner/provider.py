"""Which NER backend a run uses: the transformer when configured and loadable, else spaCy."""

from __future__ import annotations

import logging
import os

from .base import NerBackend
from .spacy import spacy_backend

log = logging.getLogger(__name__)

TRANSFORMER_ENV = "PRESIDIO_REDACTOR_NER_MODEL"


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
            # lazily: it imports torch and transformers (seconds, and an optional extra)
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
